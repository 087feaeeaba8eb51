// Binds the zelfscan logic (zelfscan-core.mjs) to the page: builds the interface inside
// #zelfscan-app from the JSON in #zelfscan-data, keeps one store object that is loaded from
// and saved to localStorage in one place (leesOpslag / schrijfOpslag), and re-renders the
// derived parts after every change. Nothing leaves the page: no requests, downloads are Blobs.
//
// Loaded on every page; does nothing where #zelfscan-app is absent. With Material's instant
// navigation the module runs once, so it sets pages up through Material's document$.

import * as core from "./zelfscan-core.mjs";
import { onPageReady } from "./pagina.mjs";

const MOUNT_ID = "zelfscan-app";
const DATA_ID = "zelfscan-data";
const OPSLAG_SLEUTEL = "bestuurscultuur-zelfscan";
const ONLEESBAAR_SLEUTEL = "bestuurscultuur-zelfscan-onleesbaar";
const MAX_BESTAND = 5 * 1024 * 1024;
const ORGANEN = { raad: "Gemeenteraad", college: "College van B en W" };

// ---------------------------------------------------------------------------------------------
// Small DOM helpers (text always goes in as text, never as markup)

const PROPERTIES = new Set(["checked", "value", "hidden", "open", "disabled", "multiple", "selected"]);

function el(tag, attrs = {}, ...kinderen) {
  const element = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attrs)) {
    if (naam.startsWith("on") && typeof waarde === "function") {
      element.addEventListener(naam.slice(2), waarde);
    } else if (PROPERTIES.has(naam)) {
      element[naam] = waarde;
    } else if (waarde !== false && waarde !== null && waarde !== undefined) {
      element.setAttribute(naam, waarde === true ? "" : String(waarde));
    }
  }
  element.append(...kinderen.flat(Infinity).filter((kind) => kind !== null && kind !== undefined && kind !== false));
  return element;
}

/** Replace a region's content with (nested lists of) nodes and texts; null entries are skipped. */
function vul(regio, ...kinderen) {
  regio.replaceChildren(...kinderen.flat(Infinity).filter((kind) => kind !== null && kind !== undefined && kind !== false));
}

/** Text for screen readers only. */
const vh = (tekst) => el("span", { class: "zs-vh" }, tekst);

const knop = (tekst, onclick, extra = {}) =>
  el("button", { type: "button", class: "md-button", onclick, ...extra }, ...[tekst].flat());

function link(tekst, url) {
  const veilig = core.safeUrl(url);
  return veilig === null ? el("span", {}, tekst) : el("a", { href: veilig }, tekst);
}

/** A table in a frame that scrolls sideways on a narrow screen and can take keyboard focus. */
function tabel(id, bijschrift, kop, rijen) {
  const captionId = `${id}-bijschrift`;
  const table = el(
    "table",
    { id },
    el("caption", { id: captionId }, bijschrift),
    el("thead", {}, el("tr", {}, ...kop.map((tekst) => el("th", { scope: "col" }, tekst)))),
    el("tbody", {}, ...rijen),
  );
  return el("div", { class: "zs-tabel", tabindex: "0", role: "region", "aria-labelledby": captionId }, table);
}

/** A name cell: the real name on screen, "Respondent n" in print unless names are wanted. */
function naamSpan(respondent, index, rollen) {
  const rol = rollen.find((r) => r.id === respondent.rol)?.label;
  const achter = rol ? ` (${rol})` : "";
  return el(
    "span",
    {},
    el("span", { class: "zs-naam" }, `${core.displayName(respondent, index)}${achter}`),
    el("span", { class: "zs-anoniem" }, `Respondent ${index + 1}${achter}`),
  );
}

function vandaag() {
  const nu = new Date();
  const tweeCijfers = (getal) => String(getal).padStart(2, "0");
  return `${nu.getFullYear()}-${tweeCijfers(nu.getMonth() + 1)}-${tweeCijfers(nu.getDate())}`;
}

function meervoud(aantal, enkel, meer) {
  return `${aantal} ${aantal === 1 ? enkel : meer}`;
}

// ---------------------------------------------------------------------------------------------
// Storage: the only place that touches localStorage

function leesOpslag(data) {
  let ruw;
  try {
    ruw = window.localStorage.getItem(OPSLAG_SLEUTEL);
  } catch {
    return {
      state: core.emptyState(),
      melding: "Deze browser staat niet toe dat de zelfscan antwoorden bewaart. Ze verdwijnen als u de pagina sluit; exporteer ze als u ze wilt houden.",
    };
  }
  if (ruw === null) {
    return core.migrateStored(null, data);
  }
  try {
    return core.migrateStored(JSON.parse(ruw), data);
  } catch (fout) {
    if (!(fout instanceof SyntaxError)) {
      throw fout;
    }
    try {
      window.localStorage.setItem(ONLEESBAAR_SLEUTEL, ruw);
    } catch {
      // The copy is a courtesy; the notice below still tells the user what happened.
    }
    return {
      state: core.emptyState(),
      melding: `De opgeslagen antwoorden waren onleesbaar; de zelfscan begint leeg. Een kopie staat in de browseropslag onder "${ONLEESBAAR_SLEUTEL}".`,
    };
  }
}

function schrijfOpslag(state) {
  try {
    window.localStorage.setItem(OPSLAG_SLEUTEL, JSON.stringify(state));
    return null;
  } catch (fout) {
    return `Bewaren in deze browser lukte niet (${fout.name}). Exporteer uw antwoorden om ze te houden.`;
  }
}

function wisOpslag() {
  try {
    window.localStorage.removeItem(OPSLAG_SLEUTEL);
    window.localStorage.removeItem(ONLEESBAAR_SLEUTEL);
    return null;
  } catch (fout) {
    return `Wissen uit de browseropslag lukte niet (${fout.name}).`;
  }
}

/** The one store object of a mounted page. */
function maakStore(data) {
  const { state, melding } = leesOpslag(data);
  const store = {
    state,
    melding,
    zet(nieuw) {
      store.state = nieuw;
      return schrijfOpslag(nieuw);
    },
    wis() {
      store.state = core.emptyState();
      return wisOpslag();
    },
  };
  return store;
}

// ---------------------------------------------------------------------------------------------
// Page context and updates

function actieveRespondent(p) {
  const { respondenten, actief } = p.store.state;
  return respondenten.find((r) => r.id === actief) ?? respondenten[0];
}

const uitkomstZichtbaar = (p) => !p.store.state.rondgang || p.store.state.uitkomstTonen;

/**
 * Store a new state and redraw what depends on it. The outcome is always redrawn; the norms
 * table, respondent list and form only when asked, so a focused control is not replaced.
 */
function wijzig(p, nieuw, { normen = false, respondenten = false, formulier = false } = {}) {
  const fout = p.store.zet(nieuw);
  if (fout) {
    meld(p.melding.bestanden, fout, "fout");
  }
  if (normen) {
    renderNormen(p);
  }
  if (respondenten) {
    renderRespondenten(p);
  } else {
    werkRespondentStandBij(p);
  }
  if (formulier) {
    renderFormulier(p);
  } else {
    werkFormulierBij(p);
  }
  renderUitkomst(p);
}

/** Put a message in a live region; regels is a text or a list of texts. */
function meld(regio, regels, soort = "ok") {
  regio.replaceChildren();
  regio.className = `zs-melding zs-melding--${soort}`;
  const lijst = [regels].flat();
  if (lijst.length === 1) {
    regio.append(el("p", {}, lijst[0]));
  } else {
    regio.append(el("ul", {}, ...lijst.map((regel) => el("li", {}, regel))));
  }
}

// ---------------------------------------------------------------------------------------------
// Step 1: norms

function normSelect(p, stelling) {
  const { data } = p;
  const standaard = core.defaultNorm(stelling, data.regel);
  const gekozen = core.effectiveNorm(stelling, p.store.state.normen, data.regel);
  const opties = [];
  for (let norm = 0; norm <= core.maxConcern(data.schaal); norm += 1) {
    const woord = core.answerLabel(core.normToAnswer(norm, stelling.richting, data.schaal), data.schaal);
    const tekst = norm === standaard ? `${woord} (standaard)` : woord;
    opties.push(el("option", { value: String(norm), selected: norm === gekozen }, tekst));
  }
  return el(
    "select",
    {
      id: `zs-norm-${stelling.id}`,
      onchange: (gebeurtenis) => {
        const norm = Number(gebeurtenis.target.value);
        const nieuw = core.setNorm(p.store.state, stelling, norm, data.regel);
        wijzig(p, nieuw);
        werkNormRijBij(p, stelling);
      },
    },
    ...opties,
  );
}

function normWoord(p, stelling, norm) {
  const { schaal } = p.data;
  return core.answerLabel(core.normToAnswer(norm, stelling.richting, schaal), schaal);
}

function kenmerken(stelling) {
  const delen = [];
  if (stelling.zwaar) {
    delen.push("zware stelling");
  }
  if (stelling.richting === "gezond") {
    delen.push("beschrijft een gezonde situatie");
  }
  return delen.length ? el("span", { class: "zs-kenmerk" }, ` (${delen.join("; ")})`) : null;
}

function normRij(p, stelling) {
  const nummer = p.nummer.get(stelling.id);
  const standaard = core.defaultNorm(stelling, p.data.regel);
  const gekozen = core.effectiveNorm(stelling, p.store.state.normen, p.data.regel);
  return el(
    "tr",
    { id: `zs-normrij-${stelling.id}` },
    el("th", { scope: "row" }, `${nummer}. ${stelling.tekst}`, kenmerken(stelling)),
    el(
      "td",
      {},
      el("label", { for: `zs-norm-${stelling.id}`, class: "zs-vh" }, `Nog acceptabel tot en met, bij stelling ${nummer}`),
      normSelect(p, stelling),
      el("span", { class: "zs-alleen-print zs-normwoord" }, normWoord(p, stelling, gekozen)),
    ),
    el(
      "td",
      { class: "zs-normstatus" },
      normWoord(p, stelling, standaard),
      gekozen === standaard ? null : el("strong", { class: "zs-aangepast" }, " (aangepast)"),
    ),
  );
}

function werkNormRijBij(p, stelling) {
  const rij = p.root.querySelector(`#zs-normrij-${stelling.id}`);
  const nieuw = normRij(p, stelling);
  // Only the non-focused cells are replaced; the select keeps focus.
  rij.cells[2].replaceWith(nieuw.cells[2]);
  rij.querySelector(".zs-normwoord").textContent = nieuw.querySelector(".zs-normwoord").textContent;
}

function renderNormen(p) {
  const rijen = [];
  for (const [orgaan, label] of Object.entries(ORGANEN)) {
    const stellingen = p.data.stellingen.filter((s) => s.orgaan === orgaan);
    if (stellingen.length > 0) {
      rijen.push(el("tr", { class: "zs-groepsrij" }, el("th", { scope: "rowgroup", colspan: "3" }, label)));
      rijen.push(...stellingen.map((stelling) => normRij(p, stelling)));
    }
  }
  const overige = p.data.stellingen.filter((s) => !(s.orgaan in ORGANEN));
  rijen.push(...overige.map((stelling) => normRij(p, stelling)));
  p.regio.normen.replaceChildren(
    tabel(
      "zs-normtabel",
      "Normen per stelling: het antwoord dat nog net acceptabel is",
      ["Stelling", "Nog acceptabel tot en met", "Standaard"],
      rijen,
    ),
  );
}

function bouwNormen(p) {
  const { regel, schaal } = p.data;
  const woord = (norm) => core.answerLabel(core.normToAnswer(norm, "probleem", schaal), schaal);
  p.regio.normen = el("div");
  renderNormen(p);
  return el(
    "section",
    { class: "zs-stap", "aria-labelledby": "zs-kop-normen" },
    el("h2", { id: "zs-kop-normen" }, "Stap 1: normen stellen"),
    el(
      "p",
      {},
      "Spreek vóór het invullen af welk antwoord per stelling nog acceptabel is. Het handboek schrijft geen normen voor. ",
      el("strong", {}, "De standaardnormen hieronder zijn een voorstel van deze site, niet uit het handboek"),
      `: bij de meeste stellingen is "${woord(regel.standaardnorm)}" nog acceptabel, bij de zware stellingen alleen "${woord(regel.standaardnorm_zwaar)}". Bij een stelling die een gezonde situatie beschrijft, loopt de schaal andersom.`,
    ),
    p.regio.normen,
    el(
      "p",
      {},
      knop("Standaardnormen herstellen", () => {
        const aangepast = Object.keys(p.store.state.normen).length;
        if (aangepast > 0 && !window.confirm(`${meervoud(aangepast, "aangepaste norm", "aangepaste normen")} terugzetten naar de standaard?`)) {
          return;
        }
        wijzig(p, core.resetNorms(p.store.state), { normen: true });
      }, { "data-testid": "normen-herstellen", class: "md-button zs-geen-print" }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Step 2: respondents and the form

function beantwoordTekst(p, respondent) {
  const aantal = p.data.stellingen.filter((s) => core.isAnswer(respondent.antwoorden[s.id], p.data.schaal)).length;
  return `${aantal} van ${p.data.stellingen.length} beantwoord`;
}

function renderRespondenten(p) {
  const { state } = p.store;
  if (!uitkomstZichtbaar(p)) {
    const klaar = state.respondenten.filter((r) => r.id !== state.actief && core.hasAnswers(r, p.data.schaal));
    p.regio.respondenten.replaceChildren(
      el("p", { class: "zs-rondgang-stand" }, `Rondgang bezig: ${meervoud(klaar.length, "persoon is", "personen zijn")} klaar. Hun antwoorden blijven verborgen.`),
    );
    return;
  }
  const items = state.respondenten.map((respondent, index) => {
    const naam = core.displayName(respondent, index);
    const actief = respondent.id === state.actief;
    return el(
      "li",
      { class: actief ? "zs-respondent zs-respondent--actief" : "zs-respondent", "data-respondent": respondent.id },
      el("span", { class: "zs-respondent-naam" }, naamSpan(respondent, index, p.data.rollen)),
      el("span", { class: "zs-respondent-stand" }, ` — ${beantwoordTekst(p, respondent)}`),
      actief
        ? el("span", { class: "zs-respondent-open" }, " (vragenlijst hieronder geopend)")
        : knop(["Open vragenlijst", vh(` van ${naam}`)], () => {
          wijzig(p, { ...p.store.state, actief: respondent.id }, { respondenten: true, formulier: true });
          p.root.querySelector("#zs-kop-formulier")?.focus();
        }),
      knop(["Verwijder", vh(` ${naam}`)], () => {
        if (!window.confirm(`${naam} verwijderen, met alle antwoorden en opmerkingen?`)) {
          return;
        }
        wijzig(p, core.removeRespondent(p.store.state, respondent.id), { respondenten: true, formulier: true });
        meld(p.melding.antwoorden, `${naam} is verwijderd.`);
        p.root.querySelector("#zs-respondent-toevoegen")?.focus();
      }),
    );
  });
  p.regio.respondenten.replaceChildren(
    el("h3", {}, "Respondenten"),
    el("ul", { class: "zs-respondenten", "data-testid": "respondenten" }, ...items),
    el(
      "p",
      {},
      knop("Respondent toevoegen", () => {
        const { state: nieuw } = core.addRespondent(p.store.state);
        wijzig(p, nieuw, { respondenten: true, formulier: true });
        p.root.querySelector("#zs-naam")?.focus();
      }, { id: "zs-respondent-toevoegen", "data-testid": "respondent-toevoegen" }),
    ),
  );
}

/** Keep "n van 19 beantwoord" of the open respondent in the list in step with the form. */
function werkRespondentStandBij(p) {
  const respondent = actieveRespondent(p);
  const stand = p.regio.respondenten.querySelector(`[data-respondent="${respondent.id}"] .zs-respondent-stand`);
  if (stand) {
    stand.textContent = ` — ${beantwoordTekst(p, respondent)}`;
  }
}

function stellingVeld(p, respondent, stelling) {
  const nummer = p.nummer.get(stelling.id);
  const naam = `zs-${respondent.id}-${stelling.id}`;
  const gegeven = respondent.antwoorden[stelling.id];
  const wisKnop = el(
    "button",
    { type: "button", class: "zs-wis-antwoord", hidden: gegeven === undefined },
    "Antwoord wissen",
    vh(` bij stelling ${nummer}`),
  );
  const keuzes = p.data.schaal.map(({ waarde, label }) =>
    el(
      "label",
      { class: "zs-keuze", for: `${naam}-${waarde}` },
      el("input", {
        type: "radio",
        name: naam,
        id: `${naam}-${waarde}`,
        value: String(waarde),
        checked: gegeven === waarde,
        onchange: () => {
          wijzig(p, core.setAnswer(p.store.state, respondent.id, stelling.id, waarde));
          wisKnop.hidden = false;
        },
      }),
      ` ${label}`,
    ),
  );
  const veld = el(
    "fieldset",
    { class: "zs-stelling", id: `zs-veld-${stelling.id}`, "data-vraag": stelling.id },
    el("legend", {}, el("span", { class: "zs-nr" }, `${nummer}. `), stelling.tekst, kenmerken(stelling)),
    el("div", { class: "zs-keuzes" }, ...keuzes),
  );
  wisKnop.addEventListener("click", () => {
    wijzig(p, core.setAnswer(p.store.state, respondent.id, stelling.id, null));
    veld.querySelectorAll("input[type=radio]").forEach((radio) => {
      radio.checked = false;
    });
    veld.querySelector("input[type=radio]").focus();
    wisKnop.hidden = true;
  });
  const opmerking = respondent.opmerkingen[stelling.id] ?? "";
  veld.append(
    wisKnop,
    el(
      "details",
      { class: "zs-opmerking", open: opmerking !== "" },
      el("summary", {}, "Opmerking (optioneel)", vh(` bij stelling ${nummer}`)),
      el("label", { for: `zs-opmerking-${stelling.id}` }, `Opmerking bij stelling ${nummer}`),
      el("textarea", {
        id: `zs-opmerking-${stelling.id}`,
        rows: "3",
        value: opmerking,
        oninput: (gebeurtenis) => {
          wijzig(p, core.setRemark(p.store.state, respondent.id, stelling.id, gebeurtenis.target.value));
        },
      }),
    ),
  );
  return veld;
}

function persoonVelden(p, respondent) {
  const index = p.store.state.respondenten.indexOf(respondent);
  return el(
    "div",
    { class: "zs-persoon" },
    el(
      "p",
      {},
      el("label", { for: "zs-naam" }, "Naam (mag leeg blijven)"),
      el("input", {
        type: "text",
        id: "zs-naam",
        value: respondent.naam,
        "data-testid": "naam",
        oninput: (gebeurtenis) => {
          wijzig(p, core.setName(p.store.state, respondent.id, gebeurtenis.target.value), { respondenten: true });
          const kop = p.root.querySelector("#zs-kop-formulier");
          kop.textContent = `Vragenlijst van ${core.displayName(actieveRespondent(p), index)}`;
        },
      }),
    ),
    el(
      "p",
      {},
      el("label", { for: "zs-rol" }, "Rol"),
      el(
        "select",
        {
          id: "zs-rol",
          "data-testid": "rol",
          onchange: (gebeurtenis) => {
            wijzig(p, core.setRole(p.store.state, respondent.id, gebeurtenis.target.value), { respondenten: true });
          },
        },
        el("option", { value: "", selected: respondent.rol === "" }, "Geen rol opgegeven"),
        ...p.data.rollen.map((rol) => el("option", { value: rol.id, selected: respondent.rol === rol.id }, rol.label)),
      ),
    ),
  );
}

function rondgangKnoppen(p) {
  const { state } = p.store;
  if (!state.rondgang) {
    return null;
  }
  if (state.uitkomstTonen) {
    return el(
      "p",
      { class: "zs-rondgang-acties" },
      knop("Verder met de rondgang", () => volgendePersoon(p), { "data-testid": "rondgang-verder" }),
    );
  }
  return el(
    "p",
    { class: "zs-rondgang-acties" },
    knop("Klaar, volgende", () => volgendePersoon(p), {
      class: "md-button md-button--primary",
      "data-testid": "klaar-volgende",
    }),
    " ",
    knop("Toon de uitkomst", () => toonUitkomst(p), { "data-testid": "toon-uitkomst" }),
  );
}

function renderFormulier(p) {
  const respondent = actieveRespondent(p);
  const index = p.store.state.respondenten.indexOf(respondent);
  const delen = [];
  for (const [orgaan, label] of Object.entries(ORGANEN)) {
    const stellingen = p.data.stellingen.filter((s) => s.orgaan === orgaan);
    if (stellingen.length > 0) {
      delen.push(el("h4", {}, label), ...stellingen.map((s) => stellingVeld(p, respondent, s)));
    }
  }
  const overige = p.data.stellingen.filter((s) => !(s.orgaan in ORGANEN));
  delen.push(...overige.map((s) => stellingVeld(p, respondent, s)));
  const formulier = el(
    "form",
    {
      class: "zs-formulier",
      "aria-labelledby": "zs-kop-formulier",
      "data-respondent": respondent.id,
      onsubmit: (gebeurtenis) => gebeurtenis.preventDefault(),
    },
    el("h3", { id: "zs-kop-formulier", tabindex: "-1" }, `Vragenlijst van ${core.displayName(respondent, index)}`),
    persoonVelden(p, respondent),
    el(
      "p",
      { class: "zs-voortgang" },
      el("label", { for: "zs-voortgang-balk", id: "zs-voortgang-tekst", "data-testid": "voortgang" }, ""),
      " ",
      el("progress", { id: "zs-voortgang-balk", max: String(p.data.stellingen.length), value: "0" }),
    ),
    ...delen,
    el("div", { class: "zs-onbeantwoord", id: "zs-onbeantwoord" }),
    rondgangKnoppen(p),
  );
  p.regio.formulier.replaceChildren(formulier);
  werkFormulierBij(p);
}

/** Progress and the list of unanswered statements of the open form. */
function werkFormulierBij(p) {
  const formulier = p.regio.formulier;
  const tekst = formulier.querySelector("#zs-voortgang-tekst");
  if (!tekst) {
    return;
  }
  const respondent = actieveRespondent(p);
  const open = p.data.stellingen.filter((s) => !core.isAnswer(respondent.antwoorden[s.id], p.data.schaal));
  tekst.textContent = beantwoordTekst(p, respondent);
  formulier.querySelector("#zs-voortgang-balk").value = p.data.stellingen.length - open.length;
  const lijst = formulier.querySelector("#zs-onbeantwoord");
  if (open.length === 0) {
    lijst.replaceChildren(el("p", {}, "Alle stellingen zijn beantwoord."));
    return;
  }
  lijst.replaceChildren(
    el("h4", {}, "Nog niet beantwoord"),
    el(
      "ul",
      { "data-testid": "onbeantwoord" },
      ...open.map((s) =>
        el("li", { "data-vraag": s.id }, el("a", { href: `#zs-veld-${s.id}` }, `${p.nummer.get(s.id)}. ${s.tekst}`)),
      ),
    ),
  );
}

function volgendePersoon(p) {
  const { state } = p.store;
  if (!state.uitkomstTonen && !core.hasAnswers(actieveRespondent(p), p.data.schaal)) {
    meld(p.melding.antwoorden, "Beantwoord eerst minstens één stelling.", "fout");
    return;
  }
  const { state: nieuw } = core.addRespondent({ ...state, uitkomstTonen: false });
  wijzig(p, nieuw, { respondenten: true, formulier: true });
  meld(p.melding.antwoorden, "De antwoorden zijn bewaard. Geef het apparaat door aan de volgende persoon.");
  const kop = p.root.querySelector("#zs-kop-formulier");
  kop.scrollIntoView({ block: "start" });
  kop.focus({ preventScroll: true });
}

function toonUitkomst(p) {
  let state = { ...p.store.state, uitkomstTonen: true };
  const actief = actieveRespondent(p);
  if (state.respondenten.length > 1 && core.isEmptyRespondent(actief)) {
    state = core.removeRespondent(state, actief.id);
  }
  wijzig(p, state, { respondenten: true, formulier: true });
  meld(p.melding.antwoorden, "De uitkomst staat hieronder.");
  p.root.querySelector("#zs-kop-vergelijken").focus();
}

function zetRondgang(p, aan) {
  let state = { ...p.store.state, rondgang: aan, uitkomstTonen: !aan };
  if (aan && !core.isEmptyRespondent(actieveRespondent(p))) {
    state = core.addRespondent(state).state;
  }
  wijzig(p, state, { respondenten: true, formulier: true });
  meld(
    p.melding.antwoorden,
    aan
      ? "Rondgang gestart: de antwoorden en de uitkomst van anderen zijn verborgen."
      : "Rondgang gestopt: alle respondenten en de uitkomst zijn zichtbaar.",
  );
}

function bouwAntwoorden(p) {
  p.regio.respondenten = el("div", { class: "zs-geen-print" });
  p.regio.formulier = el("div", { class: "zs-geen-print" });
  p.melding.antwoorden = el("div", { class: "zs-melding", role: "status", "aria-live": "polite" });
  const hulpId = "zs-rondgang-hulp";
  const sectie = el(
    "section",
    { class: "zs-stap zs-geen-print", "aria-labelledby": "zs-kop-antwoorden" },
    el("h2", { id: "zs-kop-antwoorden" }, "Stap 2: antwoorden geven"),
    el(
      "p",
      {},
      "Geef per stelling aan hoe vaak die in uw gemeente voorkomt. Met meer mensen kan dat op één apparaat (voeg respondenten toe of gebruik de rondgang) of ieder op een eigen apparaat: exporteer dan ieders antwoorden en importeer de bestanden hier, onder \"Bewaren, delen en afdrukken\".",
    ),
    el(
      "p",
      { class: "zs-rondgang" },
      el("input", {
        type: "checkbox",
        id: "zs-rondgang",
        "data-testid": "rondgang",
        checked: p.store.state.rondgang,
        "aria-describedby": hulpId,
        onchange: (gebeurtenis) => zetRondgang(p, gebeurtenis.target.checked),
      }),
      " ",
      el("label", { for: "zs-rondgang" }, "Rondgang op één apparaat"),
      el(
        "span",
        { class: "zs-hulp", id: hulpId },
        "Eén persoon tegelijk vult in. Na \"Klaar, volgende\" is het scherm leeg voor de volgende persoon. Antwoorden en uitkomst van anderen blijven verborgen tot iemand op \"Toon de uitkomst\" drukt.",
      ),
    ),
    p.regio.respondenten,
    p.regio.formulier,
    p.melding.antwoorden,
  );
  renderRespondenten(p);
  renderFormulier(p);
  return sectie;
}

// ---------------------------------------------------------------------------------------------
// Comparison

function stellingKop(p, id) {
  const stelling = p.stellingPerId.get(id);
  return el("th", { scope: "row" }, `${p.nummer.get(id)}. ${stelling.tekst}`);
}

function bespreekpuntenBlok(p, metAntwoord) {
  const { schaal, stellingen } = p.data;
  const punten = core.bespreekpunten(metAntwoord, stellingen, schaal);
  const lijst = el(
    "ol",
    { "data-testid": "bespreekpunten", class: "zs-bespreekpunten" },
    ...punten.map((punt) =>
      el(
        "li",
        { "data-vraag": punt.id },
        el("strong", {}, `${p.nummer.get(punt.id)}. ${p.stellingPerId.get(punt.id).tekst}`),
        ` — antwoorden van "${core.answerLabel(punt.laagste, schaal)}" tot "${core.answerLabel(punt.hoogste, schaal)}" (${meervoud(punt.spreiding, "stap", "stappen")} verschil, ${meervoud(punt.n, "antwoord", "antwoorden")}).`,
      ),
    ),
  );
  let toelichting = null;
  if (metAntwoord.length < 2) {
    toelichting = el("p", {}, "Bespreekpunten zijn er pas bij twee of meer respondenten.");
  } else if (punten.length === 0) {
    toelichting = el("p", {}, "Geen bespreekpunten: de antwoorden liggen overal hoogstens één stap uit elkaar.");
  }
  return [
    el("h3", {}, "Bespreekpunten"),
    el(
      "p",
      {},
      "Stellingen waarop de antwoorden twee of meer stappen uit elkaar liggen, de grootste verschillen eerst. Bespreek die als eerste: wat ziet de een dat de ander niet ziet?",
    ),
    lijst,
    toelichting,
  ];
}

function opmerkingenBlok(p) {
  const { respondenten } = p.store.state;
  const items = p.data.stellingen
    .map((stelling) => {
      const regels = respondenten
        .map((respondent, index) => ({ respondent, index, tekst: respondent.opmerkingen[stelling.id] ?? "" }))
        .filter(({ tekst }) => tekst.trim() !== "");
      if (regels.length === 0) {
        return null;
      }
      return el(
        "li",
        { "data-vraag": stelling.id },
        `${p.nummer.get(stelling.id)}. ${stelling.tekst}`,
        el(
          "ul",
          {},
          ...regels.map(({ respondent, index, tekst }) => el("li", {}, naamSpan(respondent, index, p.data.rollen), `: ${tekst}`)),
        ),
      );
    })
    .filter(Boolean);
  if (items.length === 0) {
    return [];
  }
  return [el("h3", {}, "Opmerkingen"), el("ul", { class: "zs-opmerkingen", "data-testid": "opmerkingen" }, ...items)];
}

function tellingenBlok(p, metAntwoord) {
  const { schaal, stellingen, rollen } = p.data;
  const rijen = metAntwoord.map((respondent) => {
    const index = p.store.state.respondenten.indexOf(respondent);
    const tellingen = core.answerCounts(respondent, schaal);
    const gegeven = tellingen.reduce((som, t) => som + t.aantal, 0);
    return el(
      "tr",
      {},
      el("th", { scope: "row" }, naamSpan(respondent, index, rollen)),
      ...tellingen.map((t) => el("td", { class: "zs-getal" }, String(t.aantal))),
      el("td", { class: "zs-getal" }, String(stellingen.length - gegeven)),
    );
  });
  return [
    el("h3", {}, "Antwoorden per respondent"),
    tabel(
      "zs-tellingen",
      "Hoe vaak elke respondent elk antwoord gaf",
      ["Respondent", ...schaal.map((s) => s.label), "geen antwoord"],
      rijen,
    ),
  ];
}

function verdelingCel(aantal, totaal) {
  const balk = el("span", { class: "zs-balk", "aria-hidden": "true" });
  balk.style.setProperty("--aandeel", totaal === 0 ? "0" : String(aantal / totaal));
  return el("td", { class: "zs-verdeling" }, balk, el("span", { class: "zs-balkgetal" }, String(aantal)));
}

function verdelingBlok(p, metAntwoord, advies) {
  const { schaal, stellingen } = p.data;
  const rijen = stellingen.map((stelling, index) => {
    const verdeling = core.distribution(stelling.id, metAntwoord, schaal);
    const rij = advies.perStelling[index];
    return el(
      "tr",
      { "data-vraag": stelling.id },
      stellingKop(p, stelling.id),
      ...verdeling.map((v) => verdelingCel(v.aantal, metAntwoord.length)),
      el("td", { class: "zs-getal" }, rij.concern === null ? "–" : core.formatNumber(rij.concern)),
    );
  });
  return [
    el("h3", {}, "Verdeling per stelling"),
    el(
      "p",
      {},
      `Per stelling hoeveel respondenten elk antwoord gaven, en de mediaan van de zorgscore (0 is geen zorg, ${core.maxConcern(schaal)} de meeste zorg).`,
    ),
    tabel(
      "zs-verdeling",
      "Aantal respondenten per antwoord, per stelling",
      ["Stelling", ...schaal.map((s) => s.label), "Zorg (mediaan)"],
      rijen,
    ),
  ];
}

function rollenBlok(p, metAntwoord) {
  const { groepen, verborgen, zonderRol } = core.roleBreakdown(metAntwoord, p.data, 2);
  const delen = [
    el("h3", {}, "Per rol"),
    el(
      "p",
      {},
      "Alleen rollen met minstens twee respondenten staan hier, en per stelling alleen als minstens twee van hen antwoordden. Zo is niemands antwoord terug te lezen.",
    ),
  ];
  if (groepen.length > 0) {
    const rijen = p.data.stellingen.map((stelling, index) =>
      el(
        "tr",
        {},
        stellingKop(p, stelling.id),
        ...groepen.map((groep) => {
          const zorg = groep.perStelling[index].concern;
          return el("td", { class: "zs-getal" }, zorg === null ? ["–", vh(" (te weinig antwoorden)")] : core.formatNumber(zorg));
        }),
      ),
    );
    delen.push(
      tabel(
        "zs-rollen",
        "Zorg (mediaan) per stelling, per rol",
        ["Stelling", ...groepen.map((g) => `${g.label} (${g.n})`)],
        rijen,
      ),
    );
  } else {
    delen.push(el("p", {}, "Geen enkele rol heeft twee of meer respondenten."));
  }
  if (verborgen.length > 0) {
    const lijst = verborgen.map((v) => `${v.label} (${meervoud(v.n, "respondent", "respondenten")})`).join(", ");
    delen.push(el("p", {}, `Niet apart getoond, omdat er minder dan twee zijn: ${lijst}.`));
  }
  if (zonderRol > 0) {
    delen.push(el("p", {}, `${meervoud(zonderRol, "respondent heeft", "respondenten hebben")} geen rol opgegeven.`));
  }
  return delen;
}

function renderVergelijking(p, advies) {
  const metAntwoord = p.store.state.respondenten.filter((r) => core.hasAnswers(r, p.data.schaal));
  if (metAntwoord.length === 0) {
    p.regio.vergelijking.replaceChildren(el("p", {}, "Er zijn nog geen antwoorden om te vergelijken."));
    return;
  }
  vul(
    p.regio.vergelijking,
    bespreekpuntenBlok(p, metAntwoord),
    opmerkingenBlok(p),
    tellingenBlok(p, metAntwoord),
    verdelingBlok(p, metAntwoord, advies),
    rollenBlok(p, metAntwoord),
  );
}

// ---------------------------------------------------------------------------------------------
// Advice

function productItem(product) {
  const status = product.status === "voorgesteld" ? "voorstel, bestaat nog niet" : product.status_label;
  const details = [status, ...(product.typen ?? []), ...(product.aanbieders ?? [])].join(" · ");
  return el("li", { class: `zs-product zs-product--${product.status}` }, link(product.titel, product.url), ` (${details})`);
}

function instrumentItem(p, id) {
  const instrument = p.data.instrumenten[id];
  if (!instrument) {
    return el("li", {}, id);
  }
  const producten = core.sortProducts(instrument.producten);
  return el(
    "li",
    { "data-instrument": id },
    link(instrument.titel, instrument.url),
    producten.length > 0
      ? el("ul", { class: "zs-producten" }, ...producten.map(productItem))
      : el("span", { class: "zs-geen-product" }, " — nog geen ondersteuningsproduct bekend"),
  );
}

function instrumentLijst(p, ids) {
  return el("ul", { class: "zs-instrumenten" }, ...ids.map((id) => instrumentItem(p, id)));
}

/** Compact list for a table cell: instrument links with their phases, no products. */
function korteInstrumentLijst(p, ids) {
  return el(
    "ul",
    { class: "zs-instrumenten-kort" },
    ...ids.map((id) => {
      const instrument = p.data.instrumenten[id];
      if (!instrument) {
        return el("li", {}, id);
      }
      const fasen = (instrument.fasen ?? []).map((fase) => (fase === "preventief" ? fase : `fase ${fase}`));
      return el("li", { "data-instrument": id }, link(instrument.titel, instrument.url), fasen.length ? ` (${fasen.join(", ")})` : null);
    }),
  );
}

function stellingNamen(p, ids) {
  return ids.map((id) => `${p.nummer.get(id)}. ${p.stellingPerId.get(id).tekst}`).join("; ");
}

function zwaarUitleg(p, advies) {
  const { regel } = p.data;
  const grens = core.formatNumber(regel.zwaar_zorg_vanaf);
  if (advies.zwaarVerhoging) {
    return `De regel voor zware stellingen is toegepast: ${stellingNamen(p, advies.zwareSignalen)} heeft een zorgscore van ${grens} of meer. Daarom is het advies fase ${advies.fase} in plaats van ${advies.faseZonderZwaar === "geen" ? "geen signaal" : `fase ${advies.faseZonderZwaar}`}.`;
  }
  if (advies.zwareSignalen.length > 0) {
    return `Een zware stelling heeft een zorgscore van ${grens} of meer (${stellingNamen(p, advies.zwareSignalen)}), maar het advies was al minstens fase ${regel.zwaar_minimale_fase}.`;
  }
  return `De regel voor zware stellingen is niet van toepassing: geen zware stelling heeft een zorgscore van ${grens} of meer.`;
}

function uitslagBlok(p, advies) {
  const faseTekst = advies.aantalBeantwoord === 0
    ? "nog geen advies (er zijn nog geen antwoorden)"
    : advies.fase === "geen" ? "geen signaal" : `fase ${advies.fase}`;
  return el(
    "div",
    { class: "zs-uitslag" },
    el("p", {}, "Totale overschrijding: ", el("strong", { "data-testid": "overschrijding" }, core.formatNumber(advies.S))),
    el("p", {}, "Advies: ", el("strong", { "data-testid": "advies-fase", "data-fase": advies.fase }, faseTekst)),
  );
}

function regelBlok(p, advies) {
  const delen = [
    el("h3", {}, "Zo komt het advies tot stand"),
    el("ul", { class: "zs-regel" }, ...core.ruleSentences(p.data).map((zin) => el("li", {}, zin))),
    el("p", { "data-testid": "zwaar-uitleg" }, zwaarUitleg(p, advies)),
  ];
  if (advies.aantalBeantwoord > 0 && advies.onbeantwoord.length > 0) {
    delen.push(
      el("p", {}, "Niet meegeteld, omdat niemand ze beantwoordde:"),
      el("ul", { "data-testid": "advies-onbeantwoord" }, ...advies.onbeantwoord.map((id) => el("li", {}, `${p.nummer.get(id)}. ${p.stellingPerId.get(id).tekst}`))),
    );
  }
  return delen;
}

function bovenNormBlok(p, advies) {
  const boven = advies.perStelling.filter((rij) => rij.excess > 0);
  if (boven.length === 0) {
    return [];
  }
  const rijen = boven.map((rij) => {
    const ids = p.stellingPerId.get(rij.id).instrumenten ?? [];
    return el(
      "tr",
      { "data-vraag": rij.id },
      stellingKop(p, rij.id),
      el("td", { class: "zs-getal" }, core.formatNumber(rij.concern)),
      el("td", { class: "zs-getal" }, core.formatNumber(rij.norm)),
      el("td", { class: "zs-getal" }, core.formatNumber(rij.excess)),
      el("td", {}, ids.length > 0 ? korteInstrumentLijst(p, ids) : "Geen suggestie"),
    );
  });
  return [
    el("h3", {}, "Stellingen boven de norm"),
    el(
      "p",
      {},
      "Bij elke stelling boven de norm staan instrumenten die erbij passen, met de fase waarin de ladder ze noemt. ",
      el("strong", {}, "Die koppeling is een suggestie van deze site, niet uit het handboek."),
    ),
    tabel(
      "zs-boven-norm",
      "Stellingen boven de norm, met passende instrumenten",
      ["Stelling", "Zorg", "Norm", "Overschrijding", "Passende instrumenten (suggestie van deze site, niet uit het handboek)"],
      rijen,
    ),
  ];
}

function ladderBlok(p, advies) {
  if (advies.fase === "geen") {
    return [
      el(
        "p",
        { class: "zs-geen-signaal" },
        advies.aantalBeantwoord === 0
          ? "Vul eerst stap 2 in. "
          : "Er is geen signaal: geen enkele stelling komt boven de norm. ",
        "Houd een goede bestuurscultuur vast met de preventieve instrumenten in ",
        el("a", { href: "#zs-kop-borgen" }, "stap 5: borgen"),
        ".",
      ),
    ];
  }
  const groepen = core.instrumentsForPhase(advies.fase, p.data.ladder);
  return [
    el("h3", {}, `Instrumenten voor fase ${advies.fase}`),
    el(
      "p",
      {},
      "De escalatieladder is cumulatief: bij deze fase horen ook de instrumenten van de lagere fasen. Per instrument staan de producten die helpen: eerst wat bestaat, dan wat in ontwikkeling is, dan voorstellen die nog niet bestaan.",
    ),
    ...groepen.flatMap((groep) => [
      el("h4", {}, groep.fase === advies.fase ? `Fase ${groep.fase}` : `Fase ${groep.fase} (lagere fase)`),
      el("div", { "data-fase-instrumenten": groep.fase }, instrumentLijst(p, groep.ids)),
    ]),
  ];
}

function renderAdvies(p, advies) {
  vul(p.regio.advies, uitslagBlok(p, advies), ladderBlok(p, advies), bovenNormBlok(p, advies), regelBlok(p, advies));
}

// ---------------------------------------------------------------------------------------------
// Previous measurement

function trendTekst(rij) {
  if (rij.trend === null) {
    return "–";
  }
  if (rij.trend === "gelijk") {
    return "gelijk";
  }
  const teken = rij.verschil > 0 ? "+" : "";
  return `${rij.trend} (${teken}${core.formatNumber(rij.verschil)})`;
}

function faseWoord(fase) {
  return fase === "geen" ? "geen signaal" : `fase ${fase}`;
}

function renderVorige(p) {
  const { state } = p.store;
  const vorige = state.vorigeMeting;
  p.regio.vorigeKnop.hidden = vorige === null;
  if (vorige === null) {
    p.regio.vorige.replaceChildren(el("p", {}, "Er is geen vorige meting ingelezen."));
    return;
  }
  const vergelijking = core.compareMeasurements(state, vorige, p.data);
  const rijen = vergelijking.perStelling.map((rij) =>
    el(
      "tr",
      { "data-vraag": rij.id },
      stellingKop(p, rij.id),
      el("td", { class: "zs-getal" }, rij.vorige === null ? "–" : core.formatNumber(rij.vorige)),
      el("td", { class: "zs-getal" }, rij.nu === null ? "–" : core.formatNumber(rij.nu)),
      el("td", { "data-trend": rij.trend ?? "" }, trendTekst(rij)),
    ),
  );
  const { totaal, fase } = vergelijking;
  const richting = totaal.verschil > 0 ? "hoger" : totaal.verschil < 0 ? "lager" : "gelijk";
  const herkomst = [vorige.bron, vorige.datum ? `van ${vorige.datum}` : ""].filter(Boolean).join(" ");
  p.regio.vorige.replaceChildren(
    el("p", {}, `Vorige meting: ${herkomst || "ingelezen bestand"}, ${meervoud(vorige.respondenten.length, "respondent", "respondenten")}.`),
    el(
      "p",
      { "data-testid": "vorige-totaal", "data-trend": richting },
      `Totale overschrijding: vorige keer ${core.formatNumber(totaal.vorige)}, nu ${core.formatNumber(totaal.nu)} (${richting === "gelijk" ? "gelijk" : `${core.formatNumber(Math.abs(totaal.verschil))} ${richting}`}). Advies vorige keer: ${faseWoord(fase.vorige)}; nu: ${faseWoord(fase.nu)}. Beide zijn berekend met de huidige normen.`,
    ),
    tabel(
      "zs-vorige-tabel",
      "Zorg (mediaan) per stelling, bij de vorige meting en nu",
      ["Stelling", "Vorige meting", "Nu", "Verschil"],
      rijen,
    ),
  );
}

async function leesVorige(p, invoer) {
  const [bestand] = invoer.files;
  invoer.value = "";
  if (!bestand) {
    return;
  }
  const { uitkomst } = await leesBestand(p, bestand);
  if (!uitkomst.ok) {
    meld(p.melding.vorige, `Vorige meting niet ingelezen. ${bestand.name}: ${uitkomst.error}`, "fout");
    return;
  }
  if (uitkomst.value.respondenten.length === 0) {
    meld(p.melding.vorige, `Vorige meting niet ingelezen. ${bestand.name} bevat geen respondenten.`, "fout");
    return;
  }
  const { datum, respondenten } = uitkomst.value;
  wijzig(p, { ...p.store.state, vorigeMeting: { bron: bestand.name, datum, respondenten } });
  meld(p.melding.vorige, `${bestand.name} is ingelezen als vorige meting.`);
}

function bouwVorige(p) {
  p.regio.vorige = el("div");
  p.melding.vorige = el("div", { class: "zs-melding", role: "status", "aria-live": "polite" });
  p.regio.vorigeKnop = knop("Vorige meting weghalen", () => {
    wijzig(p, { ...p.store.state, vorigeMeting: null });
    meld(p.melding.vorige, "De vorige meting is weggehaald.");
    p.root.querySelector("#zs-vorige-invoer").focus();
  }, { "data-testid": "vorige-weg", class: "md-button zs-geen-print" });
  return el(
    "section",
    { class: "zs-stap", "aria-labelledby": "zs-kop-vorige" },
    el("h2", { id: "zs-kop-vorige" }, "Vergelijken met een vorige meting"),
    el(
      "p",
      { class: "zs-geen-print" },
      "Heeft u eerder een meting geëxporteerd (JSON)? Lees dat bestand hier in als vorige meting. Dan ziet u per stelling en in totaal of de zorg is gestegen of gedaald. Het bestand blijft, net als de rest, alleen in deze browser.",
    ),
    el(
      "p",
      { class: "zs-geen-print zs-bestandskeuze" },
      el("label", { for: "zs-vorige-invoer" }, "Vorige meting (JSON-bestand)"),
      el("input", {
        type: "file",
        id: "zs-vorige-invoer",
        accept: "application/json,.json",
        "data-testid": "vorige-meting",
        onchange: (gebeurtenis) => leesVorige(p, gebeurtenis.target),
      }),
    ),
    p.melding.vorige,
    p.regio.vorige,
    el("p", {}, p.regio.vorigeKnop),
  );
}

// ---------------------------------------------------------------------------------------------
// Outcome (comparison, advice, previous measurement, report header)

function renderUitkomst(p) {
  const zichtbaar = uitkomstZichtbaar(p);
  const verborgen = el(
    "p",
    { class: "zs-verborgen-uitkomst" },
    "De uitkomst blijft verborgen tijdens de rondgang, tot iemand op \"Toon de uitkomst\" drukt.",
  );
  p.root.classList.toggle("zs-namen-verborgen", !p.store.state.namenInRapport);
  p.regio.vorigeSectie.hidden = !zichtbaar;
  if (!zichtbaar) {
    p.regio.vergelijking.replaceChildren(verborgen);
    p.regio.advies.replaceChildren(verborgen.cloneNode(true));
    p.regio.rapportkop.replaceChildren();
    return;
  }
  const advies = core.advise(p.store.state, p.data);
  renderVergelijking(p, advies);
  renderAdvies(p, advies);
  renderVorige(p);
  renderRapportkop(p);
}

function renderRapportkop(p) {
  const { state } = p.store;
  const datum = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long" }).format(new Date());
  const namen = state.respondenten
    .map((respondent, index) => ({ respondent, index }))
    .filter(({ respondent }) => core.hasAnswers(respondent, p.data.schaal))
    .map(({ respondent, index }) => el("li", {}, naamSpan(respondent, index, p.data.rollen)));
  p.regio.rapportkop.replaceChildren(
    el("h2", {}, "Rapport zelfscan bestuurscultuur"),
    el("p", { class: "zs-rapportdatum" }, `Afgedrukt op ${datum}.`),
    el("p", {}, `Respondenten (${namen.length}):`),
    el("ul", {}, ...namen),
  );
}

function bouwUitkomst(p) {
  p.regio.vergelijking = el("div");
  p.regio.advies = el("div");
  const vergelijken = el(
    "section",
    { class: "zs-stap", "aria-labelledby": "zs-kop-vergelijken" },
    el("h2", { id: "zs-kop-vergelijken", tabindex: "-1" }, "Stap 2: antwoorden vergelijken"),
    p.regio.vergelijking,
  );
  const advies = el(
    "section",
    { class: "zs-stap", "aria-labelledby": "zs-kop-advies" },
    el("h2", { id: "zs-kop-advies" }, "Stap 3 en 4: advies en instrumenten"),
    el(
      "p",
      {},
      "De antwoorden, afgezet tegen de normen, geven een geadviseerde fase van de escalatieladder. Elk instrument is een klik verder uitgelegd: wat het is en hoe u het inzet.",
    ),
    p.regio.advies,
  );
  return [vergelijken, advies];
}

// ---------------------------------------------------------------------------------------------
// Step 5, saving and sharing

function bouwBorgen(p) {
  const ids = p.data.ladder.preventief ?? [];
  return el(
    "section",
    { class: "zs-stap", "aria-labelledby": "zs-kop-borgen" },
    el("h2", { id: "zs-kop-borgen", tabindex: "-1" }, "Stap 5: borgen"),
    el(
      "p",
      {},
      "Ook zonder signaal is het de moeite waard een goede bestuurscultuur te onderhouden. Deze preventieve instrumenten helpen daarbij, in elke fase.",
    ),
    ids.length > 0 ? el("div", { "data-testid": "preventief" }, instrumentLijst(p, ids)) : el("p", {}, "Er zijn geen preventieve instrumenten opgenomen."),
  );
}

function download(naam, inhoud, type) {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const anker = el("a", { href: url, download: naam });
  // Not attached to the document, so Material's instant navigation never sees the click.
  anker.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function leesBestand(p, bestand) {
  if (bestand.size > MAX_BESTAND) {
    return { naam: bestand.name, uitkomst: { ok: false, error: "Het bestand is groter dan 5 MB; dat is geen antwoordenbestand van deze zelfscan." } };
  }
  try {
    return { naam: bestand.name, uitkomst: core.parseImport(await bestand.text(), p.data) };
  } catch (fout) {
    return { naam: bestand.name, uitkomst: { ok: false, error: `Het bestand kon niet worden gelezen (${fout.name}).` } };
  }
}

function importMelding(resultaat, aantalBestanden) {
  const regels = [
    `${meervoud(resultaat.toegevoegd, "respondent", "respondenten")} toegevoegd uit ${meervoud(aantalBestanden, "bestand", "bestanden")}.`,
  ];
  if (resultaat.overgeslagen > 0) {
    regels.push(`${meervoud(resultaat.overgeslagen, "respondent stond", "respondenten stonden")} er al precies zo in en ${resultaat.overgeslagen === 1 ? "is" : "zijn"} niet nog eens toegevoegd.`);
  }
  if (resultaat.normenOvergenomen.length > 0) {
    regels.push(`Normen uit het bestand overgenomen voor stelling ${resultaat.normenOvergenomen.join(", ")}.`);
  }
  if (resultaat.normenNietOvergenomen.length > 0) {
    regels.push(`Afwijkende normen niet overgenomen voor stelling ${resultaat.normenNietOvergenomen.join(", ")}: de normen op deze pagina blijven gelden.`);
  }
  return regels;
}

async function importeer(p, invoer) {
  const bestanden = [...invoer.files];
  invoer.value = "";
  if (bestanden.length === 0) {
    return;
  }
  const gelezen = await Promise.all(bestanden.map((bestand) => leesBestand(p, bestand)));
  const fouten = gelezen.filter(({ uitkomst }) => !uitkomst.ok);
  if (fouten.length > 0) {
    meld(
      p.melding.bestanden,
      ["Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.", ...fouten.map(({ naam, uitkomst }) => `${naam}: ${uitkomst.error}`)],
      "fout",
    );
    return;
  }
  const resultaat = core.mergeImports(p.store.state, gelezen.map(({ uitkomst }) => uitkomst.value), p.data);
  wijzig(p, resultaat.state, { normen: true, respondenten: true, formulier: true });
  meld(p.melding.bestanden, importMelding(resultaat, bestanden.length));
}

const VOORBEELD = `{
  "format": "bestuurscultuur-antwoorden",
  "versie": 1,
  "datum": "2026-11-20",
  "normen": { "raad-1": 1, "raad-5": 0 },
  "respondenten": [
    {
      "naam": "A",
      "rol": "wethouder",
      "antwoorden": { "raad-1": 3, "raad-2": 4 },
      "opmerkingen": { "raad-1": "Vooral bij de begroting." }
    }
  ]
}`;

function formaatUitleg(p) {
  const { schaal, rollen } = p.data;
  const { laagste, hoogste } = core.scaleRange(schaal);
  const woorden = schaal.map((s) => `${s.waarde} = ${s.label}`).join(", ");
  return el(
    "details",
    { class: "zs-formaat zs-geen-print" },
    el("summary", {}, "Over het bestandsformaat"),
    el("p", {}, "Een exportbestand is JSON (UTF-8) met deze velden:"),
    el(
      "ul",
      {},
      el("li", {}, el("code", {}, "format"), ": altijd \"bestuurscultuur-antwoorden\"."),
      el("li", {}, el("code", {}, "versie"), ": 1."),
      el("li", {}, el("code", {}, "datum"), " (mag ontbreken): de dag van de export, bijvoorbeeld \"2026-11-20\"."),
      el("li", {}, el("code", {}, "normen"), ` (mag ontbreken): per stelling-id de hoogste zorgscore die nog acceptabel is, een geheel getal van 0 tot en met ${core.maxConcern(schaal)}.`),
      el("li", {}, el("code", {}, "respondenten"), ": een lijst. Per respondent: ", el("code", {}, "antwoorden"), ` met per stelling-id een geheel getal van ${laagste} tot en met ${hoogste} (${woorden}); een stelling zonder antwoord laat u weg. `, el("code", {}, "naam"), ", ", el("code", {}, "rol"), ` (een van: ${rollen.map((r) => r.id).join(", ")}) en `, el("code", {}, "opmerkingen"), " (per stelling-id een tekst) mogen ontbreken."),
      el("li", {}, "Stelling-id's: ", p.data.stellingen.map((s) => s.id).join(", "), "."),
    ),
    el("p", {}, "Een bestand met een onbekend veld, een onbekende stelling of rol, of een waarde buiten het bereik wordt geweigerd met een melding; de huidige antwoorden blijven dan zoals ze waren. Een respondent die er al precies zo in staat, wordt niet nog eens toegevoegd. Normen uit een bestand worden alleen overgenomen voor stellingen waarvoor op deze pagina nog de standaardnorm geldt."),
    el("p", {}, "De CSV-export is voor een spreadsheet: puntkomma's, UTF-8, één regel per respondent, kolommen naam;rol;raad-1;…; opmerkingen staan er niet in. CSV kan niet worden geïmporteerd."),
    el("p", {}, "Voorbeeld:"),
    el("pre", {}, el("code", {}, VOORBEELD)),
  );
}

function bouwBewaren(p) {
  p.melding.bestanden = el("div", { class: "zs-melding", role: "status", "aria-live": "polite", "data-testid": "melding" });
  const namen = el("input", {
    type: "checkbox",
    id: "zs-namen-in-rapport",
    "data-testid": "namen-in-rapport",
    checked: p.store.state.namenInRapport,
    onchange: (gebeurtenis) => wijzig(p, { ...p.store.state, namenInRapport: gebeurtenis.target.checked }),
  });
  return el(
    "section",
    { class: "zs-stap zs-geen-print", "aria-labelledby": "zs-kop-bewaren" },
    el("h2", { id: "zs-kop-bewaren" }, "Bewaren, delen en afdrukken"),
    el("h3", {}, "Exporteren"),
    el("p", {}, "Een JSON-bestand kunt u later hier, of op een ander apparaat, weer importeren. CSV is om te openen in een spreadsheet."),
    el(
      "p",
      { class: "zs-knoppen" },
      knop("Exporteer (JSON)", () => {
        const datum = vandaag();
        download(`zelfscan-bestuurscultuur-${datum}.json`, core.serialiseExport(p.store.state, p.data, datum), "application/json");
      }, { "data-testid": "export-json" }),
      " ",
      knop("Exporteer (CSV)", () => {
        download(`zelfscan-bestuurscultuur-${vandaag()}.csv`, core.toCSV(p.store.state, p.data), "text/csv;charset=utf-8");
      }, { "data-testid": "export-csv" }),
    ),
    el("h3", {}, "Importeren"),
    el(
      "p",
      { class: "zs-bestandskeuze" },
      el("label", { for: "zs-import" }, "Antwoorden importeren (een of meer JSON-bestanden)"),
      el("input", {
        type: "file",
        id: "zs-import",
        accept: "application/json,.json",
        multiple: true,
        "data-testid": "import",
        "aria-describedby": "zs-import-hulp",
        onchange: (gebeurtenis) => importeer(p, gebeurtenis.target),
      }),
      el("span", { class: "zs-hulp", id: "zs-import-hulp" }, "De respondenten uit de bestanden komen bij de huidige antwoorden. Heeft een bestand een fout, dan wordt niets geïmporteerd."),
    ),
    p.melding.bestanden,
    formaatUitleg(p),
    el("h3", {}, "Afdrukken"),
    el(
      "p",
      {},
      "Het rapport bevat de datum, de respondenten, de normen, de vergelijking met de bespreekpunten en het advies. Namen staan er alleen in als u dat aanvinkt; anders staat er \"Respondent 1\", \"Respondent 2\" enzovoort.",
    ),
    el("p", { class: "zs-rondgang" }, namen, " ", el("label", { for: "zs-namen-in-rapport" }, "Namen in rapport")),
    el(
      "p",
      {},
      knop("Druk rapport af", () => {
        renderUitkomst(p);
        window.print();
      }, { "data-testid": "print" }),
    ),
  );
}

function bouwPrivacy(p) {
  const opslagMelding = el("div", { class: "zs-melding", role: "status", "aria-live": "polite" });
  if (p.store.melding) {
    meld(opslagMelding, p.store.melding, "fout");
  }
  return el(
    "div",
    { class: "zs-privacy zs-geen-print" },
    el(
      "p",
      {},
      el("strong", {}, "Uw antwoorden blijven in deze browser."),
      " Ze worden alleen op dit apparaat bewaard, in de opslag van de browser, en nergens heen gestuurd. Ook na het herladen van de pagina zijn ze er nog. Werkt u op een gedeelde computer? Exporteer dan wat u wilt houden en wis daarna alle antwoorden.",
    ),
    el(
      "p",
      {},
      knop("Wis alle antwoorden", () => {
        if (!window.confirm("Alle antwoorden, respondenten, normen en de vorige meting uit deze browser wissen? Dit kan niet ongedaan worden gemaakt.")) {
          return;
        }
        const fout = p.store.wis();
        herteken(p);
        meld(opslagMelding, fout ?? "Alle antwoorden zijn gewist uit deze browser.", fout ? "fout" : "ok");
      }, { "data-testid": "wis-alles" }),
    ),
    opslagMelding,
  );
}

/** Redraw everything from the store (after wiping), keeping the sections in place. */
function herteken(p) {
  p.root.querySelector("#zs-rondgang").checked = p.store.state.rondgang;
  p.root.querySelector("#zs-namen-in-rapport").checked = p.store.state.namenInRapport;
  renderNormen(p);
  renderRespondenten(p);
  renderFormulier(p);
  renderUitkomst(p);
}

// ---------------------------------------------------------------------------------------------
// Setup

function leesData() {
  const bron = document.getElementById(DATA_ID);
  if (!bron) {
    throw new Error(`het element #${DATA_ID} ontbreekt`);
  }
  return JSON.parse(bron.textContent);
}

function richIn(mount) {
  let data;
  try {
    data = leesData();
  } catch (fout) {
    mount.replaceChildren(el("p", { class: "zs-melding zs-melding--fout", role: "alert" }, `De zelfscan kon niet worden geladen: ${fout.message}.`));
    return;
  }
  const p = {
    data,
    root: mount,
    store: maakStore(data),
    nummer: new Map(data.stellingen.map((s, index) => [s.id, index + 1])),
    stellingPerId: new Map(data.stellingen.map((s) => [s.id, s])),
    regio: { rapportkop: el("div", { class: "zs-rapportkop zs-alleen-print" }) },
    melding: {},
  };
  mount.classList.add("zelfscan");
  const privacy = bouwPrivacy(p);
  const normen = bouwNormen(p);
  const antwoorden = bouwAntwoorden(p);
  const [vergelijken, advies] = bouwUitkomst(p);
  const borgen = bouwBorgen(p);
  p.regio.vorigeSectie = bouwVorige(p);
  const bewaren = bouwBewaren(p);
  mount.replaceChildren(p.regio.rapportkop, privacy, normen, antwoorden, vergelijken, advies, borgen, p.regio.vorigeSectie, bewaren);
  renderUitkomst(p);
}

function start() {
  const mount = document.getElementById(MOUNT_ID);
  if (!mount || mount.dataset.zsGestart === "ja") {
    return;
  }
  mount.dataset.zsGestart = "ja";
  richIn(mount);
}

onPageReady(start);
