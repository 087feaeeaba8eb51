"""`python -m generator links` against a local HTTP server: never against the internet."""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.links import Target, check_links, fetch
from tests.conftest import ROOT


class Answers(http.server.BaseHTTPRequestHandler):
    """/ok 200, /oud 301 to /ok, /weg 404, /kapot 500, /traag answers after 3 s, /geen-head 405 on HEAD."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def answer(self, with_body: bool) -> None:
        if self.path == "/traag":
            time.sleep(3)
        if self.path == "/geen-head" and not with_body:
            self.send_response(405)
        else:
            code = {"/ok": 200, "/oud": 301, "/weg": 404, "/kapot": 500, "/traag": 200, "/geen-head": 200}
            self.send_response(code.get(self.path, 404))
        if self.path == "/oud":
            self.send_header("Location", "/ok")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.answer(with_body=False)

    def do_GET(self) -> None:
        self.answer(with_body=True)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def messages(base: str, path: str, timeout: float = 1.0) -> list[tuple[str, str, str]]:
    target = Target("catalog/producten/x.yaml", 7, base + path)
    return [(f.level.value, f.rule, f.message) for f in check_links([target], timeout=timeout)]


def test_a_working_address_gives_nothing(server: str) -> None:
    assert messages(server, "/ok") == []


def test_a_server_that_refuses_head_is_asked_with_get(server: str) -> None:
    assert fetch(server + "/geen-head", 1.0).status == 200


def test_a_redirect_is_reported_with_its_new_address(server: str) -> None:
    [(level, rule, message)] = messages(server, "/oud")
    assert (level, rule) == ("waarschuwing", "webadres-verwijst-door")
    assert "verwijst door naar /ok (HTTP 301)" in message


@pytest.mark.parametrize(("path", "status"), [("/weg", 404), ("/kapot", 500)])
def test_a_broken_address_is_an_error(server: str, path: str, status: int) -> None:
    [(level, rule, message)] = messages(server, path)
    assert (level, rule) == ("fout", "webadres-werkt-niet")
    assert f"geeft HTTP {status}" in message


def test_a_slow_server_times_out(server: str) -> None:
    [(level, _, message)] = messages(server, "/traag", timeout=0.5)
    assert level == "fout" and "geen antwoord binnen 0,5 seconden" in message


def test_a_refused_connection_is_an_error() -> None:
    [(level, _, message)] = messages(f"http://127.0.0.1:{closed_port()}", "/x")
    assert level == "fout" and "niet bereikbaar" in message


def test_each_address_is_fetched_once(server: str) -> None:
    same = [Target(f"catalog/producten/{n}.yaml", 3, server + "/weg") for n in ("a", "b")]
    assert [(f.path, f.line) for f in check_links(same)] == [("catalog/producten/a.yaml", 3),
                                                               ("catalog/producten/b.yaml", 3)]


def test_the_command_reports_file_and_line(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    product.write_text(product.read_text("utf-8") + f"url: https://127.0.0.1:{closed_port()}/training\n",
                       "utf-8")
    line = len(product.read_text("utf-8").splitlines())
    completed = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "links",
                                "--timeout", "2"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert completed.returncode == 1
    assert f"catalog/producten/training-lokale-driehoek.yaml:{line}: fout: webadres https://127.0.0.1:" \
        in completed.stdout
    assert "[webadres-werkt-niet]" in completed.stdout
