// Pure logic of the product overview: URL state, matching, ranking, facet counts and paging.
// No DOM, no globals. Imported by producten-page.mjs in the browser and by
// tests/js/producten-core.test.mjs in Node.
//
// State: { facets: { <facetId>: [<valueId>, …] }, text: "<as typed>", page: <1-based> }.
// Facets (from catalogus/data/overzicht.json): [{ id, label, waarden: [{ id, label, aantal }] }].
// A facet that is missing or has an empty list does not filter: OR within a facet, AND across.

import { correctSpelling, normalise, words } from "./zoektaal.mjs";

// The URL parameters of the overview. Not "q": that one belongs to the site search.
export const TEXT_PARAMETER = "tekst";
export const PAGE_PARAMETER = "pagina";
// Points per query word by where it is found: a title or an editors' zoekterm for this very
// product ranks above a word that only occurs in the description.
const WEIGHTS = { titel: 8, termen: 6, verwant: 3, tekst: 1 };
const PHRASE_BONUS = 10;

export function emptyState() {
  return { facets: {}, text: "", page: 1 };
}

/** Known ids only, without duplicates, in the order of the facet definition. */
function orderIds(facet, ids) {
  const chosen = new Set(ids);
  return facet.waarden.map((value) => value.id).filter((id) => chosen.has(id));
}

/**
 * Read the state from a query string ("?doelgroep=raadsleden,griffiers&tekst=rekenkamer").
 * Facet parameters may be repeated or comma-separated; unknown ids and parameters are ignored.
 */
export function readState(search, facets) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const facet of facets) {
    const ids = params.getAll(facet.id).flatMap((value) => value.split(",")).map((id) => id.trim());
    const ordered = orderIds(facet, ids);
    if (ordered.length > 0) {
      state.facets[facet.id] = ordered;
    }
  }
  state.text = params.get(TEXT_PARAMETER) ?? "";
  const page = Number.parseInt(params.get(PAGE_PARAMETER) ?? "1", 10);
  state.page = Number.isFinite(page) && page > 1 ? page : 1;
  return state;
}

/**
 * The query string for a state, keeping every other parameter as it was. Facets come in
 * definition order with comma-separated ids, then the text, then the page. "" when empty.
 */
export function writeQuery(search, state, facets) {
  const own = new Set([TEXT_PARAMETER, PAGE_PARAMETER, ...facets.map((facet) => facet.id)]);
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()].filter((key) => own.has(key))) {
    params.delete(name);
  }
  for (const facet of facets) {
    const ids = orderIds(facet, state.facets[facet.id] ?? []);
    if (ids.length > 0) {
      params.append(facet.id, ids.join(","));
    }
  }
  if (state.text.trim() !== "") {
    params.append(TEXT_PARAMETER, state.text.trim());
  }
  if (state.page > 1) {
    params.append(PAGE_PARAMETER, String(state.page));
  }
  const query = params.toString().replaceAll("%2C", ",");
  return query === "" ? "" : `?${query}`;
}

/** Products from the data file with their normalised texts, ready for matching. */
export function prepareProducts(entries, facets) {
  const labels = new Map(
    facets.map((facet) => [facet.id, new Map(facet.waarden.map((v) => [v.id, v.label]))]),
  );
  return entries.map((entry, order) => {
    const valueLabels = Object.entries(entry.waarden).flatMap(([facetId, ids]) =>
      ids.map((id) => labels.get(facetId)?.get(id) ?? ""),
    );
    return {
      entry,
      order,
      values: entry.waarden,
      texts: {
        titel: normalise(entry.titel),
        termen: normalise(entry.termen.join(" | ")),
        verwant: normalise(entry.verwant.join(" | ")),
        tekst: normalise([entry.kort, entry.tekst, entry.planning, entry.kenmerken, ...valueLabels].join(" ")),
      },
    };
  });
}

/** Points for the query words, or 0 when a word occurs nowhere (every word must match). */
export function textScore(product, queryWords) {
  let score = 0;
  for (const word of queryWords) {
    let points = 0;
    for (const [field, weight] of Object.entries(WEIGHTS)) {
      points += product.texts[field].includes(word) ? weight : 0;
    }
    if (points === 0) {
      return 0;
    }
    score += points;
  }
  const phrase = queryWords.join(" ");
  const asPhrase = queryWords.length > 1 && (product.texts.titel.includes(phrase)
    || product.texts.termen.includes(phrase));
  return score + (asPhrase ? PHRASE_BONUS : 0);
}

/** The chosen facets this product does not satisfy. */
function failedFacets(product, selections) {
  return selections
    .filter(([facetId, chosen]) => !chosen.some((id) => (product.values[facetId] ?? []).includes(id)))
    .map(([facetId]) => facetId);
}

function addCounts(counts, product, facetIds) {
  for (const facetId of facetIds) {
    for (const id of product.values[facetId] ?? []) {
      counts[facetId][id] = (counts[facetId][id] ?? 0) + 1;
    }
  }
}

/**
 * Apply a state: the matching products (best text matches first, else in catalog order), the
 * corrected query, and per facet value how many products it would show with the other facets
 * as they are (faceted search as in shops: a value's count ignores its own facet's choice).
 */
export function applyState(products, state, facets, corrections = []) {
  const { query, corrected } = correctSpelling(state.text, corrections);
  const queryWords = words(query);
  const selections = Object.entries(state.facets).filter(([, chosen]) => chosen.length > 0);
  const counts = Object.fromEntries(facets.map((facet) => [facet.id, {}]));
  const scored = [];
  for (const product of products) {
    const score = queryWords.length > 0 ? textScore(product, queryWords) : 1;
    if (score === 0) {
      continue;
    }
    const failed = failedFacets(product, selections);
    if (failed.length === 0) {
      scored.push({ product, score });
      addCounts(counts, product, facets.map((facet) => facet.id));
    } else if (failed.length === 1) {
      addCounts(counts, product, failed);
    }
  }
  scored.sort((a, b) => b.score - a.score || a.product.order - b.product.order);
  return { results: scored.map(({ product }) => product.entry), counts, query, corrected };
}

/** The slice of results for a page; the page is clamped to the pages there are. */
export function pageOf(results, page, size) {
  const pages = Math.max(1, Math.ceil(results.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: results.slice(start, start + size), page: current, pages, first: start + 1 };
}

/** Page links around the current page, null where numbers are left out: 1 … 4 5 [6] 7 8 … 20. */
export function pageNumbers(current, total) {
  const shown = [1, total, current - 2, current - 1, current, current + 1, current + 2];
  const sorted = [...new Set(shown)].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const numbers = [];
  for (const number of sorted) {
    if (numbers.length > 0 && number > numbers[numbers.length - 1] + 1) {
      numbers.push(null);
    }
    numbers.push(number);
  }
  return numbers;
}

function producten(count) {
  return count === 1 ? "product" : "producten";
}

/** "113 producten", "1 product" when all are shown; else "12 van 113 producten". */
export function countText(shown, total) {
  return shown === total ? `${total} ${producten(total)}` : `${shown} van ${total} ${producten(total)}`;
}

/** "" for nothing chosen, else "(2 gekozen)"; shown next to a collapsed facet's name. */
export function selectedText(count) {
  return count > 0 ? `(${count} gekozen)` : "";
}
