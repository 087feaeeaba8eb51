"""Keyboard use: Tab reaches every control of a page, and focus is always visible."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

FOCUS_STATE = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
    || style.boxShadow !== 'none' || style.textDecorationLine.includes('underline');
  return {key: e.id || e.name || e.getAttribute('href') || e.textContent.trim().slice(0, 40),
          tag: e.tagName, visible, inMain: !!e.closest('main'),
          closed: e.tagName === 'SUMMARY' && !e.parentElement.open};
}"""

CONTROLS = ("main a[href], main button, main input:not([type=hidden]), main select, main textarea, "
            "main summary")


def tab_through(page: Page, limit: int = 500) -> list[dict[str, object]]:
    """Press Tab until focus leaves the page, opening every closed <details> on the way
    with Enter as a keyboard user would; returns each focus."""
    seen: list[dict[str, object]] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["tag"] == "BODY":
            break
        if state["closed"]:
            page.keyboard.press("Enter")
        seen.append(state)
    return seen


def reachable_controls(page: Page) -> int:
    return page.evaluate(f"""() => [...document.querySelectorAll('{CONTROLS}')]
        .filter(e => e.offsetParent !== null && !e.closest('[hidden]') && e.tabIndex >= 0).length""")


@pytest.mark.parametrize("path", ["index.html", "catalogus/producten/index.html"])
def test_tab_reaches_every_control_with_visible_focus(page: Page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    focused = tab_through(page)
    in_main = [f for f in focused if f["inMain"]]
    assert len(in_main) >= reachable_controls(page)
    invisible = [f for f in focused if not f["visible"]]
    assert invisible == []


def test_filter_can_be_used_with_the_keyboard_only(page: Page, base_url: str) -> None:
    page.goto(base_url + "catalogus/producten/index.html")
    search = page.locator("#productfilter input[type=search]")
    search.and_(page.locator(":enabled")).wait_for()  # enabled once the product data has loaded
    status = page.locator("#productfilter-telling")
    total = int(status.inner_text().split()[0])
    search.focus()
    page.keyboard.type("integriteit")
    page.keyboard.press("Tab")  # leave the field: the filter has applied as you typed
    shown = page.locator("#productlijst .productkaart").count()
    assert 0 < shown < total
    assert status.get_attribute("aria-live") == "polite"
    found = int(status.inner_text().split()[0])
    assert shown == min(found, 20)  # one page of cards
    assert status.inner_text() == f"{found} van {total} producten"
