"""Shared fixtures: a project copy with test records, the built site, a local server and Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request, sync_playwright

from generator.build import DEFAULT_ENGINE, ENGINES
from tools.scale_catalog import scale_project
from tools.servers import serve_folder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_SCRIPT = ROOT / "node_modules/axe-core/axe.min.js"


def make_project(target: Path, real_catalog: bool = False, fixture: str = "mini") -> Path:
    """A copy of the project to change freely: the test records of tests/fixtures/<fixture>,
    or with real_catalog the shipped catalog and questionnaire."""
    folders = ["catalog", "questionnaire"] if real_catalog else ["catalog/schema", "questionnaire/schema"]
    for folder in (*folders, "docs", "overrides"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("catalogus"))
    for file in ("mkdocs.yml", "CONTRIBUTING.md", "generator/hook.py"):
        (target / file).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / file, target / file)
    (target / "generator/templates").mkdir()  # watched by mkdocs.yml
    if not real_catalog:
        shutil.copytree(FIXTURES / fixture, target, dirs_exist_ok=True)
        # the test records lack what the hand-written knowledge pages link to, except the
        # zelfscan's gespreksleidraad, which the zelfscan page links to
        for page in (target / "docs/kennis").glob("*.md"):
            if page.name != "gespreksleidraad.md":
                page.unlink()
        config = (target / "mkdocs.yml").read_text("utf-8")
        config = "".join(line for line in config.splitlines(keepends=True)
                         if " kennis/" not in line or "kennis/gespreksleidraad.md" in line)
        (target / "mkdocs.yml").write_text(config, "utf-8")
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


# Settings that mkdocs.yml reads from the environment (!ENV); CI's publish job sets them.
CONFIG_ENV = ("SITE_URL", "REPO_URL", "EDIT_URI")


def build_env(**values: str) -> dict[str, str]:
    """The environment for a build: these values, and none of CONFIG_ENV from outside."""
    return {**{k: v for k, v in os.environ.items() if k not in CONFIG_ENV}, **values}


class SiteBuilds:
    """The real catalog built with `python -m generator build`, once per engine and session."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sites: dict[str, Path] = {}

    def get(self, engine: str) -> Path:
        if engine not in self.sites:
            target = self.folder / engine / "site"
            completed = subprocess.run(
                [sys.executable, "-m", "generator", "build", "--engine", engine, "--site-dir", str(target)],
                cwd=ROOT, capture_output=True, text=True, check=False, env=build_env())
            assert completed.returncode == 0, completed.stdout + completed.stderr
            self.sites[engine] = target
        return self.sites[engine]


@pytest.fixture(scope="session")
def site_builds(tmp_path_factory: pytest.TempPathFactory) -> SiteBuilds:
    return SiteBuilds(tmp_path_factory.mktemp("sites"))


@pytest.fixture(scope="session")
def site_dir(site_builds: SiteBuilds) -> Path:
    """The real catalog built with the default engine, as it is published."""
    return site_builds.get(DEFAULT_ENGINE)


@pytest.fixture(scope="session", params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest) -> str:
    """Each engine in turn: the static and CSP checks run on the output of both."""
    return request.param


@pytest.fixture(scope="session")
def engine_site(engine: str, site_builds: SiteBuilds) -> Path:
    """The real catalog built with `engine`."""
    return site_builds.get(engine)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    server, url = serve_folder(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def site_dir_10x(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with every product ten times (tools/scale_catalog.py), built once."""
    project = scale_project(tmp_path_factory.mktemp("x10") / "project", 10)
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "build"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    return project / "site"


@pytest.fixture(scope="session")
def base_url_10x(site_dir_10x: Path) -> Iterator[str]:
    server, url = serve_folder(site_dir_10x)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def zelfscan_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The zelfscan fixture project (tests/fixtures/zelfscan) built once and served; the zelfscan
    browser tests use it so that editing the shipped questionnaire never breaks them."""
    project = make_project(tmp_path_factory.mktemp("zelfscan") / "project", fixture="zelfscan")
    target = project / "site"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "build", "--site-dir", str(target)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    server, url = serve_folder(target)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class RequestLog:
    """Every request a page makes; anything not to the local server is foreign."""

    def __init__(self, allowed_origin: str) -> None:
        self.allowed_origin = allowed_origin
        self.requests: list[Request] = []

    def record(self, request: Request) -> None:
        self.requests.append(request)

    @property
    def foreign(self) -> list[str]:
        origin = urlsplit(self.allowed_origin)
        return [
            r.url for r in self.requests
            if urlsplit(r.url).scheme not in ("data", "blob", "about")
            and urlsplit(r.url).netloc != origin.netloc
        ]


@pytest.fixture
def request_log(base_url: str) -> RequestLog:
    return RequestLog(base_url)


@pytest.fixture
def page(browser: Browser, request_log: RequestLog) -> Iterator[Page]:
    """A fresh browser page; the test fails if the page requested another host."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    new_page = context.new_page()
    new_page.on("request", request_log.record)
    yield new_page
    context.close()
    assert request_log.foreign == [], f"requests to other hosts: {request_log.foreign}"


def axe_violations(page: Page) -> list[dict[str, object]]:
    """Run axe-core (WCAG 2.0/2.1 A and AA) on the page; returns the violations."""
    page.add_script_tag(content=AXE_SCRIPT.read_text("utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return result["violations"]


def describe(violations: list[dict[str, object]]) -> str:
    return json.dumps([
        {"id": v["id"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]][:5]}  # type: ignore[index]
        for v in violations
    ], indent=1, ensure_ascii=False)
