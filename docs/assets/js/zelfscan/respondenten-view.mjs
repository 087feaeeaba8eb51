// Step 2, above the form: who is answering, each person's progress, the hand round, and adding
// a member who answered on their own device with an antwoordcode.

import { html } from "../dom.mjs";
import { countBeantwoord, hasAntwoorden } from "./comparison.mjs";
import { displayName } from "./session.mjs";
import { answersKey } from "./derive.mjs";
import {
  button, foldable, isOpen, messageView, namesKey, naamView, outcomeVisible, toggle, vh, visibilityKey,
} from "./view-parts.mjs";
import { meervoud } from "./text.mjs";

function progress(respondent, ctx) {
  return `${countBeantwoord(respondent, ctx.data)} van ${ctx.data.stellingen.length} beantwoord`;
}

function respondentItem(state, ctx, respondent, index) {
  const naam = displayName(respondent, index);
  const actief = respondent.id === state.sessie.actief;
  return html`<li key=${respondent.id} class=${actief ? "zs-respondent zs-respondent--actief" : "zs-respondent"} data-respondent=${respondent.id}>
    <span class="zs-respondent-naam">${naamView(respondent, index, ctx.data.rollen)}</span>
    <span class="zs-respondent-stand"> — ${progress(respondent, ctx)}</span>
    ${actief
      ? html`<span class="zs-respondent-open"> (hieronder open)</span>`
      : button(["Open vragenlijst", vh(` van ${naam}`)], () => ctx.intents.openRespondent(respondent.id))}
    ${button(["Verwijder", vh(` ${naam}`)], () => ctx.intents.removeRespondent(respondent.id, naam))}
  </li>`;
}

function codeInput(state, ctx) {
  return html`<div class="zs-code-invoer">
    ${toggle(state, ctx, "code", "Antwoordcode van een ander toevoegen", { "data-testid": "antwoordcode-open" })}
    ${foldable("code", isOpen(state, "code"), html`
      <p><label for="zs-code-invoer">Plak hier de antwoordcode die iemand u stuurde</label>
        <textarea id="zs-code-invoer" rows="2" data-testid="antwoordcode-invoer" value=${state.ui.codeInvoer}
          onInput=${(e) => ctx.intents.setCodeInvoer(e.currentTarget.value)}></textarea>
        ${button("Toevoegen", () => ctx.intents.addCode(), { "data-testid": "antwoordcode-toevoegen" })}</p>
      ${messageView(state.ui.meldingen.code, { "data-testid": "antwoordcode-melding" })}`, "zs-geen-print")}
  </div>`;
}

function respondentList(state, ctx) {
  const { sessie } = state;
  if (!outcomeVisible(state)) {
    const done = sessie.respondenten.filter((r) => r.id !== sessie.actief && hasAntwoorden(r, ctx.data.schaal));
    return html`<p class="zs-rondgang-stand">Rondgang bezig: ${meervoud(done.length, "persoon is", "personen zijn")} klaar. Hun antwoorden blijven verborgen.</p>`;
  }
  return html`<ul class="zs-respondenten" data-testid="respondenten" aria-label="Respondenten">
      ${sessie.respondenten.map((respondent, index) => respondentItem(state, ctx, respondent, index))}
    </ul>
    <div class="zs-respondent-acties">
      ${button("Respondent toevoegen", () => ctx.intents.addRespondent(), { id: "zs-respondent-toevoegen", "data-testid": "respondent-toevoegen" })}
      ${codeInput(state, ctx)}
    </div>`;
}

export function antwoordenView(state, ctx) {
  return html`<div class="zs-geen-print">
    <p>
      Geef per stelling aan hoe vaak die in uw gemeente voorkomt. Samen kan dat na elkaar op dit apparaat,
      in een rondgang, of ieder op een eigen apparaat met een antwoordcode.
    </p>
    <p class="zs-rondgang">
      <input type="checkbox" id="zs-rondgang" data-testid="rondgang" checked=${state.sessie.rondgang}
        aria-describedby="zs-rondgang-hulp" onChange=${(e) => ctx.intents.setRondgang(e.currentTarget.checked)} />${" "}
      <label for="zs-rondgang">Rondgang op één apparaat</label>
      <span class="zs-hulp" id="zs-rondgang-hulp">Eén persoon tegelijk; de antwoorden en de uitkomst van anderen blijven verborgen tot iemand op "Toon de uitkomst" drukt.</span>
    </p>
    ${respondentList(state, ctx)}
    ${messageView(state.ui.meldingen.antwoorden, { "data-testid": "antwoorden-melding" })}
  </div>`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const antwoordenDeps = (state) => [
  ...namesKey(state.sessie), ...answersKey(state.sessie), state.sessie.actief, ...visibilityKey(state),
  state.ui.open.code, state.ui.codeInvoer, state.ui.meldingen.antwoorden, state.ui.meldingen.code,
];
