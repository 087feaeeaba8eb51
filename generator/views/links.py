"""Links between records as pages show them: the title, the page, and whose link it is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Link, Record, Site
from generator.urls import page_url

EDITORS = "suggestie van de redactie"
ROLE_WORDS = {"bestaand": "bestaande ondersteuning volgens", "voorstel": "voorstel van",
              "basis": "basis voor een voorstel van"}


@dataclass(frozen=True)
class Item:
    """A record to link to: `url` is relative to catalogus/; `herkomst` says whose link
    it is ('' where the page states that once for the whole list)."""

    titel: str
    url: str
    herkomst: str
    record: Record


def provenance(site: Site, link: Link) -> str:
    """'suggestie van de redactie', or which source states the link and where."""
    if link.by_editors:
        return EDITORS
    where = f", {link.passage}" if link.passage else ""
    words = ROLE_WORDS.get(link.rol, "genoemd in")
    return f"{words} {site.source_name(link.bron)}{where}"


def item(kind: str, record: Record, herkomst: str = "") -> Item:
    title = record["naam"] if kind == "aanbieder" else record["titel"]
    return Item(title, page_url(kind, record["id"]), herkomst, record)


def items(site: Site, kind: str, records: dict[str, Record], links: Iterable[Link]) -> list[Item]:
    """Linked records in the order of `links`, each with its provenance."""
    return [item(kind, records[link.target], provenance(site, link)) for link in links]


def product_items(site: Site, links: Iterable[Link]) -> list[Item]:
    """Linked products in reading order (existing first), each with its provenance."""
    by_id = {link.target: link for link in links}
    return [item("product", p, provenance(site, by_id[p["id"]]))
            for p in site.products_by_status(by_id)]
