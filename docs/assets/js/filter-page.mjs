// Binds the product filter (filter-core.mjs) to the product overview page.
// Loaded on every page; does nothing unless #productfilter is present. Without JavaScript the
// full table stays as it is: this module only adds the form and hides rows.

import {
  TEKST_PARAMETER,
  gekozenTekst,
  leesStaat,
  legeStaat,
  maakRij,
  rijPast,
  schrijfUrl,
  tellingTekst,
} from "./filter-core.mjs";
import { onPageReady } from "./pagina.mjs";

const MOUNT_ID = "productfilter";
const DATA_ID = "productfilter-data";
const TELLING_ID = "productfilter-telling";

/** Create an element with attributes/properties and children (nodes or strings). */
function maak(tag, eigenschappen = {}, kinderen = []) {
  const element = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen)) {
    if (naam in element && typeof waarde !== "string") {
      element[naam] = waarde;
    } else {
      element.setAttribute(naam, waarde);
    }
  }
  element.append(...kinderen);
  return element;
}

/**
 * The facet JSON: from the mount's data-facetten attribute, else from #productfilter-data
 * (a <script type="application/json"> or a <template>). Material's instant navigation
 * re-creates inline <script> elements without their id and type, so the script form only
 * survives a full page load; the attribute form survives both.
 */
function facetBron(mount) {
  if (mount.dataset.facetten) {
    return mount.dataset.facetten;
  }
  const element = document.getElementById(DATA_ID);
  if (element instanceof HTMLTemplateElement) {
    return element.content.textContent;
  }
  return element ? element.textContent : null;
}

function leesFacetten(mount) {
  const bron = facetBron(mount);
  if (!bron) {
    return null;
  }
  try {
    const facetten = JSON.parse(bron).facetten;
    return Array.isArray(facetten)
      ? facetten.filter((facet) => Array.isArray(facet.waarden) && facet.waarden.length > 0)
      : null;
  } catch (fout) {
    console.warn("productfilter: ongeldige filtergegevens", fout);
    return null;
  }
}

function maakZoekveld() {
  const veld = maak("input", {
    type: "search",
    id: `${MOUNT_ID}-q`,
    name: TEKST_PARAMETER,
    autocomplete: "off",
    spellcheck: "false",
    enterkeyhint: "search",
    "aria-describedby": `${MOUNT_ID}-q-uitleg`,
  });
  const blok = maak("div", { class: "productfilter__zoek" }, [
    maak("label", { for: veld.id }, ["Zoek in producten"]),
    veld,
    maak("p", { id: `${MOUNT_ID}-q-uitleg`, class: "productfilter__uitleg" }, [
      "Toont producten waarin alle getypte woorden voorkomen.",
    ]),
  ]);
  return { blok, veld };
}

function aantalTekst(aantal) {
  return Number.isFinite(aantal)
    ? [" ", maak("span", { class: "productfilter__aantal" }, [`(${aantal})`])]
    : [];
}

function maakFacet(facet, facetNummer) {
  const opties = facet.waarden.map((waarde, waardeNummer) => {
    const id = `${MOUNT_ID}-${facetNummer}-${waardeNummer}`;
    return maak("li", { class: "productfilter__optie" }, [
      maak("input", { type: "checkbox", id, name: facet.id, value: waarde.id }),
      maak("label", { for: id }, [waarde.label, ...aantalTekst(waarde.aantal)]),
    ]);
  });
  const gekozen = maak("span", { class: "productfilter__gekozen" });
  const blok = maak("details", { class: "productfilter__facet" }, [
    maak("summary", {}, [maak("span", {}, [facet.label]), " ", gekozen]),
    maak("fieldset", {}, [
      maak("legend", { class: "productfilter__verborgen" }, [facet.label]),
      maak("ul", { class: "productfilter__opties" }, opties),
    ]),
  ]);
  return { facet, blok, gekozen };
}

function maakFormulier(facetten) {
  const zoek = maakZoekveld();
  const facetBlokken = facetten.map(maakFacet);
  const wisKnop = maak("button", { type: "button", class: "md-button productfilter__wis" }, [
    "Wis filters",
  ]);
  const eigenschappen = {
    class: "productfilter__formulier",
    role: "search",
    "aria-label": "Producten filteren",
  };
  const formulier = maak("form", eigenschappen, [
    zoek.blok,
    maak("div", { class: "productfilter__facetten" }, facetBlokken.map((f) => f.blok)),
    maak("div", { class: "productfilter__acties" }, [wisKnop]),
  ]);
  return { formulier, zoekveld: zoek.veld, facetBlokken, wisKnop };
}

function zoekTelling(mount) {
  const bestaand = document.getElementById(TELLING_ID);
  if (bestaand) {
    return bestaand;
  }
  const telling = maak("p", { id: TELLING_ID, role: "status", "aria-live": "polite" });
  mount.append(telling);
  return telling;
}

function maakLeegmelding(telling) {
  const melding = maak("p", { class: "productfilter__leeg", hidden: true }, [
    "Geen producten gevonden. Pas de filters aan of kies \u201cWis filters\u201d.",
  ]);
  telling.after(melding);
  return melding;
}

function leesRijen(tabel, facetten) {
  const facetIds = facetten.map((facet) => facet.id);
  return [...tabel.tBodies].flatMap((tbody) =>
    [...tbody.rows].map((tr) => {
      const attributen = { ...tr.dataset };
      attributen.tekst = tr.dataset.tekst ?? tr.textContent;
      return { tr, rij: maakRij(attributen, facetIds) };
    }),
  );
}

function staatUitFormulier(pagina) {
  const gegevens = new FormData(pagina.formulier);
  const staat = legeStaat();
  for (const facet of pagina.facetten) {
    staat.facetten[facet.id] = gegevens.getAll(facet.id).map(String);
  }
  staat.q = String(gegevens.get(TEKST_PARAMETER) ?? "");
  return staat;
}

function zetFormulier(pagina, staat) {
  pagina.zoekveld.value = staat.q;
  for (const { facet, blok } of pagina.facetBlokken) {
    const gekozen = staat.facetten[facet.id] ?? [];
    for (const vakje of blok.querySelectorAll("input[type=checkbox]")) {
      vakje.checked = gekozen.includes(vakje.value);
    }
  }
}

function toonStaat(pagina, staat) {
  let zichtbaar = 0;
  for (const { tr, rij } of pagina.rijen) {
    const past = rijPast(rij, staat);
    tr.hidden = !past;
    zichtbaar += past ? 1 : 0;
  }
  const tekst = tellingTekst(zichtbaar, pagina.rijen.length);
  if (pagina.telling.textContent !== tekst) {
    pagina.telling.textContent = tekst;
  }
  pagina.leegmelding.hidden = zichtbaar !== 0;
  for (const { facet, gekozen } of pagina.facetBlokken) {
    gekozen.textContent = gekozenTekst((staat.facetten[facet.id] ?? []).length);
  }
}

function bewaarInUrl(pagina, staat) {
  const huidig = `${location.pathname}${location.search}${location.hash}`;
  const nieuw = schrijfUrl(location.href, staat, pagina.facetten);
  if (nieuw !== huidig) {
    history.replaceState(history.state, "", nieuw);
  }
}

function wijzig(pagina) {
  const staat = staatUitFormulier(pagina);
  toonStaat(pagina, staat);
  bewaarInUrl(pagina, staat);
}

function richIn(mount) {
  if (mount.dataset.filterKlaar === "ja") {
    return;
  }
  const facetten = leesFacetten(mount);
  const tabel = document.getElementById(mount.dataset.tabel ?? "");
  if (!facetten || !tabel) {
    return;
  }
  mount.dataset.filterKlaar = "ja";
  const onderdelen = maakFormulier(facetten);
  mount.append(onderdelen.formulier);
  const telling = zoekTelling(mount);
  const pagina = {
    ...onderdelen,
    facetten,
    rijen: leesRijen(tabel, facetten),
    telling,
    leegmelding: maakLeegmelding(telling),
  };

  const beginstaat = leesStaat(location.search, facetten);
  zetFormulier(pagina, beginstaat);
  for (const { facet, blok } of pagina.facetBlokken) {
    blok.open = (beginstaat.facetten[facet.id] ?? []).length > 0;
  }
  toonStaat(pagina, beginstaat);

  pagina.formulier.addEventListener("input", () => wijzig(pagina));
  pagina.formulier.addEventListener("submit", (gebeurtenis) => gebeurtenis.preventDefault());
  pagina.wisKnop.addEventListener("click", () => {
    zetFormulier(pagina, legeStaat());
    wijzig(pagina);
  });
}

function start() {
  const mount = document.getElementById(MOUNT_ID);
  if (mount) {
    richIn(mount);
  }
}

onPageReady(start);
