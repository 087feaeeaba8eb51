"""`python -m generator new`: write a commented template for a new record.

The template is made from the record's JSON Schema, so every field the schema knows is
explained, with its allowed values, and the template never drifts from the schema. A field is
marked "verplicht" only when the schema requires it ("verplicht bij soort 'website'" when it
requires it in one case). Comments hold no quote characters: an editor's unclosed quote must
not be closed by accident by a quote in a comment further down.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.load import load_all
from generator.render import TEMPLATES
from generator.schemas import NEW_KINDS, RECORD_FOLDERS, SCHEMA_FILES
from generator.schemas import load as load_schemas
from generator.suggest import similar

KINDS = NEW_KINDS
FOLDER_OF_KIND = {kind: folder for folder, kind in RECORD_FOLDERS.items()}
# the field that holds a record's title
TITLE_FIELD = {"aanbieder": "naam"}
# what `new bron --soort` offers; 'brondocument' is kept for the documents the site is built on
SOURCE_KINDS = ("document", "website", "verklaring")
ENUM_VALUES = ("soort", "status")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    explanation: str
    allowed: list[str]
    value: str
    marking: str  # "verplicht", "verplicht bij soort 'website'" or "optioneel"
    filled: bool  # written as a live line, not as a comment
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


def comment_text(text: str) -> str:
    """Text for a comment line, with typographic quotes instead of ' and "."""
    text = re.sub(r"'([^'\n]*)'", "\u2018\\1\u2019", text).replace("'", "\u2019")
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text).replace('"', "\u201d")


def _allowed(schema: dict[str, Any]) -> list[str]:
    items = schema.get("items", {}) if schema.get("type") == "array" else schema
    return [str(v) for v in items.get("enum", [])]


def _condition(rule: dict[str, Any]) -> str:
    """The case an if/then of the schema describes, in words."""
    condition = rule.get("if", {})
    constants = [(name, p["const"]) for name, p in condition.get("properties", {}).items() if "const" in p]
    if len(constants) == 1:
        return f"bij {constants[0][0]} {constants[0][1]}"
    either = [r["required"][0] for r in condition.get("anyOf", []) if r.get("required")]
    if either:
        return "als " + " of ".join(either) + " is ingevuld"
    return "in sommige gevallen"


def _holds(rule: dict[str, Any], raw: dict[str, str]) -> bool:
    properties = rule.get("if", {}).get("properties", {})
    return bool(properties) and all(raw.get(name) == p.get("const") for name, p in properties.items())


def _conditions(schema: dict[str, Any], raw: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """Fields the schema requires in some case: {field: (the case in words, whether it holds)}."""
    result = {}
    for rule in schema.get("allOf", []):
        for name in rule.get("then", {}).get("required", []):
            result[name] = (_condition(rule), _holds(rule, raw))
    return result


def _placeholder(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    return "[]" if kind == "array" else "" if kind in ("integer", "object") else '""'


def _yaml_value(name: str, value: str) -> str:
    if name in ENUM_VALUES or name == "id" or ISO_DATE.match(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def fields(kind: str, root: Path, raw: dict[str, str]) -> list[Field]:
    """One Field per schema property, in schema order, with the given values filled in."""
    schema = load_schemas(root).validators[kind].schema
    required = set(schema.get("required", []))
    conditions = _conditions(schema, raw)
    result = []
    for name, prop in schema["properties"].items():
        item = prop.get("items", prop)
        parts = [f"{key}: {sub.get('description', '')}".rstrip(": ")
                 for key, sub in item.get("properties", {}).items()]
        case, holds = conditions.get(name, ("", False))
        marking = "verplicht" if name in required else f"verplicht {case}" if case else "optioneel"
        value = _yaml_value(name, raw[name]) if name in raw else _placeholder(prop)
        result.append(Field(name, comment_text(prop.get("description", "")), _allowed(prop), value,
                            marking, name in required or holds or name in raw,
                            [comment_text(p) for p in parts]))
    return result


def values_for(kind: str, record_id: str, title: str, options: dict[str, str]) -> dict[str, str]:
    """The values `new` fills in: id, title, the options given, and a product's status."""
    values = {"id": record_id, TITLE_FIELD.get(kind, "titel"): title}
    if kind == "product":
        values["status"] = "bestaand"
    return values | {name: value for name, value in options.items() if value}


def render_template(kind: str, root: Path, values: dict[str, str]) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("nieuw-record.yaml.j2").render(
        kind=kind, fields=fields(kind, root, values), schema_file=Path(SCHEMA_FILES[kind]).name)


def target_file(kind: str, record_id: str, root: Path) -> Path:
    return root / FOLDER_OF_KIND[kind] / f"{record_id}.yaml"


def similar_records(kind: str, title: str, root: Path) -> list[tuple[str, str]]:
    """(path, title) of records of this kind whose title is the same as or very like title."""
    documents, _ = load_all(root, (FOLDER_OF_KIND[kind],))
    field = TITLE_FIELD.get(kind, "titel")
    titles = {d.path: d.data.get(field) for d in documents if isinstance(d.data.get(field), str)}
    return [(path, titles[path]) for path in similar(title, titles)]
