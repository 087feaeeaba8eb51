"""Where record files live, which JSON Schema judges each, and the taxonomies.

The taxonomies (allowed values with their labels) live in
catalog/schema/taxonomie.schema.json, so validation, editor autocompletion and
the labels on the site all read one list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

CATALOG_SCHEMA_DIR = "catalog/schema"
QUESTIONNAIRE_FILE = "questionnaire/vragenlijst.yaml"

# record folder → record kind; the kind names the schema file
RECORD_FOLDERS: dict[str, str] = {
    "catalog/knelpunten": "knelpunt",
    "catalog/producten": "product",
    "catalog/instrumenten": "instrument",
    "catalog/bronnen": "bron",
    "catalog/praktijkvoorbeelden": "praktijkvoorbeeld",
    "catalog/aanbieders": "aanbieder",
    "catalog/fasen": "fase",
    "catalog/routes": "route",
}
SOURCE_FOLDERS = ("catalog", "questionnaire")
SCHEMA_FILES: dict[str, str] = {
    **{kind: f"{CATALOG_SCHEMA_DIR}/{kind}.schema.json" for kind in RECORD_FOLDERS.values()},
    "vragenlijst": "questionnaire/schema/vragenlijst.schema.json",
}


def kind_of(path: str) -> str | None:
    """Record kind for a file path relative to the project root, or None."""
    if path == QUESTIONNAIRE_FILE:
        return "vragenlijst"
    folder = path.rsplit("/", 1)[0]
    return RECORD_FOLDERS.get(folder)


def _as_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """Taxonomies are `oneOf` lists of `const` + `title` so that editors see labels; for
    validation the same values as an `enum` are equivalent and many times faster."""
    definitions = {
        name: ({k: v for k, v in d.items() if k != "oneOf"} | {"enum": [o["const"] for o in d["oneOf"]]}
               if all("const" in o for o in d.get("oneOf", [{}])) else d)
        for name, d in schema.get("$defs", {}).items()
    }
    return {**schema, "$defs": definitions} if definitions else schema


@cache
def registry(root: Path) -> Registry:
    files = [*root.joinpath(CATALOG_SCHEMA_DIR).glob("*.json"),
             *root.joinpath("questionnaire/schema").glob("*.json")]
    resources = []
    for file in files:
        contents = {**_as_enums(json.loads(file.read_text("utf-8"))), "$id": file.resolve().as_uri()}
        resources.append((contents["$id"], Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def validator(root: Path, kind: str) -> Draft202012Validator:
    """The validator for one record kind; a missing schema is a setup fault."""
    file = (root / SCHEMA_FILES[kind]).resolve()
    schema = registry(root).contents(file.as_uri())
    return Draft202012Validator(schema, registry=registry(root))


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    description: str


@cache
def taxonomies(root: Path) -> dict[str, dict[str, Term]]:
    """Every taxonomy as {name: {id: Term}}, in the order of the schema file."""
    raw = json.loads((root / CATALOG_SCHEMA_DIR / "taxonomie.schema.json").read_text("utf-8"))
    return {
        name: {
            option["const"]: Term(option["const"], option["title"], option.get("description", ""))
            for option in definition["oneOf"]
        }
        for name, definition in raw["$defs"].items()
    }


def common_patterns(root: Path) -> dict[str, str]:
    """The regular expressions of common.schema.json by definition name."""
    raw = json.loads((root / CATALOG_SCHEMA_DIR / "common.schema.json").read_text("utf-8"))
    return {name: d["pattern"] for name, d in raw["$defs"].items() if "pattern" in d}
