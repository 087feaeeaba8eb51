"""The zelfscan's data: what the generator embeds in the page, and the JS test data.

tests/js/fixtures/zelfscan-data.json, on which the node tests run, must be exactly what the
generator makes from the fixture project tests/fixtures/zelfscan; rewrite it with
`python -m tests.zelfscan_fixture` after changing that project or generator/questionnaire.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import ROOT, make_project
from tests.zelfscan_fixture import JS_FIXTURE, fixture_data

JS = ROOT / "docs/assets/js"
IMPORT = re.compile(r'^(?:import|export)\b[^"\']*["\'](\.{1,2}/[^"\']+)["\']', re.M)


def test_js_fixture_is_what_the_generator_makes_of_the_fixture_project(tmp_path: Path) -> None:
    generated = fixture_data(make_project(tmp_path / "project", fixture="zelfscan"))
    fixture = json.loads(JS_FIXTURE.read_text("utf-8"))
    assert fixture == generated, "run: python -m tests.zelfscan_fixture"


def test_every_statement_links_to_instruments_that_exist_and_the_phases_are_there(tmp_path: Path) -> None:
    data = fixture_data(make_project(tmp_path / "project", fixture="zelfscan"))
    assert len(data["stellingen"]) == 19
    linked = {i for s in data["stellingen"] for i in s["instrumenten"]}
    assert linked <= set(data["instrumenten"])
    assert set(data["fasen"]) == {"1", "2", "3", "preventief"}


def module_graph(entry: Path) -> set[Path]:
    """Every module an entry module imports, directly or not."""
    seen: set[Path] = set()
    todo = [entry]
    while todo:
        module = todo.pop()
        for relative in IMPORT.findall(module.read_text("utf-8")):
            target = (module.parent / relative).resolve()
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_the_page_preloads_exactly_the_modules_it_imports() -> None:
    template = (ROOT / "generator/templates/zelfscan.md.j2").read_text("utf-8")
    listed = re.search(r'{% for module in \[(.*?)\] %}\s*<link rel="modulepreload"', template, re.S)
    assert listed, "the template lists the modules to preload"
    preloaded = {(JS / name).resolve() for name in re.findall(r'"([^"]+\.mjs)"', listed.group(1))}
    assert preloaded == module_graph(JS / "zelfscan-page.mjs")


NAMED_IMPORT = re.compile(r'^import \{([^}]*)\} from "([^"]+)"', re.M)
EXPORT = re.compile(r"^export (?:async )?(?:function|const|let|class) (\w+)", re.M)
EXPORT_LIST = re.compile(r"^export \{([^}]*)\}", re.M)


def exports_of(module: Path) -> set[str]:
    text = module.read_text("utf-8")
    listed = {name.strip().split(" as ")[-1]
              for group in EXPORT_LIST.findall(text) for name in group.split(",")}
    return set(EXPORT.findall(text)) | listed


def test_every_named_import_of_the_zelfscan_is_exported_by_its_module() -> None:
    """The entry module needs a browser, so node never links it; this catches a wrong name early."""
    wrong = []
    for module in module_graph(JS / "zelfscan-page.mjs") | {(JS / "zelfscan-page.mjs").resolve()}:
        for names, relative in NAMED_IMPORT.findall(module.read_text("utf-8")):
            if "vendor/" in relative:  # minified; tests/js/vendor.test.mjs checks those files
                continue
            exported = exports_of((module.parent / relative).resolve())
            wrong += [(module.name, n.strip()) for n in names.split(",") if n.strip() not in exported | {""}]
    assert wrong == []


def test_no_zelfscan_source_file_is_longer_than_300_lines() -> None:
    lengths = {p.name: len(p.read_text("utf-8").splitlines())
               for p in [JS / "zelfscan-page.mjs", *sorted((JS / "zelfscan").glob("*.mjs"))]}
    assert max(lengths.values()) <= 300, lengths


def test_the_file_format_note_names_the_limit_the_page_applies() -> None:
    limit = re.search(r"MAX_RESPONDENTEN = (\d+);", (JS / "zelfscan/file-read.mjs").read_text("utf-8"))
    template = (ROOT / "generator/templates/zelfscan.md.j2").read_text("utf-8")
    assert limit and f"een lijst van hoogstens {limit.group(1)}." in template
