"""Check loaded documents: schema, values, and references between records.

Every check yields findings; nothing here prints or exits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from generator.catalog import REFERENCES, Index, products_named_by, walk, walk_keys
from generator.findings import Finding, Level, error, warning
from generator.load import Document
from generator.rules import BY_ID
from generator.schema_messages import field_name, schema_problems, shown
from generator.schemas import RECORD_FOLDERS, Schemas, kind_of
from generator.schemas import load as load_schemas
from generator.suggest import hint
from generator.text import has_visible_text

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
# the kinds `python -m generator new` makes (schemas.NEW_KINDS), as a Dutch phrase
A_NEW_RECORD = {"product": "een nieuw product", "knelpunt": "een nieuw knelpunt",
                "instrument": "een nieuw instrument", "bron": "een nieuwe bron",
                "aanbieder": "een nieuwe aanbieder"}
DATE_KEYS = ("datum", "afgesproken", "geraadpleegd", "verwacht_voor")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_YEAR = 1990

# --- one document at a time -------------------------------------------------------------


def check_schema(document: Document, kind: str, schemas: Schemas) -> list[Finding]:
    """The record against the JSON Schema of its kind (none when that schema is broken: the
    schema file's own finding says so)."""
    validator = schemas.validators.get(kind)
    if validator is None:
        return []
    problems = schema_problems(document, list(validator.iter_errors(document.data)), schemas.patterns,
                               schemas.labels, validator.schema)
    return [error(document.path, p.line, p.message, p.rule) for p in problems]


def _strings(data: Any, here: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(data, str):
        yield here, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*here, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _strings(item, (*here, index))


def check_visible_text(document: Document) -> Iterator[Finding]:
    """Text holds a character one can see: a title of only spaces, no-break spaces or
    zero-width characters would make an empty link or heading."""
    for path, value in _strings(document.data):
        if value and not has_visible_text(value):
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)} bevat geen zichtbare tekens (alleen {shown(value)}); vul "
                        "tekst in of laat het veld weg", "tekst-leeg")


def check_dates(document: Document, today: dt.date) -> Iterator[Finding]:
    """Dates must exist on the calendar and may not lie in the future."""
    for path, value in walk_keys(document.data, DATE_KEYS):
        if not isinstance(value, str) or not ISO_DATE.match(value):
            continue  # the schema reports the form
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: datum '{value}' bestaat niet", "datum-bestaat-niet")
            continue
        if day > today:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: datum {value} ligt in de toekomst "
                        f"(vandaag is {today.isoformat()})", "datum-toekomst")


def check_years(document: Document, today: dt.date) -> Iterator[Finding]:
    """A year lies between 1990 and next year."""
    last = today.year + 1
    for path, value in walk_keys(document.data, ("jaar",)):
        if isinstance(value, int) and not isinstance(value, bool) and not FIRST_YEAR <= value <= last:
            yield error(document.path, document.line_of(path),
                        f"{field_name(path)}: jaar {value} ligt niet tussen {FIRST_YEAR} en {last}",
                        "jaar-bereik")


def check_id_matches_file(document: Document, kind: str) -> Iterator[Finding]:
    """The id of a record equals its file name (without .yaml)."""
    record_id = document.data.get("id")
    stem = PurePosixPath(document.path).stem
    if kind != "vragenlijst" and isinstance(record_id, str) and record_id != stem:
        yield error(document.path, document.line_of(("id",)),
                    f"id {shown(record_id)} verschilt van de bestandsnaam {shown(stem + '.yaml')}; "
                    "maak ze gelijk (hernoem het bestand of pas de id aan)", "id-bestandsnaam")


def check_document(document: Document, today: dt.date) -> list[Finding]:
    """The checks of one record beyond its schema."""
    kind = kind_of(document.path)
    if kind is None:
        folders = ", ".join(RECORD_FOLDERS)
        return [error(document.path, 1, f"dit bestand staat in een map die de generator niet kent; "
                      f"records horen in {folders}", "bestand-onbekende-map")]
    return [
        *check_visible_text(document),
        *check_dates(document, today),
        *check_years(document, today),
        *check_id_matches_file(document, kind),
    ]


# --- across documents -------------------------------------------------------------------


def build_index(documents: list[Document]) -> tuple[Index, list[Finding]]:
    """Records by kind and id; an id used a second time, by a record of any kind, is an error."""
    index: Index = {kind: {} for kind in (*KIND_NAMES, "vragenlijst")}
    first_use: dict[str, Document] = {}
    findings = []
    for document in documents:
        kind = kind_of(document.path)
        record_id = document.data.get("id", "vragenlijst" if kind == "vragenlijst" else None)
        if kind is None or not isinstance(record_id, str):
            continue
        first = first_use.setdefault(record_id, document)
        if first is not document:
            findings.append(error(document.path, document.line_of(("id",)),
                                  f"id {shown(record_id)} wordt ook gebruikt door {first.path}; elke id "
                                  "mag in de hele catalogus maar één keer voorkomen", "id-dubbel"))
        # a record of another kind with the same id stays findable by links to its own kind
        index[kind].setdefault(record_id, document)
    return index, findings


def _ids(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _title(document: Document) -> str:
    title = document.data.get("titel") or document.data.get("naam") or ""
    return title if isinstance(title, str) else ""


def _unknown_reference(document: Document, path: tuple[str | int, ...], value: str, target_kind: str,
                       index: Index) -> Finding:
    suggestion = hint(value, {i: _title(d) for i, d in index[target_kind].items()})
    next_step = (f" Is het {A_NEW_RECORD[target_kind]}? Maak het record aan met: "
                 f"python -m generator new {target_kind}") if target_kind in A_NEW_RECORD else ""
    return error(document.path, document.line_of(path),
                 f"{field_name(path)}: {KIND_NAMES[target_kind]} {shown(value)} bestaat niet."
                 f"{suggestion or next_step}", "verwijzing-bestaat-niet")


def check_references(index: Index, unreadable: dict[tuple[str, str], str]) -> Iterator[Finding]:
    """Every id that a record mentions exists as a record of the right kind, and is not the
    record itself. A link to a file that could not be read cannot be checked, and says so."""
    for source_kind, pattern, target_kind in REFERENCES:
        kinds = [k for k in index if source_kind in ("*", k)]
        for kind, document in ((k, d) for k in kinds for d in index[k].values()):
            own = (kind, document.data.get("id"))
            for path, value in walk(document.data, pattern):
                if not isinstance(value, str):
                    continue
                if (target_kind, value) == own:
                    yield error(document.path, document.line_of(path),
                                f"{field_name(path)}: een record kan niet naar zichzelf verwijzen; haal "
                                f"{shown(value)} hier weg", "verwijzing-naar-zichzelf")
                elif (target_kind, value) in unreadable:
                    yield warning(document.path, document.line_of(path),
                                  f"{field_name(path)}: {KIND_NAMES[target_kind]} {shown(value)} kan niet "
                                  f"worden gecontroleerd: {unreadable[(target_kind, value)]} bevat een fout",
                                  "verwijzing-onleesbaar")
                elif value not in index[target_kind]:
                    yield _unknown_reference(document, path, value, target_kind, index)


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
                            "bestaat niet in 'sporen'", "maatregel-spoor")
            if measure.get("code") in seen:
                yield error(document.path, document.line_of((*path, "code")),
                            f"maatregel {measure.get('code')} staat er twee keer in", "maatregel-dubbel")
            seen.add(measure.get("code"))


def check_questionnaire(index: Index) -> Iterator[Finding]:
    """Statement ids are unique, the scale runs 1-5 once, and phase 3 starts above phase 2."""
    for document in index["vragenlijst"].values():
        data = document.data
        ids = [s.get("id") for s in data.get("stellingen", []) if isinstance(s, dict)]
        for path, statement_id in walk(data, ("stellingen", "*", "id")):
            if ids.count(statement_id) > 1:
                yield error(document.path, document.line_of(path),
                            f"stelling '{statement_id}' staat er meer dan eens in", "stelling-dubbel")
        values = sorted(s.get("waarde") for s in data.get("schaal", []) if isinstance(s, dict))
        if values and values != [1, 2, 3, 4, 5]:
            yield error(document.path, document.line_of(("schaal",)),
                        "schaal moet de waarden 1 tot en met 5 elk één keer bevatten", "vragenlijst-schaal")
        rule = data.get("regel", {})
        low, high = rule.get("fase_2_vanaf"), rule.get("fase_3_vanaf")
        if isinstance(low, int | float) and isinstance(high, int | float) and high <= low:
            yield error(document.path, document.line_of(("regel", "fase_3_vanaf")),
                        "regel.fase_3_vanaf moet groter zijn dan regel.fase_2_vanaf", "vragenlijst-fasen")


# The cross-record checks; each reads records whose shape the schema has accepted.
# What each enforces is listed, by its rule id, in generator/rules.py.
CROSS_CHECKS: list[Callable[[Index], Iterator[Finding]]] = [
    check_product_has_knelpunt,
    check_knelpunt_has_support,
    check_instrument_has_support,
    check_gone_product_is_archived,
    check_development_has_planning,
    check_case_measures,
    check_questionnaire,
]


def _sound(index: Index, broken: set[str]) -> Index:
    """The index without the records whose shape the schema rejected (or could not check)."""
    return {kind: {i: d for i, d in records.items() if d.path not in broken}
            for kind, records in index.items()}


def validate(documents: list[Document], root: Path, today: dt.date) -> tuple[Index, list[Finding]]:
    """All findings for the loaded documents, plus the index of records by kind and id.

    Documents that could not be read are not checked (their loading finding says why); links
    to them say they cannot be checked instead of "does not exist".
    """
    schemas = load_schemas(root)
    readable = [d for d in documents if d.readable]
    unreadable = {(kind, PurePosixPath(d.path).stem): d.path
                  for d in documents if not d.readable and (kind := kind_of(d.path))}
    schema_findings = [f for d in readable if (k := kind_of(d.path)) for f in check_schema(d, k, schemas)]
    unchecked = {d.path for d in readable if kind_of(d.path) not in schemas.validators}
    findings = [*schemas.findings, *schema_findings,
                *(f for document in readable for f in check_document(document, today))]
    index, duplicates = build_index(readable)
    findings += duplicates
    findings += check_references(index, unreadable)
    sound = _sound(index, {f.path for f in schema_findings} | unchecked)
    findings += [f for check in CROSS_CHECKS for f in check(sound)]
    return index, sorted(acknowledge(findings, [d for records in sound.values() for d in records.values()]))


def acknowledge(findings: list[Finding], documents: list[Document]) -> list[Finding]:
    """Drop the warnings a record acknowledges in 'erkende_waarschuwingen'; an acknowledgement
    that matches no warning is itself a warning, so stale ones do not linger."""
    acknowledged = {
        (d.path, a.get("regel")): (index, d)
        for d in documents
        for index, a in enumerate(d.data.get("erkende_waarschuwingen") or [])
    }
    used = {(f.path, f.rule) for f in findings if f.level is Level.WARNING} & set(acknowledged)
    kept = [f for f in findings if f.level is not Level.WARNING or (f.path, f.rule) not in used]
    warnings = {rule.id: "" for rule in BY_ID.values() if rule.level is Level.WARNING}
    for (_, rule), (index, document) in acknowledged.items():
        if (document.path, rule) in used:
            continue
        message = (f"erkende waarschuwing '{rule}' komt in dit record niet (meer) voor; haal haar weg"
                   if rule in warnings else f"erkende waarschuwing '{rule}' bestaat niet als regel; "
                   f"gebruik de id die check tussen [ ] meldt.{hint(rule, warnings)}")
        kept.append(warning(document.path, document.line_of(("erkende_waarschuwingen", index)), message,
                            "erkenning-overbodig"))
    return kept
