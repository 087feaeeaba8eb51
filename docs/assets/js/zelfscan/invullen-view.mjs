// Steps 1 and 2, what the group fills in: the norms (accepted with one action, then folded to one
// line; printed in the appendix as the words the group chose); who answers, with their progress,
// the hand round and the antwoordcode of a member on another device; the open respondent's form.

import { html } from "../dom.mjs";
import {
  antwoordLabel, countBeantwoord, defaultNorm, effectiveNorm, hasAntwoorden, isAntwoord, maxZorgscore, normToAntwoord,
} from "./scoring.mjs";
import { activeRespondent, answersKey, displayName } from "./session.mjs";
import {
  button, foldable, isOpen, kenmerken, meervoud, messageView, namesKey, naamView, normLabel, outcomeVisible, part, stellingTekst,
  table, toggle, vh, visibilityKey,
} from "./view-parts.mjs";

/** When the state needs the antwoordcode's part: the page loads it as soon as it does. */
export const INPUT_PARTS = { code: (state) => state.ui.open.code === true || state.ui.code !== null };

const ORGANEN = { raad: "Gemeenteraad", college: "College van B en W" };

function groupByOrgaan(stellingen) {
  const groepen = Object.entries(ORGANEN).map(([orgaan, label]) => ({
    label,
    stellingen: stellingen.filter((s) => s.orgaan === orgaan),
  }));
  const others = stellingen.filter((s) => !(s.orgaan in ORGANEN));
  return [...groepen, { label: null, stellingen: others }].filter((g) => g.stellingen.length > 0);
}

function normRow(state, ctx, stelling) {
  const { regel, schaal } = ctx.data;
  const nummer = ctx.nummer.get(stelling.id);
  const standard = defaultNorm(stelling, regel);
  const chosen = effectiveNorm(stelling, state.sessie.normen, regel);
  const options = [];
  for (let norm = 0; norm <= maxZorgscore(schaal); norm += 1) {
    const word = normLabel(ctx, stelling.id, norm);
    options.push(html`<option value=${String(norm)}>${norm === standard ? `${word} (standaard)` : word}</option>`);
  }
  return html`<tr id=${`zs-normrij-${stelling.id}`} key=${stelling.id}>
    <th scope="row">${stellingTekst(ctx, stelling.id)}${kenmerken(stelling)}</th>
    <td>
      <label for=${`zs-norm-${stelling.id}`} class="zs-vh">Nog acceptabel tot en met, bij stelling ${nummer}</label>
      <select id=${`zs-norm-${stelling.id}`} value=${String(chosen)}
        onChange=${(e) => ctx.intents.setNorm(stelling.id, Number(e.currentTarget.value))}>${options}</select>
      <span class="zs-alleen-print zs-normwoord">${normLabel(ctx, stelling.id, chosen)}</span>
    </td>
    <td class="zs-normstatus">
      ${normLabel(ctx, stelling.id, standard)}${chosen === standard ? null : html`<strong class="zs-aangepast"> (aangepast)</strong>`}
    </td>
  </tr>`;
}

function normTable(state, ctx) {
  const rows = groupByOrgaan(ctx.data.stellingen).flatMap((groep) => [
    groep.label ? html`<tr class="zs-groepsrij" key=${groep.label}><th scope="rowgroup" colspan="3">${groep.label}</th></tr>` : null,
    ...groep.stellingen.map((stelling) => normRow(state, ctx, stelling)),
  ]);
  return table({
    id: "zs-normtabel",
    caption: "Normen per stelling: het antwoord dat nog net acceptabel is",
    head: ["Stelling", "Nog acceptabel tot en met", "Standaard"],
    rows: rows,
  });
}

function summary(state, ctx) {
  const aangepast = Object.keys(state.sessie.normen);
  if (aangepast.length === 0) {
    return "De standaardnormen van deze site gelden.";
  }
  const list = aangepast.map((id) => `stelling ${ctx.nummer.get(id)}: ${normLabel(ctx, id, state.sessie.normen[id])}`);
  return `De standaardnormen gelden, met ${meervoud(aangepast.length, "eigen norm", "eigen normen")} (${list.join("; ")}).`;
}

export function normenView(state, ctx) {
  const { sessie } = state;
  const { regel, eigen_keuzes: choices } = ctx.data;
  const word = (norm) => antwoordLabel(normToAntwoord(norm, "probleem", ctx.data.schaal), ctx.data.schaal);
  const uitleg = html`<p class="zs-geen-print">
    Spreek vóór het invullen af welk antwoord per stelling nog acceptabel is. <strong>Het handboek stelt geen
    vaste normen</strong>: elke gemeente bepaalt zelf wat zij acceptabel vindt. De standaardnormen zijn een
    voorstel van deze site: bij de meeste stellingen is "${word(regel.standaardnorm)}" nog acceptabel, bij
    de zware stellingen alleen "${word(regel.standaardnorm_zwaar)}". ${choices?.normen ?? ""}
  </p>`;
  const folded = foldable(
    "normen",
    !sessie.normenVastgesteld || isOpen(state, "normen"),
    [
      normTable(state, ctx),
      html`<p class="zs-geen-print">${button("Standaardnormen herstellen", () => ctx.intents.resetNormen(), { "data-testid": "normen-herstellen" })}</p>`,
    ],
    "zs-print-bijlage",
  );
  if (!sessie.normenVastgesteld) {
    return html`${uitleg}
      <p class="zs-geen-print">${button("Deze normen vaststellen en beginnen", () => ctx.intents.acceptNormen(), {
        class: "md-button--primary",
        "data-testid": "normen-vaststellen",
      })} U kunt ze later nog aanpassen.</p>
      ${folded}`;
  }
  return html`<p class="zs-geen-print" data-testid="normen-samenvatting"><strong>Vastgesteld.</strong> ${summary(state, ctx)}${" "}
      ${toggle(state, ctx, "normen", "Normen bekijken of aanpassen", { "data-testid": "normen-aanpassen" })}</p>
    ${isOpen(state, "normen") ? uitleg : null}
    ${folded}`;
}

export const normenDeps = (state) => [state.sessie.normen, state.sessie.normenVastgesteld, state.ui.open.normen];

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
  const open = isOpen(state, "code");
  return html`<div class="zs-code-invoer">
    ${toggle(state, ctx, "code", "Antwoordcode van een ander toevoegen", { "data-testid": "antwoordcode-open" })}
    ${foldable("code", open, open ? part(state, ctx, "code", (m) => m.codeFields(state, ctx)) : null, "zs-geen-print")}
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

export const antwoordenDeps = (state) => [
  ...namesKey(state.sessie), ...answersKey(state.sessie), state.sessie.actief, ...visibilityKey(state),
  state.ui.open.code, state.ui.codeInvoer, state.ui.meldingen.antwoorden, state.ui.meldingen.code, state.ui.delen.code,
];

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
    ${state.ui.code === respondent.id ? part(state, ctx, "code", (m) => m.codeOutput(ctx, respondent, index)) : null}`;
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

export const formulierDeps = (state) => [activeRespondent(state.sessie), ...visibilityKey(state), state.ui.open, state.ui.code, state.ui.delen.code];
