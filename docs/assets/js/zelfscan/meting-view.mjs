// Comparing with a vorige meting: its own result exactly as reported then, and recomputed under
// today's norms where those differ (both labelled), per statement, and the plan agreed then.

import { html } from "../dom.mjs";
import { formatNumber } from "./scoring.mjs";
import { planTable } from "./actieplan-view.mjs";
import { answersKey } from "./derive.mjs";
import { button, messageView, normLabel, outcomeVisible, stellingTekst, table, visibilityKey } from "./view-parts.mjs";
import { faseWoord, meervoud } from "./text.mjs";

const number = (waarde) => (waarde === null ? "–" : formatNumber(waarde));

function trendTekst(row) {
  if (row.trend === null || row.trend === "gelijk") {
    return row.trend ?? "–";
  }
  return `${row.trend} (${row.verschil > 0 ? "+" : ""}${formatNumber(row.verschil)})`;
}

function totals(vergelijking) {
  const { toen, nu, toenMetHuidigeNormen: recomputed, normenBekend } = vergelijking;
  const label = toen.uitBestand
    ? "Vorige meting, zoals toen gerapporteerd"
    : normenBekend
      ? "Vorige meting, berekend met de normen van toen"
      : "Vorige meting (normen van toen onbekend: berekend met de standaardnormen)";
  const row = (testid, tekst, outcomeRow) => html`<tr data-testid=${testid}><th scope="row">${tekst}</th>
    <td class="zs-getal">${formatNumber(outcomeRow.totaal)}</td><td>${faseWoord(outcomeRow.fase)}</td></tr>`;
  return table({
    id: "zs-vorige-totalen",
    caption: "Totale overschrijding en advies, toen en nu",
    head: ["Meting", "Totale overschrijding", "Advies"],
    rows: [
      row("vorige-totaal", label, toen),
      recomputed ? row("vorige-herberekend", "Vorige meting, herberekend met de huidige normen", recomputed) : null,
      row("nu-totaal", "Nu, met de huidige normen", nu),
    ],
  });
}

function normenNote(ctx, vergelijking) {
  const { normenVerschillen, normenBekend } = vergelijking;
  if (!normenBekend) {
    return html`<p>Dit bestand bewaarde de normen van toen niet; daarom is met de standaardnormen gerekend.</p>`;
  }
  if (normenVerschillen.length === 0) {
    return html`<p>De normen zijn dezelfde als toen.</p>`;
  }
  const list = normenVerschillen.map((id) => {
    const row = vergelijking.perStelling.find((r) => r.id === id);
    return `stelling ${ctx.nummer.get(id)} (toen: ${normLabel(ctx, id, row.normToen)}, nu: ${normLabel(ctx, id, row.normNu)})`;
  });
  return html`<p data-testid="vorige-normen">De normen verschillen bij ${meervoud(list.length, "stelling", "stellingen")}: ${list.join("; ")}. Daarom staat de vorige meting er twee keer: zoals toen en herberekend met de normen van nu.</p>`;
}

function comparison(state, ctx, vorige, vergelijking) {
  const rows = vergelijking.perStelling.map((row) => html`<tr key=${row.id} data-vraag=${row.id}>
    <th scope="row">${stellingTekst(ctx, row.id)}</th>
    <td class="zs-getal">${number(row.vorige)}</td><td>${normLabel(ctx, row.id, row.normToen)}</td>
    <td class="zs-getal">${number(row.nu)}</td><td>${normLabel(ctx, row.id, row.normNu)}</td>
    <td data-trend=${row.trend ?? ""}>${trendTekst(row)}</td></tr>`);
  const origin = [vorige.bron, vorige.datum ? `van ${vorige.datum}` : ""].filter(Boolean).join(" ");
  const plan = vorige.actieplan && vorige.actieplan.maatregelen.length > 0 ? vorige.actieplan : null;
  return html`<div class="zs-print-meting" data-testid="vorige">
    <h2 class="zs-alleen-print">Vergelijking met de vorige meting</h2>
    <p>Vorige meting: ${origin || "ingelezen bestand"}, ${meervoud(vorige.respondenten.length, "respondent", "respondenten")}.</p>
    ${totals(vergelijking)}
    ${normenNote(ctx, vergelijking)}
    ${table({
      id: "zs-vorige-tabel",
      caption: "Zorg (mediaan) per stelling, bij de vorige meting en nu, met de norm van elk",
      head: ["Stelling", "Vorige meting", "Norm toen", "Nu", "Norm nu", "Verschil"],
      rows: rows,
    })}
    ${plan ? html`<h3>Actieplan van de vorige meting: wat spraken we af, wat kwam ervan?</h3>
      <div data-testid="vorig-actieplan">${planTable(plan, "zs-vorig-plan")}</div>
      <p class="zs-geen-print">${button("Open maatregelen overnemen in het actieplan van nu", () => ctx.intents.copyVorigeMaatregelen(), { "data-testid": "actieplan-overnemen" })}</p>` : null}
  </div>`;
}

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
    ${vorige === null ? html`<p class="zs-geen-print">Er is geen vorige meting ingelezen.</p>` : comparison(state, ctx, vorige, ctx.derive(state.sessie).vergelijking)}
    ${vorige === null ? null : html`<p class="zs-geen-print">${button("Vorige meting weghalen", () => ctx.intents.removeVorigeMeting(), { "data-testid": "vorige-weg" })}</p>`}`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const metingDeps = (state) => [...answersKey(state.sessie), ...visibilityKey(state), state.ui.meldingen.vorige];
