"""What a record page says about where its content comes from and who checked it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Record, Site
from generator.text import dutch_date

CHECK_SENTENCES = {
    "nooit": "Nog niet gecontroleerd bij de aanbieder.",
    "planning-verstreken": "Nog niet gecontroleerd bij de aanbieder.",
}


@dataclass(frozen=True)
class Citation:
    titel: str
    anchor: str
    sectie: str


@dataclass(frozen=True)
class Check:
    datum: str
    door: str
    methode: str
    uitkomst: str
    url: str
    toelichting: str


@dataclass(frozen=True)
class Provenance:
    """The 'Bron' section of a record page."""

    citaties: list[Citation]
    zin: str  # "Volgens het rapport (maart 2020). Nog niet gecontroleerd bij de aanbieder."
    controles: list[Check]
    beheer: str


def according_to(site: Site, record: Record) -> str:
    """'Volgens het rapport (maart 2020) en het handboek.' for the sources a record cites."""
    documents = list(dict.fromkeys(ref["document"] for ref in record["bron"]))
    names = [site.source_name(d) for d in documents]
    return f"Volgens {' en '.join(names)}." if names else ""


def check_sentence(site: Site, record: Record) -> str:
    """Whether and how the editors checked a product or provider with the provider."""
    state = site.check_state(record) if "status" in record else (
        "nooit" if not record["verificaties"] else "actueel")
    if state in CHECK_SENTENCES:
        return CHECK_SENTENCES[state]
    last = record["verificaties"][-1]
    how = site.label("controlemethode", last["methode"])
    outcome = site.label("controle_uitkomst", last["uitkomst"])
    return f"Gecontroleerd op {dutch_date(last['datum'])} {how}: {outcome}."


def _checks(site: Site, record: Record) -> list[Check]:
    return [Check(dutch_date(c["datum"]), c["door"], site.label("controlemethode", c["methode"]),
                  site.label("controle_uitkomst", c["uitkomst"]), c["url"], c["toelichting"])
            for c in record.get("verificaties", [])]


def provenance(site: Site, record: Record, verifiable: bool = False) -> Provenance:
    """Sources, the honest state of checks (for products and providers), and who keeps it."""
    citations = [Citation(site.bronnen[ref["document"]]["titel"], ref["document"], ref["sectie"])
                 for ref in record["bron"]]
    sentence = according_to(site, record)
    if verifiable:
        sentence = f"{sentence} {check_sentence(site, record)}".strip()
    manager = site.manager(record)
    return Provenance(citations, sentence, _checks(site, record) if verifiable else [],
                      f"Dit record wordt bijgehouden door {manager}.")
