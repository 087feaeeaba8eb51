"""Every kind of bad input gets a finding with file, line and a message that says what to do.

Each case writes one broken file into a copy of the test catalog and runs
`python -m generator check` on it, as a maintainer would.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"
KNELPUNT = "catalog/knelpunten/functioneren-lokale-driehoek.yaml"


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    content: bytes
    line: int
    keywords: tuple[str, ...]


def product(**changes: str) -> bytes:
    """The valid test product with some lines replaced or added (key → whole line)."""
    lines = (ROOT / "tests/fixtures/mini" / PRODUCT).read_text("utf-8").splitlines()
    for key, new in changes.items():
        index = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
        if index is None:
            lines.append(new)
        else:
            lines[index] = new
    return ("\n".join(line for line in lines if line != "") + "\n").encode()


def verification(date: str) -> str:
    """A verificaties block appended to the product; its date is on line 15."""
    return (f"verificaties:\n  - datum: {date}\n    door: redactie\n    methode: website\n"
            "    uitkomst: bestaat-nog")


# line numbers refer to tests/fixtures/mini/catalog/producten/training-lokale-driehoek.yaml
CASES = [
    Case("tab indentation", PRODUCT, product(titel="titel:\n\tEen training"), 3, ("tab",)),
    Case("unclosed quote", PRODUCT, product(titel='titel: "Een training'), 2, ("aanhalingsteken",)),
    Case("duplicate key", PRODUCT, product(extra="titel: Nog een titel"), 14,
         ("titel", "twee keer", "regel 2")),
    Case("empty file", PRODUCT, b"", 1, ("leeg",)),
    Case("list instead of mapping", PRODUCT, b"- id: a\n- id: b\n", 1, ("lijst", "mapping")),
    Case("unknown field", PRODUCT, product(extra="omschrjving: typo"), 14,
         ("onbekend veld", "omschrjving", "omschrijving")),
    Case("missing required field", PRODUCT, product(status=""), 1,
         ("verplicht veld", "status")),
    Case("wrong type", PRODUCT, product(jaar="jaar: negentien"), 9,
         ("jaar", "geheel getal", "tekst")),
    Case("value outside taxonomy", PRODUCT, product(status="status: bestaat"), 4,
         ("status", "bestaat", "kies uit", "bestaand", "Bedoel je 'bestaand'")),
    Case("id not matching file name", PRODUCT, product(id="id: training-driehoek"), 1,
         ("training-driehoek", "bestandsnaam")),
    Case("dangling reference", PRODUCT,
         product(knelpunten="knelpunten: [functioneren-lokale-drie-hoek]"), 10,
         ("functioneren-lokale-drie-hoek", "bestaat niet", "Bedoel je 'functioneren-lokale-driehoek'")),
    Case("url without https", PRODUCT, product(extra="url: http://vng.nl/driehoek"), 14,
         ("url", "https://")),
    Case("malformed url", PRODUCT, product(extra="url: https://geen adres"), 14,
         ("url", "geen geldig webadres")),
    Case("impossible date", PRODUCT, product(extra=verification("2026-02-30")),
         15, ("verificaties[1].datum", "2026-02-30", "bestaat niet")),
    Case("date in the future", PRODUCT, product(extra=verification("2099-01-01")),
         15, ("toekomst",)),
    Case("date in the wrong form", PRODUCT, product(extra=verification("1-11-2026")),
         15, ("JJJJ-MM-DD",)),
    Case("year before 1990", PRODUCT, product(jaar="jaar: 1985"), 9, ("1985", "1990")),
    Case("year after next year", PRODUCT, product(jaar="jaar: 2999"), 9, ("2999",)),
    Case("non-UTF-8 bytes", PRODUCT, product(titel="titel: Caf\xe9").replace(b"\xc3\xa9", b"\xe9"), 2,
         ("UTF-8",)),
    Case("5 MB file", PRODUCT, b"# " + b"x" * 5_000_000 + b"\n", 1, ("te groot", "5.0 MB")),
]


def run_check(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "check", *options],
        cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_reported_with_file_line_and_advice(project: Path, case: Case) -> None:
    (project / case.path).write_bytes(case.content)
    completed = run_check(project)
    assert completed.returncode == 1, completed.stdout
    prefix = f"{case.path}:{case.line}: fout:"
    lines = [line for line in completed.stdout.splitlines() if line.startswith(prefix)]
    assert lines, f"no error at {prefix} in:\n{completed.stdout}"
    assert any(all(k in line for k in case.keywords) for line in lines), lines


def test_duplicate_id_across_files(project: Path) -> None:
    copy = project / "catalog/producten/zz-kopie.yaml"
    copy.write_text((project / PRODUCT).read_text("utf-8"), "utf-8")
    completed = run_check(project)
    assert completed.returncode == 1
    assert (f"catalog/producten/zz-kopie.yaml:1: fout: id 'training-lokale-driehoek' "
            f"wordt ook gebruikt door {PRODUCT}") in completed.stdout


def test_all_problems_are_reported_in_one_run(project: Path) -> None:
    (project / PRODUCT).write_bytes(product(status="status: bestaat", jaar="jaar: 1985"))
    (project / KNELPUNT).write_text("titel: [onaf\n", "utf-8")
    completed = run_check(project)
    errors = [line for line in completed.stdout.splitlines() if ": fout:" in line]
    assert any(line.startswith(f"{PRODUCT}:4:") for line in errors)
    assert any(line.startswith(f"{PRODUCT}:9:") for line in errors)
    assert any(line.startswith(f"{KNELPUNT}:1:") for line in errors)


def test_clean_catalog_exits_zero(project: Path) -> None:
    completed = run_check(project)
    assert completed.returncode == 0, completed.stdout
    assert completed.stdout == ""


def test_warnings_fail_only_with_strict(project: Path) -> None:
    (project / PRODUCT).write_bytes(product(status="status: in-ontwikkeling"))
    assert run_check(project).returncode == 0
    strict = run_check(project, "--strict")
    assert strict.returncode == 1
    assert f"{PRODUCT}:4: waarschuwing: product is 'in-ontwikkeling' maar heeft geen 'planning'" \
        in strict.stdout


def test_json_format_gives_the_same_findings(project: Path) -> None:
    import json

    (project / PRODUCT).write_bytes(product(status="status: bestaat"))
    findings = json.loads(run_check(project, "--format", "json").stdout)
    assert {"path": PRODUCT, "line": 4, "level": "fout"}.items() <= findings[0].items()
    assert "bestaand" in findings[0]["message"]
