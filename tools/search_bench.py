"""Site search side by side: Material's built-in lunr search against Pagefind, at 1x, 10x and 100x.

    .venv/bin/python -m tools.search_bench [--scales 1 10 100] [--runs 3]

Builds each scaled catalog (tools/scale_catalog.py) twice in a temporary folder: as the project
ships it (Pagefind, our dialog) and with Material's search plugin and header back. Then, in
Chromium with a phone's CPU (4x slower, 390 px), per engine and scale:

- first results, cold: a fresh browser (empty cache) opens a page, and as soon as it has loaded
  the search is opened and a query put in; the time runs to the first result on screen. On the
  local network and on a slow 4G network that the server emulates (150 ms before every response,
  1.6 Mbit/s), so that it also holds for requests from web workers;
- a further query on the same page (warm), and the bytes each query transfers (compressed, as
  nginx sends them with gzip level 5);
- the bytes every page loads for search before anyone searches;
- relevance: the site queries of tests/data/zoekvragen.yaml with the expected page in the top 3;
- accessibility with results open (axe, WCAG 2.1 A/AA) at 390 and 1280 px, at 1x;
- CSP: whether the search works under deploy/nginx.conf's policy without 'wasm-unsafe-eval'.

`measure()` returns the numbers; run as a module it prints a Markdown section for
docs/over/prestaties.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tools.bench_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    LOCAL,
    SLOW_4G,
    Network,
    Transfers,
    median,
    nginx_csp,
    phone_page,
    scaled_sites,
    serving,
)
from tools.scale_catalog import ROOT

QUERIES = yaml.safe_load((ROOT / "tests/data/zoekvragen.yaml").read_text("utf-8"))["site"]
START_PAGE = "catalogus/ladder.html"
COLD_QUERY = "vertrouwensbreuk"
WARM_QUERY = "gemeenschappelijke regeling"
AXE = (ROOT / "node_modules/axe-core/axe.min.js").read_text("utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TARGET_S = 0.5
# Records the moment the first element matching a selector is on the page.
FIRST_MATCH = """selector => {
  window.__first = null;
  const found = () => {
    if (window.__first === null && document.querySelector(selector)) window.__first = performance.now();
  };
  new MutationObserver(found).observe(document.body, { childList: true, subtree: true });
  found();
}"""


@dataclass(frozen=True)
class Engine:
    """How the benchmark drives one search interface."""

    name: str
    open: Callable[[Page], None]
    field: str
    result: str  # one result in the list
    link: str  # a result's link
    assets: str  # URLs of what the search loads
    submit: Callable[[Page], None]  # what the engine needs after fill() to search
    done: Callable[[Page, str], None]  # waits until the results for a query are shown


def _material_done(page: Page, _query: str) -> None:
    page.wait_for_function("""() => {
      const meta = document.querySelector('.md-search-result__meta');
      return meta && !/initialiseren|Typ om/.test(meta.textContent);
    }""", timeout=120_000)


MATERIAL = Engine(
    name="Material (lunr)",
    open=lambda page: page.keyboard.press("s"),
    field=".md-search__input",
    result=".md-search-result__item",
    link=".md-search-result__item > a",
    assets=r"/search/search_index\.json|/assets/javascripts/(workers|lunr)/",
    submit=lambda page: page.locator(".md-search__input").press("End"),  # Material searches on keyup
    done=_material_done,
)
PAGEFIND = Engine(
    name="Pagefind",
    open=lambda page: page.locator("#zoeken-knop").click(),
    field="#zoeken-dialoog input[type=search]",
    result="#zoeken-dialoog .zoeken__resultaat",
    link="#zoeken-dialoog .zoeken__link",
    assets=r"/pagefind/|zoektermen\.json|/assets/js/(zoeken|zoektaal|dom)|/assets/js/vendor/",
    submit=lambda page: None,
    done=lambda page, query: page.locator(f"#zoeken-dialoog [data-gezocht={json.dumps(query)}]")
    .wait_for(state="attached", timeout=120_000),
)


@dataclass
class Result:
    """The numbers of one engine at one catalog size."""

    engine: str
    scale: int
    products: int
    index_files: int = 0
    index_bytes: int = 0
    index_gzip: int = 0
    every_page_bytes: int = 0
    cold_s: dict[str, float] = field(default_factory=dict)  # network name → median seconds
    warm_s: float = float("nan")
    cold_bytes: int = 0
    warm_bytes: int = 0
    relevant: int = 0
    queries: int = 0
    axe: dict[int, list[str]] = field(default_factory=dict)  # width → violation ids
    works_without_wasm: bool | None = None


# --- measuring --------------------------------------------------------------------------------


def index_size(site: Path, engine: Engine) -> tuple[int, int, int]:
    """Files, bytes and gzip bytes of the search index on disk."""
    files = ([site / "search/search_index.json"] if engine is MATERIAL
             else [f for f in (site / "pagefind").rglob("*") if f.is_file()])
    raw = sum(f.stat().st_size for f in files)
    # Pagefind's index files are compressed already; gzip only helps its JavaScript
    packed = sum(len(gzip.compress(f.read_bytes(), 5)) if f.suffix in (".json", ".js") else f.stat().st_size
                 for f in files)
    return len(files), raw, packed


def search_once(page: Page, engine: Engine, query: str) -> float:
    """Put a query in and return the seconds until its first result is on screen."""
    page.evaluate(FIRST_MATCH, engine.result)
    start = page.evaluate("performance.now()")
    page.locator(engine.field).fill(query)
    engine.submit(page)
    page.wait_for_function("() => window.__first !== null", timeout=180_000)
    return (page.evaluate("window.__first") - start) / 1000


def clear(page: Page, engine: Engine) -> None:
    page.locator(engine.field).fill("")
    engine.submit(page)
    page.wait_for_function(f"() => !document.querySelector({json.dumps(engine.result)})")


def cold_run(browser: Browser, base: str, engine: Engine) -> tuple[float, int, int, float, int]:
    """One visit: (cold seconds, bytes for search at load, bytes to first results, warm seconds,
    bytes of the warm query)."""
    page = phone_page(browser)
    transfers = Transfers(page)
    try:
        page.goto(base + START_PAGE, wait_until="load", timeout=300_000)
        at_load = transfers.total(engine.assets)
        engine.open(page)
        cold = search_once(page, engine, COLD_QUERY)
        cold_bytes = transfers.total(engine.assets)
        clear(page, engine)
        page.wait_for_timeout(500)
        since = time.monotonic()
        warm = search_once(page, engine, WARM_QUERY)
        page.wait_for_timeout(500)
        return cold, at_load, cold_bytes, warm, transfers.total(engine.assets, since)
    finally:
        page.context.close()


def every_page_bytes(browser: Browser, base: str, engine: Engine) -> int:
    """What a page loads for search without anyone searching (after the network is quiet)."""
    page = phone_page(browser, cpu_slowdown=1)
    transfers = Transfers(page)
    try:
        page.goto(base + START_PAGE, wait_until="networkidle", timeout=300_000)
        page.wait_for_timeout(1000)
        return transfers.total(engine.assets)
    finally:
        page.context.close()


def results_for(page: Page, engine: Engine, query: str) -> list[str]:
    clear(page, engine)
    page.locator(engine.field).fill(query)
    engine.submit(page)
    engine.done(page, query)
    return page.eval_on_selector_all(
        engine.link, "links => links.map(a => new URL(a.href).pathname.slice(1))")


def relevance(browser: Browser, base: str, engine: Engine) -> int:
    """How many site queries have their expected page in the top 3 (distinct pages)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + START_PAGE)
        engine.open(page)
        hits = 0
        for case in QUERIES:
            pages = list(dict.fromkeys(results_for(page, engine, case["vraag"])))
            hits += case["verwacht"] in pages[:3]
        return hits
    finally:
        page.context.close()


def axe_ids(browser: Browser, base: str, engine: Engine, width: int) -> list[str]:
    # axe is injected as an inline script, which the CSP would block
    page = browser.new_page(viewport={"width": width, "height": 844}, is_mobile=width < 800, bypass_csp=True)
    try:
        page.goto(base + START_PAGE)
        engine.open(page)
        results_for(page, engine, COLD_QUERY)
        page.add_script_tag(content=AXE)
        found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        return sorted(v["id"] for v in found["violations"])
    finally:
        page.context.close()


def works_without_wasm(browser: Browser, site: Path, engine: Engine) -> bool:
    """Whether a query finds results under deploy/nginx.conf's CSP minus 'wasm-unsafe-eval'."""
    with serving(site, LOCAL, nginx_csp(wasm=False)) as base:
        page = browser.new_page()
        try:
            page.goto(base + START_PAGE)
            engine.open(page)
            page.locator(engine.field).fill(COLD_QUERY)
            engine.submit(page)
            page.locator(engine.result).first.wait_for(timeout=15_000)
            return True
        except PlaywrightTimeout:  # no result in 15 s: the search does not work
            return False
        finally:
            page.context.close()


def measure_engine(browser: Browser, site: Path, engine: Engine, scale: int, runs: int,
                   networks: tuple[Network, ...]) -> Result:
    products = len(list((site.parent / "catalog/producten").glob("*.yaml")))
    result = Result(engine.name, scale, products, *index_size(site, engine))
    for network in networks:
        with serving(site, network, nginx_csp()) as base:
            visits = [cold_run(browser, base, engine) for _ in range(runs)]
            result.cold_s[network.name] = median([v[0] for v in visits])
            if network is LOCAL:
                result.cold_bytes = round(median([v[2] for v in visits]))
                result.warm_s = median([v[3] for v in visits])
                result.warm_bytes = round(median([v[4] for v in visits]))
                result.every_page_bytes = every_page_bytes(browser, base, engine)
                result.relevant, result.queries = relevance(browser, base, engine), len(QUERIES)
                if scale == 1:
                    result.axe = {w: axe_ids(browser, base, engine, w) for w in (390, 1280)}
    if scale == 1:
        result.works_without_wasm = works_without_wasm(browser, site, engine)
    return result


def measure(scales: tuple[int, ...] = (1, 10, 100), runs: int = 3,
            networks: tuple[Network, ...] = (LOCAL, SLOW_4G)) -> list[Result]:
    """Build every scale for both engines and measure them; temporary folders only."""
    results = []
    with tempfile.TemporaryDirectory(prefix="zoekbench-") as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for scale in scales:
            pagefind_site, material_site = scaled_sites(Path(work), scale)
            for engine, site in ((MATERIAL, material_site), (PAGEFIND, pagefind_site)):
                results.append(measure_engine(browser, site, engine, scale, runs, networks))
        browser.close()
    return results


# --- reporting --------------------------------------------------------------------------------


def kb(value: int) -> str:
    """Kilobytes (1024 bytes) in Dutch notation: '2.812 KB', '8,5 KB'."""
    if value >= 10 * 1024:
        return f"{value / 1024:,.0f} KB".replace(",", ".")
    return f"{value / 1024:.1f} KB".replace(".", ",")


def seconds(value: float) -> str:
    return f"{value:.2f} s".replace(".", ",")


def cold(network: Network) -> Callable[[Result], str]:
    return lambda r: seconds(r.cold_s.get(network.name, float("nan")))


ROWS: list[tuple[str, Callable[[Result], str]]] = [
    ("Producten in de catalogus", lambda r: str(r.products)),
    ("Zoekindex op schijf (bestanden; gzip)",
     lambda r: f"{kb(r.index_bytes)} ({r.index_files}; {kb(r.index_gzip)})"),
    ("Geladen door elke pagina, zonder te zoeken", lambda r: kb(r.every_page_bytes)),
    ("Eerste resultaten, koud, telefoon-CPU, lokaal netwerk", cold(LOCAL)),
    ("Eerste resultaten, koud, telefoon-CPU, traag 4G", cold(SLOW_4G)),
    ("Volgende zoekvraag (warm), telefoon-CPU", lambda r: seconds(r.warm_s)),
    ("Overgedragen tot de eerste resultaten", lambda r: kb(r.cold_bytes)),
    ("Overgedragen voor de volgende zoekvraag", lambda r: kb(r.warm_bytes)),
    ("Relevantie: verwachte pagina in de top 3", lambda r: f"{r.relevant} van {r.queries}"),
]


def table(results: list[Result]) -> list[str]:
    header = ["Meting", *(f"{r.engine} {r.scale}x" for r in results)]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " --- |" * len(results)]
    lines += ["| " + " | ".join([label, *(value(r) for r in results)]) + " |" for label, value in ROWS]
    return lines


def quality_lines(results: list[Result]) -> list[str]:
    lines = []
    for r in (r for r in results if r.scale == 1):
        axe = "; ".join(f"{w} px: {', '.join(ids) or 'geen'}" for w, ids in r.axe.items())
        csp = "ja" if r.works_without_wasm else "nee, het heeft 'wasm-unsafe-eval' nodig"
        lines.append(f"- **{r.engine}**: axe-overtredingen met resultaten open: {axe}. "
                     f"Werkt met script-src 'self' zonder 'wasm-unsafe-eval': {csp}.")
    return lines


def verdict(results: list[Result]) -> str:
    at_10 = [r for r in results if r.scale == 10 and r.engine == PAGEFIND.name]
    if not at_10:
        return ""
    local, slow = (at_10[0].cold_s.get(n.name, float("nan")) for n in (LOCAL, SLOW_4G))
    return (f"Doel: eerste resultaten binnen {seconds(TARGET_S)} koud bij 10x op een telefoon. Pagefind: "
            f"{seconds(local)} met lokaal netwerk ({met(local)}), "
            f"{seconds(slow)} met traag 4G ({met(slow)}).")


def met(value: float) -> str:
    return "gehaald" if value <= TARGET_S else "**niet gehaald**"


def markdown(results: list[Result], runs: int) -> str:
    today = dt.date.today().isoformat()
    machine = f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores"
    return "\n".join([
        f"Gemeten op {today} ({machine}, Chromium, mediaan van {runs} bezoeken met een lege cache) met "
        "`.venv/bin/python -m tools.search_bench`.", "",
        *table(results), "", *quality_lines(results), "", verdict(results), ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    results = measure(tuple(args.scales), args.runs)
    print(markdown(results, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
