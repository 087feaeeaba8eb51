"""Render the site model into Markdown pages and data files (path → content).

Pure: nothing is written here. Paths are relative to the generated folder catalogus/.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.model import Record, Site
from generator.overview import overview_pages
from generator.questionnaire import questionnaire_data
from generator.rules import GROUPS, RULES
from generator.schemas import SCHEMA_FILES
from generator.search import record_terms, spelling_file, zoekterm_groups
from generator.text import (
    as_htm_renders,
    csv_cell,
    dutch_date,
    finalize,
    html_text,
    json_for_script,
    paragraphs,
)
from generator.urls import page_url
from generator.views import overviews, records

TEMPLATES = Path(__file__).parent / "templates"
@cache
def environment() -> Environment:
    """One environment per process: templates compile once and reload when their file changes."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        finalize=finalize,
        # `finalize` escapes every printed plain string for Markdown; autoescape makes
        # macro output and `|h` results Markup, so they are not escaped a second time.
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(paras=paragraphs, h=html_text, json_script=json_for_script, datum=dutch_date,
                       as_htm_renders=as_htm_renders)
    env.globals.update(BR=Markup("<br>"))
    return env


def open_data(site: Site) -> dict[str, str]:
    """The whole catalog as JSON and the products as a semicolon-separated CSV."""
    def originals(kind: str, records: dict[str, Record]) -> list[Record]:
        return [site.originals[(kind, i)] for i in records]

    catalog = {"knelpunten": originals("knelpunt", site.knelpunten),
               "producten": originals("product", site.producten),
               "instrumenten": originals("instrument", site.instrumenten),
               "bronnen": originals("bron", site.bronnen),
               "praktijkvoorbeelden": originals("praktijkvoorbeeld", site.praktijkvoorbeelden),
               "aanbieders": originals("aanbieder", site.aanbieders),
               "fasen": originals("fase", site.fasen),
               "routes": originals("route", site.routes),
               "vragenlijst": site.originals.get(("vragenlijst", "vragenlijst"))}
    text = json.dumps(catalog, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    return {"data/catalogus.json": text, "data/producten.csv": products_csv(site)}


CSV_FIELDS = ("id", "titel", "status", "omschrijving", "categorie", "themas", "doelgroepen",
              "aanbieders", "typen", "jaar", "looptijd", "planning", "url", "knelpunten")


def products_csv(site: Site) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for product in site.producten.values():
        writer.writerow([
            csv_cell("|".join(v) if isinstance(v := product.get(f, ""), list) else v) for f in CSV_FIELDS])
    return out.getvalue()


def schema_copies(root: Path) -> dict[str, str]:
    """The JSON Schemas, published so that editors' tools can use them."""
    files = [root / f for f in SCHEMA_FILES.values()]
    files += [root / "catalog/schema/common.schema.json", root / "catalog/schema/taxonomie.schema.json"]
    return {f"schema/{f.name}": f.read_text("utf-8") for f in files}


RECORD_PAGES: dict[str, Callable[[Site, Record], dict[str, Any]]] = {
    "knelpunt": records.knelpunt_page,
    "product": records.product_page,
    "instrument": records.instrument_page,
    "praktijkvoorbeeld": records.praktijk_page,
    "aanbieder": records.aanbieder_page,
    "fase": records.fase_page,
    "route": records.route_page,
}


def _records_of(site: Site, kind: str) -> dict[str, Record]:
    return {"knelpunt": site.knelpunten, "product": site.producten, "instrument": site.instrumenten,
            "praktijkvoorbeeld": site.praktijkvoorbeelden, "aanbieder": site.aanbieders,
            "fase": site.fasen, "route": site.routes}[kind]


def render_pages(site: Site) -> dict[str, str]:
    env = environment()
    groups = zoekterm_groups(site)
    also_searched_as = record_terms(site, groups)

    def page(template: str, depth: int, view: dict[str, Any]) -> str:
        return env.get_template(template).render(base="../" * depth, ook_gezocht=also_searched_as,
                                                 **view)

    pages = {
        "_tellingen.md": page("tellingen.md.j2", 0, overviews.tellingen(site)),
        "_controles.md": page("controles.md.j2", 0, {"groepen": GROUPS, "regels": RULES}),
        "knelpunten/index.md": page("knelpunten.md.j2", 1, overviews.knelpunten_page(site)),
        **overview_pages(site, groups, page),
        "rollen/index.md": page("rollen.md.j2", 1, overviews.rollen_page(site)),
        "aanbieders/index.md": page("aanbieders.md.j2", 1, overviews.aanbieders_page(site)),
        "routes/index.md": page("routes.md.j2", 1, overviews.routes_page(site)),
        "ladder.md": page("ladder.md.j2", 0, overviews.ladder_page(site)),
        "ontbrekend.md": page("ontbrekend.md.j2", 0, overviews.ontbrekend_page(site)),
        "beheer.md": page("beheer.md.j2", 0, overviews.beheer_page(site)),
        "bronnen.md": page("bronnen.md.j2", 0, overviews.bronnen_page(site)),
        "zelfscan.md": page("zelfscan.md.j2", 0, {"v": site.vragenlijst, "data": questionnaire_data(site)}),
        "landkaart.md": page("landkaart.md.j2", 0, {"l": (site.vragenlijst or {}).get("landkaart")}),
    }
    for kind, view in RECORD_PAGES.items():
        for record_id, record in _records_of(site, kind).items():
            pages[page_url(kind, record_id)] = page(f"{kind}.md.j2", 1, view(site, record))
    for slug in overviews.ROLES:
        pages[page_url("rol", slug)] = page("rol.md.j2", 1, overviews.rol_page(site, slug))
    return pages


def render_all(site: Site, root: Path) -> dict[str, str]:
    """Every generated file: pages, open data and published schemas."""
    return {**render_pages(site), **open_data(site), **schema_copies(root),
            **spelling_file(zoekterm_groups(site))}
