"""Command line: `python -m generator check|build|new|stale|bench`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from generator.build import check_catalog, generate, mkdocs_build
from generator.findings import Finding, Level

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def report(findings: list[Finding], output_format: str) -> None:
    if output_format == "json":
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
        return
    for finding in findings:
        print(finding.format())
    errors = sum(f.level is Level.ERROR for f in findings)
    print(f"{errors} fout(en), {len(findings) - errors} waarschuwing(en)", file=sys.stderr)


def exit_code(findings: list[Finding], strict: bool) -> int:
    failing = {Level.ERROR, Level.WARNING} if strict else {Level.ERROR}
    return 1 if any(f.level in failing for f in findings) else 0


def cmd_check(args: argparse.Namespace) -> int:
    _, findings = check_catalog(args.root, dt.date.today())
    report(findings, args.format)
    return exit_code(findings, args.strict)


def cmd_build(args: argparse.Namespace) -> int:
    result = generate(args.root)
    report(result.findings, "text")
    if not result.ok:
        print("Niets gebouwd: los eerst de fouten op. De vorige site/ is ongewijzigd.",
              file=sys.stderr)
        return 1
    site_dir = (args.site_dir or args.root / "site").resolve()
    completed = mkdocs_build(args.root, site_dir)
    if completed.returncode != 0:
        print(completed.stderr, file=sys.stderr)
        print("MkDocs-build mislukt; de vorige site/ is ongewijzigd.", file=sys.stderr)
        return 1
    print(f"Site gebouwd in {site_dir}", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    main_parser.add_argument("--root", type=Path, default=PROJECT_ROOT,
                             help="project folder with catalog/ and questionnaire/")
    commands = main_parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="alleen controleren; meldt elk probleem met regel")
    check.add_argument("--strict", action="store_true", help="waarschuwingen tellen als fout")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.set_defaults(func=cmd_check)
    build = commands.add_parser("build", help="controleren, pagina's maken en de site bouwen")
    build.add_argument("--site-dir", type=Path, help="doelmap; standaard site/ in de projectmap")
    build.set_defaults(func=cmd_build)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
