"""Check loaded documents: schema, values, and references between records.

Every check yields findings; nothing here prints or exits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from difflib import get_close_matches
from pathlib import Path, PurePosixPath
from typing import Any

from generator.catalog import REFERENCES, Index, products_named_by, walk, walk_keys
from generator.findings import Finding, Level, error, warning
from generator.load import Document
from generator.schema_messages import field_name, schema_problems
from generator.schemas import common_patterns, kind_of, validator

KIND_NAMES = {
    "knelpunt": "knelpunt",
    "product": "product",
    "instrument": "instrument",
    "bron": "bron",
    "praktijkvoorbeeld": "praktijkvoorbeeld",
    "aanbieder": "aanbieder",
    "fase": "fase",
    "route": "route",
}
DATE_KEYS = ("datum", "afgesproken", "geraadpleegd", "verwacht_voor")
FIRST_YEAR = 1990

# --- one document at a time -------------------------------------------------------------


def check_schema(document: Document, kind: str, root: Path) -> list[Finding]:
    errors = list(validator(root, kind).iter_errors(document.data))
    problems = schema_problems(document, errors, common_patterns(root))
    return [error(document.path, line, message) for line, message in problems]


def check_dates(document: Document, today: dt.date) -> Iterator[Finding]:
    """Dates must exist on the calendar and may not lie in the future."""
    for path, value in walk_keys(document.data, DATE_KEYS):
        if not isinstance(value, str) or len(value) != 10:
            continue  # the schema reports the form
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: datum '{value}' bestaat niet")
            continue
        if day > today:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: datum {value} ligt in de toekomst "
                        f"(vandaag is {today.isoformat()})")


def check_years(document: Document, today: dt.date) -> Iterator[Finding]:
    """A year lies between 1990 and next year."""
    last = today.year + 1
    for path, value in walk_keys(document.data, ("jaar",)):
        if isinstance(value, int) and not isinstance(value, bool) and not FIRST_YEAR <= value <= last:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: jaar {value} ligt niet tussen {FIRST_YEAR} en {last}")


def check_id_matches_file(document: Document, kind: str) -> Iterator[Finding]:
    """The id of a record equals its file name (without .yaml)."""
    record_id = document.data.get("id")
    stem = PurePosixPath(document.path).stem
    if kind != "vragenlijst" and isinstance(record_id, str) and record_id != stem:
        yield error(document.path, document.line_of(("id",)),
                    f"id '{record_id}' verschilt van de bestandsnaam '{stem}.yaml'; "
                    "maak ze gelijk (hernoem het bestand of pas de id aan)")


def check_document(document: Document, root: Path, today: dt.date) -> list[Finding]:
    kind = kind_of(document.path)
    if kind is None:
        return [error(document.path, 1, "dit bestand staat in een map die de generator niet kent; "
                      "records horen in catalog/knelpunten, catalog/producten, "
                      "catalog/instrumenten, catalog/bronnen of catalog/praktijkvoorbeelden")]
    return [
        *check_schema(document, kind, root),
        *check_dates(document, today),
        *check_years(document, today),
        *check_id_matches_file(document, kind),
    ]


# --- across documents -------------------------------------------------------------------


def build_index(documents: list[Document]) -> tuple[Index, list[Finding]]:
    """Records by kind and id; a second record with the same id is an error."""
    index: Index = {kind: {} for kind in (*KIND_NAMES, "vragenlijst")}
    findings = []
    for document in documents:
        kind = kind_of(document.path)
        record_id = document.data.get("id", "vragenlijst" if kind == "vragenlijst" else None)
        if kind is None or not isinstance(record_id, str):
            continue
        first = index[kind].get(record_id)
        if first is not None:
            findings.append(error(document.path, document.line_of(("id",)),
                                  f"id '{record_id}' wordt ook gebruikt door {first.path}; "
                                  "elke id mag maar één keer voorkomen"))
            continue
        index[kind][record_id] = document
    return index, findings


def _ids(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def check_references(index: Index) -> Iterator[Finding]:
    """Every id that a record mentions exists as a record of the right kind."""
    for source_kind, pattern, target_kind in REFERENCES:
        kinds = [k for k in index if source_kind in ("*", k)]
        for document in (d for k in kinds for d in index[k].values()):
            for path, value in walk(document.data, pattern):
                if isinstance(value, str) and value not in index[target_kind]:
                    close = get_close_matches(value, list(index[target_kind]), n=1, cutoff=0.5)
                    hint = f" Bedoel je '{close[0]}'?" if close else ""
                    yield error(document.path, document.line_of(path),
                                f"{field_name(path)}: {KIND_NAMES[target_kind]} '{value}' "
                                f"bestaat niet.{hint}")


def _linked_knelpunten(index: Index) -> set[str]:
    """Products linked to a knelpunt from either side: the report's tables, or the editors."""
    linked = {p for d in index["knelpunt"].values() for p in products_named_by(d.data)}
    linked |= {p for d in index["knelpunt"].values() for p in _ids(d.data.get("producten"))}
    return linked | {p for p, d in index["product"].items() if _ids(d.data.get("knelpunten"))}


def check_product_has_knelpunt(index: Index) -> Iterator[Finding]:
    """A product is linked to at least one knelpunt, so readers find it from a problem."""
    linked = _linked_knelpunten(index)
    for product_id, document in index["product"].items():
        if product_id not in linked:
            yield warning(document.path, document.line_of(("knelpunten",)),
                          "product is aan geen knelpunt gekoppeld; vul 'knelpunten' in",
                          "product-zonder-knelpunt")


def check_knelpunt_has_support(index: Index) -> Iterator[Finding]:
    """A knelpunt has a product linked from either side, or says why there is none."""
    linked = {k for d in index["product"].values() for k in _ids(d.data.get("knelpunten"))}
    for knelpunt_id, document in index["knelpunt"].items():
        if knelpunt_id not in linked and not products_named_by(document.data) \
                and not _ids(document.data.get("producten")):
            yield warning(document.path, 1, "er is geen product aan dit knelpunt gekoppeld, niet in het "
                          "rapport en niet door de redactie; koppel een product of leg in "
                          "'erkende_waarschuwingen' vast waarom er geen is", "knelpunt-zonder-ondersteuning")


def _supported_instruments(index: Index) -> set[str]:
    linked = {i for d in index["product"].values() for i in _ids(d.data.get("instrumenten"))}
    return linked | {i for i, d in index["instrument"].items() if d.data.get("ondersteuning")}


def check_instrument_has_support(index: Index) -> Iterator[Finding]:
    """An instrument has supporting products from either side, or says why there are none, not both."""
    supported = _supported_instruments(index)
    for instrument_id, document in index["instrument"].items():
        reason = document.data.get("geen_ondersteuning")
        if instrument_id not in supported and not reason:
            yield warning(document.path, 1, "instrument heeft geen ondersteunend product en geen "
                          "'geen_ondersteuning'; koppel een product of schrijf waarom er geen is",
                          "instrument-zonder-ondersteuning")
        elif instrument_id in supported and reason:
            yield warning(document.path, document.line_of(("geen_ondersteuning",)),
                          "instrument heeft ondersteunende producten, maar 'geen_ondersteuning' zegt "
                          "dat er geen zijn; haal 'geen_ondersteuning' weg",
                          "instrument-ondersteuning-tegenstrijdig")


def check_gone_product_is_archived(index: Index) -> Iterator[Finding]:
    """A product whose latest check found it gone is archived."""
    for document in index["product"].values():
        checks = [v for v in document.data.get("verificaties", []) if isinstance(v, dict)]
        if checks and checks[-1].get("uitkomst") == "bestaat-niet-meer" \
                and document.data.get("status") != "gearchiveerd":
            yield warning(document.path, document.line_of(("verificaties", len(checks) - 1)),
                          "de laatste controle vond dit product niet meer; zet de status op "
                          "'gearchiveerd' met een 'archivering'", "verdwenen-product-niet-gearchiveerd")


def check_development_has_planning(index: Index) -> Iterator[Finding]:
    """A product in development says when it is expected ('planning')."""
    for document in index["product"].values():
        if document.data.get("status") == "in-ontwikkeling" and not document.data.get("planning"):
            yield warning(document.path, document.line_of(("status",)),
                          "product is 'in-ontwikkeling' maar heeft geen 'planning'", "planning-ontbreekt")


def check_case_measures(index: Index) -> Iterator[Finding]:
    """Each measure of a case belongs to one of its tracks, and codes are unique."""
    for document in index["praktijkvoorbeeld"].values():
        tracks = {s.get("nummer") for s in document.data.get("sporen", []) if isinstance(s, dict)}
        seen: set[str] = set()
        for path, measure in walk(document.data, ("maatregelen", "*")):
            if not isinstance(measure, dict):
                continue
            if measure.get("spoor") not in tracks:
                yield error(document.path, document.line_of((*path, "spoor")),
                            f"maatregel {measure.get('code')}: spoor {measure.get('spoor')} "
                            "bestaat niet in 'sporen'")
            if measure.get("code") in seen:
                yield error(document.path, document.line_of((*path, "code")),
                            f"maatregel {measure.get('code')} staat er twee keer in")
            seen.add(measure.get("code"))


def check_questionnaire(index: Index) -> Iterator[Finding]:
    """Statement ids are unique, the scale runs 1-5 once, and phase 3 starts above phase 2."""
    for document in index["vragenlijst"].values():
        data = document.data
        ids = [s.get("id") for s in data.get("stellingen", []) if isinstance(s, dict)]
        for path, statement_id in walk(data, ("stellingen", "*", "id")):
            if ids.count(statement_id) > 1:
                yield error(document.path, document.line_of(path),
                            f"stelling '{statement_id}' staat er meer dan eens in")
        values = sorted(s.get("waarde") for s in data.get("schaal", []) if isinstance(s, dict))
        if values and values != [1, 2, 3, 4, 5]:
            yield error(document.path, document.line_of(("schaal",)),
                        "schaal moet de waarden 1 tot en met 5 elk één keer bevatten")
        rule = data.get("regel", {})
        low, high = rule.get("fase_2_vanaf"), rule.get("fase_3_vanaf")
        if isinstance(low, int | float) and isinstance(high, int | float) and high <= low:
            yield error(document.path, document.line_of(("regel", "fase_3_vanaf")),
                        "regel.fase_3_vanaf moet groter zijn dan regel.fase_2_vanaf")


# Each cross-record check with what it enforces, in Dutch for the editors' page.
CROSS_CHECKS: list[tuple[Callable[[Index], Iterator[Finding]], str]] = [
    (check_references, "Elke id waarnaar een record verwijst, bestaat als record van de juiste "
                       "soort (fout)."),
    (check_product_has_knelpunt, "Een product is aan minstens één knelpunt gekoppeld, vanuit het product "
                                 "of vanuit het knelpunt (waarschuwing)."),
    (check_knelpunt_has_support, "Aan een knelpunt is een product gekoppeld, in het rapport of door de "
                                 "redactie (waarschuwing)."),
    (check_instrument_has_support, "Een instrument heeft ondersteunende producten, of zegt in "
                                   "'geen_ondersteuning' waarom niet, maar niet allebei (waarschuwing)."),
    (check_gone_product_is_archived, "Een product dat bij de laatste controle niet meer bestond, is "
                                     "gearchiveerd (waarschuwing)."),
    (check_development_has_planning, "Een product in ontwikkeling heeft een 'planning' (waarschuwing)."),
    (check_case_measures, "Elke maatregel van een praktijkvoorbeeld hoort bij een bestaand spoor en heeft "
                          "een unieke code (fout)."),
    (check_questionnaire, "De stellingen van de zelfscan hebben unieke id's, de schaal loopt van 1 tot en "
                          "met 5 en fase 3 begint boven fase 2 (fout)."),
]
DOCUMENT_CHECKS = [
    "De id van een record is gelijk aan de bestandsnaam (fout).",
    "Een id komt in de hele catalogus maar één keer voor (fout).",
    "Een datum bestaat echt en ligt niet in de toekomst (fout).",
    f"Een jaar ligt tussen {FIRST_YEAR} en volgend jaar (fout).",
]


def validate(documents: list[Document], root: Path, today: dt.date) -> tuple[Index, list[Finding]]:
    """All findings for the loaded documents, plus the index of records by kind and id."""
    findings = [f for document in documents for f in check_document(document, root, today)]
    index, duplicates = build_index(documents)
    findings += duplicates
    findings += [f for check, _ in CROSS_CHECKS for f in check(index)]
    return index, sorted(acknowledge(findings, documents))


def acknowledge(findings: list[Finding], documents: list[Document]) -> list[Finding]:
    """Drop the warnings a record acknowledges in 'erkende_waarschuwingen'; an acknowledgement
    that matches no warning is itself a warning, so stale ones do not linger."""
    acknowledged = {
        (d.path, a.get("regel")): (index, d)
        for d in documents
        for index, a in enumerate(d.data.get("erkende_waarschuwingen") or [])
        if isinstance(a, dict)
    }
    used = {(f.path, f.rule) for f in findings if f.level is Level.WARNING} & set(acknowledged)
    kept = [f for f in findings if f.level is not Level.WARNING or (f.path, f.rule) not in used]
    for key, (index, document) in acknowledged.items():
        if key not in used:
            kept.append(warning(document.path, document.line_of(("erkende_waarschuwingen", index)),
                                f"erkende waarschuwing '{key[1]}' komt in dit record niet (meer) "
                                "voor; haal haar weg", "erkenning-overbodig"))
    return kept


def check_descriptions() -> list[str]:
    """What `check` enforces beyond the schema, for the Bijdragen page."""
    return [*DOCUMENT_CHECKS, *(description for _, description in CROSS_CHECKS)]
