"""View models of the overview pages: knelpunten, roles, ladder, gaps, upkeep, sources, counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.model import CHECK_STATES, PHASES, STATUS_ORDER, Record, Site
from generator.text import dutch_date
from generator.urls import page_url
from generator.views import kennis
from generator.views.links import Item, item, product_items

# role page slug → doelgroep value; the order is the order on the site
ROLES = {
    "burgemeester": "burgemeesters",
    "griffier": "griffiers",
    "raadslid": "raadsleden",
    "wethouder": "wethouders",
    "gemeentesecretaris": "gemeentesecretarissen",
    "statenlid": "statenleden",
    "college": "colleges",
    "ambtenaar": "ambtenaren",
}
# the roles the zelfscan asks respondents for (generator/questionnaire.py), as role page slugs
ZELFSCAN_ROLES = ("burgemeester", "wethouder", "raadslid", "griffier", "gemeentesecretaris", "college")
CHECK_HEADINGS = {
    "planning-verstreken": "Planning verstreken, niet nagegaan of het product is verschenen",
    "nooit": "Nog nooit gecontroleerd bij de aanbieder",
    "verouderd": "Langer dan {months} maanden geleden gecontroleerd",
    "actueel": "Gecontroleerd in de afgelopen {months} maanden",
}
ACTIVE = ("bestaand", "in-ontwikkeling")
LAW_GROUPS = (("gw", "Gemeentewet en Provinciewet"), ("wgr", "Wet gemeenschappelijke regelingen (Wgr)"))


def _active(site: Site) -> list[Record]:
    return [p for p in site.producten.values() if p["status"] != "gearchiveerd"]


# --- knelpunten and roles ------------------------------------------------------------------------


def _law_group(knelpunt: Record) -> str:
    return "wgr" if knelpunt["thema"].startswith("wgr") else "gw"


def knelpunten_page(site: Site) -> dict[str, Any]:
    groups = []
    for group, title in LAW_GROUPS:
        themes = [(t.id, t.label, [item("knelpunt", k) for k in site.knelpunten.values()
                                   if k["thema"] == t.id])
                  for t in site.terms["knelpuntthema"].values() if t.id.startswith("wgr") == (group == "wgr")]
        groups.append((title, themes))
    return {"groepen": groups}


def _role_knelpunten(site: Site, audience: str) -> list[Record]:
    return [k for k in site.knelpunten.values() if audience in k["doelgroepen"]]


def _role_products(site: Site, audience: str) -> list[Record]:
    return [p for p in _active(site) if audience in p["doelgroepen"]]


def rollen_page(site: Site) -> dict[str, Any]:
    return {"rollen": [(slug, site.label("doelgroep", audience), len(_role_knelpunten(site, audience)),
                        len(_role_products(site, audience))) for slug, audience in ROLES.items()]}


def _by_law(site: Site, knelpunten: list[Record]) -> list[tuple[str, list[Item]]]:
    """Knelpunten grouped by the law they concern (a knelpunt may concern more than one)."""
    groups = [(site.label("wet", w), [item("knelpunt", k) for k in knelpunten if w in k["wetten"]])
              for w in site.terms["wet"]]
    return [(label, found) for label, found in groups if found]


def _role_tools(site: Site, slug: str, knelpunten: list[Record]) -> list[tuple[str, str, str]]:
    """(title, path from catalogus/, why) of the site's tools that fit a role."""
    tools = []
    if slug == "burgemeester":
        tools.append(("Escalatieladder", "ladder.md", "Het handboek achter de ladder is geschreven voor "
                      "burgemeesters."))
    if slug in ZELFSCAN_ROLES:
        tools.append(("Zelfscan bestuurscultuur", "zelfscan.md", "Vul de stellingen over raad en college "
                      "alleen of samen in."))
    ids = {k["id"] for k in knelpunten}
    for case in site.praktijkvoorbeelden.values():
        shared = [link for link in site.praktijk_knelpunten.get(case["id"], []) if link.target in ids]
        if shared:
            tools.append((case["titel"], page_url("praktijkvoorbeeld", case["id"]),
                          "Een praktijkvoorbeeld bij knelpunten die u raken (koppeling van de redactie)."))
    return tools


def rol_page(site: Site, slug: str) -> dict[str, Any]:
    audience = ROLES[slug]
    knelpunten = _role_knelpunten(site, audience)
    products = _role_products(site, audience)
    return {
        "naam": site.label("doelgroep", audience),
        "per_wet": slug == "griffier",
        "knelpunten": [item("knelpunt", k) for k in knelpunten],
        "knelpunten_per_wet": _by_law(site, knelpunten),
        "routes": [item("route", r) for r in site.routes.values() if audience in r["doelgroepen"]],
        "hulpmiddelen": _role_tools(site, slug, knelpunten),
        "kennis": kennis.for_role(site, slug),
        "producten": [(_status_heading(status), [(item("product", p), _facts(site, p))
                                                 for p in products if p["status"] == status])
                      for status in STATUS_ORDER[:3] if any(p["status"] == status for p in products)],
    }


def _status_heading(status: str) -> str:
    return {"bestaand": "Bestaande ondersteuning", "in-ontwikkeling": "Ondersteuning in ontwikkeling",
            "voorgesteld": "Voorgestelde ondersteuning (bestaat nog niet)"}[status]


def _facts(site: Site, product: Record) -> str:
    parts = [site.label("status", product["status"]).lower(),
             site.labels("producttype", product["typen"]).lower(),
             site.labels("aanbieder", product["aanbieders"])]
    return "; ".join(p for p in parts if p)


# --- ladder --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phase:
    label: str
    uitleg: Record | None
    url: str
    instrumenten: list[tuple[Item, str]]
    lager: str


def ladder_page(site: Site) -> dict[str, Any]:
    by_phase = {f["fase"]: f for f in site.fasen.values()}
    phases = []
    for phase in PHASES:
        lower = {"2": "fase 1", "3": "fase 1 en 2"}.get(phase, "")
        instruments = [(item("instrument", site.instrumenten[i]), _other_phases(site.instrumenten[i], phase))
                       for i in site.ladder(phase)]
        explanation = by_phase.get(phase)
        phases.append(Phase(site.label("fase", phase), explanation,
                            page_url("fase", explanation["id"]) if explanation else "", instruments, lower))
    cumulative = [(site.label("fase", p), [site.instrumenten[i]["titel"] for i in _cumulative(site, p)])
                  for p in ("1", "2", "3")]
    return {"fasen": phases, "cumulatief": cumulative,
            "kennis": kennis.pages(site, (("bergen-uitvoering", ""), ("leren", "")))}


def _other_phases(instrument: Record, phase: str) -> str:
    """'fase 2' for an instrument of phase 1 that the handbook also lists in phase 2."""
    return ", ".join(f"fase {f}" if f != "preventief" else f for f in instrument["fasen"] if f != phase)


def _cumulative(site: Site, phase: str) -> list[str]:
    return list(dict.fromkeys(i for p in PHASES[: PHASES.index(phase) + 1] for i in site.ladder(p)))


# --- gaps ----------------------------------------------------------------------------------------


def ontbrekend_page(site: Site) -> dict[str, Any]:
    needs = [(item("knelpunt", k), row["behoefte"], product_items(site, _report_proposals(site, k, row)))
             for k in site.knelpunten.values() for row in k["ondersteuningsbehoefte"]
             if not row["bestaande_ondersteuning"]]
    gaps = []
    for k in site.knelpunten.values():
        links = site.knelpunt_producten.get(k["id"], [])
        report = [link for link in links if not link.by_editors]
        if any(site.producten[link.target]["status"] in ACTIVE for link in report):
            continue
        proposals = [link for link in report if site.producten[link.target]["status"] == "voorgesteld"]
        editors = [link for link in links
                   if link.by_editors and site.producten[link.target]["status"] in ACTIVE]
        gaps.append((item("knelpunt", k), site.label("knelpuntthema", k["thema"]),
                     product_items(site, proposals), product_items(site, editors)))
    return {"behoeften": needs, "zonder_product": gaps, **_coverage(site),
            "kennis": kennis.pages(site, (("ondersteuning-verbeteren", "uitgangspunten"),))}


def _report_proposals(site: Site, knelpunt: Record, row: Record) -> list[Any]:
    return [link for link in site.knelpunt_producten.get(knelpunt["id"], [])
            if link.target in row["voorstellen"] and not link.by_editors]


def _coverage(site: Site) -> dict[str, Any]:
    """Existing and in-development products per knelpunt and product type, both link sides."""
    used = [t for t in site.terms["producttype"].values()
            if any(t.id in p["typen"] for p in site.producten.values() if p["status"] in ACTIVE)]
    rows = []
    for k in site.knelpunten.values():
        linked = [site.producten[link.target] for link in site.knelpunt_producten.get(k["id"], [])]
        present = Counter(t for p in linked if p["status"] in ACTIVE for t in p["typen"])
        proposals = sum(p["status"] == "voorgesteld" for p in linked)
        rows.append((item("knelpunt", k), [present[t.id] or "" for t in used], proposals))
    return {"typen": [t.label for t in used], "dekking": rows}


# --- upkeep --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    """How many products (not archived) stand in which check state, per manager; the products
    that need attention per state; and the old products. Shared by the upkeep page and `stale`."""

    koppen: list[str]
    per_beheerder: list[tuple[str, list[int]]]
    lijsten: list[tuple[str, list[tuple[Record, str]]]]
    oud: list[tuple[Record, str]]


def check_report(site: Site) -> CheckReport:
    products = _active(site)
    months = site.settings.check_max_months
    state = {p["id"]: site.check_state(p) for p in products}
    manager = {p["id"]: site.manager(p) for p in products}
    table = [(m, [sum(manager[p["id"]] == m and state[p["id"]] == s for p in products)
                  for s in CHECK_STATES])
             for m in sorted(set(manager.values()))]
    lists = [(CHECK_HEADINGS[s].format(months=months),
              [(p, manager[p["id"]]) for p in products if state[p["id"]] == s])
             for s in CHECK_STATES if s != "actueel"]
    old = [(p, manager[p["id"]]) for p in products if site.is_old_product(p)]
    return CheckReport([CHECK_HEADINGS[s].format(months=months) for s in CHECK_STATES], table, lists, old)


def beheer_page(site: Site) -> dict[str, Any]:
    report = check_report(site)
    return {
        "peildatum": dutch_date(site.today.isoformat()),
        "kennis": kennis.pages(site, (("ondersteuning-verbeteren", "lijn-3"),)),
        "max_jaren": site.settings.product_max_years,
        "koppen": report.koppen,
        "per_beheerder": report.per_beheerder,
        "lijsten": [(kop, [(item("product", p), m) for p, m in lijst]) for kop, lijst in report.lijsten],
        "oud": [(item("product", p), p["jaar"], m) for p, m in report.oud],
        "instrumenten_zonder": [(item("instrument", i), i["geen_ondersteuning"] or "nog niet beoordeeld")
                                for i in site.instrumenten.values()
                                if not site.instrument_producten.get(i["id"])],
        "knelpunten_zonder_alles": [item("knelpunt", k) for k in site.knelpunten.values()
                                    if not site.knelpunt_instrumenten.get(k["id"])
                                    and not site.knelpunt_producten.get(k["id"])],
        "knelpunten_zonder_instrument": [item("knelpunt", k) for k in site.knelpunten.values()
                                         if not site.knelpunt_instrumenten.get(k["id"])],
    }


# --- sources, counts, landkaart, providers, routes -----------------------------------------------

SOURCE_KINDS = (
    ("brondocument", "Brondocumenten", "De documenten waarop deze site is gebouwd."),
    ("document", "Andere documenten", "Documenten die de redactie aanhaalt."),
    ("website", "Websites", "Webpagina's die de redactie heeft geraadpleegd."),
    ("verklaring", "Verklaringen van aanbieders", "Wat aanbieders de redactie lieten weten."),
    ("literatuur", "Literatuur uit het rapport", "Titels die het rapport van Berenschot in zijn voetnoten "
                                                 "aanhaalt."),
)


def bronnen_page(site: Site) -> dict[str, Any]:
    groups = []
    for kind, title, intro in SOURCE_KINDS:
        sources = [s for s in site.bronnen.values() if s["soort"] == kind]
        if sources:
            groups.append((title, intro, [(s, _source_line(site, s)) for s in sources]))
    founding = sum(s["soort"] == "brondocument" for s in site.bronnen.values())
    return {"groepen": groups, "aantal_brondocumenten": founding}


def _source_line(site: Site, source: Record) -> str:
    """'Auteurs (2018), uitgever. Aangehaald in: …' as far as the record gives it."""
    parts = [source["auteurs"], f"({source['jaar']})" if source["jaar"] else "", source["uitgever"]]
    line = " ".join(p for p in parts[:2] if p)
    line = ", ".join(p for p in (line, parts[2]) if p)
    if source["geraadpleegd"]:
        line = f"{line}. Geraadpleegd op {source['geraadpleegd']}".lstrip(". ")
    if source["soort"] == "literatuur":
        cited = "; ".join(ref["sectie"] or site.bronnen[ref["document"]]["titel"] for ref in source["bron"])
        line = f"{line}. Aangehaald in: {cited}".lstrip(". ")
    return f"{line}." if line else ""


def tellingen(site: Site) -> dict[str, Any]:
    by_status = Counter(p["status"] for p in site.producten.values())
    rows = [("Knelpunten", len(site.knelpunten))]
    rows += [(f"Producten: {site.label('status', s).lower()}", by_status[s])
             for s in STATUS_ORDER if by_status[s]]
    rows += [("Instrumenten van de escalatieladder", len(site.instrumenten)),
             ("Stellingen in de zelfscan", len((site.vragenlijst or {}).get("stellingen", [])))]
    return {"rijen": rows}


def aanbieders_page(site: Site) -> dict[str, Any]:
    counts = Counter(a for p in _active(site) for a in p["aanbieders"])
    return {"aanbieders": [(item("aanbieder", a), site.label("organisatiesoort", a["soort"]), counts[a["id"]])
                           for a in site.aanbieders.values()]}


def routes_page(site: Site) -> dict[str, Any]:
    return {"routes": [(item("route", r), r["inleiding"], site.labels("doelgroep", r["doelgroepen"]).lower())
                       for r in site.routes.values()]}
