"""Which knowledge page (docs/kennis/) helps on which generated page.

The rules follow what a page is about: a proposal leads to the report's three lines, a
regional-cooperation topic to the grid of chapter 3, a case to its implementation page. A rule
whose page is not in the catalog's `sitepagina` list, or not among the hand-written pages, is
skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Record, Site

ROLE_PAGES = {
    "burgemeester": (("ondersteuning-verbeteren", "bestaande-ondersteuning"), ("bergen-uitvoering", "")),
    "griffier": (("samenwerking-lijnen", ""), ("ondersteuning-verbeteren", "")),
    "raadslid": (("samenwerking-lijnen", ""), ("ondersteuning-verbeteren", "")),
    "statenlid": (("samenwerking-lijnen", ""), ("ondersteuning-verbeteren", "")),
    "gemeentesecretaris": (("gemeentesecretaris", ""), ("bergen-uitvoering", "")),
    "wethouder": (("ondersteuning-verbeteren", "bestaande-ondersteuning"),),
    "college": (("ondersteuning-verbeteren", "bestaande-ondersteuning"),),
    "ambtenaar": (("leren", ""),),
}
LINES = {"kennisontwikkeling": "lijn-1", "lokaal-en-regionaal-leren": "lijn-2", "goede-ontsluiting": "lijn-3"}


@dataclass(frozen=True)
class Page:
    titel: str
    pad: str  # from docs/, with an anchor when the link points into the page


def pages(site: Site, wanted: tuple[tuple[str, str], ...]) -> list[Page]:
    """The known pages among (sitepagina key, anchor) pairs, each once."""
    known = {k: t for k, t in site.terms["sitepagina"].items() if t.description in site.handwritten}
    found = {key: Page(known[key].label, known[key].description + (f"#{anchor}" if anchor else ""))
             for key, anchor in wanted if key in known}
    return list(found.values())


def for_knelpunt(site: Site, knelpunt: Record) -> list[Page]:
    wanted = []
    rows = knelpunt["ondersteuningsbehoefte"]
    if any(row["voorstellen"] or row["herkomst"] == "onderzoekers" for row in rows) \
            or knelpunt["oplossingsrichtingen"]:
        wanted.append(("ondersteuning-verbeteren", "drie-lijnen"))
    if knelpunt["thema"].startswith("wgr") or "wgr" in knelpunt["wetten"]:
        wanted.append(("samenwerking-lijnen", ""))
    if site.knelpunt_praktijk.get(knelpunt["id"]):
        wanted.append(("bergen-uitvoering", ""))
    return pages(site, tuple(wanted))


def for_product(site: Site, product: Record) -> list[Page]:
    wanted = [("ondersteuning-verbeteren", LINES[line]) for line in product["lijnen"]]
    if product["status"] == "voorgesteld" and not product["lijnen"]:
        wanted.append(("ondersteuning-verbeteren", "drie-lijnen"))
    if "samenwerking" in product["themas"]:
        wanted.append(("samenwerking-lijnen", ""))
    return pages(site, tuple(wanted))


def for_role(site: Site, slug: str) -> list[Page]:
    return pages(site, ROLE_PAGES.get(slug, ()))
