"""The product overview: pages and data from the generator, and the overview in Chromium
(product search, faceted filters, URL state, paging, layout at 1280 and 390 px, no JavaScript)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from generator.build import check_catalog, read_config, read_settings
from generator.model import build_site
from generator.overview import page_numbers, short_text
from generator.schemas import taxonomies
from generator.text import as_htm_renders
from tests.conftest import ROOT, RequestLog, axe_violations, describe

QUERIES = yaml.safe_load((ROOT / "tests/data/zoekvragen.yaml").read_text("utf-8"))
OVERVIEW = "catalogus/producten/index.html"
CARDS = "#productlijst .productkaart"
COUNT = "#productfilter-telling"
# Collects layout shifts from the first moment of the page (init scripts run before any other).
SHIFT_RECORDER = """
window.__shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""
# Words of each card title that the browser laid out on more than one line.
BROKEN_WORDS = """() => [...document.querySelectorAll('.productkaart__titel a')].flatMap((link) => {
  const text = link.firstChild; const broken = []; let start = 0;
  for (const word of text.data.split(' ')) {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (word && lines.size > 1) broken.push(word);
    start += word.length + 1;
  }
  return broken;
})"""


def open_page(browser: Browser, url: str, width: int = 1280, **options: Any) -> tuple[Page, RequestLog]:
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900},
                                  is_mobile=width < 800, **options)
    context.add_init_script(SHIFT_RECORDER)
    page = context.new_page()
    log = RequestLog(url)
    page.on("request", log.record)
    page.goto(url)
    if options.get("java_script_enabled", True):
        page.locator("#productfilter-tekst:enabled").wait_for()
    return page, log


def close(page: Page, log: RequestLog) -> None:
    page.context.close()
    assert log.foreign == [], f"requests to other hosts: {log.foreign}"


def shown_ids(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        f"{CARDS} h3 a", "links => links.map(a => a.getAttribute('href').replace(/\\.html$/, ''))")


def count_of(page: Page, facet: str, value: str) -> int:
    label = page.locator(f"label[for='productfilter-{facet}-{value}']").text_content() or ""
    return int(re.search(r"\((\d+)\)$", label).group(1))


def open_facet(page: Page, label: str) -> None:
    facet = page.locator("details.productfilter__facet", has=page.locator("summary", has_text=label))
    if facet.get_attribute("open") is None:
        facet.locator("summary").click()


def total_of(page: Page) -> int:
    """The number of products in the catalog, from "113 producten" or "12 van 113 producten"."""
    return int(re.search(r"(\d+) producten?$", page.locator(COUNT).inner_text()).group(1))


def found_of(page: Page) -> int:
    """The number of products that match, from "113 producten" or "12 van 113 producten"."""
    return int(re.match(r"\d+", page.locator(COUNT).inner_text()).group(0))


@pytest.fixture(scope="module")
def catalog_site() -> Any:
    today = dt.date.today()
    index, _ = check_catalog(ROOT, today)
    return build_site(index, ROOT, taxonomies(ROOT), today, read_settings(read_config(ROOT)))


@pytest.fixture(scope="module")
def overview(browser: Browser, base_url: str) -> Iterator[Page]:
    page, log = open_page(browser, base_url + OVERVIEW)
    yield page
    close(page, log)


# --- the generator ------------------------------------------------------------------------


def test_page_numbers_leave_out_the_far_pages() -> None:
    """The same cases as producten-core.test.mjs: static pages and the browser agree."""
    assert page_numbers(6, 20) == [1, None, 4, 5, 6, 7, 8, None, 20]
    assert page_numbers(1, 3) == [1, 2, 3]
    assert page_numbers(2, 5) == [1, 2, 3, 4, 5]


def test_a_card_shows_the_first_sentence_and_matches_on_the_rest() -> None:
    assert short_text("Een zin. En nog een.") == ("Een zin.", "En nog een.")
    long_sentence = "woord " * 60
    card, rest = short_text(long_sentence)
    assert card.endswith(" …") and len(card) < 230
    assert rest.startswith("woord woord")


def test_overview_data_holds_every_active_product_with_its_knelpunten(site_dir: Path,
                                                                     catalog_site: Any) -> None:
    data = json.loads((site_dir / "catalogus/data/overzicht.json").read_text("utf-8"))
    active = [p for p, r in catalog_site.producten.items() if r["status"] != "gearchiveerd"]
    assert [e["id"] for e in data["producten"]] == active
    for entry in data["producten"]:
        assert entry["waarden"]["knelpunt"] == catalog_site.knelpunten_of_product.get(entry["id"], [])
    facet_ids = [f["id"] for f in data["facetten"]]
    assert facet_ids == ["doelgroep", "thema", "knelpunt", "type", "aanbieder", "status", "jaar"]


# --- product search and facets in the browser -----------------------------------------------


@pytest.mark.parametrize("case", QUERIES["producten"], ids=lambda c: c["vraag"])
def test_product_search_puts_the_expected_product_in_the_top_3(overview: Page, case: dict[str, str]) -> None:
    overview.locator("#productfilter-tekst").fill(case["vraag"])
    assert case["verwacht"] in shown_ids(overview)[:3], shown_ids(overview)[:5]


def test_facet_counts_change_with_the_other_filters_and_tell_the_truth(browser: Browser,
                                                                      base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW)
    open_facet(page, "Thema")
    before = count_of(page, "thema", "samenwerking")
    open_facet(page, "Doelgroep")
    page.get_by_role("checkbox", name=re.compile(r"^Griffiers")).check()
    after = count_of(page, "thema", "samenwerking")
    assert 0 < after < before
    assert count_of(page, "doelgroep", "griffiers") == found_of(page)
    page.locator("#productfilter-thema-samenwerking").check()
    expect(page.locator(COUNT)).to_have_text(re.compile(rf"^{after} van \d+ producten$"))
    disabled = page.locator(".productfilter__optie input:disabled")
    assert disabled.count() > 0  # a value that would leave nothing cannot be chosen
    assert all(count_of(page, *box.get_attribute("id").removeprefix("productfilter-").split("-", 1)) == 0
               for box in disabled.all()[:5])
    assert "doelgroep=griffiers" in page.url and "thema=samenwerking" in page.url
    close(page, log)


def test_knelpunt_filter_shows_the_products_of_that_knelpunt(browser: Browser, base_url: str,
                                                             catalog_site: Any) -> None:
    page, log = open_page(browser, base_url + OVERVIEW + "?knelpunt=wgr-informatievoorziening")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Informatievoorziening aan raden"))).to_be_checked()
    expected = {p for p, ks in catalog_site.knelpunten_of_product.items() if "wgr-informatievoorziening" in ks
                and catalog_site.producten[p]["status"] != "gearchiveerd"}
    assert set(shown_ids(page)) == expected
    close(page, log)


def test_back_from_a_product_restores_the_filter_and_never_opens_the_site_search(
        browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW)
    page.locator("#productfilter-tekst").fill("regionale samenwerking")
    open_facet(page, "Status")
    page.get_by_role("checkbox", name=re.compile(r"^Bestaand")).check()
    shown = shown_ids(page)
    assert "tekst=regionale+samenwerking" in page.url and "q=" not in page.url
    page.locator(f"{CARDS} h3 a").first.click()
    page.wait_for_url(re.compile(rf"/{shown[0]}\.html$"))
    page.go_back()
    page.locator("#productfilter-tekst:enabled").wait_for()
    expect(page.locator("#productfilter-tekst")).to_have_value("regionale samenwerking")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Bestaand"))).to_be_checked()
    assert shown_ids(page) == shown
    expect(page.locator("#zoeken-dialoog")).not_to_have_attribute("open", "")
    expect(page.get_by_role("dialog")).to_have_count(0)
    close(page, log)


def test_a_shared_link_restores_filter_text_and_page(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW + "?doelgroep=raadsleden&tekst=raad&pagina=2")
    expect(page.locator("#productfilter-tekst")).to_have_value("raad")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Raadsleden"))).to_be_checked()
    expect(page.locator(".paginering a[aria-current=page]")).to_have_text("Pagina 2")
    expect(page.locator("#productlijst")).to_have_attribute("start", "21")
    expect(page.get_by_role("dialog")).to_have_count(0)
    close(page, log)


def test_pages_render_at_most_a_screenful_and_the_pager_moves_focus(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW)
    first = shown_ids(page)
    assert 0 < len(first) <= 20
    page.locator(".paginering a[rel=next]").click()
    assert "pagina=2" in page.url
    assert set(shown_ids(page)).isdisjoint(first)
    expect(page.locator(COUNT)).to_be_focused()
    close(page, log)


def test_nothing_found_says_what_to_try(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW + "?tekst=qwzxqwz")
    expect(page.locator(COUNT)).to_have_text(re.compile(r"^0 van \d+ producten$"))
    hints = page.locator(".productfilter__leeg")
    for name in ("de knelpunten per thema", "ondersteuning per rol", "Doe de zelfscan bestuurscultuur"):
        expect(hints.get_by_role("link", name=name)).to_be_visible()
    hints.get_by_role("button", name="wis alle filters").click()
    expect(page.locator(COUNT)).to_have_text(re.compile(r"^\d+ producten$"))
    close(page, log)


# --- the take-over of the static overview --------------------------------------------------

# Element nodes the first render removes from the overview, as "parent > child" (moving a node is
# a removal and an insertion). Recorded from before the page's scripts run.
REMOVAL_RECORDER = """
window.__removed = [];
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.removedNodes) {
      if (node.nodeType === 1) window.__removed.push(`${record.target.localName} > ${node.localName}`);
    }
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_the_static_markup_drops_only_the_whitespace_htm_drops() -> None:
    markup = '<li>\n  <label for="x">Naam <span>(3)</span></label>\n</li>\n<li>a\n b</li>'
    assert as_htm_renders(markup) == '<li><label for="x">Naam <span>(3)</span></label></li><li>a\n b</li>'


def test_the_overview_is_taken_over_on_first_use_without_moving_an_element(
        browser: Browser, base_url: str) -> None:
    """Before anyone uses it the static overview stays as it is; the first use hands it to the
    browser view, which only drops the values of closed facets (they render when opened)."""
    page, log = open_page(browser, base_url + OVERVIEW)
    page.add_init_script(REMOVAL_RECORDER)
    page.reload()
    page.locator("#productfilter-tekst:enabled").wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__removed") == []  # loaded, not yet used: nothing rendered
    page.locator("#productfilter").hover()
    expect(page.locator("details.productfilter__facet fieldset")).to_have_count(0)
    assert set(page.evaluate("window.__removed")) == {"details > fieldset"}
    close(page, log)


def test_tabbing_into_the_overview_keeps_the_focus_and_typing_filters(browser: Browser,
                                                                      base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW)
    page.locator("h1 a.headerlink").focus()
    page.keyboard.press("Tab")  # the first use: the view takes over while the field gets focus
    expect(page.locator("#productfilter-tekst")).to_be_focused()
    page.keyboard.type("integriteit")
    expect(page.locator(COUNT)).to_have_text(re.compile(r"^\d+ van \d+ producten$"))
    assert "tekst=integriteit" in page.url
    close(page, log)


# --- layout, accessibility and no JavaScript ------------------------------------------------


@pytest.mark.parametrize("width", [1280, 390])
def test_every_state_passes_axe_fits_the_width_and_does_not_shift(browser: Browser, base_url: str,
                                                                   width: int) -> None:
    page, log = open_page(browser, base_url + OVERVIEW, width)
    assert page.evaluate("window.__shift") < 0.1
    states = {"start": lambda: None,
              "facets open": lambda: [open_facet(page, f) for f in ("Doelgroep", "Knelpunt", "Jaar")],
              "filtered": lambda: page.get_by_role("checkbox", name=re.compile(r"^Griffiers")).check(),
              "page 2": lambda: page.locator(".paginering a[rel=next]").click(),
              "nothing found": lambda: page.locator("#productfilter-tekst").fill("qwzxqwz")}
    for name, action in states.items():
        action()
        violations = axe_violations(page)
        assert violations == [], f"{name}: {describe(violations)}"
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
    close(page, log)


def test_no_layout_shift_when_the_filter_comes_from_the_url(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW + "?thema=samenwerking&doelgroep=griffiers", 390)
    assert page.evaluate("window.__shift") < 0.1
    close(page, log)


def test_no_title_breaks_inside_a_word_at_1280(browser: Browser, base_url: str) -> None:
    page, log = open_page(browser, base_url + OVERVIEW)
    while True:
        assert page.evaluate(BROKEN_WORDS) == [], page.url
        following = page.locator(".paginering a[rel=next]")
        if following.count() == 0:
            break
        following.click()
    close(page, log)


def listed_without_javascript(browser: Browser, base_url: str) -> list[str]:
    """Every product link on the static overview pages, following "Volgende" to the end."""
    page, log = open_page(browser, base_url + OVERVIEW, java_script_enabled=False)
    expect(page.locator("#productfilter-tekst")).to_be_disabled()  # usable once JavaScript runs
    listed = []
    while True:
        listed += shown_ids(page)
        following = page.locator(".paginering a[rel=next]")
        if following.count() == 0:
            break
        target = following.get_attribute("href").rsplit("/", 1)[-1]
        following.click()
        page.wait_for_url(re.compile(rf"/{re.escape(target)}$"))  # and its load event
    close(page, log)
    return [link.removeprefix("../producten/") for link in listed]


def test_without_javascript_every_product_is_listed(browser: Browser, base_url: str,
                                                    catalog_site: Any) -> None:
    active = [p for p, r in catalog_site.producten.items() if r["status"] != "gearchiveerd"]
    assert listed_without_javascript(browser, base_url) == active


def test_without_javascript_every_product_of_the_10x_catalog_is_listed(
        browser: Browser, base_url_10x: str, site_dir_10x: Path) -> None:
    catalog = site_dir_10x.parent / "catalog/producten"
    records = [yaml.safe_load(f.read_text("utf-8")) for f in catalog.glob("*.yaml")]
    active = {r["id"] for r in records if r["status"] != "gearchiveerd"}
    listed = listed_without_javascript(browser, base_url_10x)
    assert len(listed) == len(set(listed))
    assert set(listed) == active


def test_overview_filters_the_10x_catalog(browser: Browser, base_url_10x: str) -> None:
    page, log = open_page(browser, base_url_10x + OVERVIEW)
    total = total_of(page)
    page.locator("#productfilter-tekst").fill("rekenkamerfunctie")
    expect(page.locator(COUNT)).to_have_text(re.compile(rf"^\d+ van {total} producten$"))
    assert shown_ids(page)[0] == "handreiking-lokale-rekenkamer"
    assert len(shown_ids(page)) <= 20
    close(page, log)
