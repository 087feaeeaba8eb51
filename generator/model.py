"""The validated catalog as one typed structure, with the links between records worked out.

Records stay the mappings that the schema checked; this module orders them and derives
the reverse links (a product's knelpunten and instruments, an instrument's statements) so
that templates only read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from generator.catalog import Index, products_named_by
from generator.load import Document
from generator.schemas import Term
from generator.text import dutch_date, dutch_source_date

Record = dict[str, Any]
PHASES = ("1", "2", "3", "preventief")
STATUS_ORDER = ("bestaand", "in-ontwikkeling", "voorgesteld", "gearchiveerd")


@dataclass(frozen=True)
class Settings:
    """How old a check or a product may be before the site marks it."""

    check_max_months: int = 24
    product_max_years: int = 10


@dataclass(frozen=True)
class Site:
    knelpunten: dict[str, Record]
    producten: dict[str, Record]
    instrumenten: dict[str, Record]
    bronnen: dict[str, Record]
    praktijkvoorbeelden: dict[str, Record]
    aanbieders: dict[str, Record]
    fasen: dict[str, Record]
    vragenlijst: Record | None
    terms: dict[str, dict[str, Term]]
    paths: dict[tuple[str, str], str]
    today: dt.date
    settings: Settings
    knelpunten_of_product: dict[str, list[str]]
    instrumenten_of_product: dict[str, list[str]]
    knelpunten_of_instrument: dict[str, list[str]]
    stellingen_of_instrument: dict[str, list[str]]
    praktijk_of_knelpunt: dict[str, list[str]]

    def label(self, taxonomy: str, value: str) -> str:
        term = self.terms[taxonomy].get(value)
        return term.label if term else value

    def labels(self, taxonomy: str, values: list[str]) -> str:
        return ", ".join(self.label(taxonomy, v) for v in values)

    def ladder(self, phase: str) -> list[str]:
        """Instrument ids introduced in a phase, alphabetical as in the handbook."""
        return [i for i, r in self.instrumenten.items() if phase in r.get("fasen", [])]

    def cumulative_ladder(self, phase: str) -> list[str]:
        """Instruments that apply in a phase: its own and those of the lower phases."""
        ids = [i for p in PHASES[: PHASES.index(phase) + 1] for i in self.ladder(p)]
        return list(dict.fromkeys(ids))

    def products_of_knelpunt(self, knelpunt_id: str, statuses: tuple[str, ...]) -> list[Record]:
        """Products with one of the statuses that serve a knelpunt, in reading order."""
        ids = [p for p, ks in self.knelpunten_of_product.items() if knelpunt_id in ks]
        return [r for r in self.products_by_status(ids) if r["status"] in statuses]

    def provenance(self, record: Record, verifiable: bool = False) -> str:
        """The honest state of a record: which source says it, and when; for a product also
        whether and when the editors checked it with the provider."""
        documents = list(dict.fromkeys(ref["document"] for ref in record.get("bron", [])))
        named = [self._source_name(d) for d in documents if d in self.bronnen]
        sentence = f"Volgens {' en '.join(named)}." if named else ""
        if not verifiable:
            return sentence
        last = (record.get("verificaties") or [None])[-1]
        if last is None:
            return f"{sentence} Nog niet gecontroleerd bij de aanbieder.".strip()
        how = self.label("controlemethode", last["methode"])
        outcome = self.label("controle_uitkomst", last["uitkomst"])
        return f"{sentence} Gecontroleerd op {dutch_date(last['datum'])} {how}: {outcome}.".strip()

    def verification_state(self, product: Record) -> str:
        """'planning-verstreken', 'nooit', 'actueel' or 'verouderd' for a product."""
        checks = product.get("verificaties") or []
        due = product.get("verwacht_voor")
        if product["status"] == "in-ontwikkeling" and due and due < self.today.isoformat() \
                and not any(c["datum"] > due for c in checks):
            return "planning-verstreken"
        if not checks:
            return "nooit"
        last = dt.date.fromisoformat(checks[-1]["datum"])
        months = (self.today.year - last.year) * 12 + self.today.month - last.month
        return "verouderd" if months > self.settings.check_max_months else "actueel"

    def _source_name(self, document_id: str) -> str:
        source = self.bronnen[document_id]
        name = source.get("korte_naam") or source["titel"]
        date = source.get("verschenen")
        return f"{name} ({dutch_source_date(date)})" if date else name

    def old_products(self) -> list[Record]:
        return [p for p in self.producten.values()
                if self.is_old_product(p) and p["status"] != "gearchiveerd"]

    def is_old_product(self, record: Record) -> bool:
        year = record.get("jaar")
        return isinstance(year, int) and self.today.year - year > self.settings.product_max_years

    def products_by_status(self, ids: list[str]) -> list[Record]:
        """Products in reading order: existing first, then in development, then proposals."""
        records = [self.producten[i] for i in ids if i in self.producten]
        return sorted(records, key=lambda r: (STATUS_ORDER.index(r["status"]), r["titel"].lower()))


def _sorted_records(documents: dict[str, Document], key: Any) -> dict[str, Record]:
    records = {record_id: doc.data for record_id, doc in documents.items()}
    return dict(sorted(records.items(), key=lambda item: key(item[1])))


def _knelpunt_order(record: Record) -> tuple[int, str]:
    number = record.get("nummer", "")
    chapter = 1 if number.startswith("wgr") else 0
    return chapter, number.replace("-", ".").zfill(8) if chapter == 0 else number


def _reverse(links: dict[str, list[str]]) -> dict[str, list[str]]:
    reverse: dict[str, list[str]] = defaultdict(list)
    for source, targets in links.items():
        for target in targets:
            if source not in reverse[target]:
                reverse[target].append(source)
    return dict(reverse)


def _product_knelpunten(knelpunten: dict[str, Record], producten: dict[str, Record]) -> dict[str, list[str]]:
    """A product serves the knelpunten the report names it for, and those the editors link
    from either side."""
    named = _reverse({k: sorted(products_named_by(r) | set(r.get("producten", [])))
                      for k, r in knelpunten.items()})
    return {
        product_id: [k for k in knelpunten
                     if k in record.get("knelpunten", []) or k in named.get(product_id, [])]
        for product_id, record in producten.items()
    }


def build_site(index: Index, terms: dict[str, dict[str, Term]], today: dt.date,
               settings: Settings) -> Site:
    """Order the records and derive every reverse link."""
    aanbieders = _sorted_records(index["aanbieder"], lambda r: r["naam"].lower())
    providers = {i: Term(i, r["naam"], r["volledige_naam"]) for i, r in aanbieders.items()}
    terms = {**terms, "aanbieder": providers}
    knelpunten = _sorted_records(index["knelpunt"], _knelpunt_order)
    producten = _sorted_records(index["product"], lambda r: r["titel"].lower())
    instrumenten = _sorted_records(index["instrument"], lambda r: r["titel"].lower())
    vragenlijst = next((d.data for d in index["vragenlijst"].values()), None)
    statements = {s["id"]: s.get("instrumenten", []) for s in (vragenlijst or {}).get("stellingen", [])}
    praktijk = _sorted_records(index["praktijkvoorbeeld"], lambda r: r["titel"].lower())
    via_instrument = _reverse({i: [s["product"] for s in r.get("ondersteuning", [])]
                               for i, r in instrumenten.items()})
    return Site(
        knelpunten=knelpunten,
        producten=producten,
        instrumenten=instrumenten,
        bronnen=_sorted_records(index["bron"], lambda r: (r["soort"], r["titel"].lower())),
        praktijkvoorbeelden=praktijk,
        aanbieders=aanbieders,
        fasen=_sorted_records(index["fase"], lambda r: PHASES.index(r["fase"])),
        vragenlijst=vragenlijst,
        terms=terms,
        paths={(kind, i): d.path for kind, docs in index.items() for i, d in docs.items()},
        today=today,
        settings=settings,
        knelpunten_of_product=_product_knelpunten(knelpunten, producten),
        instrumenten_of_product={
            p: list(dict.fromkeys([*via_instrument.get(p, []), *r.get("instrumenten", [])]))
            for p, r in producten.items()
        },
        knelpunten_of_instrument=_reverse({k: r.get("instrumenten", []) for k, r in knelpunten.items()}),
        stellingen_of_instrument=_reverse(statements),
        praktijk_of_knelpunt=_reverse({p: r.get("knelpunten", []) for p, r in praktijk.items()}),
    )
