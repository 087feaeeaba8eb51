"""An editor's journey, as CONTRIBUTING describes it, on a copy of the shipped catalog: cite a
web site, add a product that cites it, link it from the product's side to a knelpunt and an
instrument, pass `check --strict`, build, and find the product everywhere a reader looks."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.conftest import ROOT, make_project
from tests.test_search import close, open_page, search
from tools.servers import serve_folder

KNELPUNT = "integriteit-rol-burgemeester-cvdk"
INSTRUMENT = "bespreekbaar-maken-gedragspatronen"
PRODUCT = "weerbaar-bestuur"
SOURCE = "weerbaar-bestuur-website"


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)


def set_field(text: str, field: str, value: str) -> str:
    """Fill in a field of a `new` template, live or commented out."""
    return re.sub(rf"^(# )?{field}:.*$", f"{field}: {value}", text, count=1, flags=re.MULTILINE)


@pytest.fixture(scope="module")
def journey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("journey") / "project", real_catalog=True)
    source = generator(project, "new", "bron", "--titel", "Weerbaar Bestuur (website)", "--id", SOURCE,
                       "--soort", "website", "--url", "https://www.weerbaarbestuur.nl")
    assert source.returncode == 0, source.stderr
    product = generator(project, "new", "product", "--titel", "Weerbaar Bestuur", "--id", PRODUCT)
    assert product.returncode == 0, product.stderr
    assert "vergelijkbare titel" in product.stdout + product.stderr  # "Netwerk weerbaar bestuur" exists
    file = project / f"catalog/producten/{PRODUCT}.yaml"
    text = file.read_text("utf-8")
    for field, value in {
        "omschrijving": "Programma over agressie en intimidatie tegen politieke ambtsdragers.",
        "themas": "[integriteit-weerbaarheid]",
        "doelgroepen": "[burgemeesters, raadsleden]",
        "aanbieders": "[bzk]",
        "typen": "[website]",
        "knelpunten": f"[{KNELPUNT}]",
        "instrumenten": f"[{INSTRUMENT}]",
        "url": "https://www.weerbaarbestuur.nl",
        "bron": f"\n  - document: {SOURCE}",
    }.items():
        text = set_field(text, field, value)
    file.write_text(text, "utf-8")
    checked = generator(project, "check", "--strict")
    assert checked.returncode == 0, checked.stdout
    built = generator(project, "build")
    assert built.returncode == 0, built.stdout + built.stderr
    return project / "site"


def test_the_product_shows_on_the_knelpunt_page_as_the_editors_link(journey: Path) -> None:
    html = (journey / f"catalogus/knelpunten/{KNELPUNT}.html").read_text("utf-8")
    editors = html.split('id="suggesties-van-de-redactie"', 1)[1].split("<h2", 1)[0]
    assert f'href="../producten/{PRODUCT}.html"' in editors


def test_the_product_shows_on_the_instrument_page(journey: Path) -> None:
    html = (journey / f"catalogus/instrumenten/{INSTRUMENT}.html").read_text("utf-8")
    support = html.split('id="ondersteuning-hierbij"', 1)[1].split("<h2", 1)[0]
    assert f'href="../producten/{PRODUCT}.html"' in support
    assert "suggestie van de redactie" in support


def test_the_product_page_names_its_web_source_and_that_nobody_checked_it(journey: Path) -> None:
    html = (journey / f"catalogus/producten/{PRODUCT}.html").read_text("utf-8")
    assert f"bronnen.html#{SOURCE}" in html
    assert "Nog niet gecontroleerd bij de aanbieder." in html


def test_the_product_is_in_the_overview(journey: Path) -> None:
    # page 1 of the overview, and its further pages of 20 products
    further = (journey / "catalogus/productenlijst").glob("*.html")
    pages = [journey / "catalogus/producten/index.html", *further]
    overview = "".join(p.read_text("utf-8") for p in pages)
    assert f"{PRODUCT}.html" in overview


def test_the_product_is_in_the_open_data(journey: Path) -> None:
    catalog = json.loads((journey / "catalogus/data/catalogus.json").read_text("utf-8"))
    assert PRODUCT in {p["id"] for p in catalog["producten"]}
    assert SOURCE in {b["id"] for b in catalog["bronnen"]}
    rows = csv.DictReader(io.StringIO((journey / "catalogus/data/producten.csv").read_text("utf-8")),
                          delimiter=";")
    assert any(row["id"] == PRODUCT for row in rows)


def test_the_product_is_found_by_the_site_search(journey: Path, browser: Browser) -> None:
    server, url = serve_folder(journey)
    page, log = open_page(browser, url + "zoeken.html")
    try:
        assert f"catalogus/producten/{PRODUCT}.html" in search(page, "#zoekpagina", "weerbaar bestuur")[:3]
    finally:
        close(page, log)
        server.shutdown()
