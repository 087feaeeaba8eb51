"""The data the zelfscan page needs in the browser, built from the questionnaire and the catalog.

The page embeds it as JSON (#zelfscan-data). tests/js/fixtures/zelfscan-data.json is this data for
the fixture project tests/fixtures/zelfscan (a contract test keeps the two equal).
"""

from __future__ import annotations

from typing import Any

from generator.model import PHASES, Record, Site
from generator.urls import page_url

QUESTIONNAIRE_ROLES = ("burgemeester", "wethouder", "raadslid", "griffier", "gemeentesecretaris")


def questionnaire_data(site: Site) -> dict[str, Any]:
    """What the self-assessment page needs in the browser; links relative to zelfscan.html."""
    questionnaire = site.vragenlijst or {}
    rule = questionnaire.get("regel", {})
    statements = [
        {"id": s["id"], "orgaan": s["orgaan"], "tekst": s["tekst"], "richting": s["richting"],
         "zwaar": s["zwaar"], "instrumenten": s["instrumenten"],
         "norm": rule["standaardnorm_zwaar" if s["zwaar"] else "standaardnorm"] if s["norm"] is None
         else s["norm"]}
        for s in questionnaire.get("stellingen", [])
    ]
    instruments = {
        i: {"titel": r["titel"], "url": page_url("instrument", i, ".html"), "fasen": r["fasen"],
            "producten": [_product_summary(site, p) for p in site.products_by_status(
                [s["product"] for s in r["ondersteuning"]])]}
        for i, r in site.instrumenten.items()
    }
    return {
        "schaal": questionnaire.get("schaal", []),
        "regel": rule,
        "eigen_keuzes": questionnaire.get("eigen_keuzes", {}),
        "stellingen": statements,
        "instrumenten": instruments,
        "ladder": {phase: site.ladder(phase) for phase in PHASES},
        "rollen": [{"id": r, "label": r.capitalize()} for r in (*QUESTIONNAIRE_ROLES, "anders")],
        "fasen": {record["fase"]: _phase_summary(record_id, record)
                  for record_id, record in site.fasen.items()},
    }


def _product_summary(site: Site, product: Record) -> dict[str, Any]:
    return {"id": product["id"], "titel": product["titel"],
            "url": page_url("product", product["id"], ".html"),
            "status": product["status"], "status_label": site.label("status", product["status"]),
            "typen": [site.label("producttype", t) for t in product["typen"]],
            "aanbieders": [site.label("aanbieder", a) for a in product["aanbieders"]]}


def _phase_summary(record_id: str, record: Record) -> dict[str, Any]:
    """What a phase means, who acts and when to move up: the site's own explanation."""
    summary = {"titel": record["titel"], "betekenis": record["betekenis"], "wie": record["wie"],
               "url": page_url("fase", record_id, ".html")}
    if record["wanneer_hoger"]:
        summary["wanneer_hoger"] = record["wanneer_hoger"]
    return summary
