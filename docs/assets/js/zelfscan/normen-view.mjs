// Step 1: the norms. Accepted with one action, folded to one line afterwards, unfolded again on
// request; always printed in the appendix as the words the group chose.

import { html } from "../dom.mjs";
import { antwoordLabel, defaultNorm, effectiveNorm, maxZorgscore, normToAntwoord } from "./scoring.mjs";
import { button, foldable, isOpen, kenmerken, normLabel, stellingTekst, table, toggle } from "./view-parts.mjs";
import { meervoud } from "./text.mjs";

export const ORGANEN = { raad: "Gemeenteraad", college: "College van B en W" };

/** Statements grouped by orgaan in questionnaire order: [{ label, stellingen }]. */
export function groupByOrgaan(stellingen) {
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

/** What the view reads: it is drawn again only when one of these changes. */
export const normenDeps = (state) => [state.sessie.normen, state.sessie.normenVastgesteld, state.ui.open.normen];
