"""The catalog holds every item of the sources: a lost record fails the build.

Each test finds the sources' records by what they cite (`cites`), never by the total of a
kind, so an editor who adds a record from another source breaks none of them. Every test runs
twice: on the shipped catalog and on a copy with throwaway records added, which proves it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

THROWAWAY = {
    "catalog/bronnen/weerbaar-bestuur-website.yaml": """\
id: weerbaar-bestuur-website
titel: Weerbaar Bestuur
soort: website
url: https://www.example.org/weerbaar-bestuur
geraadpleegd: 2026-11-30
""",
    "catalog/producten/weerbaar-bestuur-proef.yaml": """\
id: weerbaar-bestuur-proef
titel: Weerbaar Bestuur (proef)
omschrijving: Programma over agressie en intimidatie tegen politieke ambtsdragers.
status: bestaand
themas: [integriteit-weerbaarheid]
typen: [website]
knelpunten: [integriteit-rol-burgemeester-cvdk]
bron:
  - document: weerbaar-bestuur-website
""",
    "catalog/knelpunten/proef-knelpunt.yaml": """\
id: proef-knelpunt
titel: Een knelpunt uit een andere bron
thema: integriteit-weerbaarheid
wetten: [gemeentewet]
bestuurslaag: gemeente
samenvatting: Een knelpunt dat niet uit het rapport komt.
producten: [weerbaar-bestuur-proef]
bron:
  - document: weerbaar-bestuur-website
""",
}


@pytest.fixture(scope="module", params=["shipped", "with-throwaway-records"])
def catalog(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped catalog folder, or a copy with a new source, product and knelpunt that
    `generator check --strict` accepts."""
    if request.param == "shipped":
        return ROOT / "catalog"
    root = tmp_path_factory.mktemp("extra")
    for folder in ("catalog", "questionnaire"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for path, text in THROWAWAY.items():
        (root / path).write_text(text, "utf-8")
    checked = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "check", "--strict"],
                             cwd=ROOT, capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    return root / "catalog"


def records(catalog: Path, folder: str) -> list[dict]:
    return [yaml.safe_load(f.read_text("utf-8")) for f in sorted((catalog / folder).glob("*.yaml"))]


def cites(record: dict, text: str, document: str = "") -> bool:
    return any(text in ref.get("sectie", "") and document in ref["document"] for ref in record["bron"])


def numbers(catalog: Path) -> set[str]:
    return {k["nummer"] for k in records(catalog, "knelpunten")
            if cites(k, "", "berenschot-2020") and "nummer" in k}


def test_the_report_chapter_2_knelpunten_are_there_in_five_themes(catalog: Path) -> None:
    chapter_2 = {n for n in numbers(catalog) if n.startswith("2.")}
    expected = {f"{paragraph}-{n}" for paragraph, count in
                (("2.2", 5), ("2.3", 3), ("2.4", 6), ("2.5", 4), ("2.6", 4)) for n in range(1, count + 1)}
    assert chapter_2 == expected


def test_the_wgr_knelpunten_are_there_with_2a_2b_2c(catalog: Path) -> None:
    wgr = {n for n in numbers(catalog) if n.startswith("wgr")}
    assert wgr == {"wgr-1", "wgr-2a", "wgr-2b", "wgr-2c", "wgr-3", "wgr-4", "wgr-5", "wgr-6", "wgr-7",
                   "wgr-8"}


def test_bijlage_2_rows_are_all_there(catalog: Path) -> None:
    products = records(catalog, "producten")
    existing = [p for p in products if cites(p, "Bestaande toerusting")]
    in_development = [p for p in products if cites(p, "Aanpalende trajecten")]
    # 59 rows, of which two pairs are the same product and merged into one record each
    assert len(existing) == 57
    assert sum(len([b for b in p["bron"] if "Bestaande toerusting" in b.get("sectie", "")])
               for p in existing) == 59
    assert len(in_development) == 8
    assert all("bijlage2" in p for p in existing + in_development)


def test_the_reports_proposals_are_there(catalog: Path) -> None:
    proposals = [p for p in records(catalog, "producten")
                 if p["status"] == "voorgesteld" and cites(p, "", "berenschot-2020")]
    assert len(proposals) >= 35


def test_ladder_per_phase_matches_the_handbook(catalog: Path) -> None:
    ladder = [i for i in records(catalog, "instrumenten") if cites(i, "Toelichting instrumenten", "handboek")]
    phases = Counter(phase for i in ladder for phase in i["fasen"])
    assert phases == {"1": 14, "2": 6, "3": 3, "preventief": 5}
    assert [i["titel"] for i in ladder if i["fasen"] == ["1", "2"]] == ["Integriteitscommissie instellen"]


def test_questionnaire_has_the_19_statements_in_order(catalog: Path) -> None:
    questionnaire = yaml.safe_load((catalog.parent / "questionnaire/vragenlijst.yaml").read_text("utf-8"))
    ids = [s["id"] for s in questionnaire["stellingen"]]
    assert ids == [f"raad-{n}" for n in range(1, 12)] + [f"college-{n}" for n in range(1, 9)]
    assert [s["id"] for s in questionnaire["stellingen"] if s["richting"] == "gezond"] == ["college-8"]
    assert questionnaire["stellingen"][-1]["tekst"] == "De debatcultuur is erg op de inhoud gericht"


def test_bergen_case_has_five_tracks_and_measures_a_to_t(catalog: Path) -> None:
    [case] = [c for c in records(catalog, "praktijkvoorbeelden") if cites(c, "", "bergen-plan-van-aanpak")]
    assert [s["nummer"] for s in case["sporen"]] == [1, 2, 3, 4, 5]
    assert [m["code"] for m in case["maatregelen"]] == [chr(c) for c in range(ord("A"), ord("U"))]


def test_the_four_source_documents_are_recorded(catalog: Path) -> None:
    documents = {b["id"] for b in records(catalog, "bronnen") if b["soort"] == "brondocument"}
    assert {"berenschot-2020", "handboek-escalatieladder", "bergen-plan-van-aanpak-2023",
            "leren-decentraliseren"} <= documents
