"""Copy the project with every product multiplied, for benchmarks and scale tests.

    .venv/bin/python -m tools.scale_catalog TARGET --factor 10

The copy holds what a build needs (catalog, questionnaire, docs without the generated folder,
overrides, mkdocs.yml and its hook, the root Markdown files that pages include as snippets).
Every product gets factor - 1 copies next to it: id and file name end in "-kopie-<n>", the
title in "(kopie <n>)"; everything else, its links to knelpunten included, stays the same.
Nothing in the working tree is changed. Build the copy with
`.venv/bin/python -m generator --root TARGET build`.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COPIED_FOLDERS = ("catalog", "questionnaire", "docs", "overrides")
PRODUCTS = "catalog/producten"
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/product.schema.json\n"


def copy_project(source: Path, target: Path) -> Path:
    """What a build of the project needs, copied to target (which must not exist yet)."""
    for folder in COPIED_FOLDERS:
        shutil.copytree(source / folder, target / folder,
                        ignore=shutil.ignore_patterns("catalogus") if folder == "docs" else None)
    for file in [source / "mkdocs.yml", *source.glob("*.md")]:  # root Markdown: snippet sources
        shutil.copy(file, target / file.name)
    (target / "generator/templates").mkdir(parents=True)  # watched by mkdocs.yml
    shutil.copy(source / "generator/hook.py", target / "generator/hook.py")
    return target


def copies_of(product: Path, extra: int) -> dict[Path, str]:
    """`extra` copies of one product file: path → YAML text."""
    record = yaml.safe_load(product.read_text("utf-8"))
    copies = {}
    for n in range(1, extra + 1):
        copy = {**record, "id": f"{record['id']}-kopie-{n}", "titel": f"{record['titel']} (kopie {n})"}
        text = yaml.safe_dump(copy, allow_unicode=True, sort_keys=False, width=1000)
        copies[product.with_name(f"{product.stem}-kopie-{n}.yaml")] = SCHEMA_LINE + text
    return copies


def scale_project(target: Path, factor: int, source: Path = ROOT) -> Path:
    """A copy of the project at target whose catalog holds every product `factor` times."""
    if factor < 1:
        raise ValueError(f"factor must be 1 or more, not {factor}")
    copy_project(source, target)
    for product in sorted((target / PRODUCTS).glob("*.yaml")):
        for path, text in copies_of(product, factor - 1).items():
            path.write_text(text, "utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="folder to create (must not exist)")
    parser.add_argument("--factor", type=int, default=10, help="times every product (default 10)")
    args = parser.parse_args(argv)
    scale_project(args.target, args.factor)
    print(f"{args.target}: every product {args.factor} times")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
