"""The product overview at 1x, 10x and 100x: load, layout shift, and filtering to the next frame.

    .venv/bin/python -m tools.overview_bench [--scales 1 10 100] [--runs 3]

Builds each scaled catalog (tools/scale_catalog.py) in a temporary folder and opens
catalogus/producten/index.html in Chromium at 390 px on the local network, with a fresh browser
(empty cache) per run, once with the machine's CPU and once with a phone's (4x slower). It
measures the data file the page loads, the time until the filters work, the layout shift (CLS)
while they initialise, the first use (the browser view takes the static overview over), and the
time from a click on a facet (or a word in the search field) to the next frame; as
tools/search_bench.py it prints a Markdown table for docs/over/prestaties.md. `measure()` returns
the numbers.
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from tools.bench_browser import CHROMIUM, CHROMIUM_ARGS, LOCAL, build, median, nginx_csp, phone_page, serving
from tools.scale_catalog import scale_project
from tools.search_bench import kb

OVERVIEW = "catalogus/producten/index.html"
DATA = "catalogus/data/overzicht.json"
TARGET_MS = 100
CPU_SLOWDOWNS = (1, 4)  # the machine's CPU; a phone's (Lighthouse's mobile profile)
# facet (opened first: a closed facet renders no values) → value to choose and undo
FACETS = {"Doelgroep": "productfilter-doelgroep-griffiers", "Thema": "productfilter-thema-samenwerking",
          "Status": "productfilter-status-bestaand", "Type": "productfilter-type-handreiking"}
LOAD_RECORDER = """
window.__shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""
# Time from a change to the frame after it: the handler runs, then one animation frame, then a task.
TO_NEXT_FRAME = """async ({ id, text }) => {
  const start = performance.now();
  if (id) {
    document.getElementById(id).click();
  } else {
    const field = document.getElementById("productfilter-tekst");
    field.value = text;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - start;
}"""
# The first use: a pointer entering the overview hands it to the browser view (producten-page.mjs).
FIRST_USE = """async () => {
  const start = performance.now();
  document.getElementById("productfilter").dispatchEvent(new PointerEvent("pointerenter"));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - start;
}"""


@dataclass
class Result:
    scale: int
    cpu_slowdown: int
    products: int
    data_bytes: int
    data_gzip: int
    ready_ms: list[float] = field(default_factory=list)
    shift: list[float] = field(default_factory=list)
    first_use_ms: list[float] = field(default_factory=list)
    facet_ms: list[float] = field(default_factory=list)
    text_ms: list[float] = field(default_factory=list)
    cards: int = 0


def run_once(browser: Browser, base: str, result: Result) -> None:
    page = phone_page(browser, result.cpu_slowdown)
    page.context.add_init_script(LOAD_RECORDER)
    try:
        page.goto(base + OVERVIEW, wait_until="load", timeout=300_000)
        page.locator("#productfilter-tekst:enabled").wait_for(timeout=300_000)
        result.ready_ms.append(page.evaluate("performance.now()"))
        page.wait_for_timeout(300)
        result.shift.append(page.evaluate("window.__shift"))
        result.cards = page.locator("#productlijst .productkaart").count()
        result.first_use_ms.append(page.evaluate(FIRST_USE))
        for label, value in FACETS.items():  # open, then choose and undo
            page.locator("summary", has_text=label).click()
            page.locator(f"#{value}").wait_for(state="attached")
            result.facet_ms += [page.evaluate(TO_NEXT_FRAME, {"id": value, "text": ""}) for _ in range(2)]
        for text in ("regionale samenwerking", ""):
            result.text_ms.append(page.evaluate(TO_NEXT_FRAME, {"id": "", "text": text}))
    finally:
        page.context.close()


def measure_site(browser: Browser, site: Path, scale: int, runs: int) -> list[Result]:
    """The overview of one built site, with the machine's CPU and with a phone's."""
    data = (site / DATA).read_bytes()
    products = len(list((site.parent / "catalog/producten").glob("*.yaml")))
    results = [Result(scale, slowdown, products, len(data), len(gzip.compress(data, 5)))
               for slowdown in CPU_SLOWDOWNS]
    with serving(site, LOCAL, nginx_csp()) as base:
        for result in results:
            for _ in range(runs):
                run_once(browser, base, result)
    return results


def measure(scales: tuple[int, ...] = (1, 10, 100), runs: int = 3) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="overzichtbench-") as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for scale in scales:
            site = build(scale_project(Path(work) / f"x{scale}", scale))
            results += measure_site(browser, site, scale, runs)
        browser.close()
    return results


def ms(value: float) -> str:
    return f"{value:.0f} ms"


def markdown(results: list[Result], runs: int) -> str:
    rows = [
        ("Producten", lambda r: str(r.products)),
        ("Productgegevens (overzicht.json; gzip)", lambda r: f"{kb(r.data_bytes)} ({kb(r.data_gzip)})"),
        ("Kaarten op het scherm", lambda r: str(r.cards)),
        ("Filters bruikbaar na openen pagina (mediaan)", lambda r: ms(median(r.ready_ms))),
        ("Verschuiving tijdens het laden (CLS, hoogste)", lambda r: f"{max(r.shift):.3f}".replace(".", ",")),
        ("Eerste gebruik (de pagina neemt het overzicht over), tot het volgende beeld (mediaan)",
         lambda r: ms(median(r.first_use_ms))),
        ("Facet kiezen of wissen, tot het volgende beeld (mediaan; hoogste)",
         lambda r: f"{ms(median(r.facet_ms))}; {ms(max(r.facet_ms))}"),
        ("Zoekwoorden typen, tot het volgende beeld (mediaan; hoogste)",
         lambda r: f"{ms(median(r.text_ms))}; {ms(max(r.text_ms))}"),
    ]
    cpu = {1: "eigen CPU", 4: "telefoon-CPU"}
    lines = ["| Meting | " + " | ".join(f"{r.scale}x, {cpu[r.cpu_slowdown]}" for r in results) + " |",
             "| --- |" + " --- |" * len(results)]
    lines += ["| " + " | ".join([label, *(value(r) for r in results)]) + " |" for label, value in rows]
    for r in (r for r in results if r.scale == 10):
        worst = max(r.facet_ms)
        verdict = "gehaald" if worst <= TARGET_MS else "**niet gehaald**"
        lines += ["", f"Doel: een facet toepassen binnen {TARGET_MS} ms tot het volgende beeld bij 10x, "
                      f"{cpu[r.cpu_slowdown]}: mediaan {ms(median(r.facet_ms))}, hoogste {ms(worst)}: "
                      f"{verdict}."]
    return "\n".join([f"390 px, lokaal netwerk, {runs} bezoeken per grootte en CPU; de telefoon-CPU is "
                      "4x vertraagd.", "", *lines, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(markdown(measure(tuple(args.scales), args.runs), args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
