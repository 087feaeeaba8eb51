"""Local servers for the tests and the benchmark: a static file server, the real nginx with
deploy/nginx.conf, `mkdocs serve`, and waiting for a page. Everything listens on 127.0.0.1 only."""

from __future__ import annotations

import functools
import grp
import http.server
import os
import pwd
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = Path("/usr/sbin/nginx")
NGINX_CONFIG = ROOT / "deploy/nginx.conf"


def csp_of(config: str) -> str:
    """The Content-Security-Policy header that an nginx config (deploy/nginx.conf) sends."""
    match = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', config)
    if match is None:
        raise ValueError("the nginx config sets no Content-Security-Policy header")
    return match.group(1)


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
    """`mkdocs serve` of project on port as scripts/serve runs it, its output going to log."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, stdout=out, stderr=subprocess.STDOUT,
            # unbuffered: whoever reads the log sees each line as soon as it is logged
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"})


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=30)


def nginx_server_config(site: Path, port: int) -> str:
    """deploy/nginx.conf with its listen and root lines pointing at site and port."""
    config = NGINX_CONFIG.read_text("utf-8")
    config, listens = re.subn(r"^\s*listen .*;\n", "", config, flags=re.M)
    config, roots = re.subn(r"^(\s*)root .*;$", rf"\1root {site};\n\1listen 127.0.0.1:{port};",
                            config, flags=re.M)
    if (listens, roots) != (2, 1):
        raise ValueError("deploy/nginx.conf: expected two listen lines and one root")
    return config


def nginx_main_config(folder: Path, server: Path) -> str:
    """What Debian's /etc/nginx/nginx.conf provides around a site, with every path in folder."""
    user = pwd.getpwuid(os.geteuid()).pw_name  # as root the workers need to read pytest's tmp
    group = grp.getgrgid(os.getegid()).gr_name
    temp = "\n".join(f"  {kind}_temp_path {folder / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"user {user} {group};\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'};\nevents {{ worker_connections 64; }}\n"
            f"http {{\n  access_log {folder / 'access.log'};\n{temp}\n  include {server};\n}}\n")


def start_nginx(site: Path, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The real nginx with deploy/nginx.conf serving site on a free port; its files go to folder.
    Returns the process and the base URL once it answers."""
    port = free_port()
    (folder / "site.conf").write_text(nginx_server_config(site, port), "utf-8")
    (folder / "nginx.conf").write_text(nginx_main_config(folder, folder / "site.conf"), "utf-8")
    process = subprocess.Popen(
        [str(NGINX), "-e", str(folder / "error.log"), "-p", str(folder),
         "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 15
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return process, url
        except urllib.error.HTTPError:
            return process, url
        except OSError:
            time.sleep(0.1)
    stop(process)
    raise RuntimeError(f"nginx did not answer at {url}: {(folder / 'error.log').read_text('utf-8')}")
