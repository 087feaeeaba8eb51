"""Measure the site and its peers in one run, and report the ratios.

    .venv/bin/python -m tools.bench [--scales 1 10 100] [--parts builds serve weight ...] [--write]

- builds:     `generate` (load, validate, render) and each engine (MkDocs, Zensical) on the catalog
              and on copies with every product 10 and 100 times; the generator's share, growth.
- serve:      seconds from saving a product's YAML file until `mkdocs serve` serves the changed
              page, and how many builds each save caused.
- weight:     first-load bytes (gzip level 5, as deploy/nginx.conf sends them) of home, product
              overview, a product page and the zelfscan, against a bare Material page built the
              same way; the zelfscan's own JavaScript and CSS.
- lighthouse: Lighthouse's phone profile on the same pages and the bare page, served by nginx
              with deploy/nginx.conf, the median of three runs per page (when a `lighthouse` binary
              is found: `npm i --no-save -E lighthouse@12.2.3` for Node 20, and Debian's nginx and
              chromium).
- search:     tools/search_bench.py: Material's lunr search against Pagefind at the same scales.
- overview:   tools/overview_bench.py: the product overview at the same scales.
- zelfscan:   tools/zelfscan_bench.py on the 1x site: import times, keystroke latency, weight.

Everything runs in temporary copies of the project; the working tree is not touched, except
that --write puts the result between the bench markers of docs/over/prestaties.md. Times are
wall clock (what a person waits) with the CPU time beside them, because other work on a shared
machine stretches wall time but not CPU time. 1 KB is 1024 bytes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import sync_playwright

from generator.build import (
    DEFAULT_ENGINE,
    ENGINES,
    check_catalog,
    engine_build,
    generate,
    read_config,
    stage,
)
from generator.search import PAGEFIND_FOLDER, index_site
from tools import overview_bench, search_bench, zelfscan_bench
from tools.servers import (
    NGINX,
    free_port,
    serve_folder,
    start_mkdocs_serve,
    start_nginx,
    stop,
    wait_for_text,
)

ROOT = Path(__file__).resolve().parent.parent
PAGE = Path(ROOT / "docs/over/prestaties.md")
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PARTS = ("builds", "serve", "weight", "lighthouse", "search", "overview", "zelfscan")
PEER_RUNS = 3  # visits per measurement in the search and overview benchmarks
LIGHTHOUSE_RUNS = 3  # per page; the report gives the median run
PRODUCTS = "catalog/producten"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAGE_TYPES = {"Home": "index.html", "Productoverzicht": "catalogus/producten/index.html",
              "Productpagina": None, "Zelfscan": "catalogus/zelfscan.html"}
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".csv"}
KB, GZIP_LEVEL, SERVE_RUNS = 1024, 5, 3
BUILD_STARTED = "Building documentation"  # mkdocs serve logs this as every build starts
TODAY = dt.date.today()
T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


@dataclass(frozen=True)
class ScaleResult:
    scale: int
    products: int
    pages: int
    check: Timing      # load and validate
    generate: Timing   # load, validate, model, render (includes check)
    stage: Timing      # write the staged docs
    engines: dict[str, Timing]    # the engines that built the site
    search_index: dict[str, int]  # engine -> bytes
    failures: dict[str, str]      # engine -> why it could not build this catalog

    def total(self, engine: str) -> Timing:
        parts = (self.generate, self.stage, self.engines[engine])
        return Timing(sum(t.wall for t in parts), sum(t.cpu for t in parts))

    def generator_share(self, engine: str) -> float:
        """Of the processor time, which on a shared machine is steadier than the wall clock."""
        return (self.generate.cpu + self.stage.cpu) / self.total(engine).cpu


@dataclass(frozen=True)
class Weight:
    name: str
    files: int
    raw: int
    wire: int


@dataclass(frozen=True)
class Lighthouse:
    name: str
    performance: int
    accessibility: int
    lcp_s: float
    tbt_ms: float
    cls: float
    failed: bool = False  # Lighthouse could not measure the page
    runs: tuple[int, ...] = ()  # the performance score of every run; the fields above are the median run's


@dataclass(frozen=True)
class Report:
    argv: str
    load: tuple[float, float]
    engines: list[str]
    builds: list[ScaleResult]
    rebuilds: list[Rebuild]
    weights: list[Weight]
    bare: Weight | None
    zelfscan_assets: int
    lighthouse: list[Lighthouse]
    peers: dict[str, str]


# ---------------------------------------------------------------------------------------------
# Timing


@contextlib.contextmanager
def clock() -> Iterator[list[Timing]]:
    """Times the block: wall, plus CPU of this process and of the children it waited for."""
    result: list[Timing] = []
    wall, cpu = time.perf_counter(), _cpu()
    yield result
    result.append(Timing(time.perf_counter() - wall, _cpu() - cpu))


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# ---------------------------------------------------------------------------------------------
# Builds


def copy_project(target: Path, scale: int) -> Path:
    """A project copy whose catalog holds every product `scale` times."""
    for folder in ("catalog", "questionnaire", "docs", "overrides"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("catalogus"))
    for file in [ROOT / "mkdocs.yml", *ROOT.glob("*.md")]:  # root Markdown: snippet sources
        shutil.copy(file, target / file.name)
    (target / "generator/templates").mkdir(parents=True)  # watched by mkdocs.yml under serve
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


def measure_scale(project: Path, scale: int, engines: list[str]) -> tuple[ScaleResult, dict[str, Path]]:
    """Time the steps of `python -m generator build` for each engine; returns the built sites."""
    with clock() as check:
        check_catalog(project, TODAY)
    with clock() as generation:
        result = generate(project, TODAY)
    if not result.ok:
        raise RuntimeError(f"catalogus {scale}x: {[f.format() for f in result.findings][:3]}")
    sites, timings, index, failures, staging = {}, {}, {}, {}, []
    for engine in engines:
        with clock() as staged:  # the first engine's staging writes every file; later ones only a config
            config_file = stage(project, result.files, engine, TODAY)
        staging += staged
        sites[engine] = project / f"site-{engine}"
        sites[engine].mkdir()
        with clock() as build:  # the engine and the search index, as `generator build` runs them
            completed = engine_build(project, config_file, engine, sites[engine])
            if completed.returncode == 0:
                completed = index_site(sites[engine])
        if completed.returncode != 0:
            failures[engine] = engine_error(completed.stdout + completed.stderr)
            progress(f"{engine} {scale}x mislukt: {failures[engine]}")
            del sites[engine]
            continue
        timings[engine] = build[0]
        index[engine] = search_index_size(sites[engine])
    if DEFAULT_ENGINE in failures or not sites:
        raise RuntimeError(f"catalogus {scale}x: {failures}")
    products = len(list((project / PRODUCTS).glob("*.yaml")))
    pages = len(list(next(iter(sites.values())).rglob("*.html")))
    return ScaleResult(scale, products, pages, check[0], generation[0], staging[0], timings, index,
                       failures), sites


def engine_error(output: str) -> str:
    """The last line of an engine's output that says what went wrong."""
    lines = [line.strip() for line in output.splitlines() if line.strip()] or [""]
    return next((line for line in reversed(lines) if "error" in line.lower()), lines[-1])


def search_index_size(site: Path) -> int:
    """Bytes of the Pagefind index on disk (a visitor fetches only the fragments a query needs)."""
    return sum(f.stat().st_size for f in (site / PAGEFIND_FOLDER).rglob("*") if f.is_file())


# ---------------------------------------------------------------------------------------------
# Rebuild under mkdocs serve


def edit_description(product: Path, marker: str) -> None:
    record = yaml.safe_load(product.read_text("utf-8"))
    record["omschrijving"] = f"{marker} {record['omschrijving']}"
    product.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")


@dataclass(frozen=True)
class Rebuild:
    seconds: float  # from saving the file until the server serves the changed page
    cpu: float      # CPU time the server used for it
    builds: int     # builds the save caused


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) that a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_rebuilds(project: Path, runs: int = SERVE_RUNS) -> list[Rebuild]:
    """Save a product's YAML file `runs` times while `mkdocs serve` runs, and time each rebuild."""
    product = sorted((project / PRODUCTS).glob("*.yaml"))[0]
    port, log = free_port(), project / "serve.log"
    url = f"http://127.0.0.1:{port}/catalogus/producten/{product.stem}.html"
    process = start_mkdocs_serve(project, port, log)
    rebuilds = []
    try:
        wait_for_text(url, "</html>", seconds=600)
        for n in range(runs):
            time.sleep(3)  # let the watcher settle
            builds, cpu = log.read_text("utf-8").count(BUILD_STARTED), process_cpu(process.pid)
            start = time.perf_counter()
            edit_description(product, f"Bench-wijziging-{n}")
            # polled every 50 ms: a coarser poll would add up to its interval to the time
            wait_for_text(url, f"Bench-wijziging-{n}", seconds=600, interval=0.05)
            seconds = time.perf_counter() - start
            time.sleep(3)  # a second build of the same save would start within this time
            rebuilds.append(Rebuild(seconds, process_cpu(process.pid) - cpu,
                                    log.read_text("utf-8").count(BUILD_STARTED) - builds))
    finally:
        stop(process)
    return rebuilds


# ---------------------------------------------------------------------------------------------
# First-load weight, against a bare Material page


def bare_material_site(work: Path) -> Path:
    """One short page with the project's theme settings and search, built by MkDocs + Material."""
    project = work / "bare"
    (project / "docs").mkdir(parents=True)
    (project / "docs/index.md").write_text(
        "# Een kale pagina\n\nEén alinea tekst, zonder eigen stijlen of scripts.\n", "utf-8")
    theme = {k: v for k, v in read_config(ROOT)["theme"].items() if k != "custom_dir"}
    bare = {"site_name": "Kale Material-pagina", "use_directory_urls": False, "theme": theme,
            "plugins": [{"search": {"lang": "nl"}}]}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(bare, allow_unicode=True), "utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return project / "site"


def first_product(site: Path) -> str:
    page = next(p for p in sorted((site / "catalogus/producten").glob("*.html")) if p.name != "index.html")
    return page.relative_to(site).as_posix()


def page_paths(site: Path) -> dict[str, str]:
    return {name: path or first_product(site) for name, path in PAGE_TYPES.items()}


def wire_size(file: Path) -> int:
    data = file.read_bytes()
    if file.suffix not in COMPRESSED:
        return len(data)
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def requested_files(site: Path, paths: dict[str, str]) -> dict[str, list[Path]]:
    """The files a browser fetches on a first visit to each page (search index and worker included)."""
    server, base = serve_folder(site)
    found: dict[str, list[Path]] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for name, path in paths.items():
                context = browser.new_context()
                page = context.new_page()
                urls: list[str] = []
                page.on("request", lambda r, urls=urls: urls.append(r.url))
                page.goto(base + path, wait_until="networkidle")
                context.close()
                files = [site / urlsplit(u).path.lstrip("/") for u in urls if u.startswith(base)]
                found[name] = sorted({f for f in files if f.is_file()})
            browser.close()
    finally:
        server.shutdown()
    return found


def weights(site: Path, paths: dict[str, str]) -> list[Weight]:
    return [Weight(name, len(files), sum(f.stat().st_size for f in files), sum(map(wire_size, files)))
            for name, files in requested_files(site, paths).items()]


def zelfscan_assets(site: Path) -> int:
    """Gzip bytes of the zelfscan page's own JavaScript and CSS (site.css and shared modules included)."""
    files = requested_files(site, {"Zelfscan": PAGE_TYPES["Zelfscan"]})["Zelfscan"]
    own = [f for f in files if f.relative_to(site).as_posix().startswith(("assets/css/", "assets/js/"))]
    return sum(map(wire_size, own))


# ---------------------------------------------------------------------------------------------
# Lighthouse


def lighthouse_binary() -> Path | None:
    local = ROOT / "node_modules/.bin/lighthouse"
    found = local if local.exists() else shutil.which("lighthouse")
    return Path(found) if found and NGINX.exists() else None


def run_lighthouse(binary: Path, url: str, out: Path, attempts: int = 2) -> dict[str, object] | None:
    """Lighthouse's report for url, or None when it failed every attempt (it can time out on a
    busy machine)."""
    for _ in range(attempts):
        completed = subprocess.run(
            [str(binary), url, "--quiet", "--output=json", f"--output-path={out}",
             "--only-categories=performance,accessibility", "--chrome-flags=--headless=new --no-sandbox"],
            check=False, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
        if completed.returncode == 0:
            return json.loads(out.read_text("utf-8"))
        progress(f"Lighthouse mislukt voor {url}: {engine_error(completed.stderr)}")
    return None


def lighthouse_scores(binary: Path, site: Path, paths: dict[str, str], work: Path) -> list[Lighthouse]:
    """The median of LIGHTHOUSE_RUNS runs per page (scores vary from run to run on a shared
    machine); a page on which Lighthouse failed every run gets none."""
    work.mkdir(parents=True, exist_ok=True)
    process, base = start_nginx(site, work)
    try:
        runs = {name: [summary(name, report) for _ in range(LIGHTHOUSE_RUNS)
                       if (report := run_lighthouse(binary, base + path, work / f"{n}.json"))]
                for n, (name, path) in enumerate(paths.items())}
    finally:
        stop(process)
    return [median_run(results) if results else Lighthouse(name, 0, 0, 0, 0, 0, failed=True)
            for name, results in runs.items()]


def median_run(results: list[Lighthouse]) -> Lighthouse:
    ordered = sorted(results, key=lambda r: r.performance)
    return replace(ordered[(len(ordered) - 1) // 2], runs=tuple(r.performance for r in results))


def summary(name: str, report: dict[str, object]) -> Lighthouse:
    categories, audits = report["categories"], report["audits"]  # type: ignore[index]
    return Lighthouse(
        name, round(100 * categories["performance"]["score"]),
        round(100 * categories["accessibility"]["score"]),
        audits["largest-contentful-paint"]["numericValue"] / 1000,
        audits["total-blocking-time"]["numericValue"], audits["cumulative-layout-shift"]["numericValue"])


# ---------------------------------------------------------------------------------------------
# The benchmarks of the search, the overview and the zelfscan


def peer_sections(args: argparse.Namespace, site: Path) -> dict[str, str]:
    """The tables of tools/search_bench.py, overview_bench.py and zelfscan_bench.py, for the
    parts asked for: search and overview at the same scales, the zelfscan on the 1x site."""
    scales = tuple(args.scales)
    measures = {
        "search": ("Zoeken (tools/search_bench.py)",
                   lambda: search_bench.markdown(search_bench.measure(scales, PEER_RUNS), PEER_RUNS)),
        "overview": ("Productoverzicht (tools/overview_bench.py)",
                     lambda: overview_bench.markdown(overview_bench.measure(scales, PEER_RUNS), PEER_RUNS)),
        "zelfscan": ("Zelfscan (tools/zelfscan_bench.py)",
                     lambda: zelfscan_bench.table(zelfscan_bench.measure(site))),
    }
    sections = {}
    for part, (title, measure) in measures.items():
        if part in args.parts:
            progress(f"{title} …")
            sections[title] = aligned_by_class(measure())
    return sections


def aligned_by_class(markdown_table: str) -> str:
    """A Markdown table without "--:" alignment (a style attribute, which the CSP blocks), in the
    page's class that right-aligns the columns after the first."""
    lines = [re.sub(r"\|\s*:?-+:?\s*(?=\|)", "| --- ", line) if set(line) <= set("|-: ") else line
             for line in markdown_table.strip().splitlines()]
    return "\n".join(['<div class="getallen" markdown>', "", *lines, "", "</div>"])


# ---------------------------------------------------------------------------------------------
# Output


def number(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def kb(value: float) -> str:
    return f"{number(value / KB, 1)} KB"


def seconds(timing: Timing) -> str:
    return f"{number(timing.wall)} ({number(timing.cpu)})"


def lighthouse_value(score: Lighthouse) -> str:
    return "Lighthouse mislukt" if score.failed else f"{score.performance} / {score.accessibility}"


def verdict(met: bool) -> str:
    return "gehaald" if met else "**niet gehaald**"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table whose columns after the first are right-aligned by the page's CSS class
    (Markdown's own alignment writes style attributes, which the CSP blocks)."""
    lines = [f"| {' | '.join(cells)} |" for cells in [header, ["---"] * len(header), *rows]]
    return ['<div class="getallen" markdown>', "", *lines, "", "</div>"]


def machine() -> str:
    ram = int(Path("/proc/meminfo").read_text().split()[1]) / KB / KB
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    versions = ", ".join(f"{name} {metadata.version(name)}"
                         for name in ("mkdocs", "mkdocs-material", "zensical"))
    return (f"{os.cpu_count()} cores ({platform.machine()}), {number(ram, 1)} GB RAM, "
            f"Python {platform.python_version()}, Node {node.lstrip('v')}, {versions}")


def build_table(results: list[ScaleResult], engines: list[str]) -> list[str]:
    header = ["Catalogus", "Producten", "Pagina's", "Laden en controleren (s)", "Generator (s)",
              "Schrijven (s)", *[f"{e} (s)" for e in engines], *[f"Totaal {e} (s)" for e in engines],
              "Aandeel generator", "ms per product", "Zoekindex"]
    rows = []
    for r in results:
        default = DEFAULT_ENGINE if DEFAULT_ENGINE in engines else engines[0]
        built = [e for e in engines if e in r.engines]
        rows.append([f"{r.scale}x", str(r.products), str(r.pages), seconds(r.check), seconds(r.generate),
                     seconds(r.stage), *[seconds(r.engines[e]) if e in built else "mislukt" for e in engines],
                     *[seconds(r.total(e)) if e in built else "—" for e in engines],
                     f"{number(100 * r.generator_share(default), 0)} %",
                     number(1000 * r.total(default).cpu / r.products, 1),
                     " / ".join(kb(r.search_index[e]) if e in built else "—" for e in engines)])
    return table(header, rows)


def engine_ratio_rows(results: list[ScaleResult], engines: list[str]) -> list[list[str]]:
    if len(engines) < 2:
        return []
    a, b = engines
    return [[f"Bouwtijd {b} tegenover {a}, {r.scale}x: wandklok (processor)",
             f"{number(r.total(b).wall / r.total(a).wall)}x ({number(r.total(b).cpu / r.total(a).cpu)}x)"
             if not r.failures else
             "; ".join(f"{e} mislukt: {why}" for e, why in r.failures.items()), "", ""]
            for r in results]


def target_rows(results: list[ScaleResult], rebuilds: list[Rebuild], pages: list[Weight],
                bare: Weight | None, scores: list[Lighthouse]) -> list[list[str]]:
    rows = []
    engine = DEFAULT_ENGINE
    if results:
        big = results[-1]
        rows.append([f"Build {big.scale}x ({engine}, generator + schrijven + build), processortijd",
                     f"{number(big.total(engine).cpu, 1)} s (wandklok {number(big.total(engine).wall, 1)} s)",
                     "≤ 30 s bij 100x",
                     verdict(big.total(engine).cpu <= 30) if big.scale >= 100 else "niet gemeten bij 100x"])
        rows += [[f"Aandeel generator {r.scale}x (processortijd)",
                  f"{number(100 * r.generator_share(engine), 0)} %", "≤ 10 %",
                  verdict(r.generator_share(engine) <= 0.10)] for r in results]
        if len(results) > 1:
            per_product = [r.total(engine).cpu / r.products for r in results]
            growth = per_product[-1] / per_product[-2]
            rows.append([f"Groei: processortijd per product, {results[-1].scale}x tegenover "
                         f"{results[-2].scale}x", f"{number(growth)}x", "≤ 1,25x (lineair)",
                         verdict(growth <= 1.25)])
    if rebuilds:
        median = statistics.median(r.seconds for r in rebuilds)
        cpu = statistics.median(r.cpu for r in rebuilds)
        rows.append(["Opslaan → pagina onder scripts/serve (1x, mediaan)",
                     f"{number(median)} s (processor {number(cpu)} s)", "≤ 1 s", verdict(median <= 1)])
        rows.append(["Builds per opslag onder scripts/serve", ", ".join(str(r.builds) for r in rebuilds), "1",
                     verdict(all(r.builds == 1 for r in rebuilds))])
    product = next((p for p in pages if p.name == "Productpagina"), None)
    if product and bare:
        ratio = product.wire / bare.wire
        rows.append(["Eerste bezoek productpagina tegenover kale Material-pagina (gzip)",
                     f"{number(ratio)}x ({kb(product.wire)} / {kb(bare.wire)})", "≤ 1,3x",
                     verdict(ratio <= 1.3)])
    for score in scores:
        if score.name.startswith("Kale"):
            continue
        rows.append([f"Lighthouse telefoon {score.name}: prestaties / toegankelijkheid",
                     lighthouse_value(score), "≥ 95 / 100",
                     "niet gemeten" if score.failed
                     else verdict(score.performance >= 95 and score.accessibility == 100)])
    return rows


def markdown(report: Report) -> str:
    load = " en ".join(number(v) for v in report.load)
    lines = [f"Gemeten op {TODAY.isoformat()} met `python -m tools.bench {report.argv}`: {machine()}. "
             f"Belasting van de machine (load average, 1 minuut) bij begin en einde: {load}.", "",
             "### Doelen", "",
             *table(["Meting", "Waarde", "Doel", "Oordeel"],
                    target_rows(report.builds, report.rebuilds, report.weights, report.bare,
                                report.lighthouse) + engine_ratio_rows(report.builds, report.engines)), ""]
    if report.builds:
        lines += ["### Bouwtijd per catalogusgrootte", "",
                  "Seconden wandkloktijd, tussen haakjes de processortijd. *Generator*: laden, controleren "
                  "en omzetten naar Markdown (waarvan *laden en controleren* apart); *schrijven*: de "
                  "gegenereerde en handgeschreven pagina's naar de map `.build/docs`; daarna bouwt elk "
                  f"programma de site. Aandeel generator en ms (processortijd) per product gelden voor "
                  f"{DEFAULT_ENGINE}. De build omvat de zoekindex (Pagefind); de kolom *Zoekindex* "
                  "geeft zijn omvang op schijf per programma.", "",
                  *build_table(report.builds, report.engines), ""]
    if report.rebuilds:
        lines += ["### Opnieuw bouwen onder scripts/serve", "",
                  "Een productbestand (1x) opgeslagen terwijl `mkdocs serve` draait: de tijd tot de "
                  "gewijzigde pagina wordt geserveerd, de processortijd die de server ervoor gebruikte "
                  "en het aantal builds dat het opslaan veroorzaakte.", "",
                  *table(["Opslag", "Tot de pagina (s)", "Processortijd (s)", "Builds"],
                         [[str(n), number(r.seconds), number(r.cpu), str(r.builds)]
                          for n, r in enumerate(report.rebuilds, 1)]), ""]
    if report.weights:
        lines += weight_section(report)
    if report.lighthouse:
        lines += ["### Lighthouse (telefoon)", "",
                  "Lighthouse 12 met zijn standaard telefoonprofiel (gesimuleerd trage verbinding en "
                  "processor), de site geserveerd door nginx met `deploy/nginx.conf`; "
                  f"{LIGHTHOUSE_RUNS} runs per pagina, de waarden zijn die van de middelste run "
                  "(naar prestatiescore).", "",
                  *table(["Pagina", "Prestaties (alle runs)", "Toegankelijkheid", "LCP (s)", "TBT (ms)",
                          "CLS"],
                         [[s.name, f"{s.performance} ({', '.join(map(str, s.runs))})", str(s.accessibility),
                           number(s.lcp_s, 1),
                           number(s.tbt_ms, 0), number(s.cls, 3)] if not s.failed
                          else [s.name, "mislukt", "", "", "", ""] for s in report.lighthouse]), ""]
    for title, section in report.peers.items():
        lines += [f"### {title}", "", section, ""]
    return "\n".join(lines).rstrip() + "\n"


def weight_section(report: Report) -> list[str]:
    bare = report.bare
    rows = [[w.name, str(w.files), kb(w.raw), kb(w.wire), f"{number(w.wire / bare.wire)}x" if bare else ""]
            for w in [*report.weights, *([bare] if bare else [])]]
    return ["### Eerste bezoek: wat de browser ophaalt", "",
            "Alle bestanden die een browser bij een eerste bezoek ophaalt (HTML, CSS, JavaScript; "
            "de zoekindex van Pagefind pas als iemand zoekt), ongecomprimeerd en zoals nginx ze "
            f"verstuurt (gzip niveau {GZIP_LEVEL}). De kale Material-pagina is één korte pagina met "
            "dezelfde thema-instellingen en de zoekfunctie van Material (die haar index bij elk "
            "eerste bezoek ophaalt), zonder eigen stijlen of scripts.", "",
            *table(["Pagina", "Bestanden", "Ongecomprimeerd", "Verstuurd", "Tegenover kale pagina"], rows),
            "", f"Eigen JavaScript en CSS van de zelfscan (gzip): {kb(report.zelfscan_assets)}.", ""]


def write_page(text: str, page: Path = PAGE) -> None:
    """Put text between the bench markers of the performance page; the rest stays as it is."""
    current = page.read_text("utf-8")
    if BEGIN not in current or END not in current:
        raise RuntimeError(f"{page} heeft geen {BEGIN} … {END}")
    head, rest = current.split(BEGIN, 1)
    page.write_text(f"{head}{BEGIN}\n\n{text}\n{END}{rest.split(END, 1)[1]}", "utf-8")


# ---------------------------------------------------------------------------------------------
# Main


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100],
                        help="catalog sizes as multiples of the real product count (first: baseline)")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS), help="what to measure")
    parser.add_argument("--engines", nargs="+", choices=sorted(ENGINES), default=sorted(ENGINES))
    parser.add_argument("--write", action="store_true",
                        help=f"write the result into {PAGE.relative_to(ROOT)}")
    return parser.parse_args(argv)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure_builds(args: argparse.Namespace, work: Path) -> tuple[list[ScaleResult], Path]:
    """Build every scale with every engine; returns the timings and the baseline site of the
    default engine (built for the other parts when builds are not measured)."""
    results, baseline = [], None
    for scale in args.scales if "builds" in args.parts else []:
        progress(f"catalogus {scale}x: bouwen met {', '.join(args.engines)} …")
        result, sites = measure_scale(copy_project(work / f"x{scale}", scale), scale, args.engines)
        results.append(result)
        baseline = baseline or sites.get(DEFAULT_ENGINE) or next(iter(sites.values()))
    if baseline is None:
        baseline = measure_scale(copy_project(work / "x1", 1), 1, [DEFAULT_ENGINE])[1][DEFAULT_ENGINE]
    return results, baseline


def measure_pages(args: argparse.Namespace, site: Path, work: Path) -> tuple[list[Weight], Weight | None,
                                                                             int, list[Lighthouse]]:
    """First-load weight and Lighthouse of the page types, with the bare Material page beside them."""
    if "weight" not in args.parts and "lighthouse" not in args.parts:
        return [], None, 0, []
    paths, bare_site = page_paths(site), bare_material_site(work)
    bare_path = {"Kale Material-pagina": "index.html"}
    pages, bare, assets, scores = [], None, 0, []
    if "weight" in args.parts:
        progress("gewicht van het eerste bezoek …")
        pages, bare, assets = weights(site, paths), weights(bare_site, bare_path)[0], zelfscan_assets(site)
    binary = lighthouse_binary()
    if "lighthouse" in args.parts and binary is None:
        progress("Lighthouse overgeslagen: geen lighthouse-programma of geen nginx gevonden")
    elif "lighthouse" in args.parts:
        progress("Lighthouse …")
        scores = (lighthouse_scores(binary, site, paths, work / "lighthouse")
                  + lighthouse_scores(binary, bare_site, bare_path, work / "lighthouse-kaal"))
    return pages, bare, assets, scores


def run(args: argparse.Namespace, work: Path) -> Report:
    load_before = os.getloadavg()[0]
    results, site = measure_builds(args, work)
    rebuilds = []
    if "serve" in args.parts:
        progress("mkdocs serve: opnieuw bouwen na opslaan …")
        rebuilds = measure_rebuilds(site.parent)
    pages, bare, assets, scores = measure_pages(args, site, work)
    peers = peer_sections(args, site)
    return Report(" ".join(sys.argv[1:]), (load_before, os.getloadavg()[0]), args.engines, results,
                  rebuilds, pages, bare, assets, scores, peers)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        try:
            text = markdown(run(args, Path(work)))
        except (RuntimeError, TimeoutError, subprocess.CalledProcessError) as error:
            print(f"Meting mislukt: {error}", file=sys.stderr)
            return 1
    print(text)
    if args.write:
        write_page(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
