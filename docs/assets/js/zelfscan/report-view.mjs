// The head of the printed report, and the heading of its appendix. Print only.

import { html } from "../dom.mjs";
import { hasAntwoorden } from "./comparison.mjs";
import { answersKey } from "./derive.mjs";
import { namesKey, naamView, outcomeVisible, visibilityKey } from "./view-parts.mjs";

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

/** What the view reads: it is drawn again only when one of these changes. */
export const reportDeps = (state) => [...answersKey(state.sessie), ...namesKey(state.sessie), ...visibilityKey(state)];
