"""The validated catalog as one structure: normalised records in reading order, and every link
between records in both directions, each saying whose it is.

A link is either stated by a source (the report's tables, the handbook) with the passage, or
added by the editors. Pages show that difference; nothing here decides how.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.catalog import Index
from generator.records import Record, normalise
from generator.schemas import Term, resolved_schemas
from generator.text import dutch_source_date

PHASES = ("1", "2", "3", "preventief")
STATUS_ORDER = ("bestaand", "in-ontwikkeling", "voorgesteld", "gearchiveerd")
# verification states of a product, in the order the editors' pages list them
CHECK_STATES = ("planning-verstreken", "nooit", "verouderd", "actueel")


@dataclass(frozen=True)
class Settings:
    """Site-wide choices from mkdocs.yml `extra`."""

    check_max_months: int = 24
    product_max_years: int = 10
    redactie: str = "de redactie van deze site"
    meld_url: str = ""  # mailto: or https: address where readers report a record that is no longer right


@dataclass(frozen=True)
class Link:
    """A link to the record `target`: stated by the source `bron` at `passage`, or, when `bron`
    is empty, added by the editors. `rol` says what the report's table calls the product."""

    target: str
    bron: str = ""
    passage: str = ""
    rol: str = ""

    @property
    def by_editors(self) -> bool:
        return not self.bron


Links = dict[str, list[Link]]


@dataclass(frozen=True)
class Site:
    knelpunten: dict[str, Record]
    producten: dict[str, Record]
    instrumenten: dict[str, Record]
    bronnen: dict[str, Record]
    praktijkvoorbeelden: dict[str, Record]
    aanbieders: dict[str, Record]
    fasen: dict[str, Record]
    routes: dict[str, Record]
    vragenlijst: Record | None
    terms: dict[str, dict[str, Term]]
    paths: dict[tuple[str, str], str]
    originals: dict[tuple[str, str], Record]  # as the YAML says it, for the open data
    handwritten: frozenset[str]  # hand-written pages under docs/, as paths from docs/
    today: dt.date
    settings: Settings
    product_knelpunten: Links
    knelpunt_producten: Links
    product_instrumenten: Links
    instrument_producten: Links
    knelpunt_instrumenten: Links
    instrument_knelpunten: Links
    knelpunt_gerelateerd: Links
    knelpunt_praktijk: Links
    praktijk_knelpunten: Links
    instrument_stellingen: Links

    @property
    def knelpunten_of_product(self) -> dict[str, list[str]]:
        """Ids of every knelpunt a product serves, from either side."""
        return {p: [link.target for link in links] for p, links in self.product_knelpunten.items()}

    def label(self, taxonomy: str, value: str) -> str:
        term = self.terms[taxonomy].get(value)
        return term.label if term else value

    def labels(self, taxonomy: str, values: Iterable[str]) -> str:
        return ", ".join(self.label(taxonomy, v) for v in values)

    def ladder(self, phase: str) -> list[str]:
        """Instrument ids of a phase, alphabetical as in the handbook."""
        return [i for i, r in self.instrumenten.items() if phase in r["fasen"]]

    def products_by_status(self, ids: Iterable[str]) -> list[Record]:
        """Products in reading order: existing first, then in development, proposals, archived."""
        records = [self.producten[i] for i in dict.fromkeys(ids) if i in self.producten]
        return sorted(records, key=lambda r: (STATUS_ORDER.index(r["status"]), r["titel"].lower()))

    def source_name(self, document_id: str) -> str:
        """How a page names a source in a sentence: 'het rapport (maart 2020)'."""
        source = self.bronnen[document_id]
        name = source["korte_naam"] or source["titel"]
        return f"{name} ({dutch_source_date(source['verschenen'])})" if source["verschenen"] else name

    def check_state(self, product: Record) -> str:
        """One of CHECK_STATES: a passed planning date not followed up, never checked with the
        provider, checked longer ago than the limit, or checked recently."""
        checks = product["verificaties"]
        due = product["verwacht_voor"]
        if product["status"] == "in-ontwikkeling" and due and due < self.today.isoformat() \
                and not any(c["datum"] > due for c in checks):
            return "planning-verstreken"
        if not checks:
            return "nooit"
        last = dt.date.fromisoformat(checks[-1]["datum"])
        months = (self.today.year - last.year) * 12 + self.today.month - last.month
        return "verouderd" if months > self.settings.check_max_months else "actueel"

    def is_old_product(self, product: Record) -> bool:
        year = product["jaar"]
        return product["status"] != "gearchiveerd" and isinstance(year, int) \
            and self.today.year - year > self.settings.product_max_years

    def manager(self, record: Record) -> str:
        """Who keeps a record up to date: an organisation that agreed to, else the editors."""
        beheer = record.get("beheer")
        return self.aanbieders[beheer["organisatie"]]["naam"] if beheer else self.settings.redactie


# --- ordering --------------------------------------------------------------------------------


def _sorted(records: dict[str, Record], key: Callable[[Record], Any]) -> dict[str, Record]:
    return dict(sorted(records.items(), key=lambda item: key(item[1])))


def _knelpunt_order(record: Record) -> tuple[int, str]:
    number = record["nummer"]
    chapter = 1 if number.startswith("wgr") else 0
    return chapter, number.replace("-", ".").zfill(8) if chapter == 0 else number


# --- links -----------------------------------------------------------------------------------


def _both_ways(pairs: Iterable[tuple[str, Link]]) -> tuple[Links, Links]:
    """(source id, link to target) pairs as forward and reverse link lists. A pair stated by a
    source wins over the same pair added by the editors; each pair appears once."""
    forward: dict[str, dict[str, Link]] = defaultdict(dict)
    for source, link in pairs:
        known = forward[source].get(link.target)
        if known is None or (known.by_editors and not link.by_editors):
            forward[source][link.target] = link
    reverse: dict[str, dict[str, Link]] = defaultdict(dict)
    for source, links in forward.items():
        for link in links.values():
            reverse[link.target][source] = Link(source, link.bron, link.passage, link.rol)
    return ({k: list(v.values()) for k, v in forward.items()},
            {k: list(v.values()) for k, v in reverse.items()})


def _report_pairs(knelpunt: Record) -> Iterable[tuple[str, Link]]:
    """Knelpunt → product links that the report's tables state, with the passage."""
    ref = knelpunt["bron"][0]
    section = f"§ {ref['sectie']}" if ref["sectie"] else ""
    table = f"{section}, tabel ondersteuningsbehoefte".lstrip(", ")
    for row in knelpunt["ondersteuningsbehoefte"]:
        for field, rol in (("bestaande_ondersteuning", "bestaand"), ("voorstellen", "voorstel"),
                           ("voorstel_bouwt_voort_op", "basis")):
            for product in row[field]:
                yield knelpunt["id"], Link(product, ref["document"], table, rol)
    for row in knelpunt["oplossingsrichtingen"]:
        for product in row["voorstellen"]:
            passage = f"{section}, oplossingsrichtingen"
            yield knelpunt["id"], Link(product, ref["document"], passage, "voorstel")


def _knelpunt_product_pairs(knelpunten: dict[str, Record],
                            producten: dict[str, Record]) -> Iterable[tuple[str, Link]]:
    for knelpunt in knelpunten.values():
        yield from _report_pairs(knelpunt)
        yield from ((knelpunt["id"], Link(p)) for p in knelpunt["producten"])
    for product in producten.values():
        yield from ((k, Link(product["id"])) for k in product["knelpunten"])


def _instrument_product_pairs(instrumenten: dict[str, Record],
                              producten: dict[str, Record]) -> Iterable[tuple[str, Link]]:
    for instrument in instrumenten.values():
        for support in instrument["ondersteuning"]:
            ref = support["bron"][0] if support["bron"] else {"document": "", "sectie": ""}
            yield instrument["id"], Link(support["product"], ref["document"], ref["sectie"])
    for product in producten.values():
        yield from ((i, Link(product["id"])) for i in product["instrumenten"])


def _editors_pairs(records: dict[str, Record], field: str) -> Iterable[tuple[str, Link]]:
    return ((r["id"], Link(target)) for r in records.values() for target in r[field])


def _reverse_only(pairs: Iterable[tuple[str, Link]]) -> Links:
    return _both_ways(pairs)[1]


def _related(knelpunten: dict[str, Record]) -> Links:
    """'gerelateerd' is symmetric: a knelpunt shows the ones it names and the ones naming it."""
    forward, reverse = _both_ways(_editors_pairs(knelpunten, "gerelateerd"))
    merged = {k: list({link.target: link for link in [*forward.get(k, []), *reverse.get(k, [])]}.values())
              for k in knelpunten}
    return _in_order(merged, knelpunten)


# --- building --------------------------------------------------------------------------------

ORDER: dict[str, Callable[[Record], Any]] = {
    "knelpunt": _knelpunt_order,
    "product": lambda r: r["titel"].lower(),
    "instrument": lambda r: r["titel"].lower(),
    "bron": lambda r: (r["soort"], r["titel"].lower()),
    "praktijkvoorbeeld": lambda r: r["titel"].lower(),
    "aanbieder": lambda r: r["naam"].lower(),
    "fase": lambda r: PHASES.index(r["fase"]),
    "route": lambda r: r["titel"].lower(),
}


def build_site(index: Index, root: Path, terms: dict[str, dict[str, Term]], today: dt.date,
               settings: Settings) -> Site:
    """Normalise and order the records and derive every link in both directions."""
    schemas = resolved_schemas(root)
    kinds = {kind: _sorted({i: normalise(d.data, schemas[kind]) for i, d in index[kind].items()}, key)
             for kind, key in ORDER.items()}
    questionnaire = next((normalise(d.data, schemas["vragenlijst"])
                          for d in index["vragenlijst"].values()), None)
    providers = {i: Term(i, r["naam"], r["volledige_naam"]) for i, r in kinds["aanbieder"].items()}
    knelpunt_producten, product_knelpunten = _both_ways(
        _knelpunt_product_pairs(kinds["knelpunt"], kinds["product"]))
    instrument_producten, product_instrumenten = _both_ways(
        _instrument_product_pairs(kinds["instrument"], kinds["product"]))
    knelpunt_instrumenten, instrument_knelpunten = _both_ways(
        _editors_pairs(kinds["knelpunt"], "instrumenten"))
    praktijk_knelpunten, knelpunt_praktijk = _both_ways(
        _editors_pairs(kinds["praktijkvoorbeeld"], "knelpunten"))
    statements = {s["id"]: s for s in (questionnaire or {}).get("stellingen", [])}
    return Site(
        knelpunten=kinds["knelpunt"],
        producten=kinds["product"],
        instrumenten=kinds["instrument"],
        bronnen=kinds["bron"],
        praktijkvoorbeelden=kinds["praktijkvoorbeeld"],
        aanbieders=kinds["aanbieder"],
        fasen=kinds["fase"],
        routes=kinds["route"],
        vragenlijst=questionnaire,
        terms={**terms, "aanbieder": providers},
        paths={(kind, i): d.path for kind, docs in index.items() for i, d in docs.items()},
        originals={(kind, i): d.data for kind, docs in index.items() for i, d in docs.items()},
        handwritten=frozenset(p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*.md")),
        today=today,
        settings=settings,
        product_knelpunten=_in_order(product_knelpunten, kinds["knelpunt"]),
        knelpunt_producten=knelpunt_producten,
        product_instrumenten=product_instrumenten,
        instrument_producten=instrument_producten,
        knelpunt_instrumenten=knelpunt_instrumenten,
        instrument_knelpunten=_in_order(instrument_knelpunten, kinds["knelpunt"]),
        knelpunt_gerelateerd=_related(kinds["knelpunt"]),
        knelpunt_praktijk=knelpunt_praktijk,
        praktijk_knelpunten=praktijk_knelpunten,
        instrument_stellingen=_reverse_only(_editors_pairs(statements, "instrumenten")),
    )


def _in_order(links: Links, records: dict[str, Record]) -> Links:
    """Links sorted in the reading order of their targets."""
    order = {record_id: n for n, record_id in enumerate(records)}
    return {k: sorted(v, key=lambda link: order[link.target]) for k, v in links.items()}
