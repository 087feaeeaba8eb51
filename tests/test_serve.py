"""`mkdocs serve` (the README's serve path) picks up a saved YAML file and survives a broken one."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
PAGE = "catalogus/producten/training-lokale-driehoek.html"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    body = ""
    while time.monotonic() < deadline:
        try:
            body = fetch(url)
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{text!r} did not appear at {url}")


@pytest.fixture
def served(project: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield project, f"http://127.0.0.1:{port}/", process
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_saving_yaml_updates_the_served_page(served: tuple[Path, str, subprocess.Popen[str]]) -> None:
    project, base, _ = served
    wait_for(base + PAGE, "Training voor burgemeester")
    product = project / PRODUCT
    product.write_text(product.read_text("utf-8").replace(
        "Training voor burgemeester, griffier en secretaris samen.",
        "Nieuwe omschrijving na het opslaan."), "utf-8")
    wait_for(base + PAGE, "Nieuwe omschrijving na het opslaan.")


def test_broken_yaml_keeps_the_last_good_page(served: tuple[Path, str, subprocess.Popen[str]]) -> None:
    project, base, process = served
    wait_for(base + PAGE, "Training voor burgemeester")
    (project / PRODUCT).write_text("id: training-lokale-driehoek\nstatus: \"onaf\n", "utf-8")
    time.sleep(4)
    assert process.poll() is None, "mkdocs serve stopped"
    assert "Training voor burgemeester" in fetch(base + PAGE)
    process.terminate()
    terminal = process.communicate(timeout=10)[0]
    assert f"{PRODUCT}:2: fout:" in terminal
