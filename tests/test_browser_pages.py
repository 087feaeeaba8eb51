"""The built site in Chromium: no foreign requests, no axe violations, pages that work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import axe_violations, describe


def heading(page: Page, text: str):
    """A heading by its text; the permalink sign after it is not part of the match."""
    return page.locator("h1, h2, h3").filter(has_text=re.compile(rf"^{re.escape(text)}¶?$"))


def html_pages(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))


def test_home_loads_locally_and_passes_axe(page: Page, base_url: str) -> None:
    page.goto(base_url)
    assert page.locator("h1").inner_text().rstrip("¶") == "Ondersteuningswijzer lokaal bestuur"
    assert page.locator("html").get_attribute("lang") == "nl"
    counts = page.locator(".tellingen table")
    assert "Knelpunten" in counts.inner_text()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_every_page_passes_axe_and_sets_no_cookie(page: Page, base_url: str, site_dir: Path) -> None:
    """Every generated page, not a sample; foreign requests fail the `page` fixture."""
    failures = {}
    paths = html_pages(site_dir)
    for path in paths:
        page.goto(base_url + path)
        violations = axe_violations(page)
        if violations:
            failures[path] = describe(violations)
    assert failures == {}, "\n".join(f"{p}: {v}" for p, v in failures.items())
    assert len(paths) > 150
    assert page.context.cookies() == []


def test_home_to_role_to_product_in_two_clicks(page: Page, base_url: str) -> None:
    page.goto(base_url + "index.html")
    page.get_by_role("link", name="Kies uw rol").click()
    page.get_by_role("link", name="Griffiers", exact=True).click()
    expect(page.locator("h1")).to_contain_text("Griffiers")
    page.locator("article li a[href^='../producten/']").first.click()
    assert "/catalogus/producten/" in page.url
    expect(heading(page, "Helpt bij deze knelpunten")).to_be_visible()


def test_ladder_leads_to_instrument_pages(page: Page, base_url: str) -> None:
    page.goto(base_url + "catalogus/ladder.html")
    for phase in ("Fase 1", "Fase 2", "Fase 3", "Preventief"):
        expect(heading(page, phase)).to_be_visible()
    page.get_by_role("link", name="Driehoeksoverleg activeren").first.click()
    expect(page.locator("h1")).to_contain_text("Driehoeksoverleg activeren")
    for section in ("Wat", "Hoe", "Ondersteuning hierbij"):
        expect(heading(page, section)).to_be_visible()


@pytest.mark.parametrize("path", [
    "index.html",
    "catalogus/knelpunten/functioneren-lokale-driehoek.html",
    "catalogus/producten/training-lokale-driehoek.html",
    "catalogus/instrumenten/driehoeksoverleg-activeren.html",
])
def test_print_shows_content_without_navigation(page: Page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none"
    expect(page.locator("h1")).to_be_visible()


def test_print_shows_link_addresses(page: Page, base_url: str) -> None:
    page.goto(base_url + "catalogus/producten/e-learningmodule-integriteit-en-ondermijning.html")
    page.emulate_media(media="print")
    link = page.locator("article a[href^='https://']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://" in after


MAIN_PAGE_TYPES = [
    "index.html",
    "catalogus/rollen/griffier.html",
    "catalogus/knelpunten/index.html",
    "catalogus/knelpunten/functioneren-lokale-driehoek.html",
    "catalogus/producten/index.html",
    "catalogus/producten/training-lokale-driehoek.html",
    "catalogus/ontbrekend.html",
    "catalogus/ladder.html",
    "catalogus/instrumenten/driehoeksoverleg-activeren.html",
    "catalogus/zelfscan.html",
    "catalogus/praktijk/bergen-2023.html",
    "kennis/gemeentesecretaris.html",
    "catalogus/routes/index.html",
    "catalogus/routes/coalitiecrisis-of-gepolariseerde-raad.html",
    "catalogus/aanbieders/index.html",
    "catalogus/aanbieders/ngb.html",
    "catalogus/fasen/fase-2.html",
    "catalogus/beheer.html",
    "catalogus/bronnen.html",
    "zoeken.html",
]


@pytest.mark.parametrize("path", MAIN_PAGE_TYPES)
def test_phone_width_does_not_scroll_sideways(browser, base_url: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 390, f"{path} is {width}px wide"
