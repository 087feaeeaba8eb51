"""Checks over the built files of both engines: links and anchors resolve, one h1 per page, valid
HTML, no inline styles (the CSP allows none), nothing that points at a developer's machine."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
# Nu HTML Checker messages we accept, each with the reason. All come from the stock
# Material and Zensical templates, not from our content; accessibility is covered by axe-core.
SUPPRESSED = {
    r"Attribute “autocomplete” is only allowed when the input type is":
        "Material sets autocomplete=off on its hidden checkbox toggles (drawer, search, TOC) so "
        "that browsers do not restore their state; harmless.",
    r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control":
        "Material's CSS-only toggles point labels at visually hidden checkboxes.",
    r"The “aria-hidden” attribute must not be used on any “label” element that is associated":
        "Zensical hides the drawer's backdrop label (md-overlay) from assistive technology; it "
        "only closes the drawer on a click and has no text.",
    r"Bad value “” for attribute “tabindex” on element “label”":
        "Material's navigation template writes an empty tabindex on section labels; browsers "
        "ignore it.",
}


class PageParser(HTMLParser):
    """Collects links, element ids and h1 count of one HTML file."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.h1 = 0
        self.inline_styles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name):
                self.ids.add(values[name] or "")
        if tag == "h1":
            self.h1 += 1
        if "style" in values or tag == "style":
            self.inline_styles += 1
        for name in ("href", "src"):
            if values.get(name) and tag in ("a", "link", "script", "img", "source"):
                self.links.append(values[name] or "")


def parse(file: Path) -> PageParser:
    parser = PageParser()
    parser.feed(file.read_text("utf-8"))
    return parser


@pytest.fixture(scope="module")
def pages(engine_site: Path) -> dict[Path, PageParser]:
    return {file: parse(file) for file in sorted(engine_site.rglob("*.html"))}


def test_every_page_has_one_h1(pages: dict[Path, PageParser]) -> None:
    wrong = {p.name: parser.h1 for p, parser in pages.items() if parser.h1 != 1}
    assert wrong == {}


def broken_links(file: Path, parser: PageParser, pages: dict[Path, PageParser], site: Path) -> list[str]:
    broken = []
    for link in parser.links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
            continue
        base = site if parts.path.startswith("/") else file.parent  # 404.html links from the root
        target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else file
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or site.resolve() not in target.parents:
            broken.append(link)
        elif parts.fragment and target.suffix == ".html":
            ids = pages[target].ids if target in pages else parse(target).ids
            if unquote(parts.fragment) not in ids:
                broken.append(link)
    return broken


def test_no_page_has_an_inline_style(pages: dict[Path, PageParser]) -> None:
    """deploy/nginx.conf's CSP has style-src 'self': a style attribute or element would be blocked."""
    assert {p.name: parser.inline_styles for p, parser in pages.items() if parser.inline_styles} == {}


def test_nothing_points_at_a_developer_machine(engine_site: Path) -> None:
    """Without site_url the build writes no canonical links and no sitemap entries at all."""
    local = re.compile(r'(?:href="|src="|<loc>)https?://(?:127\.0\.0\.1|localhost)')
    files = [f for f in engine_site.rglob("*") if f.suffix in (".html", ".xml")]
    assert [f.name for f in files if local.search(f.read_text("utf-8"))] == []
    assert [f.name for f in files if 'rel="canonical"' in f.read_text("utf-8")] == []


def test_every_internal_link_and_anchor_resolves(pages: dict[Path, PageParser], engine_site: Path) -> None:
    site = engine_site.resolve()
    resolved_pages = {p.resolve(): parser for p, parser in pages.items()}
    failures = {}
    for file, parser in resolved_pages.items():
        broken = broken_links(file, parser, resolved_pages, site)
        if broken:
            failures[file.relative_to(site).as_posix()] = broken
    assert failures == {}
    assert sum(len(p.links) for p in pages.values()) > 10_000  # the crawler saw the site


def test_link_checker_notices_a_broken_link(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text('<h1 id="top">A</h1><a href="b.html">b</a><a href="#top">t</a><a href="#nope">n</a>')
    parser = parse(page)
    assert broken_links(page, parser, {page: parser}, tmp_path) == ["b.html", "#nope"]


def vnu_errors(files: list[Path]) -> list[dict[str, object]]:
    completed = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, check=False, timeout=600)
    return json.loads(completed.stderr or "{}").get("messages", [])


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
def test_html_is_valid(engine_site: Path) -> None:
    files = sorted(engine_site.rglob("*.html"))
    messages = vnu_errors(files)
    unexplained = [m for m in messages
                   if not any(re.search(rule, str(m["message"])) for rule in SUPPRESSED)]
    assert unexplained == [], json.dumps(unexplained[:10], ensure_ascii=False, indent=1)
    assert len(files) > 150


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
def test_html_checker_reports_invalid_markup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text("<!doctype html><html lang=nl><title>x</title><p><div></p>")
    assert vnu_errors([bad])
