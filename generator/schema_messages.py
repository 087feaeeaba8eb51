"""Turn JSON Schema errors into Dutch messages that say what is allowed, each with its rule id."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from jsonschema import ValidationError

from generator.load import Document, KeyPath
from generator.suggest import hint
from generator.text import visible

TYPE_NAMES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst",
    "object": "een mapping (veld: waarde)",
    "null": "leeg",
}
BOUNDS = {"minimum": "minstens", "maximum": "hooguit", "exclusiveMinimum": "groter dan",
          "exclusiveMaximum": "kleiner dan"}
# A date as editors often type it: 1-12-2026, 01/12/2026, 1.12.2026
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    rule: str


def field_name(path: KeyPath) -> str:
    """'ondersteuningsbehoefte[2].voorstellen' for a key path."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return visible(text) or "het bestand"


def shown(value: object) -> str:
    """A value as it appears in a message: quoted, shortened, invisible characters made visible."""
    text = str(value)
    return f"'{visible(text if len(text) <= 80 else text[:77] + '...')}'"


def _type_of(value: Any) -> str:
    for name, kind in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                       ("array", list), ("object", dict)):
        if isinstance(value, kind):
            return TYPE_NAMES[name]
    return TYPE_NAMES["null"]


def _allowed_values(error: ValidationError) -> list[str] | None:
    if error.validator == "enum":
        return [str(v) for v in error.validator_value]
    if error.validator == "oneOf" and all("const" in s for s in error.validator_value):
        return [str(s["const"]) for s in error.validator_value]
    return None


def _as_iso_date(value: object) -> str | None:
    """'2026-12-01' for '01-12-2026' (D-M-JJJJ), when that date exists."""
    match = DAY_MONTH_YEAR.match(value) if isinstance(value, str) else None
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _pattern_message(name: str, value: object, pattern: str, patterns: dict[str, str]) -> str:
    if pattern in (patterns.get("datum"), patterns.get("brondatum")):
        iso = _as_iso_date(value)
        advice = f"schrijf {iso}" if iso else "bijvoorbeeld 2026-11-25"
        return f"{name}: {shown(value)} is geen datum in de vorm JJJJ-MM-DD; {advice}"
    if pattern == patterns.get("url"):
        return (f"{name}: {shown(value)} is geen geldig webadres; gebruik een volledig adres dat "
                "begint met https:// (bijvoorbeeld https://vng.nl/publicaties)")
    if pattern == patterns.get("id"):
        return (f"{name}: {shown(value)} is geen geldige id; gebruik alleen kleine letters, cijfers "
                "en koppeltekens (bijvoorbeeld handreiking-lokale-rekenkamer)")
    return f"{name}: {shown(value)} heeft niet de vorm die het schema vraagt"


def _property_schema(root: dict[str, Any], error: ValidationError, name: str) -> dict[str, Any]:
    """The schema of property `name` of the object the error is about: from the failing
    subschema, else by walking the record's schema along the path."""
    found = error.schema.get("properties", {}).get(name) if isinstance(error.schema, dict) else None
    if isinstance(found, dict):
        return found
    schema = root
    for part in error.absolute_path:
        step = schema.get("items") if isinstance(part, int) else schema.get("properties", {}).get(part)
        schema = step if isinstance(step, dict) else {}
    found = schema.get("properties", {}).get(name, {})
    return found if isinstance(found, dict) else {}


def _sub_fields(schema: dict[str, Any]) -> str:
    """What a missing field needs: its required sub-fields, or its allowed values."""
    target = schema.get("items", schema) if schema.get("type") == "array" else schema
    required = target.get("required") if isinstance(target, dict) else None
    if required:
        names = ", ".join(f"'{f}'" for f in required)
        return f"; met {'het verplichte veld' if len(required) == 1 else 'de verplichte velden'} {names}"
    if target.get("enum"):
        return "; kies uit: " + ", ".join(str(v) for v in target["enum"])
    return ""


def _missing(error: ValidationError, field: str, name: str, path: KeyPath, root: dict[str, Any]) -> str:
    schema = _property_schema(root, error, field)
    description = schema.get("description", "")
    explanation = (f" ({description})" if description else "") + _sub_fields(schema)
    required = error.schema.get("required", []) if isinstance(error.schema, dict) else []
    context = ""
    if path and len(required) > 1:
        context = f"; in {name} zijn verplicht: " + ", ".join(f"'{f}'" for f in required)
    where = f"{name}: " if path else ""
    return f"{where}verplicht veld '{field}' ontbreekt{explanation}{context}"


def _message(error: ValidationError, patterns: dict[str, str], labels: dict[str, str],
             root: dict[str, Any]) -> tuple[KeyPath, str, str]:
    path: KeyPath = tuple(error.absolute_path)
    name = field_name(path)
    allowed = _allowed_values(error)
    if allowed is not None:
        candidates = {value: labels.get(value, "") for value in allowed}
        return path, (f"{name}: waarde {shown(error.instance)} is niet toegestaan; kies uit: "
                      f"{', '.join(allowed)}.{hint(error.instance, candidates)}"), "schema-waarde"
    if error.validator == "type":
        expected = error.validator_value
        expected_text = " of ".join(TYPE_NAMES.get(t, t) for t in
                                     (expected if isinstance(expected, list) else [expected]))
        return path, f"{name} moet {expected_text} zijn, niet {_type_of(error.instance)}", "schema-type"
    if error.validator == "pattern":
        return path, _pattern_message(name, error.instance, error.validator_value, patterns), "schema-vorm"
    if error.validator == "minLength":
        return path, f"{name} mag niet leeg zijn", "tekst-leeg"
    if error.validator == "maxLength":
        return path, f"{name} is te lang (hooguit {error.validator_value} tekens)", "schema-lengte"
    if error.validator == "minItems":
        return path, f"{name} moet minstens {error.validator_value} waarde(n) bevatten", "schema-aantal"
    if error.validator == "maxItems":
        return path, f"{name} mag hooguit {error.validator_value} waarden bevatten", "schema-aantal"
    if error.validator == "uniqueItems":
        return path, f"{name} bevat dezelfde waarde meer dan eens", "schema-dubbele-waarde"
    if error.validator in BOUNDS:
        return path, f"{name} moet {BOUNDS[error.validator]} {error.validator_value} zijn", "schema-grens"
    if error.validator == "const":
        return path, f"{name} moet {shown(error.validator_value)} zijn", "schema-waarde"
    return path, f"{name} voldoet niet aan de regel '{error.validator}' van het schema", "schema-overig"


def _missing_fields(error: ValidationError, root: dict[str, Any]) -> list[tuple[KeyPath, str, str]]:
    """One message per missing field (jsonschema reports the same list once per missing field;
    the caller keeps one of each)."""
    path: KeyPath = tuple(error.absolute_path)
    name = field_name(path)
    return [(path, _missing(error, field, name, path, root), "schema-verplicht-veld")
            for field in error.validator_value if field not in error.instance]


def _unknown_fields(error: ValidationError) -> list[tuple[KeyPath, str, str]]:
    path: KeyPath = tuple(error.absolute_path)
    name = field_name(path)
    known = sorted(error.schema.get("properties", {}))
    messages = []
    for extra in sorted(set(error.instance) - set(known)):
        suggestion = hint(extra, dict.fromkeys(known, "")) or f" Toegestane velden: {', '.join(known)}."
        messages.append(((*path, extra), f"onbekend veld {shown(extra)} in {name}.{suggestion}",
                         "schema-onbekend-veld"))
    return messages


def schema_problems(document: Document, errors: list[ValidationError], patterns: dict[str, str],
                    labels: dict[str, str], root: dict[str, Any]) -> list[Problem]:
    """A Problem for every schema error of one document; `labels` are the taxonomy titles by
    value (for suggestions), `root` the record's schema (to name missing sub-fields)."""
    problems: dict[Problem, None] = {}
    for error in errors:
        if error.validator == "additionalProperties":
            messages = _unknown_fields(error)
        elif error.validator == "required":
            messages = _missing_fields(error, root)
        else:
            messages = [_message(error, patterns, labels, root)]
        problems.update((Problem(document.line_of(path), message, rule), None)
                        for path, message, rule in messages)
    return list(problems)
