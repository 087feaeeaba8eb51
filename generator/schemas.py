"""Where record files live, which JSON Schema judges each, and the taxonomies.

The taxonomies (allowed values with their labels) live in
catalog/schema/taxonomie.schema.json, so validation, editor autocompletion and
the labels on the site all read one list.

The schema files are read once per version: `load` keys its cache on a digest of every schema
file's content, so the preview server (which runs the generator in one long process) follows
an edited taxonomy at once, whatever the file system's clock resolution. A broken schema file is
a finding with its line, like a broken record.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from jsonschema import Draft202012Validator, ValidationError, validators
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from generator.findings import Finding, error
from generator.text import visible

CATALOG_SCHEMA_DIR = "catalog/schema"
QUESTIONNAIRE_SCHEMA_DIR = "questionnaire/schema"
QUESTIONNAIRE_FILE = "questionnaire/vragenlijst.yaml"
TAXONOMY_FILE = f"{CATALOG_SCHEMA_DIR}/taxonomie.schema.json"
COMMON_FILE = f"{CATALOG_SCHEMA_DIR}/common.schema.json"

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
    "catalog/zoektermen": "zoekterm",
}
SOURCE_FOLDERS = ("catalog", "questionnaire")
# the record kinds `python -m generator new` can create
NEW_KINDS = ("product", "knelpunt", "instrument", "bron", "aanbieder")
SCHEMA_FILES: dict[str, str] = {
    **{kind: f"{CATALOG_SCHEMA_DIR}/{kind}.schema.json" for kind in RECORD_FOLDERS.values()},
    "vragenlijst": f"{QUESTIONNAIRE_SCHEMA_DIR}/vragenlijst.schema.json",
}
# Keywords beside a $ref that only annotate, so that the reference can be merged in place.
ANNOTATIONS = {"description", "title", "$comment", "examples", "default"}
# A value longer than this is refused before a pattern is tried: some patterns (the URL's)
# take quadratic time on long text without spaces.
MAX_PATTERN_INPUT = 2_000


def kind_of(path: str) -> str | None:
    """Record kind for a file path relative to the project root, or None."""
    if path == QUESTIONNAIRE_FILE:
        return "vragenlijst"
    folder = path.rsplit("/", 1)[0]
    return RECORD_FOLDERS.get(folder)


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Schemas:
    """Everything read from the schema files: a validator per record kind whose schema is
    sound, the taxonomies, the common patterns, and the problems of the schema files."""

    validators: dict[str, Draft202012Validator]
    taxonomies: dict[str, dict[str, Term]]
    labels: dict[str, str]  # every taxonomy value's title, for suggestions
    patterns: dict[str, str]
    findings: list[Finding]


def _pattern(validator: Any, pattern: str, instance: Any,
             schema: dict[str, Any]) -> Iterator[ValidationError]:
    """JSON Schema's `pattern`, but refusing very long text before the regular expression runs."""
    if not isinstance(instance, str):
        return
    if len(instance) > MAX_PATTERN_INPUT or not re.search(pattern, instance):
        yield ValidationError(f"{instance[:40]!r} does not match {pattern!r}")


Validator = validators.extend(Draft202012Validator, {"pattern": _pattern})


# --- reading the files ------------------------------------------------------------------

JSON_PROBLEMS = [
    ("Expecting property name", "hier hoort een veldnaam tussen dubbele aanhalingstekens"),
    ("Expecting ':' delimiter", "na de veldnaam ontbreekt een dubbele punt"),
    ("Expecting ',' delimiter", "hier ontbreekt een komma tussen twee waarden, of een ] of }"),
    ("Expecting value", "hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, "
     "true, false, null, [ ] of { }"),
    ("Invalid control character", "een tekst loopt door over het regeleinde of bevat een tab; "
     "sluit de tekst op dezelfde regel af met \""),
    ("Unterminated string", "een tekst wordt niet afgesloten met \""),
    ("Invalid \\", "een backslash in een tekst begint een code die niet bestaat; schrijf \\\\ voor "
     "een backslash"),
    ("Extra data", "na het einde van het schema staat nog tekst"),
]
TRAILING_COMMA = "een komma vóór ] of } (na de laatste waarde) is in JSON niet toegestaan; haal haar weg"


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _json_error(exc: json.JSONDecodeError, path: str) -> Finding:
    before = exc.doc[: exc.pos].rstrip()
    if before.endswith(",") and exc.msg.startswith(("Expecting property name", "Expecting value")):
        return error(path, _line(exc.doc, len(before) - 1), f"JSON-fout: {TRAILING_COMMA}", "schema-json")
    explanation = next((dutch for english, dutch in JSON_PROBLEMS if exc.msg.startswith(english)),
                       "het bestand is geen geldige JSON")
    return error(path, exc.lineno, f"JSON-fout: {explanation} (kolom {exc.colno})", "schema-json")


def _read_json(root: Path, path: str) -> tuple[tuple[dict[str, Any], str] | None, list[Finding]]:
    """(contents, text) of one schema file, or the finding that says why not."""
    try:
        text = (root / path).read_text("utf-8")
    except FileNotFoundError:
        return None, [error(path, 1, "schemabestand ontbreekt; zet het terug (bijvoorbeeld met "
                            f"git checkout -- {path})", "schema-ontbreekt")]
    except (OSError, UnicodeDecodeError):
        return None, [error(path, 1, "schemabestand kan niet worden gelezen; controleer de rechten "
                            "en sla het op als UTF-8", "schema-json")]
    try:
        contents = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [_json_error(exc, path)]
    if not isinstance(contents, dict):
        return None, [error(path, 1, "een schema is een JSON-object tussen { en }", "schema-json")]
    return (contents, text), []


def schema_paths(root: Path) -> list[str]:
    """Every schema file: the known ones, and any other .json in the schema folders."""
    found = {f.relative_to(root).as_posix() for folder in (CATALOG_SCHEMA_DIR, QUESTIONNAIRE_SCHEMA_DIR)
             for f in (root / folder).glob("*.json")}
    return sorted(found | set(SCHEMA_FILES.values()) | {TAXONOMY_FILE, COMMON_FILE})


def _signature(root: Path) -> tuple[tuple[str, str], ...]:
    """Every schema file with a digest of its content ('' when it cannot be read)."""
    digests = []
    for path in schema_paths(root):
        try:
            digests.append((path, hashlib.blake2b((root / path).read_bytes(), digest_size=16).hexdigest()))
        except OSError:
            digests.append((path, ""))
    return tuple(digests)


# --- taxonomies ---------------------------------------------------------------------------


def _line_of_text(text: str, *needles: str) -> int:
    """Line of the last needle, each searched after the one before (a path of keys in JSON)."""
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        position = found if found >= 0 else position
    return _line(text, position)


def _taxonomies(contents: dict[str, Any], text: str) -> tuple[dict[str, dict[str, Term]], list[Finding]]:
    """Every taxonomy as {name: {id: Term}}, and a finding for each option that lacks a
    value ('const') or a name for the site ('title')."""
    result: dict[str, dict[str, Term]] = {}
    findings = []
    definitions = contents.get("$defs")
    for name, definition in (definitions if isinstance(definitions, dict) else {}).items():
        options = definition.get("oneOf") if isinstance(definition, dict) else None
        if not isinstance(options, list):
            findings.append(error(TAXONOMY_FILE, _line_of_text(text, '"$defs"', f'"{name}"'),
                                  f"lijst '{visible(name)}' heeft geen 'oneOf' met opties",
                                  "taxonomie-optie"))
            continue
        terms = {}
        for option in options:
            const = option.get("const") if isinstance(option, dict) else None
            title = option.get("title") if isinstance(option, dict) else None
            if not isinstance(const, str) or not isinstance(title, str) or not title.strip():
                where = _line_of_text(text, '"$defs"', f'"{name}"', *(
                    [f'"const": {json.dumps(const)}'] if isinstance(const, str) else []))
                missing = "'title' (de naam op de site)" if isinstance(const, str) else "'const' (de waarde)"
                findings.append(error(TAXONOMY_FILE, where, f"optie {json.dumps(const, ensure_ascii=False)} "
                                      f"in lijst '{visible(name)}' mist {missing}; vul die aan",
                                      "taxonomie-optie"))
                continue
            description = option.get("description")
            terms[const] = Term(const, title, description if isinstance(description, str) else "")
        result[name] = terms
    return result, findings


def _as_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """Taxonomies are `oneOf` lists of `const` + `title` so that editors see labels; for
    validation the same values as an `enum` are equivalent and many times faster."""
    definitions = schema.get("$defs")
    if not isinstance(definitions, dict):
        return schema
    converted = {}
    for name, d in definitions.items():
        options = d.get("oneOf") if isinstance(d, dict) else None
        if isinstance(options, list) and options and all(isinstance(o, dict) and "const" in o
                                                         for o in options):
            d = {k: v for k, v in d.items() if k != "oneOf"} | {"enum": [o["const"] for o in options]}
        converted[name] = d
    return {**schema, "$defs": converted}


# --- validators -------------------------------------------------------------------------


def _meta_problems(contents: dict[str, Any], text: str, path: str) -> list[Finding]:
    """The schema checked against JSON Schema's own rules."""
    findings = []
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)
    for problem in meta.iter_errors(contents):
        where = "/".join(str(p) for p in problem.absolute_path) or "het hoogste niveau"
        line = _line_of_text(text, *(f'"{p}"' for p in problem.absolute_path if isinstance(p, str)))
        shown = visible(json.dumps(problem.instance, ensure_ascii=False)[:60])
        findings.append(error(path, line, f"het schema is ongeldig bij '{where}': {shown} is daar geen "
                              "geldige JSON Schema-waarde", "schema-ongeldig"))
    return findings


class _Dereferencer:
    """Replace every $ref by what it points to, once, so that validating a record follows
    no references (measured: about half of validation time went to resolving them)."""

    def __init__(self, registry: Registry, files: dict[str, tuple[str, str]], broken: set[str]) -> None:
        self.registry = registry
        self.files = files  # file URI → (path, text), to place findings
        self.broken = broken  # URIs of schema files that are missing or unreadable: already reported
        self.findings: list[Finding] = []

    def resolve(self, node: Any, base: str, active: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(item, base, active) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        rest = {k: self.resolve(v, base, active) for k, v in node.items() if k != "$ref"}
        if not isinstance(ref, str):
            return rest
        target_uri = urljoin(base, ref)
        if target_uri in active:  # a recursive schema keeps its reference
            return {**rest, "$ref": target_uri}
        try:
            resolved = self.registry.resolver(base_uri=base).lookup(ref)
        except Unresolvable:
            if target_uri.split("#")[0] in self.broken:
                return rest
            path, text = self.files.get(base, (CATALOG_SCHEMA_DIR, ""))
            self.findings.append(error(path, _line_of_text(text, f'"{ref}"'),
                                       f"verwijzing '$ref: {visible(ref)}' wijst naar niets; controleer "
                                       "de bestandsnaam en de naam na #/$defs/", "schema-ongeldig"))
            return rest
        target = self.resolve(resolved.contents, target_uri.split("#")[0], (*active, target_uri))
        if not isinstance(target, dict):
            return rest
        if set(rest) <= ANNOTATIONS:
            return {**target, **rest}
        return {**rest, "allOf": [target, *rest.get("allOf", [])]}


FATAL_RULES = {"schema-json", "schema-ongeldig"}


@lru_cache(maxsize=4)
def _load(root: Path, signature: tuple[tuple[str, str], ...]) -> Schemas:
    findings: list[Finding] = []
    files: dict[str, tuple[dict[str, Any], str]] = {}
    for path, _ in signature:
        read, problems = _read_json(root, path)
        findings += problems
        if read is not None:
            findings += _meta_problems(*read, path)
            files[path] = read
    taxonomy, problems = _taxonomies(*files[TAXONOMY_FILE]) if TAXONOMY_FILE in files else ({}, [])
    findings += problems
    uris = {path: (root / path).resolve().as_uri() for path in files}
    registry = Registry().with_resources(
        (uris[path], Resource.from_contents({**_as_enums(contents), "$id": uris[path]}, DRAFT202012))
        for path, (contents, _) in files.items())
    broken = {(root / path).resolve().as_uri() for path, _ in signature if path not in files}
    dereferencer = _Dereferencer(registry, {uris[p]: (p, text) for p, (_, text) in files.items()}, broken)
    schemas = {kind: dereferencer.resolve(registry.contents(uris[path]), uris[path])
               for kind, path in SCHEMA_FILES.items() if path in files}
    findings += dereferencer.findings
    # A schema that is not valid JSON Schema could make validation itself fail: then no record
    # is checked against a schema until the schema file is repaired.
    fatal = any(f.rule in FATAL_RULES for f in findings)
    checked = {} if fatal else {kind: Validator(s, registry=registry) for kind, s in schemas.items()}
    common = files.get(COMMON_FILE, ({}, ""))[0].get("$defs")
    patterns = {name: d["pattern"] for name, d in (common if isinstance(common, dict) else {}).items()
                if isinstance(d, dict) and isinstance(d.get("pattern"), str)}
    labels = {term.id: term.label for terms in taxonomy.values() for term in terms.values()}
    return Schemas(checked, taxonomy, labels, patterns, sorted(set(findings)))


def load(root: Path) -> Schemas:
    """The schemas of the project at root, read again whenever a schema file changed."""
    return _load(root.resolve(), _signature(root))


def taxonomies(root: Path) -> dict[str, dict[str, Term]]:
    """Every taxonomy as {name: {id: Term}}, in the order of the schema file."""
    return load(root).taxonomies


def resolved_schemas(root: Path) -> dict[str, dict[str, Any]]:
    """The schema of each record kind with every $ref resolved (read once per build, not per record)."""
    return {kind: checker.schema for kind, checker in load(root).validators.items()}

