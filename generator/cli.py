"""Command line: `python -m generator check|build|new|stale|links`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path

from generator import links, new
from generator.build import (
    DEFAULT_ENGINE,
    ENGINES,
    check_catalog,
    generate,
    read_config,
    read_settings,
    site_build,
)
from generator.findings import Finding, Level
from generator.model import Site, build_site
from generator.schemas import taxonomies
from generator.text import visible
from generator.views.overviews import check_report

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
    completed = site_build(args.root, site_dir, result, args.engine)
    if completed.returncode != 0:
        print(completed.stdout + completed.stderr, file=sys.stderr)
        print(f"Build met {args.engine} mislukt; de vorige site/ is ongewijzigd.", file=sys.stderr)
        return 1
    print(f"Site gebouwd met {args.engine} in {site_dir}", file=sys.stderr)
    return 0


def _ask(question: str, default: str = "") -> str:
    suffix = f" [{default}]" if default else ""
    answer = input(f"{question}{suffix}: ").strip()
    return answer or default


SOURCE_OPTIONS = ("soort", "url", "geraadpleegd", "aanbieder", "verschenen")


def _source_options(args: argparse.Namespace, interactive: bool) -> dict[str, str]:
    """The fields of a new source: its kind, and what that kind requires (asked when interactive)."""
    soort = args.soort or (_ask(f"Soort bron ({', '.join(new.SOURCE_KINDS)})", "document")
                           if interactive else "document")
    options = {"soort": soort}
    if soort == "website":
        options["url"] = args.url or (_ask("Webadres (begint met https://)") if interactive else "")
        options["geraadpleegd"] = args.geraadpleegd or dt.date.today().isoformat()
    elif soort == "verklaring":
        options["aanbieder"] = args.aanbieder or (_ask("Id van de aanbieder die de verklaring gaf")
                                                  if interactive else "")
        options["verschenen"] = args.verschenen or dt.date.today().isoformat()
    else:
        options["url"] = args.url or ""
    return options


def cmd_new(args: argparse.Namespace) -> int:
    title = args.titel
    interactive = sys.stdin.isatty() and not title
    if interactive:
        title = _ask("Titel" if args.kind != "aanbieder" else "Naam")
    if not title:
        print("Geef een titel: --titel 'Naam van het record'", file=sys.stderr)
        return 2
    given = [f"--{name}" for name in SOURCE_OPTIONS if getattr(args, name)]
    if args.kind != "bron" and given:
        print(f"{', '.join(given)} hoort alleen bij: new bron", file=sys.stderr)
        return 2
    record_id = args.id or new.slug(title)
    if interactive:
        record_id = _ask("Id (bestandsnaam)", record_id)
    options = _source_options(args, interactive) if args.kind == "bron" else {}
    if options.get("soort") not in (None, *new.SOURCE_KINDS):
        print(f"Soort '{visible(options['soort'])}' bestaat niet; kies uit: {', '.join(new.SOURCE_KINDS)}",
              file=sys.stderr)
        return 2
    target = new.target_file(args.kind, record_id, args.root)
    if target.exists():
        print(f"{visible(str(target.relative_to(args.root)))} bestaat al; kies een andere id met --id",
              file=sys.stderr)
        return 1
    for path, other in new.similar_records(args.kind, title, args.root):
        print(visible(f"Let op: {path} heeft een vergelijkbare titel: '{other}'. Controleer of u geen "
                      "tweede record maakt voor hetzelfde."), file=sys.stderr)
    values = new.values_for(args.kind, record_id, title, options)
    target.write_text(new.render_template(args.kind, args.root, values), "utf-8")
    print(f"Aangemaakt: {visible(str(target.relative_to(args.root)))}")
    print("Vul de velden in en controleer met: .venv/bin/python -m generator check")
    return 0


def print_stale(site: Site) -> None:
    """The check report: counts per manager and state, the products per state, old products."""
    report = check_report(site)
    print("Producten (niet gearchiveerd) per beheerder en stand van de controle:")
    for manager, counts in report.per_beheerder:
        print(f"\n{manager}")
        for heading, count in zip(report.koppen, counts, strict=True):
            print(f"  {heading}: {count}")
    for heading, products in report.lijsten:
        print(f"\n{heading} ({len(products)}):")
        for product, manager in products:
            print(f"  {site.paths[('product', product['id'])]} (beheerder: {manager})")
    print(f"\nProducten ouder dan {site.settings.product_max_years} jaar ({len(report.oud)}):")
    for product, manager in report.oud:
        print(f"  {site.paths[('product', product['id'])]}: {product['jaar']} (beheerder: {manager})")


def cmd_stale(args: argparse.Namespace) -> int:
    index, findings = check_catalog(args.root, dt.date.today())
    if any(f.level is Level.ERROR for f in findings):
        report(findings, "text")
        return 1
    configured = read_settings(read_config(args.root))
    settings = replace(
        configured,
        check_max_months=configured.check_max_months if args.maanden is None else args.maanden,
        product_max_years=configured.product_max_years if args.jaren is None else args.jaren)
    print_stale(build_site(index, args.root, taxonomies(args.root), dt.date.today(), settings))
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    index, findings = check_catalog(args.root, dt.date.today())
    if any(f.level is Level.ERROR for f in findings):
        report(findings, "text")
        return 1
    found = links.targets(d for documents in index.values() for d in documents.values())
    print(f"{len(found)} webadressen controleren ...", file=sys.stderr)
    results = sorted(links.check_links(found, args.timeout, args.gelijktijdig))
    report(results, "text")
    return exit_code(results, strict=False)


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
    build.add_argument("--engine", choices=sorted(ENGINES), default=DEFAULT_ENGINE,
                       help=f"welk programma de site bouwt (standaard {DEFAULT_ENGINE})")
    build.set_defaults(func=cmd_build)
    create = commands.add_parser("new", help="nieuw record met een toegelicht sjabloon")
    create.add_argument("kind", choices=sorted(new.KINDS))
    create.add_argument("--titel", help="titel (bij een aanbieder: naam); zonder terminal verplicht")
    create.add_argument("--id", help="id en bestandsnaam; standaard afgeleid van de titel")
    create.add_argument("--soort", choices=new.SOURCE_KINDS, help="bij bron: soort bron (standaard document)")
    create.add_argument("--url", help="bij bron: webadres (verplicht bij --soort website)")
    create.add_argument("--geraadpleegd", help="bij een website: dag van raadplegen (standaard vandaag)")
    create.add_argument("--aanbieder", help="bij een verklaring: id van de aanbieder die haar gaf")
    create.add_argument("--verschenen", help="bij een verklaring: datum (standaard vandaag)")
    create.set_defaults(func=cmd_new)
    stale = commands.add_parser("stale", help="records die aan een controle toe zijn, per beheerder")
    stale.add_argument("--maanden", type=int, help="maximale ouderdom van de laatste controle")
    stale.add_argument("--jaren", type=int, help="maximale ouderdom van een product")
    stale.set_defaults(func=cmd_stale)
    check_links = commands.add_parser("links", help="controleer elk webadres (internet nodig)")
    check_links.add_argument("--timeout", type=float, default=10.0, help="seconden per adres (standaard 10)")
    check_links.add_argument("--gelijktijdig", type=int, default=8,
                             help="hoeveel adressen tegelijk (standaard 8)")
    check_links.set_defaults(func=cmd_links)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
