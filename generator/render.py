"""Render the site model into Markdown pages and data files (path → content).

Pure: nothing is written here. Paths are relative to the generated folder docs/catalogus/.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.model import PHASES, STATUS_ORDER, Record, Site
from generator.overview import overview_pages
from generator.questionnaire import questionnaire_data
from generator.schemas import SCHEMA_FILES
from generator.search import load_groups, record_terms, spelling_file
from generator.text import dutch_date, finalize, html_text, json_for_script, paragraphs
from generator.urls import page_url
from generator.validate import check_descriptions

TEMPLATES = Path(__file__).parent / "templates"
# role page slug → doelgroep value; the order is the order on the site
ROLES = {
    "burgemeester": "burgemeesters",
    "griffier": "griffiers",
    "raadslid": "raadsleden",
    "wethouder": "wethouders",
    "gemeentesecretaris": "gemeentesecretarissen",
    "statenlid": "statenleden",
    "college": "colleges",
    "ambtenaar": "ambtenaren",
}


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
    env.filters.update(paras=paragraphs, h=html_text, json_script=json_for_script, datum=dutch_date)
    env.globals.update(url=page_url, PHASES=PHASES, ROLES=ROLES, BR=Markup("<br>"))
    env.tests["contains"] = lambda values, value: value in values
    return env


def open_data(site: Site) -> dict[str, str]:
    """The whole catalog as JSON and the products as a semicolon-separated CSV."""
    catalog = {"knelpunten": list(site.knelpunten.values()),
               "producten": list(site.producten.values()),
               "instrumenten": list(site.instrumenten.values()),
               "bronnen": list(site.bronnen.values()),
               "praktijkvoorbeelden": list(site.praktijkvoorbeelden.values()),
               "aanbieders": list(site.aanbieders.values()),
               "fasen": list(site.fasen.values()),
               "vragenlijst": site.vragenlijst}
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
            "|".join(v) if isinstance(v := product.get(f, ""), list) else v for f in CSV_FIELDS])
    return out.getvalue()


def schema_copies(root: Path) -> dict[str, str]:
    """The JSON Schemas, published so that editors' tools can use them."""
    files = [root / f for f in SCHEMA_FILES.values()]
    files += [root / "catalog/schema/common.schema.json", root / "catalog/schema/taxonomie.schema.json"]
    return {f"schema/{f.name}": f.read_text("utf-8") for f in files}


def render_pages(site: Site, groups: list[Record]) -> dict[str, str]:
    env = environment()
    also_searched_as = record_terms(site, groups)

    def page(template: str, depth: int, **context: Any) -> str:
        return env.get_template(template).render(site=site, base="../" * depth,
                                                 ook_gezocht=also_searched_as, **context)

    pages = {
        "_tellingen.md": page("tellingen.md.j2", 0, status_order=STATUS_ORDER),
        "_controles.md": page("controles.md.j2", 0, controles=check_descriptions()),
        "knelpunten/index.md": page("knelpunten.md.j2", 1),
        **overview_pages(site, groups, page),
        "rollen/index.md": page("rollen.md.j2", 1),
        "ladder.md": page("ladder.md.j2", 0),
        "ontbrekend.md": page("ontbrekend.md.j2", 0, gebruikte_typen=sorted(
            {t for p in site.producten.values() if p["status"] in ("bestaand", "in-ontwikkeling")
             for t in p["typen"]})),
        "beheer.md": page("beheer.md.j2", 0),
        "bronnen.md": page("bronnen.md.j2", 0),
        "zelfscan.md": page("zelfscan.md.j2", 0, data=questionnaire_data(site)),
        "landkaart.md": page("landkaart.md.j2", 0),
    }
    for kind, records in (("knelpunt", site.knelpunten), ("product", site.producten),
                          ("instrument", site.instrumenten),
                          ("praktijkvoorbeeld", site.praktijkvoorbeelden)):
        for record_id, record in records.items():
            pages[page_url(kind, record_id)] = page(f"{kind}.md.j2", 1, record=record)
    for slug, audience in ROLES.items():
        pages[page_url("rol", slug)] = page("rol.md.j2", 1, slug=slug, doelgroep=audience)
    return pages


def render_all(site: Site, root: Path) -> dict[str, str]:
    """Every generated file: pages, open data and published schemas."""
    groups = load_groups(root)
    return {**render_pages(site, groups), **open_data(site), **schema_copies(root),
            **spelling_file(groups)}
