"""The preview server (`mkdocs serve`, what scripts/serve runs): one save causes one build and writes
nothing into docs/; a save with an error puts a banner on every page over the last good version
until it is fixed; a fresh checkout with an error keeps serving a page that lists the error."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.conftest import ROOT
from tools.servers import fetch, free_port, start_mkdocs_serve, stop, wait_for_text

PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
PAGE = "catalogus/producten/training-lokale-driehoek.html"
BUILD_STARTED = "Building documentation"  # mkdocs serve logs this as every build starts
SETTLE_S = 3  # a second build, if a save caused one, would start well within this time


@dataclass
class Served:
    project: Path
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def builds(self) -> int:
        return self.output().count(BUILD_STARTED)


def start_serve(project: Path, log: Path) -> Served:
    port = free_port()
    return Served(project, f"http://127.0.0.1:{port}/", start_mkdocs_serve(project, port, log), log)


@pytest.fixture
def served(project: Path, tmp_path: Path) -> Iterator[Served]:
    server = start_serve(project, tmp_path / "serve.log")
    try:
        wait_for_text(server.url + PAGE, "Training voor burgemeester", seconds=120)
        yield server
    finally:
        stop(server.process)


def save(project: Path, text: str) -> None:
    (project / PRODUCT).write_text(text, "utf-8")


def broken(text: str) -> str:
    """The product with one error, on line 4: a status that does not exist."""
    assert "\nstatus: bestaand\n" in text
    return text.replace("\nstatus: bestaand\n", "\nstatus: onaf\n")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_one_save_causes_one_build_and_writes_nothing_into_docs(served: Served) -> None:
    docs = tree(served.project / "docs")
    before = served.builds()
    original = (served.project / PRODUCT).read_text("utf-8")
    save(served.project, original.replace("Training voor burgemeester, griffier en secretaris samen.",
                                          "Nieuwe omschrijving na het opslaan."))
    wait_for_text(served.url + PAGE, "Nieuwe omschrijving na het opslaan.")
    time.sleep(SETTLE_S)
    assert served.builds() == before + 1, served.output()
    assert tree(served.project / "docs") == docs


def test_a_removed_record_leaves_no_page_behind(served: Served) -> None:
    """scripts/serve builds only the pages a save changed (--dirty); a page added or removed
    rebuilds them all, so the removed record's page is gone."""
    original = (served.project / PRODUCT).read_text("utf-8")
    copy = served.project / "catalog/producten/tweede-lokale-driehoek.yaml"
    url = served.url + "catalogus/producten/tweede-lokale-driehoek.html"
    copy.write_text(original.replace("id: training-lokale-driehoek\n", "id: tweede-lokale-driehoek\n")
                    .replace("Een sterke lokale driehoek", "Tweede lokale driehoek", 1), "utf-8")
    wait_for_text(url, "Tweede lokale driehoek")
    copy.unlink()
    deadline = time.monotonic() + 60
    while "Tweede lokale driehoek" in fetch(url):
        assert time.monotonic() < deadline, f"the removed record's page is still served\n{served.output()}"
        time.sleep(0.2)


def test_a_change_to_the_theme_shows_on_every_page(served: Served) -> None:
    """The preview keeps compiled theme templates between builds and builds only changed pages;
    an edited template still shows everywhere."""
    footer = served.project / "overrides/partials/copyright.html"
    footer.write_text(footer.read_text("utf-8").replace('<div class="md-copyright">',
                                                        '<div class="md-copyright">Voettekst-proef'), "utf-8")
    wait_for_text(served.url + PAGE, "Voettekst-proef")
    assert "Voettekst-proef" in fetch(served.url + "over/index.html")


def test_a_save_with_an_error_shows_a_banner_until_it_is_fixed(served: Served, browser: Browser) -> None:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(served.url + PAGE)
        banner = page.locator(".voorbeeldfout")
        expect(banner).to_have_count(0)
        original = (served.project / PRODUCT).read_text("utf-8")
        save(served.project, broken(original))
        # the page reloads by itself (MkDocs' live reload) and shows the first error and its file
        expect(banner).to_contain_text(f"{PRODUCT}, regel 4", timeout=60_000)
        expect(banner).to_contain_text("laatste goede versie")
        expect(page.locator("h1")).to_contain_text("Een sterke lokale driehoek")
        assert served.process.poll() is None, "mkdocs serve stopped"
        page.goto(served.url + "over/index.html")  # every page, not only the broken record's
        expect(banner).to_contain_text(PRODUCT)
        save(served.project, original)
        expect(banner).to_have_count(0, timeout=60_000)
    finally:
        context.close()
    assert f"{PRODUCT}:4: fout:" in served.output()


def test_a_fresh_checkout_with_an_error_keeps_serving_the_error(project: Path, tmp_path: Path) -> None:
    original = (project / PRODUCT).read_text("utf-8")
    save(project, broken(original))
    server = start_serve(project, tmp_path / "serve.log")
    try:
        home = wait_for_text(server.url, "De site kan nog niet worden getoond", seconds=120)
        assert f"{PRODUCT}, regel 4" in home
        assert "voorbeeldfout" in home  # the banner, on the error page too
        assert server.process.poll() is None, server.output()
        save(project, original)
        wait_for_text(server.url + PAGE, "Training voor burgemeester")
        assert "voorbeeldfout" not in fetch(server.url + PAGE)
    finally:
        stop(server.process)
    assert "Traceback" not in server.output()


def test_serve_script_takes_a_port(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(ROOT / "scripts/serve"), "--poort", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_text(f"http://127.0.0.1:{port}/", "Ondersteuningswijzer lokaal bestuur", seconds=180)
    finally:
        stop(process)
    assert f"http://127.0.0.1:{port}/" in log.read_text("utf-8")


def test_serve_script_refuses_a_port_that_is_not_a_number() -> None:
    completed = subprocess.run([str(ROOT / "scripts/serve"), "--poort", "acht"],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 2
    assert "poortnummer" in completed.stderr
