"""`python -m generator new` for sources and providers, and templates that never mislead."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli, new
from generator.schemas import load
from generator.validate import A_NEW_RECORD
from tests.conftest import ROOT

TODAY = dt.date.today().isoformat()


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)


def fields_of(text: str) -> dict[str, str]:
    """The live (not commented) top-level lines of a template: field → value."""
    return dict(re.findall(r"^([a-z_0-9]+): ?(.*)$", text, flags=re.MULTILINE))


def test_new_web_source_passes_check_at_once(project: Path) -> None:
    created = generator(project, "new", "bron", "--titel", "Weerbaar Bestuur", "--soort", "website",
                        "--url", "https://www.weerbaarbestuur.nl/over-ons")
    assert created.returncode == 0, created.stderr
    text = (project / "catalog/bronnen/weerbaar-bestuur.yaml").read_text("utf-8")
    assert fields_of(text) == {"id": "weerbaar-bestuur", "titel": '"Weerbaar Bestuur"', "soort": "website",
                               "url": '"https://www.weerbaarbestuur.nl/over-ons"', "geraadpleegd": TODAY}
    assert "# url (verplicht bij soort website): Webadres van de bron." in text
    checked = generator(project, "check", "--strict")
    assert checked.returncode == 0, checked.stdout


def test_new_provider_statement_passes_check_at_once(project: Path) -> None:
    created = generator(project, "new", "bron", "--titel", "Mail van de NGB", "--soort", "verklaring",
                        "--aanbieder", "ngb", "--verschenen", "2026-11-30")
    assert created.returncode == 0, created.stderr
    text = (project / "catalog/bronnen/mail-van-de-ngb.yaml").read_text("utf-8")
    assert {"soort": "verklaring", "aanbieder": '"ngb"', "verschenen": "2026-11-30"}.items() \
        <= fields_of(text).items()
    assert generator(project, "check", "--strict").returncode == 0


def test_new_document_source_passes_check_at_once(project: Path) -> None:
    assert generator(project, "new", "bron", "--titel", "Jaarverslag 2025").returncode == 0
    text = (project / "catalog/bronnen/jaarverslag-2025.yaml").read_text("utf-8")
    assert fields_of(text)["soort"] == "document"
    assert generator(project, "check", "--strict").returncode == 0


def test_new_source_asks_what_it_needs(project: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter(["Weerbaar Bestuur", "", "website", "https://www.weerbaarbestuur.nl"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _question: next(answers))
    assert cli.main(["--root", str(project), "new", "bron"]) == 0
    text = (project / "catalog/bronnen/weerbaar-bestuur.yaml").read_text("utf-8")
    assert fields_of(text)["url"] == '"https://www.weerbaarbestuur.nl"'
    assert "Aangemaakt: catalog/bronnen/weerbaar-bestuur.yaml" in capsys.readouterr().out


def test_source_options_belong_to_sources(project: Path) -> None:
    result = generator(project, "new", "product", "--titel", "X", "--url", "https://x.nl")
    assert result.returncode == 2
    assert result.stderr == "--url hoort alleen bij: new bron\n"


def test_new_provider_passes_check_once_filled(project: Path) -> None:
    assert generator(project, "new", "aanbieder", "--titel", "VNG").returncode == 0
    file = project / "catalog/aanbieders/vng.yaml"
    text = file.read_text("utf-8")
    assert fields_of(text) == {"id": "vng", "naam": '"VNG"', "volledige_naam": '""', "soort": '""'}
    file.write_text(text.replace('volledige_naam: ""', "volledige_naam: Vereniging van Nederlandse Gemeenten")
                    .replace('soort: ""', "soort: koepel"), "utf-8")
    checked = generator(project, "check", "--strict")
    assert checked.returncode == 0, checked.stdout


def test_new_warns_about_a_similar_title(project: Path) -> None:
    existing = project / "catalog/producten/netwerk-weerbaar-bestuur.yaml"
    existing.write_text((project / "catalog/producten/training-lokale-driehoek.yaml").read_text("utf-8")
                        .replace("id: training-lokale-driehoek", "id: netwerk-weerbaar-bestuur")
                        .replace("titel: Een sterke lokale driehoek voor een sterke lokale democratie",
                                 "titel: Netwerk weerbaar bestuur"), "utf-8")
    result = generator(project, "new", "product", "--titel", "Weerbaar Bestuur")
    assert result.returncode == 0
    assert result.stderr == ("Let op: catalog/producten/netwerk-weerbaar-bestuur.yaml heeft een "
                             "vergelijkbare titel: 'Netwerk weerbaar bestuur'. Controleer of u geen tweede "
                             "record maakt voor hetzelfde.\n")
    assert (project / "catalog/producten/weerbaar-bestuur.yaml").is_file()
    unrelated = generator(project, "new", "product", "--titel", "Bestuurlijke integriteit")
    assert unrelated.stderr == ""


def test_check_names_every_kind_new_makes() -> None:
    assert set(A_NEW_RECORD) == set(new.KINDS)


@pytest.mark.parametrize("kind", new.KINDS)
def test_template_marks_only_what_the_schema_requires(project: Path, kind: str) -> None:
    schema = load(project).validators[kind].schema
    text = new.render_template(kind, project, new.values_for(kind, "proef", "Proef", {}))
    marked = re.findall(r"^# ([a-z_0-9]+) \(verplicht\)", text, flags=re.MULTILINE)
    assert set(marked) == set(schema["required"])


@pytest.mark.parametrize("kind", new.KINDS)
def test_template_comments_hold_no_quotes(project: Path, kind: str) -> None:
    text = new.render_template(kind, project, new.values_for(kind, "proef", "Proef", {}))
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert [line for line in comments if "'" in line or '"' in line] == []
