"""Editors' tools: `new`, `stale`, archiving, open data and schema references."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, expect

from generator.build import generate
from generator.new import slug
from tests.conftest import ROOT, RequestLog, make_project
from tools.servers import serve_folder

TODAY = dt.date.today()


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)


def fill_in_product(file: Path, knelpunt: str) -> None:
    """What an editor does with the template: replace the empty required values."""
    text = file.read_text("utf-8")
    for field, value in {
        "omschrijving": "Een zelfscan voor raadsleden over hun kaderstellende rol.",
        "themas": "[rollen-verantwoordelijkheden-bevoegdheden]",
        "typen": "[quickscan]",
        "bron": "\n  - document: berenschot-2020\n    sectie: Bijlage 2",
    }.items():
        text = re.sub(rf"^{field}: .*$", f"{field}: {value}", text, flags=re.MULTILINE)
    text = text.replace("# doelgroepen: []", "doelgroepen: [raadsleden, griffiers]")
    text = text.replace("# aanbieders: []", "aanbieders: [ngb]")
    text = text.replace("# knelpunten: []", f"knelpunten: [{knelpunt}]")
    text = text.replace("# jaar: ", "jaar: 2026")
    file.write_text(text, "utf-8")


def test_slug_proposes_a_readable_id() -> None:
    assert slug("Handreiking ‘Één raad’: rol & positie") == "handreiking-een-raad-rol-positie"


def test_new_writes_a_template_that_passes_check_once_filled(project: Path) -> None:
    created = generator(project, "new", "product", "--titel", "Zelfscan kaderstelling")
    assert created.returncode == 0, created.stderr
    file = project / "catalog/producten/zelfscan-kaderstelling.yaml"
    template = file.read_text("utf-8")
    assert template.startswith("# yaml-language-server: $schema=../schema/product.schema.json")
    assert "#   Toegestaan: bestaand, in-ontwikkeling, voorgesteld, gearchiveerd" in template
    unfilled = generator(project, "check")
    assert unfilled.returncode == 1
    assert "zelfscan-kaderstelling.yaml" in unfilled.stdout and "omschrijving" in unfilled.stdout
    fill_in_product(file, "functioneren-lokale-driehoek")
    filled = generator(project, "check")
    assert filled.returncode == 0, filled.stdout


@pytest.mark.parametrize("kind", ["knelpunt", "instrument"])
def test_new_knows_the_other_record_kinds(project: Path, kind: str) -> None:
    assert generator(project, "new", kind, "--titel", "Proef").returncode == 0
    folder = {"knelpunt": "knelpunten", "instrument": "instrumenten"}[kind]
    text = (project / f"catalog/{folder}/proef.yaml").read_text("utf-8")
    assert f"$schema=../schema/{kind}.schema.json" in text


def test_new_without_a_terminal_needs_a_title(project: Path) -> None:
    result = generator(project, "new", "product")
    assert result.returncode == 2
    assert "--titel" in result.stderr


def test_new_does_not_overwrite(project: Path) -> None:
    existing = project / "catalog/producten/training-lokale-driehoek.yaml"
    before = existing.read_text("utf-8")
    result = generator(project, "new", "product", "--titel", "Iets", "--id", "training-lokale-driehoek")
    assert result.returncode == 1
    assert "bestaat al" in result.stderr
    assert existing.read_text("utf-8") == before


def add_check(product: Path, date: str, outcome: str = "bestaat-nog") -> None:
    product.write_text(product.read_text("utf-8") + (
        f"verificaties:\n  - datum: {date}\n    door: redactie\n    methode: website\n"
        f"    uitkomst: {outcome}\n"), "utf-8")


def stale_section(stdout: str, heading: str) -> list[str]:
    """The lines listed under a heading of `generator stale` ("heading (n):")."""
    block = stdout.split(f"\n{heading} (", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines()[1:]]


def test_stale_lists_products_by_verification_state(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    path = "catalog/producten/training-lokale-driehoek.yaml (beheerder: de redactie van deze site)"
    result = generator(project, "stale")
    assert result.returncode == 0
    assert path in stale_section(result.stdout, "Nog nooit gecontroleerd bij de aanbieder")
    add_check(product, "2020-01-15")
    old = generator(project, "stale").stdout
    assert path in stale_section(old, "Langer dan 24 maanden geleden gecontroleerd")
    assert path not in stale_section(old, "Nog nooit gecontroleerd bij de aanbieder")
    strict_years = generator(project, "stale", "--jaren", "1")
    assert "catalog/producten/training-lokale-driehoek.yaml: 2019 (beheerder: de redactie van deze site)" \
        in stale_section(strict_years.stdout, "Producten ouder dan 1 jaar")


def test_product_page_says_whether_it_was_checked(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    page = generate(project, TODAY).files["producten/training-lokale-driehoek.md"]
    assert "Nog niet gecontroleerd bij de aanbieder." in page
    assert "Gecontroleerd op" not in page
    add_check(product, "2026-11-20")
    page = generate(project, TODAY).files["producten/training-lokale-driehoek.md"]
    assert "Gecontroleerd op 20 november 2026 via de website van de aanbieder: bestaat nog." in page


def test_archived_product_leaves_the_overview_and_says_why(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    product.write_text(product.read_text("utf-8").replace("status: bestaand", (
        "status: gearchiveerd\narchivering:\n  reden: Vervangen door een nieuwe training.\n"
        "  datum: 2026-10-01")), "utf-8")
    files = generate(project, TODAY).files
    overview = files["producten/index.md"]
    cards, archive = overview.split("## Gearchiveerde producten")
    assert "training-lokale-driehoek.html" not in cards
    assert "training-lokale-driehoek.md" in archive
    page = files["producten/training-lokale-driehoek.md"]
    assert '!!! note "Gearchiveerd op 1 oktober 2026"' in page
    assert "Vervangen door een nieuwe training." in page


def test_archiving_without_reason_is_an_error(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    text = product.read_text("utf-8").replace("status: bestaand", "status: gearchiveerd")
    product.write_text(text, "utf-8")
    result = generator(project, "check")
    assert result.returncode == 1
    assert "verplicht veld 'archivering' ontbreekt" in result.stdout


def load_yaml_records(folder: Path) -> dict[str, dict[str, object]]:
    def text_dates(loader: yaml.SafeLoader, node: yaml.Node) -> str:
        return loader.construct_scalar(node)

    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", text_dates)
    return {f.stem: yaml.load(f.read_text("utf-8"), Loader=loader) for f in folder.glob("*.yaml")}


def test_open_data_round_trips_against_the_yaml(site_dir: Path) -> None:
    catalog = json.loads((site_dir / "catalogus/data/catalogus.json").read_text("utf-8"))
    for key, folder in (("producten", "producten"), ("knelpunten", "knelpunten"),
                        ("instrumenten", "instrumenten"), ("bronnen", "bronnen"),
                        ("aanbieders", "aanbieders"), ("fasen", "fasen")):
        from_yaml = load_yaml_records(ROOT / "catalog" / folder)
        assert {r["id"]: r for r in catalog[key]} == from_yaml, key
    raw = (site_dir / "catalogus/data/producten.csv").read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    products = load_yaml_records(ROOT / "catalog/producten")
    assert len(rows) == len(products)
    for row in rows:
        product = products[row["id"]]
        assert row["titel"] == product["titel"]
        assert row["typen"].split("|") == product["typen"]
        assert row["jaar"] == str(product.get("jaar", ""))
        assert row["knelpunten"] == "|".join(product.get("knelpunten", []))


def test_every_record_file_names_its_schema() -> None:
    for file in sorted((ROOT / "catalog").rglob("*.yaml")):
        kind = {"knelpunten": "knelpunt", "producten": "product", "instrumenten": "instrument",
                "bronnen": "bron", "praktijkvoorbeelden": "praktijkvoorbeeld", "aanbieders": "aanbieder",
                "fasen": "fase", "routes": "route", "zoektermen": "zoekterm"}[file.parent.name]
        first = file.read_text("utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schema/{kind}.schema.json", file
    questionnaire = (ROOT / "questionnaire/vragenlijst.yaml").read_text("utf-8").splitlines()[0]
    assert questionnaire == "# yaml-language-server: $schema=schema/vragenlijst.schema.json"


def test_schemas_are_published_with_the_site(site_dir: Path) -> None:
    for name in ("product", "knelpunt", "instrument", "common", "taxonomie"):
        published = json.loads((site_dir / f"catalogus/schema/{name}.schema.json").read_text("utf-8"))
        source = json.loads((ROOT / f"catalog/schema/{name}.schema.json").read_text("utf-8"))
        assert published == source


def test_new_product_appears_in_overview_filters_search_and_exports(tmp_path: Path, browser: Browser) -> None:
    project = make_project(tmp_path / "project", real_catalog=True)
    assert generator(project, "new", "product", "--titel", "Zelfscan kaderstelling Zuidhaven").returncode == 0
    fill_in_product(project / "catalog/producten/zelfscan-kaderstelling-zuidhaven.yaml",
                    "raad-kaderstellende-controlerende-rol")
    built = generator(project, "build")
    assert built.returncode == 0, built.stdout + built.stderr
    site = project / "site"
    catalog = json.loads((site / "catalogus/data/catalogus.json").read_text("utf-8"))
    assert "zelfscan-kaderstelling-zuidhaven" in {p["id"] for p in catalog["producten"]}
    assert "Zelfscan kaderstelling Zuidhaven" in (site / "catalogus/data/producten.csv").read_text("utf-8")
    server, base = serve_folder(site)
    log = RequestLog(base)
    context = browser.new_context()
    page = context.new_page()
    page.on("request", log.record)
    try:
        page.goto(base + "catalogus/producten/index.html?type=quickscan&doelgroep=griffiers")
        card = page.locator("#productlijst .productkaart", has_text="Zuidhaven")
        expect(card).to_have_count(1)
        page.goto(base + "index.html")
        page.locator("#zoeken-knop").click()
        page.keyboard.type("Zuidhaven")
        expect(page.locator("#zoeken-dialoog .zoeken__resultaat").first).to_contain_text("Zuidhaven")
    finally:
        context.close()
        server.shutdown()
    assert log.foreign == []
