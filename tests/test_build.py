"""`python -m generator build` with each engine: the same pages, a site any web server can read,
edit links to the records' YAML files, the editors' identity and the public address from the
configuration, and nothing when they are not configured."""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import yaml

from generator.build import ENGINES
from tests.conftest import ROOT, build_env, make_project

PRODUCT_PAGE = "catalogus/producten/training-lokale-driehoek.html"
FORGE = "https://forge.example/redactie/ondersteuningswijzer"
PUBLIC = "https://ondersteuning.example.nl/"
REDACTIE = {"naam": "Redactie Voorbeeld", "contact": "redactie@voorbeeld.example", "meld_url": ""}
EDIT_LINK = re.compile(r'<a href="([^"]*)"[^>]*rel="edit"')


def build(project: Path, engine: str, umask: int = 0o022, **env: str) -> Path:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "build", "--engine", engine],
        cwd=ROOT, capture_output=True, text=True, check=False, env=build_env(**env), umask=umask)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return project / "site"


def set_redactie(project: Path, values: dict[str, str]) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    block = yaml.safe_dump({"redactie": values}, allow_unicode=True, sort_keys=False)
    indented = "".join(f"  {line}\n" for line in block.splitlines())
    text, count = re.subn(r"^  redactie:\n(?:    .*\n)+", indented, text, flags=re.M)
    assert count == 1, "mkdocs.yml: extra.redactie not found"
    config.write_text(text, "utf-8")


def html(site: Path, page: str) -> str:
    return (site / page).read_text("utf-8")


def edit_links(site: Path, page: str) -> list[str]:
    # Zensical's templates escape "/" in attributes as &#x2f;, which browsers read as "/"
    return [unescape(link) for link in EDIT_LINK.findall(html(site, page))]


@pytest.fixture(scope="module", params=sorted(ENGINES))
def configured(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test records built with an editors' identity, a repository and a public address."""
    project = make_project(tmp_path_factory.mktemp("configured") / "project")
    set_redactie(project, REDACTIE)
    return build(project, request.param, REPO_URL=FORGE, EDIT_URI="edit/main/docs/", SITE_URL=PUBLIC)


@pytest.fixture(scope="module", params=sorted(ENGINES))
def unconfigured(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test records built with every identity value empty and no repository or address."""
    project = make_project(tmp_path_factory.mktemp("unconfigured") / "project")
    set_redactie(project, dict.fromkeys(REDACTIE, ""))
    return build(project, request.param)


def test_the_built_site_is_readable_by_every_user(project: Path) -> None:
    """Folders 755 and files 644 even under a strict umask: nginx, running as another user, can serve it."""
    site = build(project, "mkdocs", umask=0o077)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in [site, *site.rglob("*")] if p.is_dir()}
    assert modes == {0o755}
    assert {stat.S_IMODE(p.stat().st_mode) for p in site.rglob("*") if p.is_file()} == {0o644}


def test_both_engines_build_the_same_pages(tmp_path: Path) -> None:
    sites = {engine: build(make_project(tmp_path / engine), engine) for engine in ENGINES}
    pages = {engine: sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
             for engine, site in sites.items()}
    assert len(set(map(tuple, pages.values()))) == 1, pages
    headings = {engine: [re.findall(r"<h1[^>]*>(.*?)</h1>", html(site, page), re.S) for page in pages[engine]]
                for engine, site in sites.items()}
    assert len({repr(h) for h in headings.values()}) == 1


def test_the_build_writes_nothing_into_docs(project: Path) -> None:
    docs = sorted(p.relative_to(project).as_posix() for p in (project / "docs").rglob("*"))
    build(project, "mkdocs")
    assert sorted(p.relative_to(project).as_posix() for p in (project / "docs").rglob("*")) == docs


def test_record_pages_link_to_their_yaml_file_in_the_web_editor(configured: Path) -> None:
    assert edit_links(configured, PRODUCT_PAGE) == [
        f"{FORGE}/edit/main/catalog/producten/training-lokale-driehoek.yaml"]
    assert edit_links(configured, "over/privacy.html") == [
        f"{FORGE}/edit/main/docs/over/privacy.md"]
    # a generated page that no single file makes has no edit link
    assert edit_links(configured, "catalogus/producten/index.html") == []


def test_the_repository_link_asks_the_forge_for_nothing(configured: Path) -> None:
    """Material fetches star counts from the forge's API for a data-md-component="source" link."""
    home = html(configured, "index.html")
    assert f'href="{FORGE}"' in home
    assert 'data-md-component="source"' not in home


def footer(site: Path, page: str) -> str:
    return html(site, page).split('class="md-copyright"')[1].split("</footer>")[0]


def identity_section(site: Path) -> str:
    """The paragraph under "Redactie" on Over deze site."""
    return html(site, "over/index.html").split('id="redactie"')[1].split("<h2")[0]


def test_footer_and_over_page_show_the_configured_identity(configured: Path) -> None:
    for page in ("index.html", PRODUCT_PAGE):
        signature = footer(configured, page)
        assert "Beheerd door Redactie Voorbeeld." in signature
        assert 'href="mailto:redactie@voorbeeld.example"' in signature
        assert re.search(r"Gepubliceerd op \d{1,2} [a-z]+ \d{4}\.", signature)
        assert "Made with" not in signature
    paragraph = identity_section(configured)
    assert "Deze site wordt beheerd door Redactie Voorbeeld." in paragraph
    assert 'href="mailto:redactie@voorbeeld.example"' in paragraph


def test_the_public_address_gives_canonical_links(configured: Path) -> None:
    assert f'<link rel="canonical" href="{PUBLIC}catalogus/producten/training-lokale-driehoek.html">' \
        in html(configured, PRODUCT_PAGE)


def test_without_configuration_the_site_names_nobody_and_links_nowhere(unconfigured: Path) -> None:
    for page in ("index.html", "over/index.html", PRODUCT_PAGE):
        assert edit_links(unconfigured, page) == [], page
        assert 'rel="canonical"' not in html(unconfigured, page), page
        signature = footer(unconfigured, page)
        assert "Beheerd door" not in signature and "Made with" not in signature, page
        assert "href=" not in signature, page
        assert "Gepubliceerd op" in signature, page
    assert identity_section(unconfigured).count("<p>") == 1
    assert "Deze versie van de site is gepubliceerd op" in identity_section(unconfigured)
    assert "beheerd door" not in identity_section(unconfigured)
