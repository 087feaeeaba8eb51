// Saving, sharing and printing: export (JSON, CSV), import with the question when a file's date
// differs from this sessie's, the file format, and the printed report.

import { html } from "../dom.mjs";
import { MAX_RESPONDENTEN } from "./file-read.mjs";
import { maxZorgscore, scaleRange } from "./scoring.mjs";
import { formatDatum } from "./text.mjs";
import { button, foldable, isOpen, messageView, toggle } from "./view-parts.mjs";

const VOORBEELD = `{
  "format": "bestuurscultuur-antwoorden",
  "versie": 2,
  "datum": "2026-11-20",
  "normen": { "raad-1": 1, "raad-5": 0 },
  "uitkomst": { "totaal": 3, "fase": "1" },
  "respondenten": [
    {
      "naam": "A",
      "rol": "wethouder",
      "antwoorden": { "raad-1": 3, "raad-2": 4 },
      "opmerkingen": { "raad-1": "Vooral bij de begroting." }
    }
  ]
}`;

/** The pending question: is a file of another day this sessie's answers, or a vorige meting? */
function question(state, ctx) {
  const { vraag } = state.ui;
  if (vraag === null) {
    return null;
  }
  const bestanden = vraag.bestanden.filter((b) => b.value.datum !== "" && b.value.datum !== state.sessie.datum);
  const namen = bestanden.map((b) => `${b.naam} (${formatDatum(b.value.datum)})`).join(", ");
  return html`<div class="zs-vraag" role="group" aria-labelledby="zs-vraag-kop" data-testid="import-vraag">
    <p id="zs-vraag-kop" tabindex="-1"><strong>Van een andere dag:</strong> ${namen}. Deze sessie is van ${formatDatum(state.sessie.datum)}. Wat wilt u met ${bestanden.length === 1 ? "dit bestand" : "deze bestanden"}?</p>
    <p>
      ${button("Toevoegen aan deze sessie", () => ctx.intents.answerVraag("samenvoegen"), { "data-testid": "import-samenvoegen" })}
      ${vraag.bestanden.length === 1 ? button("Vergelijken als vorige meting", () => ctx.intents.answerVraag("vorige"), { "data-testid": "import-vorige" }) : null}
      ${button("Niets doen", () => ctx.intents.answerVraag("annuleren"), { "data-testid": "import-annuleren" })}
    </p>
  </div>`;
}

function formatHelp(state, ctx) {
  const { schaal, rollen } = ctx.data;
  const { laagste, hoogste } = scaleRange(schaal);
  return html`${toggle(state, ctx, "formaat", "Over het bestandsformaat")}
    ${foldable("formaat", isOpen(state, "formaat"), html`
      <p>Een exportbestand is JSON (UTF-8) met deze velden:</p>
      <ul>
        <li><code>format</code>: altijd "bestuurscultuur-antwoorden"; <code>versie</code>: 2 (bestanden van versie 1 worden ook gelezen).</li>
        <li><code>datum</code> (mag ontbreken): de dag van de export, bijvoorbeeld "2026-11-20".</li>
        <li><code>normen</code> (mag ontbreken): per stelling-id de hoogste zorgscore die nog acceptabel is, een geheel getal van 0 tot en met ${maxZorgscore(schaal)}.</li>
        <li><code>uitkomst</code> (mag ontbreken): het totaal en de fase zoals ze bij de export werden gerapporteerd.</li>
        <li><code>respondenten</code>: een lijst van hoogstens ${MAX_RESPONDENTEN}. Per respondent <code>antwoorden</code> met per stelling-id een geheel getal van ${laagste} tot en met ${hoogste} (${schaal.map((s) => `${s.waarde} = ${s.label}`).join(", ")}); een stelling zonder antwoord laat u weg. <code>naam</code>, <code>rol</code> (een van: ${rollen.map((r) => r.id).join(", ")}) en <code>opmerkingen</code> mogen ontbreken.</li>
        <li><code>actieplan</code> (mag ontbreken): <code>sporen</code> (id, titel) en <code>maatregelen</code> (id, spoor, tekst, eigenaar, termijn, prioriteit, status).</li>
        <li>Stelling-id's: ${ctx.data.stellingen.map((s) => s.id).join(", ")}.</li>
      </ul>
      <p>Een bestand met een onbekend veld, een onbekende stelling of rol, of een waarde buiten het bereik wordt geweigerd met een melding; de huidige antwoorden blijven dan zoals ze waren. Een respondent die er al precies zo in staat, wordt niet nog eens toegevoegd; twee gelijke respondenten in één bestand blijven twee. Normen uit een bestand worden alleen overgenomen voor stellingen waarvoor op deze pagina nog de standaardnorm geldt.</p>
      <p>De CSV-export is voor een spreadsheet: puntkomma's, UTF-8, één regel per respondent, kolommen naam;rol;raad-1;…; opmerkingen staan er niet in. CSV kan niet worden geïmporteerd.</p>
      <p>Voorbeeld:</p>
      <pre><code>${VOORBEELD}</code></pre>`, "zs-geen-print")}`;
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
    ${formatHelp(state, ctx)}
    <h3>Afdrukken</h3>
    <p>Het rapport begint met de uitkomst en de redenering, dan de instrumenten om mee te beginnen, het actieplan, de bespreekpunten en (als die er is) de vergelijking met de vorige meting; de details staan in een bijlage. Namen staan er alleen in als u dat aanvinkt; anders staat er "Respondent 1", "Respondent 2" enzovoort.</p>
    <p class="zs-rondgang">
      <input type="checkbox" id="zs-namen-in-rapport" data-testid="namen-in-rapport" checked=${state.sessie.namenInRapport}
        onChange=${(e) => intents.setNamenInRapport(e.currentTarget.checked)} />${" "}<label for="zs-namen-in-rapport">Namen in rapport</label>
    </p>
    <p>${button("Druk rapport af", () => intents.printRapport(), { "data-testid": "print" })}</p>
  </div>`;
}
