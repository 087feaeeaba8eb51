// The antwoordcode on screen, loaded when first asked for: the code of the open respondent to send,
// and the field to paste someone else's.

import { html } from "../dom.mjs";
import { formatAntwoordcode } from "./antwoordcode.mjs";
import { displayName } from "./session.mjs";
import { button, messageView } from "./view-parts.mjs";

export function codeFields(state, ctx) {
  return html`<p><label for="zs-code-invoer">Plak hier de antwoordcode die iemand u stuurde</label>
      <textarea id="zs-code-invoer" rows="2" data-testid="antwoordcode-invoer" value=${state.ui.codeInvoer}
        onInput=${(e) => ctx.intents.setCodeInvoer(e.currentTarget.value)}></textarea>
      ${button("Toevoegen", () => ctx.intents.addCode(), { "data-testid": "antwoordcode-toevoegen" })}</p>
    ${messageView(state.ui.meldingen.code, { "data-testid": "antwoordcode-melding" })}`;
}

export function codeOutput(ctx, respondent, index) {
  return html`<div class="zs-code">
    <p><label for="zs-code-uit">Antwoordcode van ${displayName(respondent, index)}</label>
      <textarea id="zs-code-uit" rows="2" readonly data-testid="antwoordcode" value=${formatAntwoordcode(respondent, ctx.data)}></textarea>
      ${button("Kopieer de code", () => ctx.intents.copyCode(), { "data-testid": "antwoordcode-kopieer" })}</p>
    <p class="zs-hulp">Stuur deze code naar de voorzitter (per chat of mail); die plakt hem bij "Antwoordcode van een ander toevoegen". De code bevat uw antwoorden, rol en naam, geen opmerkingen. Past u daarna nog iets aan, kopieer dan de nieuwe code.</p>
  </div>`;
}
