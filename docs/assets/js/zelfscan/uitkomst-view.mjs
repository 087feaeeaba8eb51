// What the page makes of the answers, and keeping them. Steps 3 to 5 and the vorige meting as
// frames: what each shows by itself (during a hand round, before the first answer, with an empty
// plan, without a vorige meting) and where its part goes once loaded; the remarks; the instrument
// lists. Above the steps: where the answers live, wipe, storage notices; at the end: export,
// import, print; and the head of the printed report.

import { html } from "../dom.mjs";
import { formatNumber, hasAntwoorden, sortProducten } from "./scoring.mjs";
import { answersKey, hasMaatregel } from "./session.mjs";
import {
  button, foldable, formatDatum, hiddenOutcome, isOpen, link, messageView, naamView, namesKey, outcomeVisible, part, stellingTekst,
  toggle, vh, visibilityKey,
} from "./view-parts.mjs";

const hasOutcome = (state, data) => state.sessie.respondenten.some((r) => hasAntwoorden(r, data.schaal));

/** When the state needs each part of these views; the page loads a part as soon as it does. */
export const OUTCOME_PARTS = {
  uitkomst: (state, data) => outcomeVisible(state) && hasOutcome(state, data),
  plan: (state) => outcomeVisible(state) && state.sessie.actieplan.sporen.length > 0,
  meting: (state) => outcomeVisible(state) && state.sessie.vorigeMeting !== null,
};

export function bespreekpuntenView(state, ctx) {
  if (!outcomeVisible(state)) {
    return hiddenOutcome();
  }
  if (!hasOutcome(state, ctx.data)) {
    return html`<p>Er zijn nog geen antwoorden om te vergelijken.</p>`;
  }
  return part(state, ctx, "uitkomst", (m) => m.bespreekpunten(state, ctx));
}

export const bespreekpuntenDeps = (state) => [
  ...answersKey(state.sessie), ...namesKey(state.sessie), ...visibilityKey(state), state.ui.open.details, state.ui.open.bespreekpunten,
  state.ui.delen.uitkomst,
];

/** The remarks, per statement; a mount of its own, so that typing one does not redraw the tables. */
export function opmerkingenView(state, ctx) {
  if (!outcomeVisible(state)) {
    return null;
  }
  const { respondenten } = state.sessie;
  const items = ctx.data.stellingen
    .map((stelling) => {
      const lines = respondenten
        .map((respondent, index) => ({ respondent, index, tekst: respondent.opmerkingen[stelling.id] ?? "" }))
        .filter(({ tekst }) => tekst.trim() !== "");
      return lines.length === 0 ? null : html`<li key=${stelling.id} data-vraag=${stelling.id}>${stellingTekst(ctx, stelling.id)}
        <ul>${lines.map(({ respondent, index, tekst }) => html`<li>${naamView(respondent, index, ctx.data.rollen)}: ${tekst}</li>`)}</ul>
      </li>`;
    })
    .filter(Boolean);
  if (items.length === 0) {
    return null;
  }
  return html`<p class="zs-geen-print">${toggle(state, ctx, "opmerkingen", `Opmerkingen van de respondenten (${items.length} ${items.length === 1 ? "stelling" : "stellingen"})`, { "data-testid": "opmerkingen-open" })}</p>
    ${foldable("opmerkingen", isOpen(state, "opmerkingen"), html`<h3>Opmerkingen</h3><ul class="zs-opmerkingen" data-testid="opmerkingen">${items}</ul>`, "zs-print-bijlage")}`;
}

export const opmerkingenDeps = (state) => [state.sessie.respondenten, state.ui.open.opmerkingen, ...visibilityKey(state)];

/** The advies and the total: what the outcome leads with, on screen and in print. */
export function uitslag(fase, tekst, totaal) {
  return html`<div class="zs-uitslag">
    <p>Advies: <strong data-testid="advies-fase" data-fase=${fase}>${tekst}</strong></p>
    <p>Totale overschrijding: <strong data-testid="overschrijding">${formatNumber(totaal)}</strong></p>
  </div>`;
}

export function adviesView(state, ctx) {
  if (!outcomeVisible(state)) {
    return hiddenOutcome();
  }
  if (!hasOutcome(state, ctx.data)) {
    return html`<div class="zs-print-uitkomst">
      <h2 class="zs-alleen-print">Uitkomst en advies</h2>
      ${uitslag("geen", "nog geen advies (er zijn nog geen antwoorden)", 0)}
      <p>Vul eerst stap 2 in.</p>
    </div>`;
  }
  return part(state, ctx, "uitkomst", (m) => m.advies(state, ctx));
}

export const adviesDeps = (state) => [
  ...answersKey(state.sessie), ...visibilityKey(state), state.sessie.actieplan, state.ui.open.instrumenten, state.ui.open.onderbouwing,
  state.ui.delen.uitkomst,
];

export function productDetails(product) {
  const status = product.status === "voorgesteld" ? "voorstel, bestaat nog niet" : product.status_label;
  return [status, ...(product.typen ?? []), ...(product.aanbieders ?? [])].join(" · ");
}

/** "Zet in actieplan" for an instrument, or for one of its products; says when it is there. */
export function planButton(state, ctx, instrumentId, product) {
  const instrument = ctx.data.instrumenten[instrumentId];
  const naam = product ? product.titel : instrument.titel;
  const included = hasMaatregel(state.sessie.actieplan, instrumentId, product?.id);
  return html`<span class="zs-geen-print zs-naar-plan">
    ${button(["Zet in actieplan", vh(`: ${naam}`)], () => ctx.intents.addMaatregelFor(instrumentId, product?.id), {
      class: "zs-klein",
      "data-testid": product ? "product-naar-actieplan" : "instrument-naar-actieplan",
    })}${included ? html`<span class="zs-in-plan"> staat in het actieplan</span>` : null}
  </span>`;
}

function productItem(state, ctx, instrumentId, product) {
  return html`<li key=${product.id ?? product.titel} class=${`zs-product zs-product--${product.status}`}>
    ${link(product.titel, product.url)} (${productDetails(product)}) ${planButton(state, ctx, instrumentId, product)}
  </li>`;
}

function instrumentItem(state, ctx, id) {
  const instrument = ctx.data.instrumenten[id];
  if (!instrument) {
    return html`<li key=${id}>${id}</li>`;
  }
  const producten = sortProducten(instrument.producten);
  return html`<li key=${id} data-instrument=${id}>
    ${link(instrument.titel, instrument.url)} ${planButton(state, ctx, id)}
    ${producten.length > 0
      ? html`<ul class="zs-producten">${producten.map((p) => productItem(state, ctx, id, p))}</ul>`
      : html`<span class="zs-geen-product"> — nog geen ondersteuningsproduct bekend</span>`}
  </li>`;
}

export function instrumentList(state, ctx, ids) {
  return html`<ul class="zs-instrumenten">${ids.map((id) => instrumentItem(state, ctx, id))}</ul>`;
}

export function actieplanView(state, ctx) {
  const plan = state.sessie.actieplan;
  const preventief = ctx.data.ladder.preventief ?? [];
  const borgen = html`<div class="zs-print-bijlage">
    <h3 id="zs-kop-borgen" tabindex="-1">Borgen: preventieve instrumenten</h3>
    <p>Ook zonder signaal loont het een goede bestuurscultuur te onderhouden. Deze instrumenten helpen daarbij, in elke fase.</p>
    ${preventief.length > 0 ? html`<div data-testid="preventief">${instrumentList(state, ctx, preventief)}</div>` : html`<p>Er zijn geen preventieve instrumenten opgenomen.</p>`}
  </div>`;
  if (!outcomeVisible(state)) {
    return html`<p class="zs-verborgen-plan">Het actieplan is verborgen tijdens de rondgang.</p>${borgen}`;
  }
  const filled = plan.maatregelen.length > 0;
  const editor = plan.sporen.length === 0
    ? html`<p>Er staan nog geen maatregelen in het actieplan.</p>`
    : part(state, ctx, "plan", (m) => m.planEditor(state, ctx));
  return html`<div class=${filled ? "zs-print-actieplan zs-actieplan-gevuld" : "zs-geen-print"} data-testid="actieplan">
      <p class="zs-geen-print">Leg vast wat u afspreekt, zoals in een plan van aanpak: sporen met maatregelen, elk met een eigenaar, een termijn, een prioriteit en een status. "Zet in actieplan" bij een instrument zet het hier als maatregel; pas de tekst daarna aan.</p>
      <div class="zs-alleen-print"><h2>Actieplan</h2>${ctx.parts.plan?.planTable(plan, "zs-plan") ?? null}</div>
      <div class="zs-geen-print">
        ${editor}
        <p>${button("Spoor toevoegen", () => ctx.intents.addSpoor(), { "data-testid": "spoor-toevoegen" })}
          ${filled ? button("Druk het actieplan af", () => ctx.intents.printActieplan(), { "data-testid": "actieplan-print" }) : null}</p>
        ${messageView(state.ui.meldingen.actieplan, { "data-testid": "actieplan-melding" })}
      </div>
    </div>
    ${borgen}`;
}

export const actieplanDeps = (state) => [state.sessie.actieplan, state.ui.meldingen.actieplan, ...visibilityKey(state), state.ui.delen.plan];

export function metingView(state, ctx) {
  if (!outcomeVisible(state)) {
    return null;
  }
  const vorige = state.sessie.vorigeMeting;
  return html`<p class="zs-geen-print">
      Heeft u eerder een meting geëxporteerd? Lees dat bestand hier in als vorige meting. U ziet dan de uitkomst
      van toen, zoals die toen werd gerapporteerd met de normen van toen, naast die van nu. Het bestand blijft, net
      als de rest, alleen in deze browser.
    </p>
    <p class="zs-geen-print zs-bestandskeuze">
      <label for="zs-vorige-invoer">Vorige meting (JSON-bestand)</label>
      <input type="file" id="zs-vorige-invoer" accept="application/json,.json" data-testid="vorige-meting"
        onChange=${(e) => ctx.intents.readVorigeMeting(e.currentTarget)} />
    </p>
    ${messageView(state.ui.meldingen.vorige)}
    ${vorige === null
      ? html`<p class="zs-geen-print">Er is geen vorige meting ingelezen.</p>`
      : part(state, ctx, "meting", (m) => m.metingComparison(state, ctx, vorige))}
    ${vorige === null ? null : html`<p class="zs-geen-print">${button("Vorige meting weghalen", () => ctx.intents.removeVorigeMeting(), { "data-testid": "vorige-weg" })}</p>`}`;
}

export const metingDeps = (state) => [...answersKey(state.sessie), ...visibilityKey(state), state.ui.meldingen.vorige, state.ui.delen.meting];

export function startView(state, ctx) {
  const opslag = state.ui.meldingen.opslag;
  const reserve = opslag?.reserve
    ? button("Reservekopie downloaden", () => ctx.intents.downloadBackup(), { "data-testid": "reservekopie" })
    : null;
  return html`<div class="zs-privacy zs-geen-print">
    <p>
      <strong>Uw antwoorden blijven in deze browser</strong>, ook na herladen, en gaan nergens heen. Op een
      gedeelde computer: exporteer wat u wilt houden en wis daarna alles.${" "}
      ${button("Wis alle antwoorden", () => ctx.intents.wipe(), { class: "zs-klein", "data-testid": "wis-alles" })}
    </p>
    ${messageView(opslag && { ...opslag, extra: reserve }, { "data-testid": "opslag-melding" })}
  </div>`;
}

export const startDeps = (state) => [state.ui.meldingen.opslag];

/** The pending question: is a file of another day this sessie's answers, or a vorige meting? */
function question(state, ctx) {
  const { vraag } = state.ui;
  if (vraag === null) {
    return null;
  }
  const bestanden = vraag.bestanden.filter((b) => b.value.datum !== "" && b.value.datum !== state.sessie.datum);
  const names = bestanden.map((b) => `${b.naam} (${formatDatum(b.value.datum)})`).join(", ");
  return html`<div class="zs-vraag" role="group" aria-labelledby="zs-vraag-kop" data-testid="import-vraag">
    <p id="zs-vraag-kop" tabindex="-1"><strong>Van een andere dag:</strong> ${names}. Deze sessie is van ${formatDatum(state.sessie.datum)}. Wat wilt u met ${bestanden.length === 1 ? "dit bestand" : "deze bestanden"}?</p>
    <p>
      ${button("Toevoegen aan deze sessie", () => ctx.intents.answerVraag("samenvoegen"), { "data-testid": "import-samenvoegen" })}
      ${vraag.bestanden.length === 1 ? button("Vergelijken als vorige meting", () => ctx.intents.answerVraag("vorige"), { "data-testid": "import-vorige" }) : null}
      ${button("Niets doen", () => ctx.intents.answerVraag("annuleren"), { "data-testid": "import-annuleren" })}
    </p>
  </div>`;
}

export function bestandenView(state, ctx) {
  const { intents } = ctx;
  return html`<div class="zs-geen-print">
    <h3>Exporteren</h3>
    <p>Een JSON-bestand kunt u later hier, of op een ander apparaat, weer importeren, of volgend jaar inlezen als vorige meting. CSV is om te openen in een spreadsheet.</p>
    <p class="zs-knoppen">
      ${button("Exporteer (JSON)", () => intents.exportJSON(), { "data-testid": "export-json" })}
      ${button("Exporteer (CSV)", () => intents.exportCSV(), { "data-testid": "export-csv" })}
    </p>
    <h3>Importeren</h3>
    <p class="zs-bestandskeuze">
      <label for="zs-import">Antwoorden importeren (een of meer JSON-bestanden)</label>
      <input type="file" id="zs-import" accept="application/json,.json" multiple data-testid="import"
        aria-describedby="zs-import-hulp" onChange=${(e) => intents.importFiles(e.currentTarget)} />
      <span class="zs-hulp" id="zs-import-hulp">De respondenten uit de bestanden komen bij de huidige antwoorden. Heeft een bestand een fout, dan wordt niets geïmporteerd. Is een bestand van een andere dag, dan vraagt de pagina of het bij deze sessie hoort of een vorige meting is.</span>
    </p>
    ${question(state, ctx)}
    ${messageView(state.ui.meldingen.bestanden, { "data-testid": "melding" })}
    <h3>Afdrukken</h3>
    <p>Het rapport begint met de uitkomst en de redenering, dan de instrumenten om mee te beginnen, het actieplan, de bespreekpunten en (als die er is) de vergelijking met de vorige meting; de details staan in een bijlage. Namen staan er alleen in als u dat aanvinkt; anders staat er "Respondent 1", "Respondent 2" enzovoort.</p>
    <p class="zs-rondgang">
      <input type="checkbox" id="zs-namen-in-rapport" data-testid="namen-in-rapport" checked=${state.sessie.namenInRapport}
        onChange=${(e) => intents.setNamenInRapport(e.currentTarget.checked)} />${" "}<label for="zs-namen-in-rapport">Namen in rapport</label>
    </p>
    <p>${button("Druk rapport af", () => intents.printRapport(), { "data-testid": "print" })}</p>
  </div>`;
}

export const bestandenDeps = (state) => [
  state.ui.vraag, state.ui.meldingen.bestanden, state.sessie.namenInRapport, state.sessie.datum,
];

export function reportView(state, ctx) {
  if (!outcomeVisible(state)) {
    return null;
  }
  const names = state.sessie.respondenten
    .map((respondent, index) => ({ respondent, index }))
    .filter(({ respondent }) => hasAntwoorden(respondent, ctx.data.schaal))
    .map(({ respondent, index }) => html`<li key=${respondent.id}>${naamView(respondent, index, ctx.data.rollen)}</li>`);
  return html`<div class="zs-rapportkop zs-alleen-print zs-print-kop">
      <h2>Rapport zelfscan bestuurscultuur</h2>
      <p class="zs-rapportdatum">Afgedrukt op ${ctx.printDate}.</p>
      <p>Respondenten (${names.length}):</p>
      <ul class="zs-namenlijst">${names}</ul>
    </div>
    <h2 class="zs-alleen-print zs-print-bijlage-kop">Bijlage: details en onderbouwing</h2>`;
}

export const reportDeps = (state) => [...answersKey(state.sessie), ...namesKey(state.sessie), ...visibilityKey(state)];
