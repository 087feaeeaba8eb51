"""The site search: zoekterm groups in the generator, Pagefind over the built site, and the
search dialog and page in Chromium (query set, keyboard, axe, no JavaScript, 10x catalog)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from generator.search import record_terms, spelling_corrections, terms_by_record
from tests.conftest import ROOT, RequestLog, axe_violations, describe

QUERIES = yaml.safe_load((ROOT / "tests/data/zoekvragen.yaml").read_text("utf-8"))
DIALOG = "#zoeken-dialoog"


def open_page(browser: Browser, url: str, **options: Any) -> tuple[Page, RequestLog]:
    context = browser.new_context(locale="nl-NL", **({"viewport": {"width": 1280, "height": 900}} | options))
    page = context.new_page()
    log = RequestLog(url)
    page.on("request", log.record)
    page.goto(url)
    return page, log


def close(page: Page, log: RequestLog) -> None:
    page.context.close()
    assert log.foreign == [], f"requests to other hosts: {log.foreign}"


def search(page: Page, scope: str, query: str) -> list[str]:
    """Type a query into the search field in scope; the result paths, in order, once shown."""
    page.locator(f"{scope} input[type=search]").fill(query)
    page.locator(f"{scope} [data-gezocht={query!r}]").wait_for(state="attached")
    return page.eval_on_selector_all(
        f"{scope} .zoeken__link", "links => links.map(a => new URL(a.href).pathname.slice(1))")


@pytest.fixture(scope="module")
def search_page(browser: Browser, base_url: str) -> Iterator[Page]:
    page, log = open_page(browser, base_url + "zoeken.html")
    yield page
    close(page, log)


# --- the generator ------------------------------------------------------------------------

GROUPS = [
    {"id": "a", "termen": ["polarisatie", "ruzie"], "spelfouten": ["Polarizatie"],
     "instrumenten": ["mediation"], "knelpunten": ["k"]},
    {"id": "b", "termen": ["conflict", "ruzie"], "instrumenten": ["mediation"]},
]


def test_terms_are_collected_per_record_once() -> None:
    terms = terms_by_record(GROUPS)
    assert terms[("instrument", "mediation")] == ["polarisatie", "ruzie", "conflict"]
    assert terms[("knelpunt", "k")] == ["polarisatie", "ruzie"]
    assert spelling_corrections(GROUPS) == {"polarizatie": "polarisatie"}


def test_record_terms_tell_kinds_apart_by_the_record_itself() -> None:
    """A knelpunt and an instrument may share an id; each gets its own group's terms."""
    knelpunt, instrument = {"id": "mediation"}, {"id": "mediation"}
    site = type("Site", (), {"knelpunten": {"mediation": knelpunt}, "instrumenten": {"mediation": instrument},
                             "producten": {}, "routes": {}})()
    lookup = record_terms(site, GROUPS)
    assert lookup(instrument) == ["polarisatie", "ruzie", "conflict"]
    assert lookup(knelpunt) == []
    assert lookup({"id": "mediation"}) == []


def test_a_zoekterm_pointing_nowhere_is_an_error_with_its_line(project: Path) -> None:
    folder = project / "catalog/zoektermen"
    folder.mkdir()
    (folder / "ruzie.yaml").write_text(
        "id: ruzie\ntermen: [ruzie]\nknelpunten:\n  - functioneren-lokale-driehoek\n"
        "  - bestaat-niet\n", "utf-8")
    completed = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "check"],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 1
    assert "catalog/zoektermen/ruzie.yaml:5: " in completed.stdout
    assert "'bestaat-niet' bestaat niet" in completed.stdout


def test_a_zoekterm_group_needs_a_target(project: Path) -> None:
    folder = project / "catalog/zoektermen"
    folder.mkdir()
    (folder / "leeg.yaml").write_text("id: leeg\ntermen: [iets]\n", "utf-8")
    completed = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "check"],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 1
    assert "catalog/zoektermen/leeg.yaml:1: " in completed.stdout


def test_record_pages_carry_their_zoektermen_with_weight(site_dir: Path) -> None:
    """Each group's terms stand on every page it points to, marked for Pagefind's weighting."""
    for file in sorted((ROOT / "catalog/zoektermen").glob("*.yaml")):
        group = yaml.safe_load(file.read_text("utf-8"))
        for field, folder in (("knelpunten", "knelpunten"), ("instrumenten", "instrumenten"),
                              ("producten", "producten")):
            for record_id in group.get(field, []):
                html = (site_dir / f"catalogus/{folder}/{record_id}.html").read_text("utf-8")
                line = re.search(r'<p class="ook-gezocht" data-pagefind-weight="10">(.*?)</p>', html, re.S)
                assert line, f"{folder}/{record_id}: no 'Ook gezocht als' line"
                assert group["termen"][0] in line.group(1), f"{folder}/{record_id} lacks {group['id']}"


def test_only_content_is_indexed_and_listings_weigh_little(site_dir: Path) -> None:
    record = (site_dir / "catalogus/knelpunten/wgr-uittreding.html").read_text("utf-8")
    assert record.count("data-pagefind-body") == 1
    assert "data-pagefind-weight=\"0.2\"" not in record
    listing = (site_dir / "catalogus/ontbrekend.html").read_text("utf-8")
    assert '<article class="md-content__inner md-typeset" data-pagefind-body data-pagefind-weight="0.2">' \
        in listing
    for unindexed in ("zoeken.html", "catalogus/productenlijst/pagina-2.html"):
        assert "data-pagefind-body" not in (site_dir / unindexed).read_text("utf-8"), unindexed
    assert (site_dir / "pagefind/pagefind.js").is_file()
    assert not (site_dir / "search/search_index.json").exists()


# --- the query set in the browser -----------------------------------------------------------


@pytest.mark.parametrize("case", QUERIES["site"], ids=lambda c: c["vraag"])
def test_site_search_puts_the_expected_record_in_the_top_3(search_page: Page, case: dict[str, str]) -> None:
    results = search(search_page, "#zoekpagina", case["vraag"])
    assert case["verwacht"] in results[:3], results[:5]


def test_the_query_set_is_large_enough() -> None:
    assert len(QUERIES["site"]) >= 30
    assert len(QUERIES["producten"]) >= 30
    issue_12 = {"polarisatie", "vertrouwensbreuk", "vertrouwenspersoon", "integriteid", "ruzie in de raad",
                "gemeenschappelijke regeling", "informatievoorziening Wgr"}
    assert issue_12 <= {c["vraag"] for c in QUERIES["site"]}
    assert issue_12 <= {c["vraag"] for c in QUERIES["producten"]}


def test_a_misspelling_is_corrected_and_said(search_page: Page) -> None:
    search(search_page, "#zoekpagina", "integriteid")
    expect(search_page.locator("#zoekpagina .zoeken__correctie")).to_have_text(
        "Gezocht op “integriteit” (u typte “integriteid”).")
    expect(search_page.locator("#zoekpagina-status")).to_contain_text("voor “integriteit”")


def test_a_title_match_ranks_above_pages_that_mention_the_word(search_page: Page) -> None:
    """'Juniorenconvent' is also mentioned on the ladder page and the role pages."""
    results = search(search_page, "#zoekpagina", "juniorenconvent")
    assert results[0] == "catalogus/instrumenten/juniorenconvent.html"
    assert "catalogus/ladder.html" in results


def test_nothing_found_says_what_to_try(search_page: Page) -> None:
    assert search(search_page, "#zoekpagina", "qwzxqwz") == []
    expect(search_page.locator("#zoekpagina-status")).to_have_text("Geen resultaten voor “qwzxqwz”.")
    hints = search_page.locator("#zoekpagina .zoeken__tips a")
    expect(hints).to_have_text(["Knelpunten per thema", "Ondersteuning per rol", "Alle producten",
                                "De escalatieladder", "de zelfscan bestuurscultuur"])


def test_search_page_reads_and_keeps_the_query_in_the_url(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + "zoeken.html?q=heidag")
    page.locator("#zoekpagina [data-gezocht='heidag']").wait_for(state="attached")
    expect(page.locator("#zoekpagina .zoeken__link").first).to_have_attribute(
        "href", re.compile(r"heidag-organiseren\.html$"))
    search(page, "#zoekpagina", "mediation")
    assert page.url.endswith("zoeken.html?q=mediation")
    close(page, log)


# --- the dialog ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", [1280, 390])
def test_dialog_with_results_passes_axe_and_fits(browser: Browser, base_url: str, width: int) -> None:
    page, log = open_page(browser, base_url + "catalogus/ladder.html",
                          viewport={"width": width, "height": 844}, is_mobile=width < 800)
    page.locator("#zoeken-knop").click()
    results = search(page, DIALOG, "vertrouwensbreuk")
    assert results
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator(DIALOG).bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    close(page, log)


def test_dialog_works_with_the_keyboard_and_announces_results(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + "index.html")
    page.keyboard.press("/")
    dialog = page.get_by_role("dialog", name="Zoeken op deze site")
    expect(dialog).to_be_visible()
    field = dialog.get_by_label("Zoek in knelpunten, producten, instrumenten en pagina's")
    expect(field).to_be_focused()
    page.keyboard.type("polarisatie")
    page.locator(f"{DIALOG} [data-gezocht='polarisatie']").wait_for(state="attached")
    status = dialog.get_by_role("status")
    expect(status).to_have_text(re.compile(r"^\d+ resultaten? voor “polarisatie”\.$"))
    assert field.get_attribute("aria-describedby") == status.get_attribute("id")
    page.keyboard.press("ArrowDown")
    expect(dialog.locator(".zoeken__link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("#zoeken-knop")).to_be_focused()
    page.locator("#zoeken-knop").press("Enter")
    expect(field).to_have_value("polarisatie")
    page.keyboard.press("Enter")  # opens the first result
    page.wait_for_url(re.compile(r"/catalogus/"))
    close(page, log)


def test_without_javascript_the_search_leads_to_a_page_that_says_where_to_look(
        browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + "catalogus/ladder.html", java_script_enabled=False)
    page.get_by_role("link", name="Zoeken", exact=True).click()
    assert page.url.endswith("/zoeken.html")
    main = page.locator("article")
    expect(main).to_contain_text("werkt alleen met JavaScript")
    for name in ("Knelpunten per thema", "Ondersteuning per rol", "Alle producten", "De escalatieladder"):
        main.get_by_role("link", name=name).click()
        assert page.locator("h1").count() == 1
        page.go_back()
    close(page, log)


# --- the ten times larger catalog ---------------------------------------------------------


def test_search_works_on_the_10x_catalog(browser: Browser, base_url_10x: str) -> None:
    """Products are copied ten times there; knelpunten and instruments are not, so their queries
    must still find them first, and a copied product must be found by its title."""
    page, log = open_page(browser, base_url_10x + "zoeken.html")
    cases = [c for c in QUERIES["site"] if "/producten/" not in c["verwacht"]][:10]
    for case in cases:
        results = search(page, "#zoekpagina", case["vraag"])
        assert case["verwacht"] in results[:3], (case, results[:5])
    results = search(page, "#zoekpagina", "rekenkamerfunctie kopie 7")
    assert results[0] == "catalogus/producten/handreiking-lokale-rekenkamer-kopie-7.html"
    close(page, log)


@pytest.mark.parametrize(("query", "expected"), [
    ("rekenkamer", "catalogus/producten/handreiking-lokale-rekenkamer.html"),
    ("integriteit", "catalogus/instrumenten/integriteitscommissie-instellen.html"),
    ("driehoek", "catalogus/instrumenten/driehoeksoverleg-activeren.html"),
    ("driehoek", "catalogus/knelpunten/functioneren-lokale-driehoek.html"),
    ("CvdK", "catalogus/knelpunten/pettenproblematiek-burgemeester-cvdk.html"),
    ("Wgr", "catalogus/knelpunten/wgr-informatievoorziening.html"),
])
def test_records_found_by_the_former_search_stay_on_the_first_page(
        search_page: Page, query: str, expected: str) -> None:
    """The cases of the Material search test this search replaced, with its limit of eight."""
    assert expected in search(search_page, "#zoekpagina", query)[:8]


def test_a_page_loads_the_search_only_when_someone_searches_and_keeps_what_was_typed(
        browser: Browser, base_url: str) -> None:
    """Every page loads only the small launcher; Preact, the views and Pagefind come with the
    first search, and text typed while they load is not lost."""
    page, log = open_page(browser, base_url + "catalogus/ladder.html")
    page.wait_for_load_state("networkidle")
    loaded = [r.url.rsplit("/", 1)[-1] for r in log.requests]
    assert "zoeken-page.mjs" in loaded
    assert not {"zoeken-search.mjs", "preact.mjs", "pagefind.js"} & set(loaded), loaded
    page.locator("#zoeken-knop").click()
    page.keyboard.type("polarisatie")  # at once, while the search may still be loading
    expect(page.locator(f"{DIALOG} input[type=search]")).to_have_value("polarisatie")
    page.locator(f"{DIALOG} [data-gezocht='polarisatie'] .zoeken__resultaat").first.wait_for()
    close(page, log)
