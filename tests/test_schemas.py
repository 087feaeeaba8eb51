"""The schema files as one long-running process sees them (the preview server runs the
generator in-process): every edit is seen at once, and resolving $refs once changes no result."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from generator.build import check_catalog
from generator.schemas import load, taxonomies

TODAY = dt.date(2026, 12, 1)
PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
TAXONOMY = "catalog/schema/taxonomie.schema.json"


def messages(project: Path) -> list[str]:
    return [f.format() for f in check_catalog(project, TODAY)[1]]


def add_audience(project: Path, value: str, title: str) -> None:
    file = project / TAXONOMY
    schema = json.loads(file.read_text("utf-8"))
    schema["$defs"]["doelgroep"]["oneOf"].append({"const": value, "title": title})
    file.write_text(json.dumps(schema, ensure_ascii=False, indent=2), "utf-8")


def test_a_new_taxonomy_value_is_seen_without_a_restart(project: Path) -> None:
    product = project / PRODUCT
    product.write_text(product.read_text("utf-8").replace(
        "doelgroepen: [burgemeesters, griffiers, gemeentesecretarissen]", "doelgroepen: [jongerenraden]"),
        "utf-8")
    assert any("waarde 'jongerenraden' is niet toegestaan" in line for line in messages(project))
    add_audience(project, "jongerenraden", "Jongerenraden")
    assert messages(project) == []
    assert taxonomies(project)["doelgroep"]["jongerenraden"].label == "Jongerenraden"


def test_a_schema_broken_and_repaired_while_running_is_seen_both_times(project: Path) -> None:
    file = project / TAXONOMY
    good = file.read_text("utf-8")
    assert messages(project) == []
    file.write_text(good.replace('"title": "Burgemeesters"', '"title": "Burgemeesters",'), "utf-8")
    assert [line.split(": fout: ")[1][:9] for line in messages(project)] == ["JSON-fout"]
    file.write_text(good, "utf-8")
    assert messages(project) == []


def test_resolved_schemas_hold_no_references(project: Path) -> None:
    def refs(node: object) -> int:
        if isinstance(node, dict):
            return ("$ref" in node) + sum(refs(v) for v in node.values())
        return sum(refs(v) for v in node) if isinstance(node, list) else 0

    schemas = load(project)
    assert schemas.findings == []
    assert {kind: refs(v.schema) for kind, v in schemas.validators.items()} == dict.fromkeys(
        schemas.validators, 0)


def test_a_very_long_value_is_refused_before_its_pattern_runs(project: Path) -> None:
    product = project / PRODUCT
    # without the length limit this pattern backtracks for hours on 200,000 characters
    product.write_text(product.read_text("utf-8") + f"url: https://a{'.' * 200_000} x\n", "utf-8")
    assert f"{PRODUCT}:14: fout: url: 'https://a{'.' * 68}...' is geen geldig webadres; gebruik een " \
        "volledig adres dat begint met https:// (bijvoorbeeld https://vng.nl/publicaties) [schema-vorm]" \
        in messages(project)
