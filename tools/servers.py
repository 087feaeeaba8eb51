"""Local servers for the tests and the benchmark: a static file server, `mkdocs serve`, and
waiting for a page. Everything listens on 127.0.0.1 only."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_folder(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve a folder on a free port in a background thread; returns the server and its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def fetch(url: str) -> str:
    """The body of url, also for an error status; "" when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")
    except OSError:
        return ""


def wait_for_text(url: str, text: str, seconds: float = 60, interval: float = 0.05) -> str:
    """Poll url until its body contains text; returns that body."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = fetch(url)
        if text in body:
            return body
        time.sleep(interval)
    raise TimeoutError(f"{text!r} did not appear at {url} within {seconds} s")


def start_mkdocs_serve(project: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """`mkdocs serve` of project on port, its output going to log."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=30)
