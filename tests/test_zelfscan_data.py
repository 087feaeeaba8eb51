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
# A static `import … from "./x.mjs"` or `export … from "./x.mjs"`; a dynamic import() is not one.
IMPORT = re.compile(r'^(?:import|export)\s+[\w*{}\s,$]+?\s+from\s+["\'](\.{1,2}/[^"\']+)["\']', re.M)
DYNAMIC_IMPORT = re.compile(r'\bimport\(\s*["\'](\.{1,2}/[^"\']+)["\']\s*\)')
ZELFSCAN = [JS / "zelfscan-page.mjs", *sorted((JS / "zelfscan").glob("*.mjs"))]


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


def module_graph(*entries: Path) -> set[Path]:
    """Every module the entry modules import statically, directly or not."""
    seen: set[Path] = set()
    todo = list(entries)
    while todo:
        module = todo.pop()
        for relative in IMPORT.findall(module.read_text("utf-8")):
            target = (module.parent / relative).resolve()
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def lazily_loaded() -> set[Path]:
    """Every module a zelfscan module loads with import(), and what those import statically."""
    targets = {(module.parent / relative).resolve()
               for module in ZELFSCAN for relative in DYNAMIC_IMPORT.findall(module.read_text("utf-8"))}
    return targets | module_graph(*targets)


def test_the_page_preloads_exactly_the_modules_it_imports() -> None:
    template = (ROOT / "generator/templates/zelfscan.md.j2").read_text("utf-8")
    listed = re.search(r'{% for module in \[(.*?)\] %}\s*<link rel="modulepreload"', template, re.S)
    assert listed, "the template lists the modules to preload"
    preloaded = {(JS / name).resolve() for name in re.findall(r'"([^"]+\.mjs)"', listed.group(1))}
    assert preloaded == module_graph(JS / "zelfscan-page.mjs")


def test_what_loads_on_demand_exists_and_is_not_loaded_up_front() -> None:
    """A part loaded with import() must not also be a static import of the page (it would load on
    the first visit after all), and every zelfscan module is loaded one way or the other."""
    first_visit = module_graph(JS / "zelfscan-page.mjs")
    later = lazily_loaded() - first_visit
    assert later and all(module.is_file() for module in later)
    targets = {(module.parent / relative).resolve()
               for module in ZELFSCAN for relative in DYNAMIC_IMPORT.findall(module.read_text("utf-8"))}
    assert targets.isdisjoint(first_visit)
    assert {m.resolve() for m in ZELFSCAN[1:]} <= first_visit | later


def test_the_architecture_table_lists_every_module_and_what_a_first_visit_loads() -> None:
    """ARCHITECTURE.md's module table matches the files one to one; "first" marks exactly the
    modules the page imports statically, everything else loads as a part."""
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| `((?:zelfscan/)?[\w-]+\.mjs)` \| ([\w, ]+) \|", text, re.M))
    assert set(rows) == {m.relative_to(JS).as_posix() for m in ZELFSCAN}
    first = {(JS / name).resolve() for name, loads in rows.items() if loads == "first"}
    own = (JS / "zelfscan").resolve()
    static = {m for m in module_graph(JS / "zelfscan-page.mjs") if m.is_relative_to(own)}
    assert first == static | {(JS / "zelfscan-page.mjs").resolve()}


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
    for module in module_graph(*ZELFSCAN) | {m.resolve() for m in ZELFSCAN}:
        for names, relative in NAMED_IMPORT.findall(module.read_text("utf-8")):
            if "vendor/" in relative:  # minified; tests/js/vendor.test.mjs checks those files
                continue
            exported = exports_of((module.parent / relative).resolve())
            wrong += [(module.name, n.strip()) for n in names.split(",") if n.strip() not in exported | {""}]
    assert wrong == []


def test_no_zelfscan_source_file_is_longer_than_300_lines() -> None:
    lengths = {p.name: len(p.read_text("utf-8").splitlines()) for p in ZELFSCAN}
    assert max(lengths.values()) <= 300, lengths


def test_the_file_format_note_names_the_limit_the_page_applies() -> None:
    limit = re.search(r"MAX_RESPONDENTEN = (\d+);", (JS / "zelfscan/checks.mjs").read_text("utf-8"))
    template = (ROOT / "generator/templates/zelfscan.md.j2").read_text("utf-8")
    assert limit and f"een lijst van hoogstens {limit.group(1)}." in template
