// Views of the product overview: functions of state that return vnodes (dom.mjs), no DOM access.
// The markup equals what generator/templates/producten*.md.j2 write into the static page, so
// that the first render in the browser changes nothing on screen (no layout shift).

import { html } from "./dom.mjs";
import { countText, pageNumbers, selectedText, TEXT_PARAMETER } from "./producten-core.mjs";

const ID = "productfilter";
const HELP_ID = `${ID}-tekst-uitleg`;

function textField(text) {
  return html`<div class="productfilter__zoek">
    <label for=${`${ID}-tekst`}>Zoek in producten</label>
    <input type="search" id=${`${ID}-tekst`} name=${TEXT_PARAMETER} autocomplete="off"
      spellcheck="false" enterkeyhint="search" aria-describedby=${HELP_ID} value=${text} />
    <p id=${HELP_ID} class="productfilter__uitleg">Toont producten waarin alle getypte woorden voorkomen, de beste treffers eerst.</p>
  </div>`;
}

function optionView(facet, value, checked, count) {
  const id = `${ID}-${facet.id}-${value.id}`;
  return html`<li class="productfilter__optie">
    <input type="checkbox" id=${id} name=${facet.id} value=${value.id} checked=${checked}
      disabled=${count === 0 && !checked} />
    <label for=${id}>${value.label} <span class="productfilter__aantal">(${count})</span></label>
  </li>`;
}

/**
 * One facet as a disclosure. Its values are rendered only while it is open: a closed facet shows
 * nothing of them, and leaving them out keeps each update small (the static page has them all,
 * for readers without JavaScript). The page decides `open`: a click on the summary (also Enter
 * or Space) asks for the other state, so the values are there before the next key press.
 */
export function facetView(facet, chosen, counts, open, onToggle) {
  const toggle = (event) => {
    event.preventDefault();
    onToggle(facet.id, !open);
  };
  return html`<details class="productfilter__facet" open=${open}>
    <summary onClick=${toggle}><span class="productfilter__facetnaam">${facet.label}</span> <span class="productfilter__gekozen">${selectedText(chosen.length)}</span></summary>
    ${open ? html`<fieldset>
      <legend class="productfilter__verborgen">${facet.label}</legend>
      <ul class="productfilter__opties">
        ${facet.waarden.map((value) => optionView(facet, value, chosen.includes(value.id), counts[value.id] ?? 0))}
      </ul>
    </fieldset>` : null}
  </details>`;
}

/** The search field and the facets, with counts that follow the other filters. */
export function formView({ facets, state, counts, openFacets, onInput, onClear, onToggle }) {
  const submit = (event) => event.preventDefault();
  return html`<form class="productfilter__formulier" role="search" aria-label="Producten filteren"
    onInput=${onInput} onSubmit=${submit}>
    <fieldset class="productfilter__velden">
      <legend class="productfilter__verborgen">Zoeken en filteren</legend>
      ${textField(state.text)}
      <div class="productfilter__facetten">
        ${facets.map((facet) => facetView(facet, state.facets[facet.id] ?? [], counts[facet.id],
          openFacets.has(facet.id), onToggle))}
      </div>
      <button type="button" class="md-button productfilter__wis" onClick=${onClear}>Wis filters</button>
    </fieldset>
  </form>`;
}

/** A product as a card: title (never broken inside a word), planning under it, then the facts. */
export function cardView(entry) {
  return html`<li class="productkaart">
    <h3 class="productkaart__titel"><a href=${`${entry.id}.html`}>${entry.titel}</a></h3>
    ${entry.planning ? html`<p class="productkaart__planning">Planning: ${entry.planning}</p>` : null}
    <p class="productkaart__tekst">${entry.kort}</p>
    <p class="productkaart__kenmerken"><span class=${`productkaart__status productkaart__status--${entry.status}`}>${entry.statuslabel}</span> ${entry.kenmerken}</p>
    ${entry.voor ? html`<p class="productkaart__voor">Voor: ${entry.voor}</p>` : null}
  </li>`;
}

function pageLink(number, current, href, onPage) {
  const click = (event) => onPage(number, event);
  return html`<li><a href=${href(number)} onClick=${click} aria-current=${number === current ? "page" : null}>
    <span class="productfilter__verborgen">Pagina </span>${number}</a></li>`;
}

/** Previous, numbered and next links; `href(number)` gives each page's address. */
export function pagerView({ page, pages }, href, onPage) {
  const step = (number, label, rel) => html`<li><a href=${href(number)} rel=${rel}
    onClick=${(event) => onPage(number, event)}>${label}</a></li>`;
  return html`<nav class="paginering" aria-label="Pagina's met producten">
    <p class="paginering__stand">Pagina ${page} van ${pages}</p>
    <ul class="paginering__lijst">
      ${page > 1 ? step(page - 1, "Vorige", "prev") : null}
      ${pageNumbers(page, pages).map((number) => number === null
        ? html`<li><span class="paginering__weggelaten">…</span></li>`
        : pageLink(number, page, href, onPage))}
      ${page < pages ? step(page + 1, "Volgende", "next") : null}
    </ul>
  </nav>`;
}

/** What to try when nothing matches, instead of an empty list. */
export function emptyView(query, onClear) {
  const siteSearch = `../../zoeken.html?q=${encodeURIComponent(query)}`;
  return html`<div class="productfilter__leeg">
    <p><strong>Geen producten gevonden.</strong> Probeer het zo:</p>
    <ul>
      <li>minder of andere woorden, of <button type="button" class="productfilter__wis-link" onClick=${onClear}>wis alle filters</button>;</li>
      ${query ? html`<li><a href=${siteSearch}>zoek “${query}” op de hele site</a> (knelpunten, instrumenten en pagina's);</li>` : null}
      <li>begin bij een probleem: <a href="../knelpunten/index.html">de knelpunten per thema</a>;</li>
      <li>begin bij uw rol: <a href="../rollen/index.html">ondersteuning per rol</a>;</li>
      <li>gaat het om de verhoudingen in raad of college? <a href="../zelfscan.html">Doe de zelfscan bestuurscultuur</a> of bekijk <a href="../ladder.html">de escalatieladder</a>.</li>
    </ul>
  </div>`;
}

function correctionView(outcome, state) {
  return outcome.corrected
    ? html`<p class="productfilter__correctie">Gezocht op “${outcome.query}” (u typte “${state.text.trim()}”).</p>`
    : null;
}

/** The count, the cards of one page and the pager; or what to try when nothing matches. */
export function resultsView({ outcome, state, pageInfo, total, href, onPage, onClear }) {
  const found = outcome.results.length;
  return html`<div class="productoverzicht__resultaten">
    <h2 class="productfilter__verborgen">Resultaten</h2>
    <p id=${`${ID}-telling`} class="productoverzicht__telling" role="status" aria-live="polite" tabindex="-1">${countText(found, total)}</p>
    ${correctionView(outcome, state)}
    ${found === 0
      ? emptyView(outcome.query, onClear)
      : html`<ol id="productlijst" class="productlijst" start=${pageInfo.first}>${pageInfo.items.map(cardView)}</ol>`}
    ${pageInfo.pages > 1 ? pagerView(pageInfo, href, onPage) : null}
  </div>`;
}

/** The whole overview: form and results, rendered into #productfilter. */
export function overviewView(props) {
  return [formView({ ...props, counts: props.outcome.counts }), resultsView(props)];
}
