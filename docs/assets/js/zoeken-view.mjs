// Views of the site search (the header dialog and the search page): functions of state that
// return vnodes (dom.mjs), no DOM access. Result text goes in as text, never as markup.

import { html } from "./dom.mjs";
import { QUERY_PARAMETER, statusText } from "./zoeken-core.mjs";

function excerptView(parts) {
  return parts.map((part) => (part.mark ? html`<mark>${part.text}</mark>` : part.text));
}

/** One result: what kind of page, its title as the link, and where the words occur. */
export function resultView(result) {
  return html`<li class="zoeken__resultaat">
    <a href=${result.url} class="zoeken__link">
      <span class="zoeken__soort">${result.kind}</span>
      <span class="zoeken__titel">${result.title}</span>
    </a>
    <p class="zoeken__uittreksel">${excerptView(result.parts)}</p>
  </li>`;
}

/** When nothing is found: where to look instead, never an empty list. */
export function hintsView(root) {
  return html`<div class="zoeken__tips">
    <p>Probeer een ander of korter woord, of begin hier:</p>
    <ul>
      <li><a href=${`${root}catalogus/knelpunten/index.html`}>Knelpunten per thema</a>: begin bij het probleem.</li>
      <li><a href=${`${root}catalogus/rollen/index.html`}>Ondersteuning per rol</a>: burgemeester, griffier, raadslid, wethouder, secretaris, Statenlid.</li>
      <li><a href=${`${root}catalogus/producten/index.html`}>Alle producten</a>, met filters op doelgroep, thema en knelpunt.</li>
      <li><a href=${`${root}catalogus/ladder.html`}>De escalatieladder</a> en <a href=${`${root}catalogus/zelfscan.html`}>de zelfscan bestuurscultuur</a>: als de verhoudingen in raad of college onder druk staan.</li>
    </ul>
  </div>`;
}

function correctionView(search) {
  return search.corrected
    ? html`<p class="zoeken__correctie">Gezocht op “${search.query}” (u typte “${search.typed}”).</p>`
    : null;
}

function resultsView(search, root, onMore) {
  if (search.failed || (search.query !== "" && !search.loading && search.total === 0)) {
    return hintsView(root);
  }
  const more = search.found.length > 0;
  return html`<ol class="zoeken__resultaten">${search.results.map(resultView)}</ol>
    ${more ? html`<button type="button" class="md-button zoeken__meer" onClick=${onMore}>Meer resultaten</button>` : null}`;
}

/**
 * The search form with its status and results. `id` makes the ids unique per place (dialog or
 * page); `title` is the heading that names the dialog or section.
 */
export function searchView({ id, title, root, search, onInput, onSubmit, onKeyDown, onClose, onMore }) {
  const field = `${id}-veld`;
  const status = `${id}-status`;
  // data-gezocht: the words whose results are shown (tests wait for it; typing runs ahead)
  return html`<div class="zoeken__paneel" data-gezocht=${search.searched}>
    <div class="zoeken__kop">
      <h2 id=${`${id}-titel`} class="zoeken__kopje">${title}</h2>
      ${onClose ? html`<button type="button" class="zoeken__sluit" onClick=${onClose}>Sluiten</button>` : null}
    </div>
    <form class="zoeken__formulier" role="search" action=${`${root}zoeken.html`} method="get"
      onSubmit=${onSubmit}>
      <label for=${field} class="zoeken__label">Zoek in knelpunten, producten, instrumenten en pagina's</label>
      <input type="search" id=${field} name=${QUERY_PARAMETER} value=${search.typed} autocomplete="off"
        spellcheck="false" enterkeyhint="search" aria-describedby=${status}
        onInput=${onInput} onKeyDown=${onKeyDown} />
    </form>
    <p id=${status} class="zoeken__status" role="status" aria-live="polite">${statusText(search)}</p>
    ${correctionView(search)}
    <div class="zoeken__uitkomst">${resultsView(search, root, onMore)}</div>
  </div>`;
}
