"""What the search and overview benchmarks share: builds of scaled project copies, a local server
that compresses and can emulate a slow phone network, and Chromium with a phone's CPU.

Nothing here is a test; tools/search_bench.py and tools/overview_bench.py print the numbers.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from playwright.sync_api import Browser, BrowserContext, Page, Request

from tools.scale_catalog import ROOT, scale_project
from tools.servers import NGINX_CONFIG, csp_of

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
GZIP_LEVEL = 5  # as deploy/nginx.conf
COMPRESSED = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml")
PHONE_VIEWPORT = {"width": 390, "height": 844}
PHONE_CPU_SLOWDOWN = 4  # Lighthouse's mobile profile


@dataclass(frozen=True)
class Network:
    """Network conditions emulated by the server, so that they hold for worker requests too."""

    name: str
    latency_s: float = 0.0  # before every response
    bytes_per_s: float = 0.0  # per response; 0 is unlimited


LOCAL = Network("lokaal netwerk")
SLOW_4G = Network("traag 4G (150 ms, 1,6 Mbit/s)", 0.150, 1.6e6 / 8)


def nginx_csp(wasm: bool = True) -> str:
    """The Content-Security-Policy of deploy/nginx.conf, optionally without 'wasm-unsafe-eval'."""
    policy = csp_of(NGINX_CONFIG.read_text("utf-8"))
    return policy if wasm else policy.replace(" 'wasm-unsafe-eval'", "")


# --- builds -----------------------------------------------------------------------------------


def build(project: Path) -> Path:
    """`python -m generator build` of a project copy (pages and Pagefind index); returns site/."""
    completed = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "build"],
                               cwd=ROOT, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{completed.stderr[-3000:]}")
    return project / "site"


def with_material_search(project: Path) -> Path:
    """Turn a project copy back into Material's own search: its plugin on, its header back."""
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    text = text.replace("plugins: []", "plugins:\n  - search:\n      lang: nl")
    text = text.replace("  - assets/css/zoeken.css\n", "")
    text = text.replace("  - path: assets/js/zoeken-page.mjs\n    type: module\n", "")
    config.write_text(text, "utf-8")
    (project / "overrides/partials/header.html").unlink()
    return project


def scaled_sites(work: Path, factor: int) -> tuple[Path, Path]:
    """The Pagefind site and the Material-search site of the catalog `factor` times."""
    pagefind = build(scale_project(work / f"x{factor}-pagefind", factor))
    # Material's copy gets a Pagefind index too, but none of its pages loads it
    material = build(with_material_search(scale_project(work / f"x{factor}-material", factor)))
    return pagefind, material


# --- serving ----------------------------------------------------------------------------------


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip for text as nginx sends it, a CSP header, and the emulated network."""

    network: Network = LOCAL
    csp: str = ""
    _cache: ClassVar[dict[Path, bytes]] = {}  # compressed files, one dict per server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and path.suffix in COMPRESSED and gzip_ok):
            return super().send_head()
        body = self._cache.get(path)
        if body is None:
            body = self._cache[path] = gzip.compress(path.read_bytes(), GZIP_LEVEL)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        time.sleep(self.network.latency_s)
        data = source.read()
        step = 16 * 1024
        for start in range(0, len(data), step):
            outputfile.write(data[start:start + step])
            if self.network.bytes_per_s:
                time.sleep(min(step, len(data) - start) / self.network.bytes_per_s)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self) -> bytes:
        return self.data

    def close(self) -> None:
        pass


@contextmanager
def serving(site: Path, network: Network = LOCAL, csp: str = "") -> Iterator[str]:
    """A local server for site with the given network and CSP; yields its base URL."""
    handler = type("Handler", (_Handler,), {"network": network, "csp": csp, "_cache": {}})
    serve_site = functools.partial(handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), serve_site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


# --- the browser ------------------------------------------------------------------------------


def phone_page(browser: Browser, cpu_slowdown: int = PHONE_CPU_SLOWDOWN) -> Page:
    """A fresh context (empty cache) at 390 px with the CPU slowed down as on a phone."""
    context: BrowserContext = browser.new_context(viewport=PHONE_VIEWPORT, is_mobile=True, locale="nl-NL")
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    return page


class Transfers:
    """Bytes received per request (compressed, as on the wire), with when they finished."""

    def __init__(self, page: Page) -> None:
        self.finished: list[tuple[float, str, int]] = []
        page.on("requestfinished", self._record)

    def _record(self, request: Request) -> None:
        sizes = request.sizes()
        self.finished.append((time.monotonic(), request.url,
                              sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    def total(self, pattern: str, since: float = 0.0, until: float = float("inf")) -> int:
        return sum(size for at, url, size in self.finished
                   if re.search(pattern, url) and since <= at <= until)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
