"""The shipped nginx config (deploy/nginx.conf) serving the site built by each engine: headers,
CSP, types, error pages, and every page working under the CSP."""

from __future__ import annotations

import base64
import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page

from generator.build import ENGINES
from tests.conftest import RequestLog, SiteBuilds
from tools.servers import NGINX, NGINX_CONFIG, csp_of, fetch, start_nginx, stop

CONFIG = NGINX_CONFIG
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
# Records CSP violations from the first moment of the page (Playwright's init scripts are not
# subject to the page's CSP).
VIOLATION_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def script_hashes(site: Path) -> dict[str, str]:
    """sha256 CSP source of every executable inline script in the site -> one page that has it."""
    found: dict[str, str] = {}
    for page in sorted(site.rglob("*.html")):
        for match in INLINE_SCRIPT.finditer(page.read_text("utf-8")):
            attrs = match.group("attrs")
            if "src=" in attrs or re.search(r'type="(?!text/javascript|module)', attrs):
                continue  # external, or a data block such as type="application/json"
            digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
            found.setdefault(f"'sha256-{base64.b64encode(digest).decode()}'",
                             page.relative_to(site).as_posix())
    return found


@pytest.fixture(scope="module")
def nginx_url(engine_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """deploy/nginx.conf run by the real nginx on a free loopback port, serving engine_site."""
    if not NGINX.exists():
        pytest.skip(f"{NGINX} is not installed (Debian package nginx or nginx-light)")
    process, url = start_nginx(engine_site, tmp_path_factory.mktemp("nginx"))
    try:
        yield url
    finally:
        stop(process)


def head(url: str, **headers: str) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}


def first_page(site: Path, folder: str) -> str:
    return next(p.relative_to(site).as_posix()
                for p in sorted((site / folder).glob("*.html")) if p.name != "index.html")


@pytest.fixture(scope="module")
def page_paths(engine_site: Path) -> list[str]:
    """The main page types: home, product overview and page, knelpunt, ladder, instrument, zelfscan."""
    return ["index.html", "catalogus/producten/index.html",
            first_page(engine_site, "catalogus/producten"), first_page(engine_site, "catalogus/knelpunten"),
            "catalogus/ladder.html", first_page(engine_site, "catalogus/instrumenten"),
            "catalogus/zelfscan.html"]


def allowed_hashes() -> set[str]:
    """The hashes of script-src."""
    directives = csp_of(CONFIG.read_text("utf-8")).split(";")
    script_src = next(d for d in directives if d.strip().startswith("script-src"))
    return set(re.findall(r"'sha256-[^']+'", script_src))


def test_csp_allows_the_inline_scripts_of_the_site(engine_site: Path, site_builds: SiteBuilds) -> None:
    needed = script_hashes(engine_site)
    missing = {h: page for h, page in needed.items() if h not in allowed_hashes()}
    every_engine = sorted({h for e in ENGINES for h in script_hashes(site_builds.get(e))})
    assert not missing, (
        "inline scripts that deploy/nginx.conf's CSP would block (theme upgraded or a new "
        f"folder depth?): {missing}\nscript-src should be: 'self' {' '.join(every_engine)}")


def test_csp_allows_no_script_that_no_engine_needs(site_builds: SiteBuilds) -> None:
    needed = {h for engine in ENGINES for h in script_hashes(site_builds.get(engine))}
    assert allowed_hashes() <= needed, f"hashes no page needs any more: {allowed_hashes() - needed}"


def test_every_response_carries_the_security_headers(nginx_url: str, page_paths: list[str],
                                                     engine_site: Path) -> None:
    expected_csp = csp_of(CONFIG.read_text("utf-8"))
    for path in [*page_paths, "assets/js/zelfscan-page.mjs", "pagefind/pagefind.js", "nope.html"]:
        _, headers = head(nginx_url + path)
        assert headers.get("content-security-policy") == expected_csp, path
        for name, value in SECURITY_HEADERS.items():
            assert headers.get(name) == value, f"{path}: {name}"


def test_types_compression_and_caching(nginx_url: str, engine_site: Path) -> None:
    _, module = head(nginx_url + "assets/js/zelfscan/scoring.mjs", **{"Accept-Encoding": "gzip"})
    assert module["content-type"].startswith("text/javascript")
    assert module.get("content-encoding") == "gzip"
    assert module["cache-control"] == "no-cache"  # not fingerprinted: revalidate
    _, data = head(nginx_url + "catalogus/data/overzicht.json")
    assert data["content-type"].startswith("application/json")
    bundle = next(engine_site.glob("assets/javascripts/bundle.*.min.js")).relative_to(engine_site)
    _, material = head(nginx_url + bundle.as_posix())
    assert material["cache-control"] == "max-age=31536000"
    _, html = head(nginx_url)
    assert html["cache-control"] == "no-cache"
    _, data = head(nginx_url + "catalogus/data/producten.csv")
    assert data["content-type"] == "text/csv; charset=utf-8"


def test_errors_get_the_site_s_own_page(nginx_url: str) -> None:
    """No nginx default page: a missing page and a folder without index.html get 404.html."""
    for path, expected in (("catalogus/bestaat-niet.html", 404), ("catalogus/", 403)):
        status, headers = head(nginx_url + path)
        assert (status, headers["content-type"].split(";")[0]) == (expected, "text/html"), path
        assert "<center>nginx</center>" not in fetch(nginx_url + path), path
        assert "Ondersteuningswijzer lokaal bestuur" in fetch(nginx_url + path), path


def recording_page(browser: Browser, url: str) -> tuple[Page, RequestLog, list[str]]:
    """A fresh page that records its requests, its console errors and its CSP violations."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.add_init_script(VIOLATION_RECORDER)
    page = context.new_page()
    log = RequestLog(url)
    errors: list[str] = []
    page.on("request", log.record)
    page.on("console", lambda m: errors.append(m.text) if _is_error(m) else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, log, errors


def open_page(browser: Browser, url: str) -> tuple[Page, RequestLog, list[str]]:
    """A fresh recording page at url, loaded."""
    page, log, errors = recording_page(browser, url)
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    assert "content-security-policy" in response.headers, url
    page.wait_for_load_state("networkidle")
    return page, log, errors


def _is_error(message: ConsoleMessage) -> bool:
    return message.type == "error"


def assert_clean(page: Page, log: RequestLog, errors: list[str]) -> None:
    blocked = [e for e in errors if "Content Security Policy" in e or "Refused to" in e]
    assert blocked == [], blocked
    assert errors == [], errors
    assert page.evaluate("window.__cspViolations") == []
    assert log.foreign == [], f"requests to other hosts: {log.foreign}"


def test_every_page_works_under_the_csp(browser: Browser, nginx_url: str, engine_site: Path) -> None:
    """Every page of the site: no CSP violation, no console error, no request to another host."""
    page, log, errors = recording_page(browser, nginx_url)
    failures: dict[str, list[str]] = {}
    paths = sorted(p.relative_to(engine_site).as_posix() for p in engine_site.rglob("*.html"))
    try:
        for path in paths:
            errors.clear()
            response = page.goto(nginx_url + path, wait_until="load")
            assert response is not None and response.status == 200, path
            problems = errors + page.evaluate("window.__cspViolations")
            if problems:
                failures[path] = problems
    finally:
        page.context.close()
    assert failures == {}
    assert log.foreign == [], f"requests to other hosts: {log.foreign}"


def test_search_works_under_the_csp(browser: Browser, nginx_url: str) -> None:
    """Pagefind's module, worker and WebAssembly, its index fragments and the spelling file are
    all allowed ('wasm-unsafe-eval' is the one extra source it needs), whichever engine built
    the pages."""
    page, log, errors = open_page(browser, nginx_url)
    try:
        page.keyboard.press("/")  # opens the search dialog
        page.locator("#zoeken-dialoog input[type=search]").fill("raad")
        results = page.locator("#zoeken-dialoog [data-gezocht='raad'] .zoeken__resultaat")
        results.first.wait_for(timeout=15_000)
        assert_clean(page, log, errors)
    finally:
        page.context.close()


def test_product_filter_works_under_the_csp(browser: Browser, nginx_url: str) -> None:
    page, log, errors = open_page(browser, nginx_url + "catalogus/producten/index.html")
    try:
        field = page.locator("#productfilter-tekst")
        field.and_(page.locator(":enabled")).wait_for()
        count = page.locator("#productfilter-telling")
        before = count.inner_text()
        field.fill("raad")
        page.wait_for_function(f"document.querySelector('#productfilter-telling').textContent !== {before!r}")
        assert count.inner_text().split()[1] == "van"
        assert_clean(page, log, errors)
    finally:
        page.context.close()


def test_zelfscan_works_under_the_csp(browser: Browser, nginx_url: str) -> None:
    """The page script read its <script type="application/json"> data and built the form; the
    parts it loads with import() when an answer or an action needs them load under the CSP too."""
    page, log, errors = open_page(browser, nginx_url + "catalogus/zelfscan.html")
    try:
        app = page.locator("#zelfscan-app")
        assert app.locator("fieldset").count() > 0
        assert app.locator("button").count() > 0
        app.locator("input[type=radio]").last.check()  # re-renders the advice (CSSOM styles)
        app.get_by_test_id("advies-uitleg").wait_for()  # the outcome, loaded on the first answer
        with page.expect_download():
            app.get_by_test_id("export-json").click()  # the file writer, loaded on the first export
        assert_clean(page, log, errors)
    finally:
        page.context.close()
