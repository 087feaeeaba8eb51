// Saving, sharing and printing: export (JSON, CSV), import with the question when a file's date
// differs from this sessie's, the file format, and the printed report.

import { html } from "../dom.mjs";
import { formatDatum } from "./text.mjs";
import { button, messageView } from "./view-parts.mjs";

/** The pending question: is a file of another day this sessie's answers, or a vorige meting? */
function question(state, ctx) {
  const { vraag } = state.ui;
  if (vraag === null) {
    return null;
  }
  const bestanden = vraag.bestanden.filter((b) => b.value.datum !== "" && b.value.datum !== state.sessie.datum);
  const names = bestanden.map((b) => `${b.naam} (${formatDatum(b.value.datum)})`).join(", ");
  return html`<div class="zs-vraag" role="group" aria-labelledby="zs-vraag-kop" data-testid="import-vraag">
    <p id="zs-vraag-kop" tabindex="-1"><strong>Van een andere dag:</strong> ${names}. Deze sessie is van ${formatDatum(state.sessie.datum)}. Wat wilt u met ${bestanden.length === 1 ? "dit bestand" : "deze bestanden"}?</p>
    <p>
      ${button("Toevoegen aan deze sessie", () => ctx.intents.answerVraag("samenvoegen"), { "data-testid": "import-samenvoegen" })}
      ${vraag.bestanden.length === 1 ? button("Vergelijken als vorige meting", () => ctx.intents.answerVraag("vorige"), { "data-testid": "import-vorige" }) : null}
      ${button("Niets doen", () => ctx.intents.answerVraag("annuleren"), { "data-testid": "import-annuleren" })}
    </p>
  </div>`;
}

export function bestandenView(state, ctx) {
  const { intents } = ctx;
  return html`<div class="zs-geen-print">
    <h3>Exporteren</h3>
    <p>Een JSON-bestand kunt u later hier, of op een ander apparaat, weer importeren, of volgend jaar inlezen als vorige meting. CSV is om te openen in een spreadsheet.</p>
    <p class="zs-knoppen">
      ${button("Exporteer (JSON)", () => intents.exportJSON(), { "data-testid": "export-json" })}
      ${button("Exporteer (CSV)", () => intents.exportCSV(), { "data-testid": "export-csv" })}
    </p>
    <h3>Importeren</h3>
    <p class="zs-bestandskeuze">
      <label for="zs-import">Antwoorden importeren (een of meer JSON-bestanden)</label>
      <input type="file" id="zs-import" accept="application/json,.json" multiple data-testid="import"
        aria-describedby="zs-import-hulp" onChange=${(e) => intents.importFiles(e.currentTarget)} />
      <span class="zs-hulp" id="zs-import-hulp">De respondenten uit de bestanden komen bij de huidige antwoorden. Heeft een bestand een fout, dan wordt niets geïmporteerd. Is een bestand van een andere dag, dan vraagt de pagina of het bij deze sessie hoort of een vorige meting is.</span>
    </p>
    ${question(state, ctx)}
    ${messageView(state.ui.meldingen.bestanden, { "data-testid": "melding" })}
    <h3>Afdrukken</h3>
    <p>Het rapport begint met de uitkomst en de redenering, dan de instrumenten om mee te beginnen, het actieplan, de bespreekpunten en (als die er is) de vergelijking met de vorige meting; de details staan in een bijlage. Namen staan er alleen in als u dat aanvinkt; anders staat er "Respondent 1", "Respondent 2" enzovoort.</p>
    <p class="zs-rondgang">
      <input type="checkbox" id="zs-namen-in-rapport" data-testid="namen-in-rapport" checked=${state.sessie.namenInRapport}
        onChange=${(e) => intents.setNamenInRapport(e.currentTarget.checked)} />${" "}<label for="zs-namen-in-rapport">Namen in rapport</label>
    </p>
    <p>${button("Druk rapport af", () => intents.printRapport(), { "data-testid": "print" })}</p>
  </div>`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const bestandenDeps = (state) => [
  state.ui.vraag, state.ui.meldingen.bestanden, state.sessie.namenInRapport, state.sessie.datum,
];
