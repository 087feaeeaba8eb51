"""ARCHITECTURE.md's module table names every module of the generator and the tools, and every
path it names exists: the table and the code stay one to one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE_ROW = re.compile(r"^\| (`[^|]+`) \|", re.M)
PATH = re.compile(r"`((?:generator|tools|docs|overrides|tests|deploy|\.github)/[^`*]*|\.gitlab-ci\.yml)`")


def table_paths() -> set[str]:
    """The paths in the first column of the module table."""
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    return {path for cell in TABLE_ROW.findall(text) for path in PATH.findall(cell)}


def modules() -> set[str]:
    found = {*ROOT.glob("generator/*.py"), *ROOT.glob("generator/views/*.py"), *ROOT.glob("tools/*.py")}
    return {p.relative_to(ROOT).as_posix() for p in found if not p.name.startswith("__")}


def test_every_module_is_in_the_table() -> None:
    assert modules() - table_paths() == set()


def test_every_path_in_the_table_exists() -> None:
    assert {p for p in table_paths() if not (ROOT / p).exists()} == set()
