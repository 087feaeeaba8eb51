"""The catalog holds every item of the sources: a lost record fails the build.

The expected numbers are the sources' own counts (see the closing note of the catalog issue).
"""

from __future__ import annotations

from collections import Counter

import yaml

from tests.conftest import ROOT


def records(folder: str) -> list[dict]:
    return [yaml.safe_load(f.read_text("utf-8")) for f in sorted((ROOT / "catalog" / folder).glob("*.yaml"))]


def cites(record: dict, text: str) -> bool:
    return any(text in ref.get("sectie", "") for ref in record["bron"])


def test_knelpunten_chapter_2_has_22_in_five_themes() -> None:
    chapter_2 = [k for k in records("knelpunten") if not k["nummer"].startswith("wgr")]
    assert len(chapter_2) == 22
    per_paragraph = Counter(k["nummer"].split("-")[0] for k in chapter_2)
    assert per_paragraph == {"2.2": 5, "2.3": 3, "2.4": 6, "2.5": 4, "2.6": 4}


def test_wgr_knelpunten_are_ten_with_2a_2b_2c() -> None:
    wgr = sorted(k["nummer"] for k in records("knelpunten") if k["nummer"].startswith("wgr"))
    assert wgr == ["wgr-1", "wgr-2a", "wgr-2b", "wgr-2c", "wgr-3", "wgr-4", "wgr-5", "wgr-6",
                   "wgr-7", "wgr-8"]


def test_bijlage_2_rows_are_all_there() -> None:
    products = records("producten")
    existing = [p for p in products if cites(p, "Bestaande toerusting")]
    in_development = [p for p in products if cites(p, "Aanpalende trajecten")]
    # 59 rows, of which two pairs are the same product and merged into one record each
    assert len(existing) == 57
    assert sum(len([b for b in p["bron"] if "Bestaande toerusting" in b.get("sectie", "")])
               for p in existing) == 59
    assert len(in_development) == 8
    assert all("bijlage2" in p for p in existing + in_development)


def test_every_product_has_a_status_and_proposals_exist() -> None:
    statuses = Counter(p["status"] for p in records("producten"))
    assert set(statuses) <= {"bestaand", "in-ontwikkeling", "voorgesteld", "gearchiveerd"}
    assert statuses["voorgesteld"] >= 35


def test_ladder_per_phase_matches_the_handbook() -> None:
    phases = Counter(phase for i in records("instrumenten") for phase in i["fasen"])
    assert phases == {"1": 14, "2": 6, "3": 3, "preventief": 5}
    both = [i["titel"] for i in records("instrumenten") if i["fasen"] == ["1", "2"]]
    assert both == ["Integriteitscommissie instellen"]


def test_questionnaire_has_the_19_statements_in_order() -> None:
    questionnaire = yaml.safe_load((ROOT / "questionnaire/vragenlijst.yaml").read_text("utf-8"))
    ids = [s["id"] for s in questionnaire["stellingen"]]
    assert ids == [f"raad-{n}" for n in range(1, 12)] + [f"college-{n}" for n in range(1, 9)]
    zwaar = [s["id"] for s in questionnaire["stellingen"] if s.get("zwaar")]
    assert zwaar == ["raad-5", "raad-6", "college-5"]
    assert [s["id"] for s in questionnaire["stellingen"] if s["richting"] == "gezond"] == ["college-8"]
    assert questionnaire["stellingen"][-1]["tekst"] == "De debatcultuur is erg op de inhoud gericht"


def test_bergen_case_has_five_tracks_and_measures_a_to_t() -> None:
    case = yaml.safe_load((ROOT / "catalog/praktijkvoorbeelden/bergen-2023.yaml").read_text("utf-8"))
    assert [s["nummer"] for s in case["sporen"]] == [1, 2, 3, 4, 5]
    assert [m["code"] for m in case["maatregelen"]] == [chr(c) for c in range(ord("A"), ord("U"))]


def test_the_four_source_documents_are_recorded() -> None:
    documents = {b["id"] for b in records("bronnen") if b["soort"] == "brondocument"}
    assert documents == {"berenschot-2020", "handboek-escalatieladder", "bergen-plan-van-aanpak-2023",
                         "leren-decentraliseren"}
