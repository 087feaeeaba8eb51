"""Turn JSON Schema errors into Dutch messages that say what is allowed."""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any

from jsonschema import ValidationError

from generator.load import Document, KeyPath

TYPE_NAMES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst",
    "object": "een mapping (veld: waarde)",
    "null": "leeg",
}


def field_name(path: KeyPath) -> str:
    """'ondersteuningsbehoefte[2].voorstellen' for a key path."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "het bestand"


def _type_of(value: Any) -> str:
    for name, kind in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                       ("array", list), ("object", dict)):
        if isinstance(value, kind):
            return TYPE_NAMES[name]
    return TYPE_NAMES["null"]


def _suggest(value: object, options: list[str]) -> str:
    close = get_close_matches(str(value), options, n=1, cutoff=0.6)
    return f" Bedoel je '{close[0]}'?" if close else ""


def _allowed_values(error: ValidationError) -> list[str] | None:
    if error.validator == "enum":
        return [str(v) for v in error.validator_value]
    if error.validator == "oneOf" and all("const" in s for s in error.validator_value):
        return [str(s["const"]) for s in error.validator_value]
    return None


def _pattern_message(name: str, value: object, pattern: str, patterns: dict[str, str]) -> str:
    if pattern == patterns.get("datum"):
        return f"{name}: '{value}' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-11-25)"
    if pattern == patterns.get("url"):
        return (f"{name}: '{value}' is geen geldig webadres; gebruik een volledig adres dat "
                "begint met https:// (bijvoorbeeld https://vng.nl/publicaties)")
    if pattern == patterns.get("id"):
        return (f"{name}: '{value}' is geen geldige id; gebruik alleen kleine letters, cijfers "
                "en koppeltekens (bijvoorbeeld handreiking-lokale-rekenkamer)")
    return f"{name}: '{value}' heeft niet de vorm die het schema vraagt ({pattern})"


def _unknown_fields(error: ValidationError, name: str) -> list[tuple[KeyPath, str]]:
    path: KeyPath = tuple(error.absolute_path)
    known = sorted(error.schema.get("properties", {}))
    messages = []
    for extra in sorted(set(error.instance) - set(known)):
        suggestion = _suggest(extra, known) or f" Toegestane velden: {', '.join(known)}."
        messages.append(((*path, extra), f"onbekend veld '{extra}' in {name}.{suggestion}"))
    return messages


def _message(error: ValidationError, patterns: dict[str, str]) -> tuple[KeyPath, str]:
    path: KeyPath = tuple(error.absolute_path)
    name = field_name(path)
    allowed = _allowed_values(error)
    if allowed is not None:
        return path, (f"{name}: waarde '{error.instance}' is niet toegestaan; kies uit: "
                      f"{', '.join(allowed)}.{_suggest(error.instance, allowed)}")
    if error.validator == "required":
        missing = [f for f in error.validator_value if f not in error.instance]
        details = [error.schema.get("properties", {}).get(f, {}).get("description", "") for f in missing]
        hint = f" ({details[0]})" if len(missing) == 1 and details[0] else ""
        fields = ", ".join(f"'{f}'" for f in missing)
        where = f"{name}: " if path else ""
        return path, f"{where}verplicht veld {fields} ontbreekt{hint}"
    if error.validator == "type":
        expected = error.validator_value
        expected_text = " of ".join(TYPE_NAMES[t] for t in
                                     (expected if isinstance(expected, list) else [expected]))
        return path, f"{name} moet {expected_text} zijn, niet {_type_of(error.instance)}"
    if error.validator == "pattern":
        return path, _pattern_message(name, error.instance, error.validator_value, patterns)
    if error.validator == "minLength":
        return path, f"{name} mag niet leeg zijn"
    if error.validator == "maxLength":
        return path, f"{name} is te lang (hooguit {error.validator_value} tekens)"
    if error.validator == "minItems":
        return path, f"{name} moet minstens {error.validator_value} waarde(n) bevatten"
    if error.validator == "maxItems":
        return path, f"{name} mag hooguit {error.validator_value} waarden bevatten"
    if error.validator == "uniqueItems":
        return path, f"{name} bevat dezelfde waarde meer dan eens"
    if error.validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = {"minimum": "minstens", "maximum": "hooguit",
                 "exclusiveMinimum": "groter dan", "exclusiveMaximum": "kleiner dan"}
        return path, f"{name} moet {bound[error.validator]} {error.validator_value} zijn"
    return path, f"{name}: {error.message}"


def schema_problems(document: Document, errors: list[ValidationError],
                    patterns: dict[str, str]) -> list[tuple[int, str]]:
    """(line, message) for every schema error of one document."""
    problems = []
    for error in errors:
        if error.validator == "additionalProperties":
            messages = _unknown_fields(error, field_name(tuple(error.absolute_path)))
        else:
            messages = [_message(error, patterns)]
        problems.extend((document.line_of(path), message) for path, message in messages)
    return problems
