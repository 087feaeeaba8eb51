"""The users' goals of issue 12, walked in Chromium from the home page, in at most three clicks.

Each test clicks as a user would and counts the clicks; what it expects to find is read from
the catalog's YAML (a product's status, which side a link comes from), not from today's totals.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from playwright.sync_api import Page, expect

from tests.conftest import ROOT
from tests.test_overview import open_facet

MAX_CLICKS = 3


class Walk:
    """Clicks through the site from the home page, counting the clicks."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.page, self.clicks = page, 0
        page.goto(base_url + "index.html")

    def click(self, name: str | re.Pattern[str], scope: str = "article") -> None:
        self.page.locator(scope).get_by_role("link", name=name).first.click()
        self.page.wait_for_load_state()
        self.clicks += 1
        assert self.clicks <= MAX_CLICKS, f"more than {MAX_CLICKS} clicks from home"


def catalog(folder: str) -> dict[str, dict]:
    return {f.stem: yaml.safe_load(f.read_text("utf-8")) for f in (ROOT / "catalog" / folder).glob("*.yaml")}


def product_links(page: Page, section_id: str) -> list[str]:
    """Product ids linked in the section that starts at the h2 or h3 with this id."""
    return page.evaluate("""id => {
      const start = document.getElementById(id);
      const ids = [];
      for (let node = start.nextElementSibling; node && !/^H[12]$/.test(node.tagName) &&
           !(start.tagName === 'H3' && node.tagName === 'H3'); node = node.nextElementSibling) {
        node.querySelectorAll('a[href*="producten/"]').forEach(a => {
          const m = a.getAttribute('href').match(/producten\\/([a-z0-9-]+)\\.html/);
          if (m) ids.push(m[1]);
        });
      }
      return ids;
    }""", section_id)


def test_a_griffier_finds_existing_support_for_information_in_regional_cooperation(
        page: Page, base_url: str) -> None:
    walk = Walk(page, base_url)
    walk.click("Kies uw rol")
    walk.click("Griffiers", scope="article table")
    expect(page.locator("h3", has_text="Wet gemeenschappelijke regelingen")).to_be_visible()
    walk.click("Informatievoorziening aan raden is niet op orde")
    products = catalog("producten")
    offered = product_links(page, "alle-ondersteuning-bij-dit-knelpunt")
    assert any(products[p]["status"] == "bestaand" for p in offered), offered


def test_a_griffier_filters_the_overview_to_existing_products_on_regional_cooperation(
        page: Page, base_url: str) -> None:
    """Thema Samenwerking + Doelgroep Griffiers + Status Bestaand leaves products, each of them so in YAML."""
    walk = Walk(page, base_url)
    walk.click("filter alle producten")
    for label, facet, value in (("Thema", "thema", "samenwerking"), ("Doelgroep", "doelgroep", "griffiers"),
                                ("Status", "status", "bestaand")):
        open_facet(page, label)
        page.locator(f"#productfilter-{facet}-{value}").check()
    shown = page.eval_on_selector_all("#productlijst .productkaart h3 a",
                                      "links => links.map(a => a.pathname.split('/').pop().slice(0, -5))")
    products = catalog("producten")
    assert shown, "no existing product on regional cooperation for griffiers"
    assert all(products[p]["status"] == "bestaand" and "samenwerking" in products[p]["themas"]
               and "griffiers" in products[p]["doelgroepen"] for p in shown), shown


def test_a_burgemeester_worried_about_a_polarised_raad_reaches_instruments_and_the_zelfscan(
        page: Page, base_url: str) -> None:
    walk = Walk(page, base_url)
    walk.click("Ik wil ...")
    walk.click(re.compile("gepolariseerde raad"))
    assert "burgemeesters" in page.locator("article").inner_text()
    expect(page.locator("article a[href*='instrumenten/']").first).to_be_visible()
    expect(page.locator("article a[href$='zelfscan.html']").first).to_be_visible()
    walk.click(re.compile("^Zelfscan bestuurscultuur"))
    expect(page.locator("h1")).to_contain_text("bestuurscultuur")


def test_a_burgemeester_finds_the_ladder_the_zelfscan_and_a_case_on_the_role_page(
        page: Page, base_url: str) -> None:
    walk = Walk(page, base_url)
    walk.click("Kies uw rol")
    walk.click("Burgemeesters", scope="article table")
    tools = page.locator("#hulpmiddelen-voor-u + ul")
    for name in ("Escalatieladder", "Zelfscan bestuurscultuur", re.compile("Bergen")):
        expect(tools.get_by_role("link", name=name)).to_be_visible()
    walk.click("Escalatieladder", scope="#hulpmiddelen-voor-u + ul")
    expect(page.get_by_text("Wie handelt:").first).to_be_visible()


def one_sided_link() -> tuple[str, str]:
    """A (knelpunt, product) pair linked only from the product's side."""
    knelpunten = catalog("knelpunten")
    for product_id, product in sorted(catalog("producten").items()):
        for knelpunt_id in product.get("knelpunten", []):
            if product_id not in yaml.safe_dump(knelpunten[knelpunt_id]):
                return knelpunt_id, product_id
    raise AssertionError("the catalog has no link made only from the product side")


def test_a_link_made_from_the_product_side_shows_on_the_knelpunt(page: Page, base_url: str) -> None:
    knelpunt_id, product_id = one_sided_link()
    knelpunt = catalog("knelpunten")[knelpunt_id]
    walk = Walk(page, base_url)
    walk.click("Bekijk de knelpunten")
    walk.click(knelpunt["titel"])
    assert product_id in product_links(page, "suggesties-van-de-redactie")
    item = page.locator(f"#suggesties-van-de-redactie ~ ul li:has(a[href$='/{product_id}.html'])")
    expect(item.locator(".herkomst")).to_have_text("suggestie van de redactie")


def test_from_a_product_the_reader_gets_to_its_provider(page: Page, base_url: str) -> None:
    products = catalog("producten")
    product_id = next(p for p, r in sorted(products.items())
                      if r["status"] == "bestaand" and not r.get("url") and r.get("aanbieders"))
    provider = products[product_id]["aanbieders"][0]
    page.goto(base_url + f"catalogus/producten/{product_id}.html")
    access = page.locator("#zo-komt-u-eraan + p")
    expect(access).to_contain_text("De bron noemt geen webadres")
    access.locator(f"a[href$='aanbieders/{provider}.html']").click()
    expect(page.locator("h1")).to_have_text(re.compile(catalog("aanbieders")[provider]["volledige_naam"]))
    expect(page.locator(f"article a[href$='producten/{product_id}.html']")).to_be_visible()


def test_every_product_page_says_how_to_get_it(site_dir: Path) -> None:
    for product_id, product in catalog("producten").items():
        html = (site_dir / f"catalogus/producten/{product_id}.html").read_text("utf-8")
        if product["status"] in ("bestaand", "in-ontwikkeling"):
            assert 'id="zo-komt-u-eraan"' in html, product_id
