"""Normalised records: every field the schema knows is present, with an empty default.

Templates and views then read `record["url"]` or `record.url` without guarding against a
missing key. The defaults follow the record's JSON Schema (as `schemas.resolved_schemas` gives it,
with every $ref resolved), so a new optional field needs no change here: a list becomes [], a
text "", a number or a nested object None, a flag False.
"""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]
EMPTY_BY_TYPE: dict[str, Any] = {"array": [], "string": "", "boolean": False}


def _empty(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind is None and ("oneOf" in schema or "enum" in schema):
        kind = "string"
    return list(EMPTY_BY_TYPE[kind]) if kind == "array" else EMPTY_BY_TYPE.get(kind)


def normalise(value: Any, schema: dict[str, Any]) -> Any:
    """A copy of a validated record (or part of one) with every field of its resolved schema present."""
    if isinstance(value, dict) and "properties" in schema:
        return {key: normalise(value[key], sub) if key in value else _empty(sub)
                for key, sub in schema["properties"].items()}
    if isinstance(value, list) and "items" in schema:
        return [normalise(item, schema["items"]) for item in value]
    return value

