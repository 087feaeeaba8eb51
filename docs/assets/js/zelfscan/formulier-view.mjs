// Step 2, the form of the open respondent: name, rol, the statements, and at the end the
// control for the next person (and the antwoordcode for someone on their own device).

import { html } from "../dom.mjs";
import { formatAntwoordcode } from "./antwoordcode.mjs";
import { countBeantwoord } from "./comparison.mjs";
import { groupByOrgaan } from "./normen-view.mjs";
import { isAntwoord } from "./scoring.mjs";
import { activeRespondent, displayName } from "./session.mjs";
import { button, kenmerken, stellingTekst, vh, visibilityKey } from "./view-parts.mjs";

function remarkOpen(state, respondent, stellingId) {
  const stored = state.ui.open[`opmerking:${respondent.id}:${stellingId}`];
  return stored ?? (respondent.opmerkingen[stellingId] ?? "") !== "";
}

function stellingField(state, ctx, respondent, stelling) {
  const nummer = ctx.nummer.get(stelling.id);
  const naam = `zs-${respondent.id}-${stelling.id}`;
  const given = respondent.antwoorden[stelling.id];
  const { intents } = ctx;
  return html`<fieldset key=${stelling.id} class="zs-stelling" id=${`zs-veld-${stelling.id}`} data-vraag=${stelling.id}>
    <legend><span class="zs-nr">${nummer}. </span>${stelling.tekst}${kenmerken(stelling)}</legend>
    <div class="zs-keuzes">
      ${ctx.data.schaal.map(({ waarde, label }) => html`<label class="zs-keuze" for=${`${naam}-${waarde}`}>
        <input type="radio" name=${naam} id=${`${naam}-${waarde}`} value=${String(waarde)} checked=${given === waarde}
          onChange=${() => intents.setAntwoord(respondent.id, stelling.id, waarde)} /> ${label}</label>`)}
      <button type="button" class="zs-wis-antwoord" hidden=${given === undefined}
        onClick=${() => intents.clearAntwoord(respondent.id, stelling.id)}>Antwoord wissen${vh(` bij stelling ${nummer}`)}</button>
    </div>
    <details class="zs-opmerking" open=${remarkOpen(state, respondent, stelling.id)}
      onToggle=${(e) => intents.setOpen(`opmerking:${respondent.id}:${stelling.id}`, e.currentTarget.open)}>
      <summary>Opmerking (optioneel)${vh(` bij stelling ${nummer}`)}</summary>
      <label for=${`zs-opmerking-${stelling.id}`}>Opmerking bij stelling ${nummer}</label>
      <textarea id=${`zs-opmerking-${stelling.id}`} rows="3" value=${respondent.opmerkingen[stelling.id] ?? ""}
        onInput=${(e) => intents.setOpmerking(respondent.id, stelling.id, e.currentTarget.value)}></textarea>
    </details>
  </fieldset>`;
}

function personFields(ctx, respondent) {
  return html`<div class="zs-persoon">
    <p><label for="zs-naam">Naam (mag leeg blijven)</label>
      <input type="text" id="zs-naam" data-testid="naam" value=${respondent.naam} autocomplete="off"
        onInput=${(e) => ctx.intents.setNaam(respondent.id, e.currentTarget.value)} /></p>
    <p><label for="zs-rol">Rol</label>
      <select id="zs-rol" data-testid="rol" value=${respondent.rol} onChange=${(e) => ctx.intents.setRol(respondent.id, e.currentTarget.value)}>
        <option value="">Geen rol opgegeven</option>
        ${ctx.data.rollen.map((rol) => html`<option value=${rol.id}>${rol.label}</option>`)}
      </select></p>
  </div>`;
}

function unanswered(ctx, respondent) {
  const open = ctx.data.stellingen.filter((s) => !isAntwoord(respondent.antwoorden[s.id], ctx.data.schaal));
  if (open.length === 0) {
    return html`<p>Alle stellingen zijn beantwoord.</p>`;
  }
  if (open.length === ctx.data.stellingen.length) {
    return null;
  }
  return html`<h4>Nog niet beantwoord</h4>
    <ul data-testid="onbeantwoord">${open.map((s) => html`<li key=${s.id} data-vraag=${s.id}><a href=${`#zs-veld-${s.id}`}>${stellingTekst(ctx, s.id)}</a></li>`)}</ul>`;
}

function codeOutput(state, ctx, respondent, index) {
  if (state.ui.code !== respondent.id) {
    return null;
  }
  return html`<div class="zs-code">
    <p><label for="zs-code-uit">Antwoordcode van ${displayName(respondent, index)}</label>
      <textarea id="zs-code-uit" rows="2" readonly data-testid="antwoordcode" value=${formatAntwoordcode(respondent, ctx.data)}></textarea>
      ${button("Kopieer de code", () => ctx.intents.copyCode(), { "data-testid": "antwoordcode-kopieer" })}</p>
    <p class="zs-hulp">Stuur deze code naar de voorzitter (per chat of mail); die plakt hem bij "Antwoordcode van een ander toevoegen". De code bevat uw antwoorden, rol en naam, geen opmerkingen. Past u daarna nog iets aan, kopieer dan de nieuwe code.</p>
  </div>`;
}

function endControls(state, ctx, respondent, index) {
  const { sessie } = state;
  if (sessie.rondgang && !sessie.uitkomstTonen) {
    return html`<p class="zs-rondgang-acties">
      ${button("Klaar, volgende", () => ctx.intents.nextPerson(), { class: "md-button--primary", "data-testid": "klaar-volgende" })}${" "}
      ${button("Toon de uitkomst", () => ctx.intents.showUitkomst(), { "data-testid": "toon-uitkomst" })}</p>`;
  }
  if (sessie.rondgang) {
    return html`<p class="zs-rondgang-acties">${button("Verder met de rondgang", () => ctx.intents.nextPerson(), { "data-testid": "rondgang-verder" })}</p>`;
  }
  return html`<p class="zs-volgende">
      ${button("Volgende persoon", () => ctx.intents.nextPerson(), { class: "md-button--primary", "data-testid": "volgende-persoon" })}${" "}
      ${button("Antwoordcode maken", () => ctx.intents.makeCode(), { "data-testid": "antwoordcode-maken" })}${" "}
      <a href="#zs-kop-vergelijken" data-testid="naar-uitkomst">Iedereen klaar? Naar de uitkomst</a></p>
    ${codeOutput(state, ctx, respondent, index)}`;
}

export function formulierView(state, ctx) {
  const respondent = activeRespondent(state.sessie);
  const index = state.sessie.respondenten.indexOf(respondent);
  const aantal = countBeantwoord(respondent, ctx.data);
  return html`<form key=${respondent.id} class="zs-formulier" aria-labelledby="zs-kop-formulier" data-respondent=${respondent.id}
      onSubmit=${(e) => e.preventDefault()}>
    <h3 id="zs-kop-formulier" tabindex="-1">Vragenlijst van ${displayName(respondent, index)}</h3>
    ${personFields(ctx, respondent)}
    <p class="zs-voortgang">
      <label for="zs-voortgang-balk" id="zs-voortgang-tekst" data-testid="voortgang">${aantal} van ${ctx.data.stellingen.length} beantwoord</label>${" "}
      <progress id="zs-voortgang-balk" max=${ctx.data.stellingen.length} value=${aantal}></progress>
    </p>
    ${groupByOrgaan(ctx.data.stellingen).map((groep) => [
      groep.label ? html`<h4 key=${groep.label}>${groep.label}</h4>` : null,
      ...groep.stellingen.map((stelling) => stellingField(state, ctx, respondent, stelling)),
    ])}
    <div class="zs-onbeantwoord" id="zs-onbeantwoord">${unanswered(ctx, respondent)}</div>
    ${endControls(state, ctx, respondent, index)}
  </form>`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const formulierDeps = (state) => [activeRespondent(state.sessie), ...visibilityKey(state), state.ui.open, state.ui.code];
