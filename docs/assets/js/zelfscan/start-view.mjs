// Above the steps: where the answers live, the one button that wipes them, and notices about
// the stored state (unreadable, newer version, changed in another tab).

import { html } from "../dom.mjs";
import { button, messageView } from "./view-parts.mjs";

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

/** What the view reads: it is drawn again only when one of these changes. */
export const startDeps = (state) => [state.ui.meldingen.opslag];
