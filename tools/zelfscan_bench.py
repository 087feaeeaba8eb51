"""Benchmark of the zelfscan: how long reading an answers file takes for 200, 2,000 and the
maximum allowed respondents (in Node), how long a keystroke takes to reach the screen with 200
respondents and long remarks (in Chromium), and what the zelfscan's own JavaScript and CSS weigh:
on a first visit (what the page loads without any user action) and all of its modules together.

    .venv/bin/python tools/zelfscan_bench.py            # builds the site first
    .venv/bin/python tools/zelfscan_bench.py --site site

`measure(site)` returns the numbers for another benchmark or a report to use.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGE = "catalogus/zelfscan.html"
ENTRY = "assets/js/zelfscan-page.mjs"
CSS = "assets/css/zelfscan.css"
GZIP_LEVEL = 9  # issue 15 measures at 9; nginx sends level 5, which comes out under 0.5 % larger
KEYSTROKES = 60
LONG_REMARK = 1000  # characters, on three statements of every respondent
# A static `import … from "./x.mjs"` or `export … from "./x.mjs"`; a dynamic import() is not one.
IMPORT = re.compile(r'^(?:import|export)\s+[\w*{}\s,$]+?\s+from\s+["\'](\.{1,2}/[^"\']+)["\']', re.M)
# What a page loads by itself: module scripts, module preloads and style sheets.
PAGE_ASSET = re.compile(r'<(?:script[^>]*\btype="module"[^>]*\bsrc'
                        r'|link[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref)="([^"]+)"')

# Reads a file of N respondents and merges it into an empty sessie, as the page does.
IMPORT_TIMER = """
const [folder, sizes] = [process.argv[1], JSON.parse(process.argv[2])];
const { parseFile } = await import(`${folder}/file-read.mjs`);
const { MAX_RESPONDENTEN } = await import(`${folder}/checks.mjs`);
const { mergeImports } = await import(`${folder}/merge.mjs`);
const { emptySessie } = await import(`${folder}/session.mjs`);
const { readFileSync } = await import("node:fs");
const data = JSON.parse(readFileSync(0, "utf8"));
const ids = data.stellingen.map((s) => s.id);
const file = (n) => JSON.stringify({ format: "bestuurscultuur-antwoorden", versie: 2,
  respondenten: Array.from({ length: n }, (_, r) => ({ naam: `Persoon ${r}`,
    antwoorden: Object.fromEntries(ids.map((id, i) => [id, ((r * 7 + i * 3) % 5) + 1])),
    opmerkingen: { [ids[r % ids.length]]: "Een opmerking over wat er gebeurde." } })) });
const uit = {};
for (const n of [...sizes, MAX_RESPONDENTEN]) {
  const tekst = file(n);
  const runs = [];
  let geweigerd = false;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const gelezen = parseFile(tekst, data);
    geweigerd = !gelezen.ok || Boolean(mergeImports(emptySessie("2026-12-01"), [gelezen.value], data).fout);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  uit[n] = { ms: runs[3], geweigerd, bytes: tekst.length };
}
console.log(JSON.stringify({ max: MAX_RESPONDENTEN, import: uit }));
"""

# From each keydown to the next animation frame, after the page's own input handling.
KEY_PROBE = """() => {
  window.__zsKeys = [];
  document.addEventListener("keydown", (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => window.__zsKeys.push(performance.now() - start));
  }, true);
}"""


@dataclass(frozen=True)
class ImportTime:
    respondenten: int
    ms: float
    geweigerd: bool
    bytes: int


@dataclass(frozen=True)
class Weight:
    """Files of the zelfscan's own JavaScript and CSS (site-relative paths), their bytes, and their
    bytes gzipped one file at a time, as a server sends them."""

    files: tuple[str, ...]
    raw: int
    gzip: int
    shared_gzip: int = 0  # what the same load adds of preact, htm and the site's shared modules


@dataclass(frozen=True)
class Result:
    imports: list[ImportTime]
    max_respondenten: int
    keystroke_ms: dict[str, float]
    keystroke_setup: str
    first_load: Weight
    all_modules: Weight
    browser_first_load: tuple[str, ...]


def module_graph(site: Path, entries: list[Path] | None = None) -> list[Path]:
    """The entry modules (default: the page's entry) and every module they import statically,
    directly or not. Modules loaded with import() are not followed: they wait for a user action
    or for a state that needs them."""
    seen = [e.resolve() for e in entries] if entries else [(site / ENTRY).resolve()]
    for module in seen:
        if module.suffix != ".mjs":
            continue
        for relative in IMPORT.findall(module.read_text("utf-8")):
            target = (module.parent / relative).resolve()
            if target not in seen:
                seen.append(target)
    return seen


def is_own(path: str) -> bool:
    """The zelfscan's own files: its entry, its folder of modules and its style sheet (not preact,
    htm or the site's shared modules)."""
    return "zelfscan" in path


def weight(site: Path, files: list[Path]) -> Weight:
    site = site.resolve()
    paths = sorted({f.resolve().relative_to(site).as_posix() for f in files})
    packed = {f: len(gzip.compress((site / f).read_bytes(), GZIP_LEVEL)) for f in paths}
    own = [f for f in paths if is_own(f)]
    return Weight(files=tuple(own), raw=sum((site / f).stat().st_size for f in own),
                  gzip=sum(packed[f] for f in own),
                  shared_gzip=sum(packed[f] for f in paths if f.endswith(".mjs") and not is_own(f)))


def first_load_files(site: Path) -> list[Path]:
    """What the zelfscan page loads without any user action: the module scripts, module preloads
    and style sheets in its HTML, and every module those import statically."""
    page = site / PAGE
    listed = [(page.parent / href).resolve() for href in PAGE_ASSET.findall(page.read_text("utf-8"))
              if "://" not in href]
    return module_graph(site, [f for f in listed if f.is_file()])


def own_weights(site: Path) -> tuple[Weight, Weight]:
    """(first load, all modules) of the zelfscan's own JavaScript and CSS."""
    every = [site / ENTRY, *sorted((site / "assets/js/zelfscan").glob("*.mjs")), site / CSS]
    return weight(site, first_load_files(site)), weight(site, every)


def page_data(site: Path) -> str:
    html = (site / PAGE).read_text("utf-8")
    match = re.search(r'<script[^>]*id="zelfscan-data"[^>]*>(.*?)</script>', html, re.S)
    if match is None:
        raise RuntimeError(f"{PAGE} has no #zelfscan-data")
    return match.group(1)


def time_imports(site: Path, sizes: list[int]) -> tuple[int, list[ImportTime]]:
    folder = (site / "assets/js/zelfscan").resolve().as_uri()
    completed = subprocess.run(["node", "--input-type=module", "-e", IMPORT_TIMER, folder, json.dumps(sizes)],
                               input=page_data(site), capture_output=True, text=True, check=True)
    result = json.loads(completed.stdout)
    times = [ImportTime(int(n), t["ms"], t["geweigerd"], t["bytes"]) for n, t in result["import"].items()]
    return result["max"], sorted(times, key=lambda t: t.respondenten)


def stored_sessie(data: dict, aantal: int) -> str:
    ids = [s["id"] for s in data["stellingen"]]
    opmerking = ("Een lange opmerking over wat er in de raad gebeurde. " * 40)[:LONG_REMARK]
    respondenten = [{"id": f"r{r + 1}", "naam": f"Persoon {r + 1}", "rol": "",
                     "antwoorden": {sid: (r * 7 + i * 3) % 5 + 1 for i, sid in enumerate(ids)},
                     "opmerkingen": {sid: opmerking for sid in ids[:3]}} for r in range(aantal)]
    return json.dumps({"versie": 2, "datum": "2026-12-01", "normenVastgesteld": True,
                       "respondenten": respondenten, "actief": "r1"})


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def time_keystrokes(site: Path, aantal: int = 200) -> tuple[dict[str, float], tuple[str, ...]]:
    """Milliseconds from keydown to the next frame while typing a remark, with `aantal`
    respondents stored, each with three remarks of LONG_REMARK characters; and, first, the
    zelfscan's own files Chromium fetched on a first visit (nothing stored, nothing clicked)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                                 args=["--no-sandbox", "--disable-gpu",
                                                       "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            origin = f"http://127.0.0.1:{server.server_port}/"
            page.goto(origin + PAGE)
            page.wait_for_selector("#zelfscan-app.zs-klaar")
            page.wait_for_load_state("networkidle")
            fetched = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
            first_visit = tuple(sorted({u.removeprefix(origin) for u in fetched if is_own(u)}))
            data = json.loads(page_data(site))
            stored = stored_sessie(data, aantal)
            page.evaluate("v => localStorage.setItem('bestuurscultuur-zelfscan', v)", stored)
            page.reload()
            page.wait_for_selector(f"[data-testid=respondenten] > li >> nth={aantal - 1}")
            eerste = data["stellingen"][0]["id"]
            page.locator(f"#zs-opmerking-{eerste}").focus()
            page.evaluate(KEY_PROBE)
            for teken in "Nog een zin erbij, letter voor letter getypt. " * 2:
                page.keyboard.type(teken)
                page.wait_for_timeout(20)
            times = page.evaluate("window.__zsKeys")[:KEYSTROKES]
            browser.close()
    finally:
        server.shutdown()
    ordered = sorted(times)
    return {"mediaan": statistics.median(ordered), "p95": ordered[int(len(ordered) * 0.95) - 1],
            "max": ordered[-1], "aantal": float(len(ordered))}, first_visit


def measure(site: Path) -> Result:
    """Every number of this benchmark for a built site."""
    maximum, imports = time_imports(site, [200, 2000])
    first_load, all_modules = own_weights(site)
    keystrokes, first_visit = time_keystrokes(site)
    return Result(imports=imports, max_respondenten=maximum, keystroke_ms=keystrokes,
                  keystroke_setup=f"200 respondenten, elk 19 antwoorden en 3 opmerkingen van {LONG_REMARK} "
                                  "tekens",
                  first_load=first_load, all_modules=all_modules, browser_first_load=first_visit)


def build_site(target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "build", "--site-dir", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    return target


def number(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def table(result: Result) -> str:
    rows = [("Meting", "Waarde")]
    for t in result.imports:
        note = " (geweigerd: boven de grens)" if t.geweigerd else ""
        label = f"Import van {t.respondenten} respondenten ({number(t.bytes / 1024)} KB)"
        if t.respondenten == result.max_respondenten:
            label += ", de grens"
        rows.append((label, f"{number(t.ms)} ms{note}"))
    k = result.keystroke_ms
    rows.append((f"Toetsaanslag tot volgend beeld ({result.keystroke_setup})",
                 f"mediaan {number(k['mediaan'])} ms, p95 {number(k['p95'])} ms, max {number(k['max'])} ms"))
    first, every = result.first_load, result.all_modules
    same = set(result.browser_first_load) == set(first.files)
    check = ("Chromium haalde precies deze bestanden op" if same else
             f"**Chromium haalde andere bestanden op**: {', '.join(result.browser_first_load)}")
    rows.append(("Eerste bezoek: eigen JS + CSS die de pagina zonder handeling laadt "
                 "(gzip, elk bestand apart)",
                 f"{number(first.gzip / 1024)} KB in {len(first.files)} bestanden "
                 f"(ongecomprimeerd {number(first.raw / 1024)} KB; met preact, htm en de gedeelde modules "
                 f"{number((first.gzip + first.shared_gzip) / 1024)} KB); {check}"))
    rows.append(("Alle eigen modules en CSS van de zelfscan (gzip, elk bestand apart)",
                 f"{number(every.gzip / 1024)} KB in {len(every.files)} bestanden "
                 f"(ongecomprimeerd {number(every.raw / 1024)} KB)"))
    lines = [f"| {a} | {b} |" for a, b in rows]
    lines.insert(1, "| --- | --- |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one in a temporary folder)")
    args = parser.parse_args()
    if args.site:
        print(table(measure(args.site)))
        return
    with tempfile.TemporaryDirectory() as folder:
        print(table(measure(build_site(Path(folder) / "site"))))


if __name__ == "__main__":
    main()
