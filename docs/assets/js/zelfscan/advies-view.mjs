// Step 4: the advies that explains itself (what the fase means, who acts, why this group got it,
// checkable by hand), "Begin hier", and on request every instrument and the whole rule.

import { html } from "../dom.mjs";
import { bestProduct } from "./advies.mjs";
import { formatNumber, listInstrumentenPerFase, listZorgscores, maxZorgscore } from "./scoring.mjs";
import { instrumentList, planButton, productDetails, shortInstrumentList } from "./instrumenten-view.mjs";
import { answersKey } from "./derive.mjs";
import {
  foldable, hiddenOutcome, isOpen, link, normLabel, outcomeVisible, stellingTekst, table, toggle, visibilityKey,
} from "./view-parts.mjs";
import { faseWoord, meervoud } from "./text.mjs";

const TOP_BIJDRAGEN = 5;

function stellingNamen(ctx, ids) {
  return ids.map((id) => stellingTekst(ctx, id)).join("; ");
}

export function zwaarUitleg(ctx, advies) {
  const { regel } = ctx.data;
  const limit = formatNumber(regel.zwaar_zorg_vanaf);
  if (advies.zwaarVerhoging) {
    return `De regel voor zware stellingen is toegepast: ${stellingNamen(ctx, advies.zwareSignalen)} heeft een zorgscore van ${limit} of meer. Daarom is het advies fase ${advies.fase} in plaats van ${faseWoord(advies.faseZonderZwaar)}.`;
  }
  if (advies.zwareSignalen.length > 0) {
    return `Een zware stelling heeft een zorgscore van ${limit} of meer (${stellingNamen(ctx, advies.zwareSignalen)}), maar het advies was al minstens fase ${regel.zwaar_minimale_fase}.`;
  }
  return `De regel voor zware stellingen is niet van toepassing: geen zware stelling heeft een zorgscore van ${limit} of meer.`;
}

/** "10 ligt vanaf 10 en onder 25: fase 2." with the bounds of data.regel. */
export function grensUitleg(ctx, totaal) {
  const { fase_2_vanaf: f2, fase_3_vanaf: f3 } = ctx.data.regel;
  const s = formatNumber(totaal);
  if (totaal <= 0) {
    return `Een totaal van 0 betekent: geen signaal.`;
  }
  if (totaal < f2) {
    return `${s} is meer dan 0 en minder dan ${formatNumber(f2)}: fase 1.`;
  }
  return totaal < f3 ? `${s} ligt vanaf ${formatNumber(f2)} en onder ${formatNumber(f3)}: fase 2.` : `${s} is ${formatNumber(f3)} of meer: fase 3.`;
}

function faseMeaning(ctx, fase) {
  const explanation = ctx.data.fasen?.[fase === "geen" ? "preventief" : fase];
  if (!explanation) {
    return null;
  }
  return html`<div class="zs-fase-uitleg" data-testid="fase-uitleg">
    <p><strong>${fase === "geen" ? "Geen signaal" : explanation.titel}.</strong> ${explanation.betekenis}</p>
    <p><strong>Wie handelt:</strong> ${explanation.wie}</p>
    ${explanation.wanneer_hoger ? html`<p><strong>Wanneer een fase hoger:</strong> ${explanation.wanneer_hoger}</p>` : null}
    <p class="zs-hulp">Uitleg van deze site, niet uit het handboek. ${link("Meer over deze fase", explanation.url)}</p>
  </div>`;
}

function contributionItems(ctx, state, bijdragen) {
  const { metAntwoord } = ctx.derive(state.sessie);
  return bijdragen.slice(0, TOP_BIJDRAGEN).map((row) => {
    const scores = listZorgscores(ctx.stelling.get(row.id), metAntwoord, ctx.data.schaal).sort((a, b) => a - b);
    const result = scores.length > 1 ? ` (mediaan van ${scores.join(", ")})` : "";
    return html`<li key=${row.id} data-vraag=${row.id}>${stellingTekst(ctx, row.id)}: zorg ${formatNumber(row.zorg)}${result}, nog acceptabel tot en met "${normLabel(ctx, row.id, row.norm)}" (norm ${row.norm}), overschrijding <strong>${formatNumber(row.overschrijding)}</strong>.</li>`;
  });
}

function reasoning(state, ctx, advies, bijdragen) {
  const choices = ctx.data.eigen_keuzes ?? {};
  const sum = bijdragen.map((row) => formatNumber(row.overschrijding)).join(" + ");
  const rest = bijdragen.length - TOP_BIJDRAGEN;
  return html`<div class="zs-redenering" data-testid="advies-uitleg">
    <h3>Waarom dit advies</h3>
    ${bijdragen.length === 0
      ? html`<p>Geen enkele stelling komt boven de norm die de groep koos.</p>`
      : html`<p>${meervoud(bijdragen.length, "stelling komt", "stellingen komen")} boven de norm. Per stelling telt de zorgscore (0 is geen zorg, ${maxZorgscore(ctx.data.schaal)} de meeste; bij een groep de mediaan) min de norm: de overschrijding.${rest > 0 ? ` Hieronder de ${TOP_BIJDRAGEN} grootste; alle staan in de bijlage.` : ""}</p>
        <ul class="zs-bijdragen" data-testid="advies-bijdragen">${contributionItems(ctx, state, bijdragen)}</ul>
        <p data-testid="advies-som">Alle overschrijdingen opgeteld: ${sum} = ${formatNumber(advies.totaal)}.</p>`}
    <p data-testid="advies-grens">${grensUitleg(ctx, advies.totaal)} De grenzen ${formatNumber(ctx.data.regel.fase_2_vanaf)} en ${formatNumber(ctx.data.regel.fase_3_vanaf)} zijn een keuze van deze site; het handboek noemt geen grenzen. ${choices.grenzen ?? ""}</p>
    <p data-testid="zwaar-uitleg">${zwaarUitleg(ctx, advies)}</p>
    <p class="zs-hulp">Zware stellingen zijn een keuze van deze site; het handboek kent die indeling niet. ${choices.zwaar ?? ""}</p>
    ${advies.onbeantwoord.length > 0 ? html`<p>Niet meegeteld, omdat niemand ze beantwoordde:</p>
      <ul data-testid="advies-onbeantwoord">${advies.onbeantwoord.map((id) => html`<li key=${id}>${stellingTekst(ctx, id)}</li>`)}</ul>` : null}
  </div>`;
}

function startList(state, ctx, advies, start) {
  if (advies.fase === "geen") {
    return html`<p class="zs-geen-signaal">Er is geen signaal: geen enkele stelling komt boven de norm. Houd een goede bestuurscultuur vast met de preventieve instrumenten in <a href="#zs-kop-borgen">stap 5</a>.</p>`;
  }
  return html`<h3 id="zs-kop-begin">Begin hier</h3>
    <p>De instrumenten van ${faseWoord(advies.fase)}${advies.fase === "1" ? "" : " en lager"} die passen bij de stellingen boven de norm, met de grootste overschrijding samen voorop. Welk instrument bij welke stelling past, is een suggestie van deze site, niet uit het handboek.</p>
    <ol class="zs-begin" data-testid="begin-hier">${start.map((item) => {
      const instrument = ctx.data.instrumenten[item.id];
      const product = bestProduct(instrument);
      return html`<li key=${item.id} data-instrument=${item.id}>
        <strong>${link(instrument.titel, instrument.url)}</strong> (fase ${item.fase})${" "}${planButton(state, ctx, item.id, product ?? undefined)}
        <br />Past bij stelling ${item.stellingen.map((s) => `${ctx.nummer.get(s.id)} (${formatNumber(s.overschrijding)})`).join(", ")}, tussen haakjes de overschrijding; samen ${formatNumber(item.score)}.
        <br />${product ? html`Beste beschikbare product: ${link(product.titel, product.url)} (${productDetails(product)})` : html`<span class="zs-geen-product">Nog geen ondersteuningsproduct bekend.</span>`}
      </li>`;
    })}</ol>
    ${start.length === 0 ? html`<p>Bij de stellingen boven de norm staan geen instrumenten van deze fase; kies uit de volledige lijst.</p>` : null}`;
}

function aboveNormTable(ctx, advies) {
  const boven = advies.perStelling.filter((row) => row.overschrijding > 0);
  const rows = boven.map((row) => {
    const ids = ctx.stelling.get(row.id).instrumenten ?? [];
    return html`<tr key=${row.id} data-vraag=${row.id}><th scope="row">${stellingTekst(ctx, row.id)}</th>
      <td class="zs-getal">${formatNumber(row.zorg)}</td><td>${normLabel(ctx, row.id, row.norm)} (${row.norm})</td>
      <td class="zs-getal">${formatNumber(row.overschrijding)}</td><td>${ids.length > 0 ? shortInstrumentList(ctx, ids) : "Geen suggestie"}</td></tr>`;
  });
  return boven.length === 0 ? null : html`<h3>Stellingen boven de norm</h3>
    ${table({ id: "zs-boven-norm", caption: "Stellingen boven de norm, met passende instrumenten", head: ["Stelling", "Zorg", "Norm", "Overschrijding", "Passende instrumenten (suggestie van deze site, niet uit het handboek)"], rows: rows })}`;
}

function allInstruments(state, ctx, advies) {
  const groups = listInstrumentenPerFase(advies.fase, ctx.data.ladder);
  const choices = ctx.data.eigen_keuzes ?? {};
  return html`<h3>Alle instrumenten voor ${faseWoord(advies.fase)}</h3>
    <p>Deze site leest de escalatieladder cumulatief: bij een fase horen ook de instrumenten van de lagere fasen. ${choices.cumulatief ?? ""} Per instrument staan de producten die helpen: eerst wat bestaat, dan wat in ontwikkeling is, dan voorstellen.</p>
    ${groups.map((group) => [
      html`<h4 key=${`kop-${group.fase}`}>${group.fase === advies.fase ? `Fase ${group.fase}` : `Fase ${group.fase} (lagere fase)`}</h4>`,
      html`<div key=${`fase-${group.fase}`} data-fase-instrumenten=${group.fase}>${instrumentList(state, ctx, group.ids)}</div>`,
    ])}`;
}

export function adviesView(state, ctx) {
  if (!outcomeVisible(state)) {
    return hiddenOutcome();
  }
  const { advies, bijdragen, start } = ctx.derive(state.sessie);
  const noAnswers = advies.aantalBeantwoord === 0;
  const faseTekst = noAnswers ? "nog geen advies (er zijn nog geen antwoorden)" : faseWoord(advies.fase);
  const aantal = listInstrumentenPerFase(advies.fase, ctx.data.ladder).reduce((sum, g) => sum + g.ids.length, 0);
  return html`<div class="zs-print-uitkomst">
      <h2 class="zs-alleen-print">Uitkomst en advies</h2>
      <div class="zs-uitslag">
        <p>Advies: <strong data-testid="advies-fase" data-fase=${advies.fase}>${faseTekst}</strong></p>
        <p>Totale overschrijding: <strong data-testid="overschrijding">${formatNumber(advies.totaal)}</strong></p>
      </div>
      ${noAnswers ? html`<p>Vul eerst stap 2 in.</p>` : [faseMeaning(ctx, advies.fase), reasoning(state, ctx, advies, bijdragen)]}
    </div>
    ${noAnswers ? null : html`<div class="zs-print-start">${startList(state, ctx, advies, start)}</div>`}
    ${noAnswers ? null : html`<p class="zs-geen-print zs-toggles">
      ${aantal > 0 ? toggle(state, ctx, "instrumenten", `Alle instrumenten voor ${faseWoord(advies.fase)} (${aantal})`, { "data-testid": "instrumenten-open" }) : null}
      ${toggle(state, ctx, "onderbouwing", "Alle stellingen boven de norm, met passende instrumenten", { "data-testid": "onderbouwing-open" })}</p>`}
    ${noAnswers || aantal === 0 ? null : foldable("instrumenten", isOpen(state, "instrumenten"), allInstruments(state, ctx, advies), "zs-print-bijlage")}
    ${noAnswers ? null : foldable("onderbouwing", isOpen(state, "onderbouwing"), aboveNormTable(ctx, advies), "zs-print-bijlage")}`;
}

/** What the view reads: it is drawn again only when one of these changes. */
export const adviesDeps = (state) => [
  ...answersKey(state.sessie), ...visibilityKey(state), state.sessie.actieplan, state.ui.open.instrumenten, state.ui.open.onderbouwing,
];
