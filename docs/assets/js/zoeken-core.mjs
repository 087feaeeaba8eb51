// Pure logic of the site search: what kind of page a result is, the excerpt as text parts,
// and the words the status line says. No DOM, no globals; the engine (Pagefind) is bound in
// zoeken-page.mjs.

import { normalise } from "./zoektaal.mjs";

export const QUERY_PARAMETER = "q";
export const PAGE_SIZE = 10;

// First folders of a page path → what the result list calls such a page.
const KINDS = [
  ["catalogus/knelpunten/index.html", "Overzicht"],
  ["catalogus/producten/index.html", "Overzicht"],
  ["catalogus/knelpunten/", "Knelpunt"],
  ["catalogus/producten/", "Product"],
  ["catalogus/instrumenten/", "Instrument van de escalatieladder"],
  ["catalogus/rollen/", "Per rol"],
  ["catalogus/praktijk/", "Praktijkvoorbeeld"],
  ["catalogus/routes/", "Route"],
];

/** "Knelpunt", "Product", … for a result's path relative to the site root; else "Pagina". */
export function kindOf(path) {
  const match = KINDS.find(([start]) => path.startsWith(start));
  return match ? match[1] : "Pagina";
}

/** The path of a result URL below the site root ("/site/catalogus/x.html" → "catalogus/x.html"). */
export function pathBelow(url, rootPath) {
  return url.startsWith(rootPath) ? url.slice(rootPath.length) : url.replace(/^\//, "");
}

/** A page title without the permalink sign that Markdown adds to headings. */
export function cleanTitle(title) {
  return String(title ?? "").replace(/\s*¶\s*$/u, "").trim();
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'" };

function decode(text) {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/**
 * An engine excerpt ("… de <mark>raad</mark> en …") as [{ text, mark }] parts, so that the view
 * puts it on the page as text: no markup from the index ever reaches the page as markup.
 */
export function excerptParts(excerpt) {
  return String(excerpt ?? "")
    .split(/(<mark>.*?<\/mark>)/su)
    .filter((part) => part !== "")
    .map((part) => {
      const mark = part.startsWith("<mark>");
      return { text: decode(mark ? part.slice(6, -7) : part), mark };
    })
    .filter((part) => part.text !== "");
}

function commonStart(a, b) {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) {
    length += 1;
  }
  return length;
}

/**
 * Whether a result only matched by a shortened query word. When no indexed word starts with a
 * query word, Pagefind falls back to shorter beginnings of it: "qwzxqwz" finds the letter "Q" in
 * a list, or the "QW" in a code. A marked word (or a part of it between dots and dashes) is a
 * real match when it shares more than half of a query word's beginning; a result whose marks are
 * none of them real is dropped rather than shown as a find. Results without marks are kept.
 */
export function onlyShortenedMatches(parts, queryWords) {
  const marked = parts.filter((part) => part.mark).map((part) => normalise(part.text));
  const real = (word) => word.split(/[^\p{L}\p{N}]+/u)
    .some((piece) => queryWords.some((query) => commonStart(piece, query) * 2 > query.length));
  return marked.length > 0 && !marked.some(real);
}

function resultaten(count) {
  return count === 1 ? "resultaat" : "resultaten";
}

/** The status line under the search field, read out by screen readers when it changes. */
export function statusText({ query, total, loading, failed }) {
  if (failed) {
    return "Zoeken lukt nu niet. Probeer het later opnieuw of gebruik de links hieronder.";
  }
  if (query === "") {
    return "Typ een of meer woorden.";
  }
  if (loading) {
    return "Zoeken…";
  }
  return total === 0 ? `Geen resultaten voor “${query}”.` : `${total} ${resultaten(total)} voor “${query}”.`;
}
