"""View models of the record pages: knelpunt, product, instrument, case, provider, phase, route."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.model import Link, Record, Site
from generator.text import dutch_date
from generator.urls import page_url
from generator.views import kennis
from generator.views.links import Item, item, items, product_items
from generator.views.sources import provenance

CAUSES_HEADINGS = {
    "rapport": "Het rapport noemt deze oorzaken:",
    "redactie": "Het rapport geeft hier geen lijst van oorzaken. De redactie leidt deze oorzaken af uit "
                "de beschrijving in het rapport:",
}
NEED_HEADINGS = {
    "gesprekken": "Uit de gesprekken",
    "onderzoekers": "Aanvullend voorgesteld door de onderzoekers",
    "": "Ondersteuningsbehoefte",
}
NEED_INTROS = {
    "gesprekken": "Behoeften die gemeenten, provincies en verenigingen in de gesprekken van het onderzoek "
                  "noemden.",
    "onderzoekers": "Mogelijkheden voor toerusting en ondersteuning die de onderzoekers zelf zien, naast "
                    "wat de gesprekken opleverden.",
    "": "",
}


# --- knelpunt ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Need:
    behoefte: str
    bestaand: list[Item]
    toelichting_bestaand: str
    analyse: str
    voorstellen: list[Item]
    basis: list[Item]
    toelichting_voorstel: str


def _row_items(site: Site, ids: list[str], source: str) -> list[Item]:
    return [item("product", site.producten[p], f"volgens {source}") for p in ids]


def _needs(site: Site, knelpunt: Record) -> list[tuple[str, str, list[Need]]]:
    """The report's ondersteuningsbehoefte rows, grouped by who raised them."""
    source = site.source_name(knelpunt["bron"][0]["document"])
    groups: dict[str, list[Need]] = {}
    for row in knelpunt["ondersteuningsbehoefte"]:
        groups.setdefault(row["herkomst"], []).append(Need(
            row["behoefte"], _row_items(site, row["bestaande_ondersteuning"], source),
            row["toelichting_bestaand"], row["analyse"], _row_items(site, row["voorstellen"], source),
            _row_items(site, row["voorstel_bouwt_voort_op"], source), row["toelichting_voorstel"]))
    order = [h for h in NEED_HEADINGS if h in groups]
    return [(NEED_HEADINGS[h], NEED_INTROS[h], groups[h]) for h in order]


def _directions(site: Site, knelpunt: Record) -> list[tuple[str, list[Item]]]:
    source = site.source_name(knelpunt["bron"][0]["document"])
    return [(row["richting"], _row_items(site, row["voorstellen"], source))
            for row in knelpunt["oplossingsrichtingen"]]


def _instrument_items(site: Site, links: list[Link]) -> list[tuple[Item, str]]:
    """Instruments with their phases ('fase 1, 2')."""
    found = items(site, "instrument", site.instrumenten, links)
    return [(i, "fase " + ", ".join(i.record["fasen"])) for i in found]


def knelpunt_page(site: Site, knelpunt: Record) -> dict[str, Any]:
    kid = knelpunt["id"]
    links = site.knelpunt_producten.get(kid, [])
    return {
        "record": knelpunt,
        "thema": site.label("knelpuntthema", knelpunt["thema"]),
        "kenmerken": [
            ("Wet", site.labels("wet", knelpunt["wetten"])),
            ("Bestuurslaag", site.label("bestuurslaag", knelpunt["bestuurslaag"])),
            ("Aangedragen door", site.label("aangedragen_door", knelpunt["aangedragen_door"])
             if knelpunt["aangedragen_door"] else ""),
            ("Betrokken rollen", site.labels("doelgroep", knelpunt["doelgroepen"])),
            ("Nummer in het rapport", knelpunt["nummer"]),
        ],
        "oorzaken_kop": CAUSES_HEADINGS.get(knelpunt["oorzaken_herkomst"], ""),
        "behoeften": _needs(site, knelpunt),
        "richtingen": _directions(site, knelpunt),
        "rapport_producten": product_items(site, [link for link in links if not link.by_editors]),
        "redactie_producten": product_items(site, [link for link in links if link.by_editors]),
        "instrumenten": _instrument_items(site, site.knelpunt_instrumenten.get(kid, [])),
        "praktijk": items(site, "praktijkvoorbeeld", site.praktijkvoorbeelden,
                          site.knelpunt_praktijk.get(kid, [])),
        "gerelateerd": items(site, "knelpunt", site.knelpunten, site.knelpunt_gerelateerd.get(kid, [])),
        "routes": [item("route", r) for r in site.routes.values() if _route_mentions(r, "knelpunten", kid)],
        "kennis": kennis.for_knelpunt(site, knelpunt),
        "herkomst": provenance(site, knelpunt),
    }


def _route_mentions(route: Record, field: str, record_id: str) -> bool:
    return any(record_id in step[field] for step in route["stappen"])


# --- product -------------------------------------------------------------------------------------


def _notices(site: Site, product: Record) -> list[tuple[str, str, str]]:
    """(kind, title, text) admonitions at the top of a product page."""
    status = product["status"]
    notices = []
    if status == "gearchiveerd":
        notices.append(("note", f"Gearchiveerd op {dutch_date(product['archivering']['datum'])}",
                        product["archivering"]["reden"]))
    elif status == "voorgesteld":
        notices.append(("info", "Voorstel", "Dit product bestaat (nog) niet. Het onderzoek stelt voor het "
                        "te ontwikkelen."))
    elif status == "in-ontwikkeling":
        notices.append(("info", "In ontwikkeling", _planning_sentence(site, product)))
    if site.is_old_product(product):
        notices.append(("warning", "Ouder product",
                        f"Dit product is van {product['jaar']}, meer dan {site.settings.product_max_years} "
                        "jaar geleden. Controleer of het nog actueel is."))
    if status != "gearchiveerd" and site.check_state(product) == "verouderd":
        notices.append(("warning", "Controle nodig",
                        f"De laatste controle is langer dan {site.settings.check_max_months} maanden "
                        "geleden."))
    return notices


def _planning_sentence(site: Site, product: Record) -> str:
    source = site.source_name(product["bron"][0]["document"])
    planning = f"Planning volgens {source}: {product['planning']}" if product["planning"] else \
        f"{source[0].upper()}{source[1:]} noemt geen planning."
    if site.check_state(product) == "planning-verstreken":
        return (f"{planning.rstrip('.')}. Die datum is voorbij; of het product is verschenen, is nog niet "
                "nagegaan.")
    return planning


@dataclass(frozen=True)
class Access:
    """'Zo komt u eraan': the web address if known and where it comes from, else the providers."""

    url: str
    url_herkomst: str
    aanbieders: list[Item]
    melden: str


def _address(site: Site, product: Record) -> tuple[str, str]:
    found = [c for c in product["verificaties"] if c["url"]]
    if found:
        return found[-1]["url"], f"gevonden bij de controle op {dutch_date(found[-1]['datum'])}"
    if product["url"]:
        source = product["bron"][0]["document"]
        return product["url"], f"volgens {site.source_name(source)}; nog niet gecontroleerd"
    return "", ""


def report_link(site: Site, title: str, path: str) -> str:
    """A pre-filled message to the editors about a page, or '' when no address is configured."""
    target = site.settings.meld_url
    if not target:
        return ""
    subject = quote(f"Klopt dit niet meer? {title}")
    body = quote(f"Pagina: {title} ({path})\n\nWat klopt er niet meer?\n")
    if target.startswith("mailto:"):
        return f"{target}?subject={subject}&body={body}"
    separator = "&" if "?" in target else "?"
    return f"{target}{separator}title={subject}&body={body}"


def _access(site: Site, product: Record) -> Access:
    url, where = _address(site, product)
    providers = [item("aanbieder", site.aanbieders[a]) for a in product["aanbieders"]]
    path = site.paths[("product", product["id"])]
    return Access(url, where, providers, report_link(site, product["titel"], path))


def product_page(site: Site, product: Record) -> dict[str, Any]:
    pid = product["id"]
    return {
        "record": product,
        "meldingen": _notices(site, product),
        "kenmerken": [
            ("Status", site.label("status", product["status"])),
            ("Type", site.labels("producttype", product["typen"])),
            ("Doelgroep", site.labels("doelgroep", product["doelgroepen"]) or "Niet genoemd in de bron"),
            ("Thema", site.labels("productthema", product["themas"])),
            ("Jaar", str(product["jaar"] or "")),
            ("Looptijd", product["looptijd"]),
            ("Planning", product["planning"]),
            ("Categorie", product["categorie"]),
            ("Lijn (hoofdstuk 4)", site.labels("lijn", product["lijnen"])),
        ],
        "toegang": _access(site, product) if product["status"] in ("bestaand", "in-ontwikkeling") else None,
        "aanbieders": [item("aanbieder", site.aanbieders[a])
                       for a in product["aanbieders"]],
        "knelpunten": items(site, "knelpunt", site.knelpunten, site.product_knelpunten.get(pid, [])),
        "instrumenten": _instrument_items(site, site.product_instrumenten.get(pid, [])),
        "bijlage2": [(k.capitalize(), v) for k, v in (product["bijlage2"] or {}).items() if v],
        "kennis": kennis.for_product(site, product),
        "herkomst": provenance(site, product, verifiable=True),
    }


# --- instrument ----------------------------------------------------------------------------------


def instrument_page(site: Site, instrument: Record) -> dict[str, Any]:
    iid = instrument["id"]
    statements = {s["id"]: s for s in (site.vragenlijst or {}).get("stellingen", [])}
    return {
        "record": instrument,
        "fasen": [(site.label("fase", f), _phase_url(site, f)) for f in instrument["fasen"]],
        "organisaties": [item("aanbieder", site.aanbieders[a])
                         for a in instrument["organisaties"]],
        "producten": [(p, _product_facts(site, p.record))
                      for p in product_items(site, site.instrument_producten.get(iid, []))],
        "stellingen": [statements[link.target]["tekst"] for link in site.instrument_stellingen.get(iid, [])],
        "knelpunten": items(site, "knelpunt", site.knelpunten, site.instrument_knelpunten.get(iid, [])),
        "herkomst": provenance(site, instrument),
    }


def _phase_url(site: Site, phase: str) -> str:
    """The page explaining a phase, or '' when the catalog has none for it."""
    return next((page_url("fase", f["id"]) for f in site.fasen.values() if f["fase"] == phase), "")


def _product_facts(site: Site, product: Record) -> str:
    """'bestaand; handreiking; VNG' for a product in a list."""
    status = "voorstel, bestaat nog niet" if product["status"] == "voorgesteld" else \
        site.label("status", product["status"]).lower()
    parts = [status, site.labels("producttype", product["typen"]).lower(),
             site.labels("aanbieder", product["aanbieders"])]
    return "; ".join(p for p in parts if p)


# --- case, provider, phase, route ----------------------------------------------------------------


def praktijk_page(site: Site, case: Record) -> dict[str, Any]:
    return {
        "record": case,
        "maatregelen": [_measure_row(m) for m in case["maatregelen"]],
        "knelpunten": items(site, "knelpunt", site.knelpunten, site.praktijk_knelpunten.get(case["id"], [])),
        "kennis": kennis.pages(site, (("bergen-uitvoering", ""),)),
        "herkomst": provenance(site, case),
    }


def _measure_row(measure: Record) -> tuple[Any, ...]:
    started = measure["gestart"]
    return (measure["code"], measure["titel"], measure["spoor"], measure["eigenaar"] or "—",
            measure["termijn"] or "—", measure["prioriteit"] or "—",
            "—" if started is None else ("ja" if started else "nee"))


def aanbieder_page(site: Site, provider: Record) -> dict[str, Any]:
    aid = provider["id"]
    products = [p for p in site.producten.values() if aid in p["aanbieders"]]
    by_status = [(site.label("status", status), [(_provider_item(site, p), _product_facts(site, p))
                                                 for p in products if p["status"] == status])
                 for status in ("bestaand", "in-ontwikkeling", "voorgesteld", "gearchiveerd")]
    source = provider["bron"][0]["document"] if provider["bron"] else ""
    return {
        "record": provider,
        "soort": site.label("organisatiesoort", provider["soort"]),
        "url_herkomst": f"volgens {site.source_name(source)}" if source else "",
        "producten": [(label, group) for label, group in by_status if group],
        "instrumenten": [_handbook_item(site, i) for i in site.instrumenten.values()
                         if aid in i["organisaties"]],
        "herkomst": provenance(site, provider, verifiable=True),
    }


def _handbook_item(site: Site, instrument: Record) -> Item:
    return item("instrument", instrument, f"genoemd in {site.source_name(instrument['bron'][0]['document'])}")


def _provider_item(site: Site, product: Record) -> Item:
    return item("product", product, f"aanbieder volgens {site.source_name(product['bron'][0]['document'])}")


def fase_page(site: Site, phase: Record) -> dict[str, Any]:
    ids = site.ladder(phase["fase"])
    return {
        "record": phase,
        "instrumenten": [_handbook_item(site, site.instrumenten[i]) for i in ids],
        "herkomst": provenance(site, phase),
    }


def route_page(site: Site, route: Record) -> dict[str, Any]:
    pages = site.terms["sitepagina"]
    steps = []
    chosen = "uitgekozen door de redactie"
    for step in route["stappen"]:
        links = [item(kind, records[i], chosen) for kind, field, records in (
            ("knelpunt", "knelpunten", site.knelpunten), ("instrument", "instrumenten", site.instrumenten),
            ("product", "producten", site.producten),
            ("praktijkvoorbeeld", "praktijkvoorbeelden", site.praktijkvoorbeelden)) for i in step[field]]
        site_pages = [(pages[p].label, pages[p].description) for p in step["paginas"]]
        steps.append((step["titel"], step["tekst"], links, site_pages))
    return {
        "record": route,
        "voor": site.labels("doelgroep", route["doelgroepen"]).lower(),
        "stappen": steps,
        "herkomst": provenance(site, route),
    }
