"""The built site in Chromium: no foreign requests, no axe violations, pages that work."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.conftest import axe_violations, describe


def test_home_loads_locally_and_passes_axe(page: Page, base_url: str) -> None:
    page.goto(base_url)
    assert page.locator("h1").inner_text().rstrip("¶") == "Ondersteuningswijzer lokaal bestuur"
    assert page.locator("html").get_attribute("lang") == "nl"
    counts = page.locator(".tellingen table")
    assert "Knelpunten" in counts.inner_text()
    violations = axe_violations(page)
    assert violations == [], describe(violations)
