"""Fuzzing the loader and the validator: whatever an editor's file holds, the tools answer with
findings, never with an exception.

Random bytes, YAML-like text, mutated real records and random JSON-like structures are fed to
the loader and the validator (hypothesis, deterministic and bounded by example counts), and
one seeded batch of broken files goes through `python -m generator check` on a temporary
project.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.findings import Finding
from generator.load import Document, load_file, parse_text
from generator.rules import BY_ID
from generator.schemas import SCHEMA_FILES
from generator.validate import validate
from tests.conftest import FIXTURES, ROOT, make_project

TODAY = dt.date(2026, 12, 1)
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
RECORDS = sorted((FIXTURES / "mini").rglob("*.yaml"))
YAML_CHARACTERS = "abc xyz019:-[]{}#&*!|>'\"%@`,?.~\n\n\n  \t\\\x0c\u00a0\u200b=<"


def assert_findings(findings: list[Finding], path: str | None = None) -> None:
    for finding in findings:
        assert finding.rule in BY_ID, finding
        assert finding.line >= 1, finding
        assert finding.message, finding
        assert path is None or finding.path == path, finding


def assert_loaded(document: Document | None, findings: list[Finding], path: str) -> None:
    assert document is not None or findings, "a file that yields no document yields a finding"
    assert_findings(findings, path)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(raw=st.binary(max_size=400))
def test_random_bytes_become_findings(scratch: Path, raw: bytes) -> None:
    file = scratch / "catalog/producten/x.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(raw)
    document, findings = load_file(file, scratch)
    assert_loaded(document, findings, "catalog/producten/x.yaml")


@FUZZ
@given(text=st.text(alphabet=YAML_CHARACTERS, max_size=300))
def test_random_yaml_like_text_becomes_findings(text: str) -> None:
    document, findings = parse_text(text, "f.yaml")
    assert_loaded(document, findings, "f.yaml")


@FUZZ
@given(record=st.sampled_from(RECORDS), data=st.data())
def test_mutated_records_become_findings(record: Path, data: st.DataObject) -> None:
    text = record.read_text("utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 3))
        text = text[:at] + data.draw(st.text(alphabet=YAML_CHARACTERS, max_size=3)) + text[at + cut:]
    document, findings = parse_text(text, "f.yaml")
    assert_loaded(document, findings, "f.yaml")


def _field_names() -> list[str]:
    """Every property name of every schema, so that random records reach every check."""
    import json

    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else {})
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [*SCHEMA_FILES.values(), "catalog/schema/common.schema.json"]:
        walk(json.loads((ROOT / path).read_text("utf-8")))
    return sorted(names)


# Fields that the checks across records read: drawn as often as all other fields together.
CROSS_FIELDS = ["sporen", "nummer", "maatregelen", "spoor", "code", "stellingen", "schaal", "waarde",
                "regel", "fase_2_vanaf", "fase_3_vanaf", "verificaties", "uitkomst", "status", "planning",
                "knelpunten", "instrumenten", "producten", "ondersteuning", "geen_ondersteuning",
                "ondersteuningsbehoefte", "bestaande_ondersteuning", "voorstellen", "gerelateerd", "bron",
                "document", "erkende_waarschuwingen", "reden", "product", "id"]
FIELDS = st.one_of(st.sampled_from(CROSS_FIELDS), st.sampled_from(_field_names()))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["bestaand", "gearchiveerd", "in-ontwikkeling",
                                                           "2026-02-30", "01-12-2026", "https://x.nl",
                                                           "training-lokale-driehoek", "\u200b", " "]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(FIELDS, inner, max_size=5)), max_leaves=25)
RECORD_PATHS = st.sampled_from([
    *(f"{folder}/training-lokale-driehoek.yaml" for folder in ("catalog/producten", "catalog/knelpunten")),
    "catalog/praktijkvoorbeelden/bergen-2023.yaml", "catalog/instrumenten/juniorenconvent.yaml",
    "catalog/bronnen/berenschot-2020.yaml", "catalog/aanbieders/vng.yaml", "catalog/fasen/fase-1.yaml",
    "catalog/routes/r.yaml", "questionnaire/vragenlijst.yaml", "catalog/elders/x.yaml"])


def _document(path: str, data: dict[str, Any], named: bool, readable: bool) -> Document:
    """A record with random fields; most carry the id of their file name, so that the checks
    across records see them."""
    named_data = {**data, "id": Path(path).stem} if named else data
    return Document(path, named_data if readable else {}, readable=readable)


DOCUMENTS = st.lists(st.builds(
    _document, RECORD_PATHS, st.dictionaries(FIELDS, VALUES, max_size=8),
    st.integers(0, 3).map(bool), st.integers(0, 5).map(bool)), max_size=4)


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("mini") / "project")


@settings(FUZZ, max_examples=300)
@given(documents=DOCUMENTS)
def test_random_structures_become_findings(mini: Path, documents: list[Document]) -> None:
    index, findings = validate(documents, mini, TODAY)
    assert_findings(findings)
    assert set(index) >= {"product", "knelpunt", "vragenlijst"}


@settings(FUZZ, max_examples=40)
@given(data=st.data())
def test_mutated_schema_files_become_findings(mini: Path, data: st.DataObject) -> None:
    path = data.draw(st.sampled_from([f"catalog/schema/{name}.schema.json"
                                      for name in ("taxonomie", "common", "product")]))
    file = mini / path
    original = file.read_text("utf-8")
    text = original
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.text(alphabet='{}[]",:$#/ atrue0', max_size=3)) + text[at + 2:]
    file.write_text(text, "utf-8")
    try:
        _, findings = validate([Document("catalog/producten/p.yaml", {"id": "p", "titel": 1})], mini, TODAY)
    finally:
        file.write_text(original, "utf-8")
    assert_findings(findings)


def _broken_files(rng: random.Random) -> dict[str, bytes]:
    """A seeded batch of broken files: bytes, mutated records and random structures as YAML."""
    files = {}
    for number, record in enumerate(RECORDS):
        relative = record.relative_to(FIXTURES / "mini").as_posix()
        text = bytearray(record.read_bytes())
        for _ in range(rng.randint(1, 5)):
            text[rng.randrange(len(text))] = rng.choice(b":-[]{}#&*!|>'\"%@`, \n\t\x0c")
        files[relative if number % 2 else relative.replace(".yaml", f"-{number}.yaml")] = bytes(text)
    files["catalog/producten/willekeurig.yaml"] = bytes(rng.randrange(256) for _ in range(300))
    structure = {"id": "x", "titel": [1, {"a": None}], "status": True, "jaar": "1985",
                 "sporen": "abc", "maatregelen": [{"code": [1]}], "erkende_waarschuwingen": 7}
    files["catalog/praktijkvoorbeelden/x.yaml"] = yaml.safe_dump(structure).encode()
    return files


def test_check_on_a_project_full_of_broken_files(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    for relative, content in _broken_files(random.Random(16)).items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_bytes(content)
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "check", "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    import json

    assert_findings([Finding(**{**f, "level": f["level"]}) for f in json.loads(completed.stdout)])
