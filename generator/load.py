"""Load YAML files and remember on which line every value stands.

A broken file becomes a finding, never an exception, so that one run of
`check` reports the problems of all files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.findings import Finding, error

MAX_FILE_BYTES = 1_000_000
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """One YAML file: its data and the line of every key path in it."""

    path: str
    data: dict[str, Any]
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, key_path: KeyPath) -> int:
        """Line of the closest enclosing key path that has a known line."""
        for end in range(len(key_path), 0, -1):
            line = self.lines.get(tuple(key_path[:end]))
            if line is not None:
                return line
        return 1


# libyaml's parser is ten times faster and keeps positions too; fall back where it is missing.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that keeps dates as text, so that `check` judges them itself."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first_line: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first_line = key, line, first_line


def _convert(node: yaml.Node, loader: _Loader, here: KeyPath, lines: dict[KeyPath, int]) -> Any:
    lines.setdefault(here, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            key = key if isinstance(key, str) else str(key)
            key_line = key_node.start_mark.line + 1
            if key in result:
                raise _DuplicateKey(key, key_line, lines[(*here, key)])
            lines[(*here, key)] = key_line
            result[key] = _convert(value_node, loader, (*here, key), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, loader, (*here, index), lines) for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node)


def _char_at(text: str, mark: yaml.Mark | None) -> str:
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return ""
    return lines[mark.line][mark.column]


def _at_end(text: str, mark: yaml.Mark | None) -> bool:
    """True when the parser only noticed the problem at the end of the file."""
    return mark is None or not text[mark.index:].strip()


def syntax_error(exc: yaml.MarkedYAMLError, text: str, path: str) -> Finding:
    """A YAML syntax error as a finding, pointing where the editor should look."""
    context = exc.context or ""
    at_end = _at_end(text, exc.problem_mark)
    mark = (exc.context_mark if at_end else None) or exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    if _char_at(text, exc.problem_mark) == "\t" or "'\\t'" in (exc.problem or ""):
        return error(path, line, "tab-teken gevonden; spring in met spaties, niet met tabs")
    if at_end and "quoted scalar" in context:
        return error(path, line, "aanhalingsteken wordt niet gesloten; zet aan het eind van de tekst "
                     "hetzelfde teken")
    if at_end and "flow" in context:
        return error(path, line, "een lijst [ of mapping { wordt niet gesloten met ] of }")
    where = f" ({context})" if context else ""
    return error(path, line, f"YAML-syntaxfout: {exc.problem or exc}{where}")


def parse_text(text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """Parse YAML text into a Document, or return the findings that stop it."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, [error(path, 1, "bestand is leeg; een record heeft minstens 'id' en 'titel'")]
        lines: dict[KeyPath, int] = {}
        data = _convert(root, loader, (), lines)
    except _DuplicateKey as dup:
        return None, [
            error(path, dup.line, f"veld '{dup.key}' staat twee keer in dit bestand "
                  f"(eerder op regel {dup.first_line}); houd er één over")
        ]
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_error(exc, text, path)]
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = "een lijst" if isinstance(data, list) else "losse tekst"
        return None, [
            error(path, 1, f"bestand bevat {kind}; verwacht een mapping van velden ('veld: waarde')")
        ]
    return Document(path, data, lines), []


def _decode(raw: bytes, path: str) -> tuple[str | None, list[Finding]]:
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            error(path, line, f"bestand is geen geldige UTF-8 (byte 0x{raw[exc.start]:02x}); "
                  "sla het op als UTF-8")
        ]


def load_file(file: Path, root: Path) -> tuple[Document | None, list[Finding]]:
    """Read and parse one YAML file; the path in findings is relative to root."""
    path = file.relative_to(root).as_posix()
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [
            error(path, 1, f"bestand is te groot ({size / 1_000_000:.1f} MB); "
                  f"een record is hooguit {MAX_FILE_BYTES // 1_000_000} MB")
        ]
    text, findings = _decode(file.read_bytes(), path)
    if text is None:
        return None, findings
    return parse_text(text, path)


def yaml_files(root: Path, folders: tuple[str, ...]) -> list[Path]:
    """All .yaml/.yml files under the given folders of root, in a stable order."""
    files = [
        file
        for folder in folders
        for file in (root / folder).rglob("*")
        if file.suffix in (".yaml", ".yml") and file.is_file()
    ]
    return sorted(files)


def load_all(root: Path, folders: tuple[str, ...]) -> tuple[list[Document], list[Finding]]:
    """Load every YAML file under the folders; broken files become findings."""
    documents: list[Document] = []
    findings: list[Finding] = []
    for file in yaml_files(root, folders):
        document, problems = load_file(file, root)
        findings.extend(problems)
        if document is not None:
            documents.append(document)
    return documents, findings
