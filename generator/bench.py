"""Measure the site on this machine: build time by catalog size, rebuild time under `mkdocs serve`,
page weight, search index size and the speed of the zelfscan's scoring.

    .venv/bin/python -m generator.bench [--scales 1 10 100] [--no-serve]

Everything runs in temporary copies of the project; the working tree is not touched. The output
is Markdown in Dutch, for docs/over/prestaties.md. 1 KB is 1024 bytes; gzip is level 5, as
deploy/nginx.conf serves it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import yaml

from generator.build import generate, mkdocs_build
from generator.findings import Level

ROOT = Path(__file__).resolve().parent.parent
COPIED_FOLDERS = ("catalog", "questionnaire", "docs", "overrides")
PRODUCTS = "catalog/producten"
OWN_ASSETS = ("assets/css/", "assets/js/")
ZELFSCAN_PAGE = "catalogus/zelfscan.html"
SEARCH_INDEX = "search/search_index.json"
KB = 1024
GZIP_LEVEL = 5
ASSET_REF = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')
MODULE_IMPORT = re.compile(r'(?:^|;|\n)\s*(?:import|export)\b[^"\';]*?["\'](\.{1,2}/[^"\']+)["\']')
SERVE_RUNS = 3
ZELFSCAN_RESPONDENTS = 30
T = TypeVar("T")

# Times advise() (and all derived outcomes) for RESPONDENTS x all statements, in Node.
ZELFSCAN_TIMER = """
const { computeAdvies } = await import(`${process.argv[1]}/scoring.mjs`);
const { rankBespreekpunten, groupByRol } = await import(`${process.argv[1]}/comparison.mjs`);
const { readFileSync } = await import("node:fs");
const data = JSON.parse(readFileSync(0, "utf8"));
const ids = data.stellingen.map((s) => s.id);
const respondenten = Array.from({ length: Number(process.argv[2]) }, (_, r) => ({
  id: `r${r + 1}`, naam: "", rol: "", opmerkingen: {},
  antwoorden: Object.fromEntries(ids.map((id, i) => [id, ((r * 7 + i * 3) % 5) + 1])) }));
const state = { respondenten, normen: {} };
const all = () => [computeAdvies(state, data), rankBespreekpunten(respondenten, data),
  groupByRol(respondenten, data)];
const time = (fn, runs) => {
  for (let i = 0; i < 200; i++) fn();  // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
};
console.log(JSON.stringify({ stellingen: ids.length, advise: time(() => computeAdvies(state, data), 20000),
  all: time(all, 10000) }));
"""


@dataclass(frozen=True)
class Weight:
    path: str
    raw: int
    gzip: int

    def __add__(self, other: Weight) -> Weight:
        return Weight(self.path, self.raw + other.raw, self.gzip + other.gzip)


@dataclass(frozen=True)
class BuildTiming:
    scale: int
    products: int
    pages: int
    generator_s: float
    build_s: float
    largest: Weight

    @property
    def total_s(self) -> float:
        return self.generator_s + self.build_s

    @property
    def generator_share(self) -> float:
        return self.generator_s / self.total_s


@dataclass(frozen=True)
class PageWeight:
    name: str
    html: Weight
    own_css: Weight
    own_js: Weight

    @property
    def total(self) -> Weight:
        return self.html + self.own_css + self.own_js


@dataclass(frozen=True)
class Report:
    builds: list[BuildTiming]
    rebuilds: list[float]
    pages: list[PageWeight]
    search_index: Weight
    largest: Weight
    zelfscan_assets: Weight
    zelfscan_only: Weight
    zelfscan_ms: dict[str, float]
    load: tuple[float, float]


# ---------------------------------------------------------------------------------------------
# Synthetic catalogs and builds


def copy_project(target: Path, scale: int) -> Path:
    """A project copy whose catalog holds every product `scale` times."""
    for folder in COPIED_FOLDERS:
        shutil.copytree(ROOT / folder, target / folder,
                        ignore=shutil.ignore_patterns("catalogus") if folder == "docs" else None)
    for file in [ROOT / "mkdocs.yml", *ROOT.glob("*.md")]:  # root Markdown: snippet sources
        shutil.copy(file, target / file.name)
    (target / "generator/templates").mkdir(parents=True)  # watched by mkdocs.yml
    shutil.copy(ROOT / "generator/hook.py", target / "generator/hook.py")
    for product in sorted((target / PRODUCTS).glob("*.yaml")):
        replicate(product, scale - 1)
    return target


def replicate(product: Path, extra: int) -> None:
    """Write `extra` copies of a product next to it, with id, file name and title suffixed."""
    record = yaml.safe_load(product.read_text("utf-8"))
    for n in range(1, extra + 1):
        kopie = {**record, "id": f"{record['id']}-kopie-{n}", "titel": f"{record['titel']} (kopie {n})"}
        text = yaml.safe_dump(kopie, allow_unicode=True, sort_keys=False, width=1000)
        product.with_name(f"{product.stem}-kopie-{n}.yaml").write_text(text, "utf-8")


def timed(function: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def measure_build(project: Path, scale: int) -> tuple[BuildTiming, Path]:
    """Time the two steps of `python -m generator build`: the generator (writing every file)
    and `mkdocs build --strict` (whose hook then skips generating again)."""
    result, generator_s = timed(lambda: generate(project))
    if not result.ok:
        errors = [f.format() for f in result.findings if f.level is Level.ERROR]
        raise RuntimeError(f"catalogus {scale}x: {len(errors)} fout(en), eerste: {errors[0]}")
    site = project / "site"
    completed, build_s = timed(lambda: mkdocs_build(project, site))
    if completed.returncode != 0:
        raise RuntimeError(f"mkdocs build {scale}x mislukt:\n{completed.stderr[-2000:]}")
    products = len(list((project / PRODUCTS).glob("*.yaml")))
    pages = len(list(site.rglob("*.html")))
    timing = BuildTiming(scale, products, pages, generator_s, build_s, largest_page(site))
    return timing, site


# ---------------------------------------------------------------------------------------------
# Page weight


def file_weight(file: Path, site: Path) -> Weight:
    data = file.read_bytes()
    return Weight(file.relative_to(site).as_posix(), len(data),
                  len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)))


def total(weights: Iterable[Weight], path: str = "") -> Weight:
    return sum(weights, Weight(path, 0, 0))


def page_assets(page: Path, site: Path) -> list[Path]:
    """The style sheets and scripts a page loads, with the modules they import, in load order."""
    found: list[Path] = []
    pending = [(page.parent / ref).resolve() for ref in ASSET_REF.findall(page.read_text("utf-8"))
               if "://" not in ref]
    while pending:
        asset = pending.pop(0)
        if asset in found or not asset.is_file():
            continue
        found.append(asset)
        if asset.suffix == ".mjs":
            text = asset.read_text("utf-8")
            pending += [(asset.parent / ref).resolve() for ref in MODULE_IMPORT.findall(text)]
    return [a for a in found if a.is_relative_to(site.resolve())]


def is_own(asset: Path, site: Path) -> bool:
    return asset.relative_to(site.resolve()).as_posix().startswith(OWN_ASSETS)


def page_weight(name: str, page: Path, site: Path) -> PageWeight:
    own = [a for a in page_assets(page, site) if is_own(a, site)]
    return PageWeight(
        name, file_weight(page, site),
        total(file_weight(a, site) for a in own if a.suffix == ".css"),
        total(file_weight(a, site) for a in own if a.suffix in (".js", ".mjs")))


def transferred(page: Path, site: Path) -> Weight:
    """HTML plus every same-site style sheet and script it loads, Material's bundle included."""
    files = [page, *page_assets(page, site)]
    return total((file_weight(f, site) for f in files), page.relative_to(site).as_posix())


def largest_page(site: Path, candidates: int = 5) -> Weight:
    """The heaviest page; pages share their assets, so only the largest HTML files can win."""
    pages = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size, reverse=True)
    return max((transferred(p, site) for p in pages[:candidates]), key=lambda w: w.gzip)


def first_product(site: Path) -> Path:
    return next(p for p in sorted((site / "catalogus/producten").glob("*.html")) if p.name != "index.html")


def main_pages(site: Path) -> list[PageWeight]:
    pages = {"Home": site / "index.html", "Productoverzicht": site / "catalogus/producten/index.html",
             "Productpagina": first_product(site), "Zelfscan": site / ZELFSCAN_PAGE}
    return [page_weight(name, page, site) for name, page in pages.items()]


# ---------------------------------------------------------------------------------------------
# Rebuild under mkdocs serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for_text(url: str, text: str, seconds: float = 300, interval: float = 0.05) -> float:
    """Seconds until the page at url contains text."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(interval)
    raise TimeoutError(f"{text!r} verscheen niet op {url}")


def edit_description(product: Path, marker: str) -> None:
    record = yaml.safe_load(product.read_text("utf-8"))
    record["omschrijving"] = f"{marker} {record['omschrijving']}"
    product.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")


def measure_rebuilds(project: Path, runs: int = SERVE_RUNS) -> list[float]:
    """Seconds from saving a product YAML until `mkdocs serve` serves the changed page."""
    product = sorted((project / PRODUCTS).glob("*.yaml"))[0]
    port = free_port()
    url = f"http://127.0.0.1:{port}/catalogus/producten/{product.stem}.html"
    with (project / "serve.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        try:
            wait_for_text(url, "</html>")
            return [rebuild_once(product, url, f"Bench-wijziging-{n}") for n in range(runs)]
        finally:
            process.terminate()
            process.wait(timeout=30)


def rebuild_once(product: Path, url: str, marker: str) -> float:
    time.sleep(1)  # let the watcher settle after the previous build
    edit_description(product, marker)
    return wait_for_text(url, marker)


# ---------------------------------------------------------------------------------------------
# The zelfscan's scoring in Node


def zelfscan_data(site: Path) -> str:
    html = (site / ZELFSCAN_PAGE).read_text("utf-8")
    match = re.search(r'<script[^>]*id="zelfscan-data"[^>]*>(.*?)</script>', html, re.S)
    if match is None:
        raise RuntimeError(f"{ZELFSCAN_PAGE} bevat geen #zelfscan-data")
    return match.group(1)


def time_zelfscan(site: Path) -> dict[str, float]:
    """Milliseconds per run of advise() and of all derived outcomes, from Node."""
    core = (site / "assets/js/zelfscan").resolve().as_uri()
    completed = subprocess.run(
        ["node", "--input-type=module", "-e", ZELFSCAN_TIMER, core, str(ZELFSCAN_RESPONDENTS)],
        input=zelfscan_data(site), capture_output=True, text=True, check=True)
    return json.loads(completed.stdout)


# ---------------------------------------------------------------------------------------------
# Output


def number(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def kb(value: int) -> str:
    return f"{number(value / KB, 1)} KB"


def verdict(met: bool) -> str:
    return "gehaald" if met else "**niet gehaald**"


def machine() -> str:
    ram = int(Path("/proc/meminfo").read_text().split()[1]) / KB / KB
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
            f"{number(ram, 1)} GB RAM, Python {platform.python_version()}, Node {node.lstrip('v')}, "
            f"MkDocs {metadata.version('mkdocs')}, Material {metadata.version('mkdocs-material')}")


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; every column but the first is right-aligned (numbers)."""
    align = ["---", *["--:"] * (len(header) - 1)]
    return [f"| {' | '.join(cells)} |" for cells in [header, align, *rows]]


def build_table(builds: list[BuildTiming]) -> list[str]:
    header = ["Catalogus", "Producten", "Pagina's", "Generator (s)", "mkdocs build (s)",
              "Totaal (s)", "Aandeel generator", "Groei totaal", "Zwaarste pagina, ongecomprimeerd (gzip)"]
    base = builds[0].total_s
    return table(header, [
        [f"{b.scale}x", str(b.products), str(b.pages), number(b.generator_s), number(b.build_s),
         number(b.total_s), f"{number(100 * b.generator_share, 0)} %",
         f"{number(b.total_s / base, 1)}x", f"{kb(b.largest.raw)} ({kb(b.largest.gzip)})"]
        for b in builds])


def page_table(pages: list[PageWeight]) -> list[str]:
    header = ["Pagina", "HTML", "Eigen CSS", "Eigen JS", "Samen", "Samen (gzip)"]
    return table(header, [[p.name, kb(p.html.raw), kb(p.own_css.raw), kb(p.own_js.raw),
                           kb(p.total.raw), kb(p.total.gzip)] for p in pages])


def target_rows(report: Report) -> list[list[str]]:
    """[measurement, value, target, verdict] for every target of the issue."""
    first, last = report.builds[0], report.builds[-1]
    share = first.generator_share
    zelfscan, index, largest = report.zelfscan_assets, report.search_index, report.largest
    return [
        [f"Aandeel generator in de build ({first.scale}x)", f"{number(100 * share, 0)} %", "< 10 %",
         verdict(share < 0.10)],
        [f"Build van de {last.scale}x catalogus (generator + mkdocs)", f"{number(last.total_s, 1)} s",
         "< 60 s", verdict(last.total_s < 60) if last.scale >= 100 else "niet gemeten"],
        ["Zelfscan: eigen JS en CSS (gzip)",
         f"{kb(zelfscan.gzip)} (waarvan zelfscan-bestanden {kb(report.zelfscan_only.gzip)})", "< 30 KB",
         verdict(zelfscan.gzip < 30 * KB)],
        [f"Zoekindex ({SEARCH_INDEX})", f"{kb(index.raw)} (gzip {kb(index.gzip)})", "< 1 MB",
         verdict(index.raw < KB * KB)],
        [f"Zwaarste pagina, overgedragen (gzip): {largest.path}",
         f"{kb(largest.gzip)} ({kb(largest.raw)} ongecomprimeerd)", "< 500 KB",
         verdict(largest.gzip < 500 * KB)],
    ]


def timing_rows(report: Report) -> list[list[str]]:
    """Measurements without a target."""
    ms = report.zelfscan_ms
    rows = [[f"Zelfscan-kern: advies voor {ZELFSCAN_RESPONDENTS} respondenten x "
             f"{int(ms['stellingen'])} antwoorden", f"{number(ms['advise'] * 1000, 0)} µs per keer "
             f"(alle afgeleide uitkomsten: {number(ms['all'] * 1000, 0)} µs)", "geen", ""]]
    if report.rebuilds:
        rows.insert(0, [f"Herbouw onder mkdocs serve na opslaan van één YAML-bestand (mediaan van "
                        f"{len(report.rebuilds)})", f"{number(statistics.median(report.rebuilds))} s",
                        "geen", ""])
    return rows


def markdown(report: Report) -> str:
    load = " en ".join(number(v) for v in report.load)
    intro = (f"Gemeten op {dt.date.today().isoformat()}: {machine()}. Belasting van de machine "
             f"(load average over 1 minuut) bij begin en einde: {load}.")
    targets = table(["Meting", "Waarde", "Doel", "Oordeel"], target_rows(report) + timing_rows(report))
    lines = [intro, "", *targets, "", *build_table(report.builds), "", *page_table(report.pages), ""]
    if report.rebuilds:
        lines.append("Herbouwtijden onder mkdocs serve: "
                     + ", ".join(f"{number(s)} s" for s in report.rebuilds) + ".")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Main


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100],
                        help="catalog sizes as multiples of the real product count (first is the baseline)")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve rebuild timing")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, work: Path) -> Report:
    load_before = os.getloadavg()[0]
    builds, sites = [], {}
    for scale in args.scales:
        print(f"catalogus {scale}x: bouwen…", file=sys.stderr)
        timing, sites[scale] = measure_build(copy_project(work / f"x{scale}", scale), scale)
        builds.append(timing)
    site = sites[args.scales[0]]
    rebuilds = [] if args.no_serve else measure_rebuilds(site.parent)
    pages = main_pages(site)
    own = [file_weight(a, site) for a in page_assets(site / ZELFSCAN_PAGE, site) if is_own(a, site)]
    return Report(builds, rebuilds, pages, file_weight(site / SEARCH_INDEX, site), largest_page(site),
                  total(own), total(w for w in own if "zelfscan" in w.path), time_zelfscan(site),
                  (load_before, os.getloadavg()[0]))


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        try:
            report = run(args, Path(work))
        except (RuntimeError, TimeoutError, subprocess.CalledProcessError) as error:
            print(f"Meting mislukt: {error}", file=sys.stderr)
            return 1
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
