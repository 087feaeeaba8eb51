// Step 5: the actieplan (sporen with maatregelen: eigenaar, termijn, prioriteit, status), edited
// in place, printed as a table, also on its own; then the preventive instruments (borgen).

import { html } from "../dom.mjs";
import { EIGENAREN, STATUSSEN, TERMIJNEN, labelOf, listPerSpoor } from "./actieplan.mjs";
import { instrumentList } from "./instrumenten-view.mjs";
import { button, messageView, outcomeVisible, vh, visibilityKey } from "./view-parts.mjs";

function choice(id, label, lijst, waarde, onChange) {
  return html`<p class="zs-veld"><label for=${id}>${label}</label>
    <select id=${id} value=${waarde} onChange=${(e) => onChange(e.currentTarget.value)}>
      ${lijst.map((item) => html`<option value=${item.id}>${item.label}</option>`)}
    </select></p>`;
}

function maatregelCard(ctx, { maatregel: m, letter }, sporen) {
  const set = (veld) => (waarde) => ctx.intents.setMaatregel(m.id, veld, waarde);
  const id = (veld) => `zs-${m.id}-${veld}`;
  return html`<li key=${m.id} class="zs-maatregel" data-maatregel=${m.id}>
    <p class="zs-maatregel-tekst"><label for=${id("tekst")}>Maatregel ${letter}</label>
      <textarea id=${id("tekst")} rows="2" value=${m.tekst} onInput=${(e) => set("tekst")(e.currentTarget.value)}></textarea></p>
    <div class="zs-maatregel-velden">
      ${choice(id("eigenaar"), "Eigenaar", EIGENAREN, m.eigenaar, set("eigenaar"))}
      ${choice(id("termijn"), "Termijn", TERMIJNEN, m.termijn, set("termijn"))}
      ${choice(id("status"), "Status", STATUSSEN, m.status, set("status"))}
      ${sporen.length > 1 ? choice(id("spoor"), "Spoor", sporen.map((s, i) => ({ id: s.id, label: spoorNaam(s, i) })), m.spoor, set("spoor")) : null}
      <p class="zs-vinkje"><input type="checkbox" id=${id("prioriteit")} checked=${m.prioriteit}
        onChange=${(e) => set("prioriteit")(e.currentTarget.checked)} /> <label for=${id("prioriteit")}>Prioriteit</label></p>
      <p>${button(["Verwijder", vh(` maatregel ${letter}`)], () => ctx.intents.removeMaatregel(m.id, letter), { class: "zs-klein" })}</p>
    </div>
  </li>`;
}

/** The plan as a table per spoor (print, and beside a vorige meting). */
export function planTable(plan, idPrefix) {
  return listPerSpoor(plan).map(({ spoor, maatregelen }, index) => html`<div key=${spoor.id} class="zs-plan-spoor">
    <h4>${spoorNaam(spoor, index)}</h4>
    ${maatregelen.length === 0 ? html`<p>Nog geen maatregelen.</p>` : html`<table class="zs-plantabel" id=${`${idPrefix}-${spoor.id}`}>
      <thead><tr><th scope="col">Maatregel</th><th scope="col">Eigenaar</th><th scope="col">Termijn</th><th scope="col">Prioriteit</th><th scope="col">Status</th></tr></thead>
      <tbody>${maatregelen.map(({ maatregel: m, letter }) => html`<tr key=${m.id}>
        <td>${letter}. ${m.tekst}</td><td>${labelOf(EIGENAREN, m.eigenaar)}</td><td>${labelOf(TERMIJNEN, m.termijn)}</td>
        <td>${m.prioriteit ? "Ja" : "–"}</td><td>${labelOf(STATUSSEN, m.status)}</td></tr>`)}</tbody>
    </table>`}
  </div>`);
}

/** "Spoor 2: Rollen en samenspel", or "Spoor 2" while it has no title. */
function spoorNaam(spoor, index) {
  return spoor.titel.trim() === "" ? `Spoor ${index + 1}` : `Spoor ${index + 1}: ${spoor.titel}`;
}

function spoorEditor(ctx, { spoor, maatregelen }, index, sporen) {
  const titelId = `zs-${spoor.id}-titel`;
  return html`<fieldset key=${spoor.id} class="zs-spoor">
    <legend>${spoorNaam(spoor, index)}</legend>
    <p class="zs-spoor-titel"><label for=${titelId}>Titel van spoor ${index + 1}</label>
      <input type="text" id=${titelId} value=${spoor.titel} placeholder="bijvoorbeeld: Rollen en samenspel"
        onInput=${(e) => ctx.intents.setSpoorTitel(spoor.id, e.currentTarget.value)} />
      ${button(["Verwijder spoor", vh(` ${index + 1}`)], () => ctx.intents.removeSpoor(spoor.id, index + 1), { class: "zs-klein" })}</p>
    <ol class="zs-maatregelen">${maatregelen.map((item) => maatregelCard(ctx, item, sporen))}</ol>
    <p>${button(["Maatregel toevoegen", vh(` aan spoor ${index + 1}`)], () => ctx.intents.addMaatregel(spoor.id), { class: "zs-klein", "data-testid": "maatregel-toevoegen" })}</p>
  </fieldset>`;
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
  const perSpoor = listPerSpoor(plan);
  const filled = plan.maatregelen.length > 0;
  return html`<div class=${filled ? "zs-print-actieplan zs-actieplan-gevuld" : "zs-geen-print"} data-testid="actieplan">
      <p class="zs-geen-print">Leg vast wat u afspreekt, zoals in een plan van aanpak: sporen met maatregelen, elk met een eigenaar, een termijn, een prioriteit en een status. "Zet in actieplan" bij een instrument zet het hier als maatregel; pas de tekst daarna aan.</p>
      <div class="zs-alleen-print"><h2>Actieplan</h2>${planTable(plan, "zs-plan")}</div>
      <div class="zs-geen-print">
        ${perSpoor.length === 0 ? html`<p>Er staan nog geen maatregelen in het actieplan.</p>` : perSpoor.map((item, index) => spoorEditor(ctx, item, index, plan.sporen))}
        <p>${button("Spoor toevoegen", () => ctx.intents.addSpoor(), { "data-testid": "spoor-toevoegen" })}
          ${filled ? button("Druk het actieplan af", () => ctx.intents.printActieplan(), { "data-testid": "actieplan-print" }) : null}</p>
        ${messageView(state.ui.meldingen.actieplan, { "data-testid": "actieplan-melding" })}
      </div>
    </div>
    ${borgen}`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const actieplanDeps = (state) => [state.sessie.actieplan, state.ui.meldingen.actieplan, ...visibilityKey(state)];
