"""Pages claim only what the data records: who checked what and when, and whose every link is."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

from generator.build import generate
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 25)
RECORD_LINK = re.compile(r"^\.\./(knelpunten|producten|instrumenten|praktijk)/[a-z0-9-]+\.html(#.*)?$")
RECORD_FOLDERS = ("knelpunten", "producten", "instrumenten", "praktijk")


class LinkParents(HTMLParser):
    """For every record link in the article: the element it stands in, and whether that element
    also holds a provenance label (span.herkomst) after the link. Breadcrumbs and the 'Bron'
    section are left out: they name pages and sources, not links between records."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[int] = []
        self.in_article = self.in_nav = self.after_sources = False
        self.next_id = 0
        self.links: list[tuple[int, str]] = []
        self.labelled: dict[int, int] = {}  # element id -> links labelled so far in it
        self.pending: dict[int, int] = {}  # element id -> links still waiting for a label

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.in_article |= tag == "article"
        self.in_nav |= tag == "nav" and "kruimelpad" in (values.get("class") or "")
        if tag == "h2" and values.get("id") == "bron":
            self.after_sources = True
        parent = self.stack[-1] if self.stack else -1
        if tag == "a" and self.in_article and not self.in_nav and not self.after_sources:
            href = values.get("href") or ""
            if RECORD_LINK.match(href):
                self.links.append((parent, href))
                self.pending[parent] = self.pending.get(parent, 0) + 1
        if tag == "span" and "herkomst" in (values.get("class") or "") and self.pending.get(parent):
            self.pending[parent] -= 1
            self.labelled[parent] = self.labelled.get(parent, 0) + 1
        if tag not in ("br", "img", "input", "meta", "link", "hr", "wbr"):
            self.next_id += 1
            self.stack.append(self.next_id)

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self.in_nav = False
        if tag not in ("br", "img", "input", "meta", "link", "hr", "wbr") and self.stack:
            self.stack.pop()

    def unlabelled(self) -> list[str]:
        return [href for parent, href in self.links if self.pending.get(parent)]


def record_pages(site: Path) -> list[Path]:
    return [p for folder in RECORD_FOLDERS for p in sorted((site / "catalogus" / folder).glob("*.html"))
            if p.name != "index.html"]


def test_every_link_between_records_says_whose_it_is(site_dir: Path) -> None:
    missing = {}
    checked = 0
    for page in record_pages(site_dir):
        parser = LinkParents()
        parser.feed(page.read_text("utf-8"))
        checked += len(parser.links)
        if parser.unlabelled():
            missing[page.relative_to(site_dir).as_posix()] = parser.unlabelled()
    assert missing == {}
    assert checked > 0  # the parser saw record links at all


def test_link_check_notices_an_unlabelled_link() -> None:
    parser = LinkParents()
    parser.feed('<article><ul><li><a href="../producten/a.html">A</a> <span class="herkomst">x</span></li>'
                '<li><a href="../producten/b.html">B</a></li></ul></article>')
    assert parser.unlabelled() == ["../producten/b.html"]


def yaml_record(kind_folder: str, record_id: str) -> dict:
    return yaml.safe_load((ROOT / "catalog" / kind_folder / f"{record_id}.yaml").read_text("utf-8"))


def test_no_page_claims_a_check_or_an_owner_the_data_does_not_record(site_dir: Path) -> None:
    for page in sorted((site_dir / "catalogus/producten").glob("*.html")):
        if page.name == "index.html":
            continue
        record = yaml_record("producten", page.stem)
        html = page.read_text("utf-8")
        if record.get("verificaties"):
            assert "Gecontroleerd op" in html, page.name
        else:
            assert "Gecontroleerd op" not in html, page.name
            assert "Nog niet gecontroleerd bij de aanbieder." in html, page.name
        if "beheer" not in record:
            assert "bijgehouden door de redactie van deze site" in html, page.name
    for page in record_pages(site_dir):
        assert "laatst gecontroleerd" not in page.read_text("utf-8").lower(), page.name


# --- the verification states on a small fixture --------------------------------------------------

PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
IN_DEVELOPMENT = "catalog/producten/ontwikkeltraject-goed-samenspel.yaml"


def check_block(date: str, outcome: str = "bestaat-nog") -> str:
    return (f"verificaties:\n  - datum: {date}\n    door: redactie\n    methode: navraag-aanbieder\n"
            f"    uitkomst: {outcome}\n")


def set_state(project: Path, product: str, extra: str) -> None:
    file = project / product
    file.write_text(file.read_text("utf-8") + extra, "utf-8")


def page_of(project: Path, product_id: str) -> str:
    """The generated Markdown of a product page, with Markdown's backslash escapes removed."""
    text = generate(project, TODAY).files[f"producten/{product_id}.md"]
    return re.sub(r"\\(.)", r"\1", text)


def beheer(project: Path) -> str:
    return generate(project, TODAY).files["beheer.md"]


def stale(project: Path) -> str:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "stale"],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_each_check_state_is_shown_and_counted(project: Path) -> None:
    # never checked
    assert generate(project, TODAY).ok
    assert "Nog niet gecontroleerd bij de aanbieder." in page_of(project, "training-lokale-driehoek")
    assert "| de redactie van deze site | 0 | 2 | 0 | 0 |" in beheer(project)

    # checked recently with the provider
    set_state(project, PRODUCT, check_block("2026-10-01"))
    assert generate(project, TODAY).ok
    page = page_of(project, "training-lokale-driehoek")
    assert "Gecontroleerd op 1 oktober 2026 via navraag bij de aanbieder: bestaat nog." in page
    assert "| 1 oktober 2026 | redactie | via navraag bij de aanbieder | bestaat nog |" in page
    assert "| de redactie van deze site | 0 | 1 | 0 | 1 |" in beheer(project)

    # a planning date that passed without anyone finding out
    development = project / IN_DEVELOPMENT
    text = development.read_text("utf-8")
    assert "status: voorgesteld" in text
    development.write_text(text.replace("status: voorgesteld", "status: in-ontwikkeling\nplanning: Q2 2020\n"
                                        "verwacht_voor: 2020-06-30"), "utf-8")
    assert generate(project, TODAY).ok
    page = page_of(project, "ontwikkeltraject-goed-samenspel")
    assert "Planning volgens het rapport (maart 2020): Q2 2020. Die datum is voorbij; of het product is " \
           "verschenen, is nog niet nagegaan." in page
    assert "| de redactie van deze site | 1 | 0 | 0 | 1 |" in beheer(project)

    # checked long ago
    file = project / PRODUCT
    file.write_text(file.read_text("utf-8").replace("2026-10-01", "2023-05-01"), "utf-8")
    assert generate(project, TODAY).ok
    assert "Controle nodig" in page_of(project, "training-lokale-driehoek")
    report = stale(project)
    assert "Planning verstreken, niet nagegaan of het product is verschenen: 1" in report
    assert "Langer dan 24 maanden geleden gecontroleerd: 1" in report
    assert "catalog/producten/ontwikkeltraject-goed-samenspel.yaml (beheerder: de redactie van deze site)" \
        in report.split("Planning verstreken, niet nagegaan of het product is verschenen (1):")[1]


def test_an_organisation_keeps_a_record_only_where_it_agreed(project: Path) -> None:
    set_state(project, PRODUCT, "beheer:\n  organisatie: ngb\n  afgesproken: 2026-09-01\n")
    assert generate(project, TODAY).ok
    assert "Dit record wordt bijgehouden door NGB." in page_of(project, "training-lokale-driehoek")
    assert "Dit record wordt bijgehouden door de redactie van deze site." in \
        page_of(project, "ontwikkeltraject-goed-samenspel")


def linked_from_either_side(knelpunt: dict) -> set[str]:
    """Product ids the YAML links to a knelpunt: its report tables, its own 'producten', and
    every product that lists it under 'knelpunten'."""
    ids = set(knelpunt.get("producten", []))
    for row in knelpunt.get("ondersteuningsbehoefte", []):
        for field in ("bestaande_ondersteuning", "voorstellen", "voorstel_bouwt_voort_op"):
            ids |= set(row.get(field, []))
    for row in knelpunt.get("oplossingsrichtingen", []):
        ids |= set(row.get("voorstellen", []))
    for file in (ROOT / "catalog/producten").glob("*.yaml"):
        product = yaml.safe_load(file.read_text("utf-8"))
        if knelpunt["id"] in product.get("knelpunten", []):
            ids.add(product["id"])
    return ids


def test_every_knelpunt_page_lists_the_products_linked_from_either_side(site_dir: Path) -> None:
    section = re.compile(r'<h2 id="alle-ondersteuning-bij-dit-knelpunt".*?(?=<h2 )', re.S)
    for file in sorted((ROOT / "catalog/knelpunten").glob("*.yaml")):
        knelpunt = yaml.safe_load(file.read_text("utf-8"))
        html = (site_dir / f"catalogus/knelpunten/{knelpunt['id']}.html").read_text("utf-8")
        shown = set(re.findall(r'href="\.\./producten/([a-z0-9-]+)\.html"', section.search(html).group(0)))
        assert shown == linked_from_either_side(knelpunt), knelpunt["id"]
