"""`python -m generator new`: write a commented template for a new record.

The template is made from the record's JSON Schema, so every field the schema knows is
explained, with its allowed values, and the template never drifts from the schema.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from referencing._core import Resolver

from generator.render import TEMPLATES
from generator.schemas import RECORD_FOLDERS, SCHEMA_FILES, registry, validator

KINDS = {"product": "product", "knelpunt": "knelpunt", "instrument": "instrument"}
FOLDER_OF_KIND = {kind: folder for folder, kind in RECORD_FOLDERS.items()}


@dataclass(frozen=True)
class Field:
    name: str
    explanation: str
    allowed: list[str]
    value: str
    required: bool
    parts: list[str]


def slug(title: str, limit: int = 60) -> str:
    """An id proposed from a title: ascii, lowercase, hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or "nieuw-record"


def _resolve(schema: dict[str, Any], resolver: Resolver) -> tuple[dict[str, Any], Resolver]:
    """The schema with its $ref (to the same or another schema file) followed,
    and the resolver for the refs inside it."""
    ref = schema.get("$ref")
    if not ref:
        return schema, resolver
    resolved = resolver.lookup(ref)
    target, inner = _resolve(resolved.contents, resolved.resolver)
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}, inner


def _allowed(schema: dict[str, Any], resolver: Resolver) -> list[str]:
    items = _resolve(schema.get("items", {}), resolver)[0] if schema.get("type") == "array" else schema
    if "oneOf" in items:
        return [str(option["const"]) for option in items["oneOf"]]
    return [str(v) for v in items.get("enum", [])]


def _placeholder(name: str, schema: dict[str, Any], values: dict[str, str]) -> str:
    if name in values:
        return values[name]
    kind = schema.get("type")
    if kind == "array":
        return "[]"
    if kind in ("integer", "object"):
        return ""
    return '""'


def fields(kind: str, root: Path, values: dict[str, str]) -> list[Field]:
    """One Field per schema property, in schema order, with placeholders to fill in."""
    schema = validator(root, kind).schema
    resolver = registry(root).resolver(base_uri=schema["$id"])
    required = set(schema["required"])
    result = []
    for name, raw in schema["properties"].items():
        prop, prop_resolver = _resolve(raw, resolver)
        item, item_resolver = _resolve(prop.get("items", prop), prop_resolver)
        parts = [f"{key}: {_resolve(sub, item_resolver)[0].get('description', '')}".rstrip(": ")
                 for key, sub in item.get("properties", {}).items()]
        result.append(Field(name, prop.get("description", ""), _allowed(prop, prop_resolver),
                            _placeholder(name, prop, values), name in required, parts))
    return result


def render_template(kind: str, record_id: str, title: str, root: Path, today: dt.date) -> str:
    values = {"id": record_id, "titel": json.dumps(title, ensure_ascii=False)}
    if kind == "product":
        values["status"] = "bestaand"
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("nieuw-record.yaml.j2").render(
        kind=kind, fields=fields(kind, root, values), schema_file=Path(SCHEMA_FILES[kind]).name)


def target_file(kind: str, record_id: str, root: Path) -> Path:
    return root / FOLDER_OF_KIND[kind] / f"{record_id}.yaml"
