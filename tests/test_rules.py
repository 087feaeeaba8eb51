"""The rule registry is the one list: every rule id the code can emit is in it, with the level
the code gives it, every registered rule is emitted somewhere, and the Bijdragen page shows
them all."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from generator.build import generate
from generator.findings import Level
from generator.rules import BY_ID, GROUPS, RULES
from tests.conftest import ROOT

GENERATOR = ROOT / "generator"
LEVELS = {"error": Level.ERROR, "warning": Level.WARNING}
# Calls that pass a rule id on: (function, position of the rule argument)
RULE_ARGUMENT = {"error": 3, "warning": 3, "_Refused": 2, "Problem": 2}
# Where a rule id travels in a variable, set from literals that this test reads elsewhere
FORWARDING = {("load.py", "parse_text"), ("load.py", "_capped"), ("validate.py", "check_schema"),
              ("schema_messages.py", "schema_problems")}


def _functions(tree: ast.Module) -> dict[ast.AST, str]:
    """Every node → the name of the function it is in."""
    owner: dict[ast.AST, str] = {}
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef):
            for node in ast.walk(function):
                owner.setdefault(node, function.name)
    return owner


def _rule_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.id if isinstance(call.func, ast.Name) else None
    if name not in RULE_ARGUMENT:
        return None
    keyword = next((k.value for k in call.keywords if k.arg == "rule"), None)
    position = RULE_ARGUMENT[name]
    return keyword or (call.args[position] if len(call.args) > position else None)


def emitted() -> tuple[list[tuple[str, int, str, Level | None]], set[tuple[str, str]]]:
    """(file, line, rule id, level or None) for every literal rule id in generator/, and the
    (file, function) of every place a rule id is passed on in a variable."""
    literal, forwarded = [], set()
    for file in sorted(GENERATOR.glob("*.py")):
        tree = ast.parse(file.read_text("utf-8"))
        owner = _functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (argument := _rule_argument(node)) is not None:
                name = node.func.id  # type: ignore[attr-defined]
                if isinstance(argument, ast.Constant):
                    literal.append((file.name, node.lineno, argument.value, LEVELS.get(name)))
                else:
                    forwarded.add((file.name, owner.get(node, "")))
            # schema_messages returns (path, message, rule) tuples
            if (file.name == "schema_messages.py" and isinstance(node, ast.Tuple) and len(node.elts) == 3
                    and isinstance(node.elts[2], ast.Constant) and isinstance(node.elts[2].value, str)):
                literal.append((file.name, node.lineno, node.elts[2].value, Level.ERROR))
    return literal, forwarded


def test_every_emitted_rule_is_registered_with_its_level() -> None:
    literal, _ = emitted()
    unknown = [(f, line, rule) for f, line, rule, _ in literal if rule not in BY_ID]
    assert unknown == [], "add these rule ids to generator/rules.py"
    wrong_level = [(f, line, rule) for f, line, rule, level in literal
                   if level is not None and BY_ID[rule].level is not level]
    assert wrong_level == []


def test_rule_ids_travel_in_variables_only_where_this_test_reads_their_literals() -> None:
    _, forwarded = emitted()
    assert forwarded == FORWARDING


def test_every_registered_rule_is_emitted_somewhere() -> None:
    literal, _ = emitted()
    assert {rule.id for rule in RULES} - {rule for _, _, rule, _ in literal} == set()


def test_registry_is_well_formed() -> None:
    assert len(BY_ID) == len(RULES)
    for rule in RULES:
        assert rule.group in GROUPS
        assert rule.what.endswith(".") and rule.fix.endswith("."), rule.id


def test_every_finding_needs_a_rule() -> None:
    from generator.findings import error

    with pytest.raises(TypeError):
        error("f.yaml", 1, "melding")  # type: ignore[call-arg]


def test_bijdragen_page_lists_every_rule(project: Path) -> None:
    result = generate(project, dt.date(2026, 12, 1))
    assert result.ok
    page = result.files["_controles.md"]
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.level.value} |" in page
