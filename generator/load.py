"""Load YAML files and remember on which line every value stands.

Nothing here raises for bad input: an unreadable file, bytes that are not UTF-8, a
control character, a YAML syntax error, a duplicate key or an alias bomb each become a
finding with the file and line, so that one run of `check` reports the problems of all
files. Values follow the YAML 1.2 core schema: only true/false are booleans, so `on`,
`yes`, `no` and `off` stay text, and dates stay text for `check` to judge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.findings import Finding, error
from generator.text import visible
from generator.yaml_messages import syntax_error

MAX_FILE_BYTES = 1_000_000
# Aliases (*name) may repeat at most this many values in a file: enough for any real
# record, far too few for a "billion laughs" file to exhaust memory or time.
MAX_ALIAS_NODES = 1_000
# Records nest a few levels deep; this bound keeps the converter far from Python's recursion limit.
MAX_DEPTH = 60
MAX_REPORTED_LINES = 10
YAML_SUFFIXES = (".yaml", ".yml")
SCHEMA_FOLDER = "schema"  # JSON Schemas beside the records; checked by generator.schemas
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """One YAML file: its data and the line of every key path in it.

    A file that could not be read or parsed is a Document with `readable=False` and no data,
    so that checks of other files can tell "this id is in a broken file" from "no such id".
    """

    path: str
    data: dict[str, Any]
    lines: dict[KeyPath, int] = field(default_factory=dict)
    readable: bool = True

    def line_of(self, key_path: KeyPath) -> int:
        """Line of the closest enclosing key path that has a known line."""
        for end in range(len(key_path), 0, -1):
            line = self.lines.get(tuple(key_path[:end]))
            if line is not None:
                return line
        return 1


# libyaml's parser is ten times faster and keeps positions too; fall back where it is missing.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR, NULL, BOOL, INT, FLOAT = (f"tag:yaml.org,2002:{t}" for t in ("str", "null", "bool", "int", "float"))
MAP, SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
# The YAML 1.2 core schema: which plain scalars are not text.
CORE_SCHEMA = [
    (NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]),
    (BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
    (INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")),
    (FLOAT, re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                       r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"), list("-+.0123456789")),
]


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader with the YAML 1.2 core schema: no yes/no booleans, no timestamps, no merge keys."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in CORE_SCHEMA:
    _Loader.add_implicit_resolver(_tag, _regexp, _first)

# Characters YAML or an editor treat differently, or that cannot be seen: refused everywhere.
# Tab, line feed and carriage return are the only control characters a record may contain.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
CHARACTER_NAMES = {
    "\x00": "NUL-teken",
    "\x07": "belteken",
    "\x08": "backspace",
    "\x0b": "verticale tab, komt vaak mee uit Word",
    "\x0c": "pagina-einde, komt vaak mee bij plakken uit een pdf",
    "\x1b": "escape-teken, stuurt de terminal aan",
    "\x7f": "DEL-teken",
    "\x85": "regeleinde NEL",
    "\u2028": "regelscheiding",
    "\u2029": "alineascheiding",
}


def character_name(char: str) -> str:
    return f"{visible(char)} ({CHARACTER_NAMES.get(char, 'stuurteken')})"


class _Refused(Exception):
    """A file whose content cannot become data at all (alias bomb, cycle, depth, tag)."""

    def __init__(self, line: int, message: str, rule: str) -> None:
        super().__init__(message)
        self.line, self.message, self.rule = line, message, rule


def _int(text: str) -> int:
    sign, digits = (-1, text[1:]) if text.startswith("-") else (1, text.lstrip("+"))
    base = 8 if digits.startswith("0o") else 16 if digits.startswith("0x") else 10
    return sign * int(digits[2:] if base != 10 else digits, base)


def _float(text: str) -> float:
    lowered = text.lower()
    if lowered.endswith(".nan"):
        return float("nan")
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    return float(text)


def _bool(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError(text)
    return text.lower() == "true"


SCALARS = {STR: str, NULL: lambda _: None, BOOL: _bool, INT: _int, FLOAT: _float}
TYPE_NAMES = {NULL: "leeg", BOOL: "true of false", INT: "geheel getal", FLOAT: "getal"}


class _Converter:
    """Turns the composed YAML nodes into plain data, recording lines and problems.

    Aliases are the same node object as their anchor, so a node met again is an alias;
    what aliases repeat is counted against MAX_ALIAS_NODES.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: dict[KeyPath, int] = {}
        self.findings: list[Finding] = []
        self.converted: set[int] = set()
        self.open: set[int] = set()
        self.alias_depth = 0
        self.alias_line = 1  # where the alias being expanded is used
        self.alias_nodes = 0

    def convert(self, node: yaml.Node, here: KeyPath) -> Any:
        self.lines.setdefault(here, node.start_mark.line + 1)
        line = self.lines[here]
        if id(node) in self.open:
            raise _Refused(line, "een alias (*naam) verwijst naar de waarde waar ze zelf in staat; "
                           "schrijf de waarde uit", "yaml-alias")
        if len(here) > MAX_DEPTH:
            raise _Refused(line, f"de gegevens zijn dieper dan {MAX_DEPTH} niveaus genest; "
                           "controleer de inspringing", "yaml-syntax")
        alias = id(node) in self.converted
        if alias and not self.alias_depth:
            self.alias_line = line
        self.alias_depth += alias
        if self.alias_depth:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise _Refused(self.alias_line, f"aliassen (*naam) herhalen in dit bestand meer dan "
                               f"{MAX_ALIAS_NODES} waarden; schrijf de waarden uit in plaats van ze "
                               "met & en * te herhalen", "yaml-alias")
        self.converted.add(id(node))
        self.open.add(id(node))
        try:
            return self._value(node, here, line)
        finally:
            self.open.discard(id(node))
            self.alias_depth -= alias

    def _value(self, node: yaml.Node, here: KeyPath, line: int) -> Any:
        if isinstance(node, yaml.MappingNode) and node.tag == MAP:
            return self._mapping(node, here)
        if isinstance(node, yaml.SequenceNode) and node.tag == SEQ:
            for index, item in enumerate(node.value):
                if id(item) in self.converted:  # an alias: its node's mark is the anchor's line
                    self.lines.setdefault((*here, index), line)
            return [self.convert(item, (*here, index)) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in SCALARS:
            return self._scalar(node, line)
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise _Refused(line, f"het label '{visible(tag)}' wordt niet ondersteund; haal het weg "
                       "(een record bevat alleen tekst, getallen, true/false, lijsten en velden)",
                       "yaml-label")

    def _scalar(self, node: yaml.ScalarNode, line: int) -> Any:
        try:
            value = SCALARS[node.tag](node.value)
        except ValueError:
            raise _Refused(line, f"'{visible(node.value[:40])}' kan niet als {TYPE_NAMES[node.tag]} worden "
                           "gelezen; zet het tussen aanhalingstekens als het tekst is",
                           "yaml-waarde") from None
        if isinstance(value, str) and (found := FORBIDDEN.search(value)):
            self.findings.append(error(self.path, line, f"tekst bevat het onzichtbare stuurteken "
                                       f"{character_name(found.group())}; haal het weg",
                                       "bestand-stuurteken"))
        return value

    def _mapping(self, node: yaml.MappingNode, here: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.findings.append(error(self.path, key_line, "een veldnaam moet gewone tekst zijn, "
                                           "geen lijst of mapping", "yaml-sleutel"))
                continue
            key = key_node.value
            if key == "<<" and not key_node.style:
                self.findings.append(error(
                    self.path, key_line, "samenvoegen met '<<' (YAML merge key) wordt niet "
                    "ondersteund; schrijf de velden zelf uit", "yaml-samenvoegen"))
                continue
            if key in result:
                self.findings.append(error(
                    self.path, key_line, f"veld '{visible(key)}' staat twee keer in dit bestand "
                    f"(eerder op regel {self.lines[(*here, key)]}); houd er één over", "yaml-dubbel-veld"))
                continue
            self.lines[(*here, key)] = key_line
            result[key] = self.convert(value_node, (*here, key))
        return result


def forbidden_characters(text: str, path: str) -> list[Finding]:
    """One finding per line that holds a control character, with its column."""
    found: list[tuple[int, int, str]] = []  # (line, column, character), the first of each line
    line, line_start = 1, 0
    match = FORBIDDEN.search(text)
    while match:
        line += text.count("\n", line_start, match.start())
        line_start = text.rfind("\n", 0, match.start()) + 1
        found.append((line, match.start() - line_start + 1, match.group()))
        next_line = text.find("\n", match.start())
        match = FORBIDDEN.search(text, next_line + 1) if next_line >= 0 else None
    return _capped([
        error(path, number, f"onzichtbaar stuurteken {character_name(char)} op kolom {column}; haal het "
              "weg of typ de tekst opnieuw", "bestand-stuurteken") for number, column, char in found])


def _capped(findings: list[Finding]) -> list[Finding]:
    """At most MAX_REPORTED_LINES findings of each rule, then one that says how many more."""
    kept: list[Finding] = []
    more: dict[str, Finding] = {}
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        if counts[finding.rule] <= MAX_REPORTED_LINES:
            kept.append(finding)
        else:
            more.setdefault(finding.rule, finding)
    return kept + [error(f.path, f.line, f"en nog {counts[rule] - MAX_REPORTED_LINES} meldingen zoals de "
                         "vorige", rule) for rule, f in more.items()]


def parse_text(text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """Parse YAML text into a Document, or return the findings that stop it.

    A file with duplicate keys, merge keys or control characters inside quoted text still
    yields its Document (so the schema is checked too) together with those findings.
    """
    if problems := forbidden_characters(text, path):
        return None, problems
    loader = _Loader(text)
    converter = _Converter(path)
    try:
        root = loader.get_single_node()
        data = None if root is None else converter.convert(root, ())
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_error(exc, text, path, _Loader)]
    except yaml.YAMLError:
        return None, [syntax_error(None, text, path, _Loader)]
    except _Refused as refused:
        return None, _capped([*converter.findings, error(path, refused.line, refused.message, refused.rule)])
    finally:
        loader.dispose()
    if data is None:
        return None, [error(path, 1, "bestand is leeg; een record heeft minstens 'id' en 'titel'",
                            "bestand-leeg")]
    if not isinstance(data, dict):
        kind = "een lijst" if isinstance(data, list) else "losse tekst"
        return None, [error(path, 1, f"bestand bevat {kind}; verwacht een mapping van velden "
                            "('veld: waarde')", "bestand-geen-mapping")]
    return Document(path, data, converter.lines), _capped(converter.findings)


def _decode(raw: bytes, path: str) -> tuple[str | None, list[Finding]]:
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            error(path, line, f"bestand is geen geldige UTF-8 (byte 0x{raw[exc.start]:02x}); "
                  "sla het op als UTF-8", "bestand-geen-utf8")
        ]


def _read(file: Path, path: str) -> tuple[bytes | None, list[Finding]]:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [error(path, 1, f"bestand is te groot ({size / 1_000_000:.1f} MB); een "
                                f"record is hooguit {MAX_FILE_BYTES // 1_000_000} MB", "bestand-te-groot")]
        return file.read_bytes(), []
    except PermissionError:
        reason = "u hebt geen leesrechten; pas de rechten van het bestand aan"
    except IsADirectoryError:
        reason = "het is een map"
    except OSError:
        reason = "het besturingssysteem gaf een leesfout; controleer of het bestand nog bestaat"
    return None, [error(path, 1, f"bestand kan niet worden gelezen: {reason}", "bestand-onleesbaar")]


def load_file(file: Path, root: Path) -> tuple[Document | None, list[Finding]]:
    """Read and parse one YAML file; the path in findings is relative to root."""
    path = file.relative_to(root).as_posix()
    raw, findings = _read(file, path)
    if raw is None:
        return None, findings
    text, findings = _decode(raw, path)
    if text is None:
        return None, findings
    return parse_text(text, path)


@dataclass(frozen=True)
class Listing:
    """What lies in the source folders: the YAML files, and findings for everything else."""

    files: list[Path]
    findings: list[Finding]


def _walk(folder: Path, root: Path, findings: list[Finding]) -> Iterator[Path]:
    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename).relative_to(root).as_posix() if exc.filename else folder.name
        findings.append(error(where, 1, "map kan niet worden gelezen; pas de rechten van de map aan",
                              "bestand-onleesbaar"))

    for current, folders, files in os.walk(folder, onerror=unreadable):
        here = Path(current)
        if here.relative_to(folder).parts[:1] == (SCHEMA_FOLDER,):
            folders.clear()
            continue
        for name in sorted(folders):
            if (here / name).is_symlink():
                yield here / name
        yield from (here / name for name in files)


def list_sources(root: Path, folders: tuple[str, ...]) -> Listing:
    """Every file under the folders: .yaml/.yml (any case) are records; any other file or a
    link that leads nowhere is reported, never skipped in silence."""
    findings: list[Finding] = []
    files = []
    for entry in sorted(f for folder in folders for f in _walk(root / folder, root, findings)):
        path = entry.relative_to(root).as_posix()
        if entry.is_symlink() and not entry.exists():
            findings.append(error(path, 1, "dit is een snelkoppeling (symlink) naar een bestand dat niet "
                                  "bestaat; haal haar weg of laat haar naar het juiste bestand wijzen",
                                  "bestand-link-kapot"))
        elif entry.suffix.lower() not in YAML_SUFFIXES:
            findings.append(error(path, 1, "alleen .yaml- en .yml-bestanden worden gelezen; geef een "
                                  "record de extensie .yaml of haal dit bestand uit deze map",
                                  "bestand-extensie"))
        elif not entry.is_file():
            findings.append(error(path, 1, "dit is geen gewoon bestand (maar een map, snelkoppeling of "
                                  "apparaat); zet hier alleen records", "bestand-extensie"))
        else:
            files.append(entry)
    return Listing(files, findings)


def load_all(root: Path, folders: tuple[str, ...]) -> tuple[list[Document], list[Finding]]:
    """Load every YAML file under the folders; broken files become findings, and a Document
    with `readable=False` so that references to them can say so."""
    listing = list_sources(root, folders)
    documents: list[Document] = []
    findings = list(listing.findings)
    for file in listing.files:
        document, problems = load_file(file, root)
        findings.extend(problems)
        documents.append(document or Document(file.relative_to(root).as_posix(), {}, readable=False))
    return documents, findings
