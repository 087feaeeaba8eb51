"""Normalised records: every field the schema knows is present, with an empty default.

Templates and views then read `record["url"]` or `record.url` without guarding against a
missing key. The defaults follow the record's JSON Schema, so a new optional field needs no
change here: a list becomes [], a text "", a number or a nested object None, a flag False.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.schemas import registry, validator

Record = dict[str, Any]
EMPTY_BY_TYPE: dict[str, Any] = {"array": [], "string": "", "boolean": False}


def _resolved(schema: dict[str, Any], resolver: Any) -> tuple[dict[str, Any], Any]:
    """The schema with its $ref followed (the keywords beside the $ref kept), and the
    resolver for refs inside it."""
    ref = schema.get("$ref")
    if not ref:
        return schema, resolver
    target = resolver.lookup(ref)
    contents, inner = _resolved(target.contents, target.resolver)
    return {**contents, **{k: v for k, v in schema.items() if k != "$ref"}}, inner


def _empty(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind is None and ("oneOf" in schema or "enum" in schema):
        kind = "string"
    return list(EMPTY_BY_TYPE[kind]) if kind == "array" else EMPTY_BY_TYPE.get(kind)


def _normalise(value: Any, schema: dict[str, Any], resolver: Any) -> Any:
    schema, resolver = _resolved(schema, resolver)
    if isinstance(value, dict) and "properties" in schema:
        filled = {}
        for key, sub in schema["properties"].items():
            sub_schema, sub_resolver = _resolved(sub, resolver)
            filled[key] = (_normalise(value[key], sub_schema, sub_resolver) if key in value
                           else _empty(sub_schema))
        return filled
    if isinstance(value, list) and "items" in schema:
        return [_normalise(item, schema["items"], resolver) for item in value]
    return value


def normalise(data: Record, kind: str, root: Path) -> Record:
    """A copy of a validated record with every field of its schema present."""
    schema = validator(root, kind).schema
    return _normalise(data, schema, registry(root).resolver(base_uri=schema["$id"]))
