"""Render the site model into Markdown pages and data files (path → content).

Pure: nothing is written here. Paths are relative to the generated folder docs/catalogus/.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.model import Record, Site
from generator.questionnaire import questionnaire_data
from generator.rules import GROUPS, RULES
from generator.schemas import SCHEMA_FILES
from generator.text import csv_cell, dutch_date, finalize, html_text, json_for_script, paragraphs
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
    env.filters.update(paras=paragraphs, h=html_text, json_script=json_for_script, datum=dutch_date)
    env.globals.update(BR=Markup("<br>"))
    return env


def _active(site: Site, ids: list[str] | None = None) -> list[Record]:
    products = site.producten.values() if ids is None else [site.producten[i] for i in ids]
    return [p for p in products if p["status"] != "gearchiveerd"]


def _year_value(product: Record) -> str:
    if isinstance(product.get("jaar"), int):
        return str(product["jaar"])
    if "doorlopend" in product.get("looptijd", "").lower():
        return "doorlopend"
    return "onbekend"


def product_facets(site: Site, products: list[Record]) -> list[dict[str, Any]]:
    """Filter facets with the values that occur and how often, for the overview page."""
    fields = [("doelgroep", "Doelgroep", "doelgroepen", "doelgroep"),
              ("type", "Type", "typen", "producttype"),
              ("aanbieder", "Aanbieder", "aanbieders", "aanbieder"),
              ("status", "Status", "status", "status"),
              ("thema", "Thema", "themas", "productthema")]
    facets = []
    for facet_id, label, field, taxonomy in fields:
        counts = Counter(v for p in products for v in _as_list(p.get(field)))
        values = [{"id": t.id, "label": t.label, "aantal": counts[t.id]}
                  for t in site.terms[taxonomy].values() if counts[t.id]]
        facets.append({"id": facet_id, "label": label, "waarden": values})
    years = Counter(_year_value(p) for p in products)
    order = sorted((y for y in years if y.isdigit()), reverse=True) + [
        y for y in ("doorlopend", "onbekend") if y in years]
    facets.append({"id": "jaar", "label": "Jaar", "waarden": [
        {"id": y, "label": y.capitalize(), "aantal": years[y]} for y in order]})
    return facets


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def search_text(site: Site, product: Record) -> str:
    parts = [product["titel"], product["omschrijving"], product.get("categorie", ""),
             *(site.label("aanbieder", a) for a in product.get("aanbieders", [])),
             *(site.terms["aanbieder"][a].description for a in product.get("aanbieders", [])),
             *(site.label("producttype", t) for t in product.get("typen", []))]
    return " ".join(" ".join(parts).lower().split())


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

    def page(template: str, depth: int, view: dict[str, Any]) -> str:
        return env.get_template(template).render(site=site, base="../" * depth, **view)

    pages = {
        "_tellingen.md": page("tellingen.md.j2", 0, overviews.tellingen(site)),
        "_controles.md": page("controles.md.j2", 0, {"groepen": GROUPS, "regels": RULES}),
        "knelpunten/index.md": page("knelpunten.md.j2", 1, overviews.knelpunten_page(site)),
        "producten/index.md": page("producten.md.j2", 1, {
            "actief": _active(site), "facetten": product_facets(site, _active(site)),
            "zoektekst": lambda p: search_text(site, p), "jaarwaarde": _year_value}),
        "rollen/index.md": page("rollen.md.j2", 1, overviews.rollen_page(site)),
        "aanbieders/index.md": page("aanbieders.md.j2", 1, overviews.aanbieders_page(site)),
        "routes/index.md": page("routes.md.j2", 1, overviews.routes_page(site)),
        "ladder.md": page("ladder.md.j2", 0, overviews.ladder_page(site)),
        "ontbrekend.md": page("ontbrekend.md.j2", 0, overviews.ontbrekend_page(site)),
        "beheer.md": page("beheer.md.j2", 0, overviews.beheer_page(site)),
        "bronnen.md": page("bronnen.md.j2", 0, overviews.bronnen_page(site)),
        "zelfscan.md": page("zelfscan.md.j2", 0, {"data": questionnaire_data(site)}),
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
    return {**render_pages(site), **open_data(site), **schema_copies(root)}
