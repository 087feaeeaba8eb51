// Step 3: comparing the answers. The bespreekpunten first (at most five, the rule shown, the rest
// on request); the tables per respondent, per statement and per rol, and the remarks, unfolded
// on request and printed in the appendix.

import { html } from "../dom.mjs";
import { countAntwoorden, countVerdeling, groupByRol } from "./comparison.mjs";
import { answersKey } from "./derive.mjs";
import { antwoordLabel, formatNumber, maxZorgscore } from "./scoring.mjs";
import {
  foldable, hiddenOutcome, isOpen, naamView, namesKey, outcomeVisible, stellingTekst, table, toggle, vh, visibilityKey,
} from "./view-parts.mjs";
import { meervoud } from "./text.mjs";

export const TOP_BESPREEKPUNTEN = 5;

function bespreekpunt(ctx, point) {
  const { schaal } = ctx.data;
  return html`<li key=${point.id} data-vraag=${point.id}>
    <strong>${stellingTekst(ctx, point.id)}</strong> — antwoorden van "${antwoordLabel(point.laagste, schaal)}" tot "${antwoordLabel(point.hoogste, schaal)}" (${meervoud(point.spreiding, "stap", "stappen")} verschil, ${meervoud(point.n, "antwoord", "antwoorden")})${point.rondNorm ? "; de groep zit aan beide kanten van de norm" : ""}.
  </li>`;
}

function bespreekpuntenBlock(state, ctx, derived) {
  const points = derived.bespreekpunten;
  const rest = points.length - TOP_BESPREEKPUNTEN;
  let hint = null;
  if (derived.metAntwoord.length < 2) {
    hint = html`<p>Bespreekpunten zijn er pas bij twee of meer respondenten.</p>`;
  } else if (points.length === 0) {
    hint = html`<p>Geen bespreekpunten: de antwoorden liggen overal hoogstens één stap uit elkaar.</p>`;
  }
  return html`<div class="zs-print-bespreekpunten">
    <h3 class="zs-geen-print">Bespreekpunten</h3>
    <h2 class="zs-alleen-print">Bespreekpunten</h2>
    <p>
      Stellingen waarop de antwoorden twee of meer stappen uit elkaar liggen. Eerst die waarop de groep aan
      beide kanten van de norm zit (dan is de vraag óf er een probleem is), daarna het grootste verschil.
      Hoogstens ${TOP_BESPREEKPUNTEN} staan hier; bespreek ze als eerste: wat ziet de een dat de ander niet ziet?
    </p>
    <ul data-testid="bespreekpunten" class="zs-bespreekpunten">${points.slice(0, TOP_BESPREEKPUNTEN).map((p) => bespreekpunt(ctx, p))}</ul>
    ${hint}
    ${rest > 0 ? html`<p class="zs-geen-print">${toggle(state, ctx, "bespreekpunten", `Nog ${meervoud(rest, "bespreekpunt", "bespreekpunten")} tonen`, { "data-testid": "bespreekpunten-meer" })}</p>` : null}
  </div>
  ${rest > 0 ? foldable("bespreekpunten", isOpen(state, "bespreekpunten"), html`
    <h3 class="zs-alleen-print">Overige bespreekpunten</h3>
    <ul data-testid="bespreekpunten-overig" class="zs-bespreekpunten">${points.slice(TOP_BESPREEKPUNTEN).map((p) => bespreekpunt(ctx, p))}</ul>`, "zs-print-bijlage") : null}`;
}

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

function countsBlock(state, ctx, metAntwoord) {
  const { schaal, stellingen, rollen } = ctx.data;
  const rows = metAntwoord.map((respondent) => {
    const index = state.sessie.respondenten.indexOf(respondent);
    const counts = countAntwoorden(respondent, schaal);
    const given = counts.reduce((sum, t) => sum + t.aantal, 0);
    return html`<tr key=${respondent.id}><th scope="row">${naamView(respondent, index, rollen)}</th>
      ${counts.map((t) => html`<td class="zs-getal">${t.aantal}</td>`)}<td class="zs-getal">${stellingen.length - given}</td></tr>`;
  });
  return html`<h3>Antwoorden per respondent</h3>${table({
    id: "zs-tellingen",
    caption: "Hoe vaak elke respondent elk antwoord gaf",
    head: ["Respondent", ...schaal.map((s) => s.label), "geen antwoord"],
    rows: rows,
  })}`;
}

function distributionBlock(ctx, metAntwoord, advies) {
  const { schaal, stellingen } = ctx.data;
  const rows = stellingen.map((stelling, index) => {
    const zorg = advies.perStelling[index].zorg;
    return html`<tr key=${stelling.id} data-vraag=${stelling.id}><th scope="row">${stellingTekst(ctx, stelling.id)}</th>
      ${countVerdeling(stelling.id, metAntwoord, schaal).map((v) => html`<td class="zs-verdeling">
        <span class="zs-balk" aria-hidden="true" style=${{ "--aandeel": String(v.aantal / metAntwoord.length) }}></span><span class="zs-balkgetal">${v.aantal}</span></td>`)}
      <td class="zs-getal">${zorg === null ? "–" : formatNumber(zorg)}</td></tr>`;
  });
  return html`<h3>Verdeling per stelling</h3>
    <p>Per stelling hoeveel respondenten elk antwoord gaven, en de mediaan van de zorgscore (0 is geen zorg, ${maxZorgscore(schaal)} de meeste zorg).</p>
    ${table({ id: "zs-verdeling", caption: "Aantal respondenten per antwoord, per stelling", head: ["Stelling", ...schaal.map((s) => s.label), "Zorg (mediaan)"], rows: rows })}`;
}

function rolesBlock(ctx, metAntwoord) {
  const { groepen, verborgen, zonderRol } = groupByRol(metAntwoord, ctx.data, 2);
  const rows = ctx.data.stellingen.map((stelling, index) => html`<tr key=${stelling.id}><th scope="row">${stellingTekst(ctx, stelling.id)}</th>
    ${groepen.map((group) => {
      const zorg = group.perStelling[index].zorg;
      return html`<td class="zs-getal">${zorg === null ? ["–", vh(" (te weinig antwoorden)")] : formatNumber(zorg)}</td>`;
    })}</tr>`);
  return html`<h3>Per rol</h3>
    <p>Alleen rollen met minstens twee respondenten staan hier, en per stelling alleen als minstens twee van hen antwoordden. Zo is niemands antwoord terug te lezen.</p>
    ${groepen.length > 0
      ? table({ id: "zs-rollen", caption: "Zorg (mediaan) per stelling, per rol", head: ["Stelling", ...groepen.map((g) => `${g.label} (${g.n})`)], rows: rows })
      : html`<p>Geen enkele rol heeft twee of meer respondenten.</p>`}
    ${verborgen.length > 0 ? html`<p>Niet apart getoond, omdat er minder dan twee zijn: ${verborgen.map((v) => `${v.label} (${meervoud(v.n, "respondent", "respondenten")})`).join(", ")}.</p>` : null}
    ${zonderRol > 0 ? html`<p>${meervoud(zonderRol, "respondent heeft", "respondenten hebben")} geen rol opgegeven.</p>` : null}`;
}

export function bespreekpuntenView(state, ctx) {
  if (!outcomeVisible(state)) {
    return hiddenOutcome();
  }
  const derived = ctx.derive(state.sessie);
  if (derived.metAntwoord.length === 0) {
    return html`<p>Er zijn nog geen antwoorden om te vergelijken.</p>`;
  }
  return html`${bespreekpuntenBlock(state, ctx, derived)}
    <p class="zs-geen-print">${toggle(state, ctx, "details", "Details: antwoorden per respondent, verdeling en per rol", { "data-testid": "details-open" })}</p>
    ${foldable("details", isOpen(state, "details"), [
      countsBlock(state, ctx, derived.metAntwoord),
      distributionBlock(ctx, derived.metAntwoord, derived.advies),
      rolesBlock(ctx, derived.metAntwoord),
    ], "zs-print-bijlage")}`;
}

export const bespreekpuntenDeps = (state) => [
  ...answersKey(state.sessie), ...namesKey(state.sessie), ...visibilityKey(state), state.ui.open.details, state.ui.open.bespreekpunten,
];
