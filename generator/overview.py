"""The product overview: its facets, the product data that the browser filters, and its pages.

Page 1 (producten/index.md) holds the filter form and the first PAGE_SIZE products as cards;
the further pages (productenlijst/pagina-<n>.md) hold the next cards, so that every
product is reachable without JavaScript. In the browser, docs/assets/js/producten-page.mjs
reads data/overzicht.json and filters, counts and pages over the whole set.

Records are read through `site` only: normalised dicts with every key of
catalog/schema/product.schema.json (absent values are empty or None).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.model import Links, Site
from generator.search import terms_by_record

Record = dict[str, Any]
Terms = dict[tuple[str, str], list[str]]  # (kind, id) → zoektermen
# render.py's page(template, depth, view): the Markdown of a template filled with a view
Page = Callable[[str, int, dict[str, Any]], str]

PAGE_SIZE = 20
DATA_FILE = "data/overzicht.json"
INDEX_PAGE = "producten/index.md"
# A folder of its own at the depth of the record folders: no id can clash with a page name,
# and the pages need no other Content-Security-Policy hash than the record pages.
FURTHER_PAGE = "productenlijst/pagina-{number}.md"
SENTENCE_END = re.compile(r"(?<=[.!?])\s")
SHORT_TEXT = 220


@dataclass(frozen=True)
class Facet:
    id: str
    label: str
    field: str
    taxonomy: str


# In the order of the form. "jaar" and "knelpunt" are derived, not taxonomy fields.
FACETS = (
    Facet("doelgroep", "Doelgroep", "doelgroepen", "doelgroep"),
    Facet("thema", "Thema", "themas", "productthema"),
    Facet("knelpunt", "Knelpunt", "", ""),
    Facet("type", "Type", "typen", "producttype"),
    Facet("aanbieder", "Aanbieder", "aanbieders", "aanbieder"),
    Facet("status", "Status", "status", "status"),
    Facet("jaar", "Jaar", "", ""),
)
YEAR_WORDS = ("doorlopend", "onbekend")


def active_products(site: Site) -> list[Record]:
    """Every product that is not archived, in the site's reading order (by title)."""
    return [p for p in site.producten.values() if p["status"] != "gearchiveerd"]


def year_value(product: Record) -> str:
    """The year facet's value: the year, "doorlopend" or "onbekend"."""
    if isinstance(product["jaar"], int):
        return str(product["jaar"])
    if "doorlopend" in product["looptijd"].lower():
        return "doorlopend"
    return "onbekend"


def _targets(links: Links, record_id: str) -> list[str]:
    """The ids a record links to (site links in both directions, whoever made them)."""
    return [link.target for link in links.get(record_id, [])]


def facet_values(site: Site, product: Record) -> dict[str, list[str]]:
    """The ids a product has in each facet."""
    values = {f.id: _as_list(product[f.field]) for f in FACETS if f.field}
    values["knelpunt"] = _targets(site.product_knelpunten, product["id"])
    values["jaar"] = [year_value(product)]
    return values


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def _options(site: Site, facet: Facet) -> list[tuple[str, str]]:
    """(id, label) of every value a facet can have, in the order of the form."""
    if facet.id == "knelpunt":
        return [(k, r["titel"]) for k, r in site.knelpunten.items()]
    return [(t.id, t.label) for t in site.terms[facet.taxonomy].values()]


def facets(site: Site, products: list[Record]) -> list[dict[str, Any]]:
    """Each facet with the values that occur among the products and how often."""
    values = [facet_values(site, p) for p in products]
    result = []
    for facet in FACETS:
        counts = Counter(v for product in values for v in product[facet.id])
        if facet.id == "jaar":
            years = sorted((y for y in counts if y.isdigit()), reverse=True)
            options = [(y, y.capitalize()) for y in [*years, *YEAR_WORDS]]
        else:
            options = _options(site, facet)
        result.append({"id": facet.id, "label": facet.label, "waarden": [
            {"id": i, "label": label, "aantal": counts[i]} for i, label in options if counts[i]]})
    return result


def short_text(text: str) -> tuple[str, str]:
    """A description's first sentence (cut at a word if it is long) for the card, and the text
    that the card leaves out, for matching."""
    first, rest = [*SENTENCE_END.split(" ".join(text.split()), maxsplit=1), ""][:2]
    if len(first) <= SHORT_TEXT:
        return first, rest
    return first[:SHORT_TEXT].rsplit(" ", 1)[0] + " …", f"{first} {rest}"


def time_text(product: Record) -> str:
    """What the card says about when: the year, or the duration ("Doorlopend", "2015 - heden")."""
    return str(product["jaar"]) if product["jaar"] is not None else product["looptijd"]


def _search_terms(site: Site, product: Record, terms: Terms) -> tuple[list[str], list[str]]:
    """The zoektermen of groups pointing to the product itself, and of groups pointing to a
    knelpunt it serves or an instrument it helps with (ranked lower in the browser)."""
    own = terms.get(("product", product["id"]), [])
    linked = [("knelpunt", k) for k in _targets(site.product_knelpunten, product["id"])]
    linked += [("instrument", i) for i in _targets(site.product_instrumenten, product["id"])]
    related = [t for key in linked for t in terms.get(key, [])]
    return own, [t for t in dict.fromkeys(related) if t not in own]


def product_entry(site: Site, product: Record, terms: Terms) -> dict[str, Any]:
    """What a card shows and what the browser matches a product on."""
    providers = product["aanbieders"]
    own, related = _search_terms(site, product, terms)
    short, rest = short_text(product["omschrijving"])
    details = [site.labels("producttype", product["typen"]), site.labels("aanbieder", providers),
               time_text(product)]
    return {
        "id": product["id"],
        "titel": product["titel"],
        "status": product["status"],
        "statuslabel": site.label("status", product["status"]),
        "planning": product["planning"],
        "kort": short,
        "kenmerken": " · ".join(d for d in details if d),
        "voor": site.labels("doelgroep", product["doelgroepen"]),
        "waarden": facet_values(site, product),
        "termen": own,
        "verwant": related,
        "tekst": " ".join([rest, product["categorie"],
                           *(site.terms["aanbieder"][a].description for a in providers)]),
    }


def overview_data(site: Site, groups: list[Record]) -> dict[str, Any]:
    """Facets and product entries of every active product, for the browser and the pages."""
    products = active_products(site)
    terms = terms_by_record(groups)
    return {"facetten": facets(site, products), "paginagrootte": PAGE_SIZE,
            "producten": [product_entry(site, p, terms) for p in products]}


def page_numbers(current: int, total: int) -> list[int | None]:
    """Page links around the current page, with None where numbers are left out:
    1 … 4 5 [6] 7 8 … 20."""
    shown = {1, total, *range(current - 2, current + 3)}
    numbers: list[int | None] = []
    for number in sorted(n for n in shown if 1 <= n <= total):
        if numbers and numbers[-1] is not None and number > numbers[-1] + 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def overview_pages(site: Site, groups: list[Record], page: Page) -> dict[str, str]:
    """The overview's Markdown pages and its data file (paths relative to catalogus/)."""
    data = overview_data(site, groups)
    entries = data["producten"]
    total = max(1, -(-len(entries) // PAGE_SIZE))
    archived = [p for p in site.producten.values() if p["status"] == "gearchiveerd"]
    files = {
        INDEX_PAGE: page("producten.md.j2", 1, {
            "facetten": data["facetten"], "kaarten": entries[:PAGE_SIZE], "aantal": len(entries),
            "paginas": page_numbers(1, total), "totaal": total, "paginagrootte": PAGE_SIZE,
            "gearchiveerd": archived}),
        DATA_FILE: json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
    }
    for number in range(2, total + 1):
        start = (number - 1) * PAGE_SIZE
        files[FURTHER_PAGE.format(number=number)] = page("producten-pagina.md.j2", 1, {
            "kaarten": entries[start:start + PAGE_SIZE], "aantal": len(entries), "nummer": number,
            "paginas": page_numbers(number, total), "totaal": total, "eerste": start + 1})
    return files
