// The site search itself, loaded by zoeken-page.mjs when someone is about to search: one form
// with its results, on Pagefind (generator/search.py builds its index into pagefind/ after every
// site build), loaded on first use from this site only, with the editors' spelling corrections.

import { render } from "./dom.mjs";
import {
  cleanTitle, excerptParts, kindOf, onlyShortenedMatches, PAGE_SIZE, pathBelow,
} from "./zoeken-core.mjs";
import { searchView } from "./zoeken-view.mjs";
import { correctSpelling, prepareCorrections, words } from "./zoektaal.mjs";

export { QUERY_PARAMETER } from "./zoeken-core.mjs";

// Pagefind's defaults with a stronger term saturation: a page that repeats a word many times
// (an overview) gains little over a record that has it in its title or zoektermen.
const RANKING = { termSaturation: 1.0, pageLength: 0.4 };
let engine = null;

async function loadCorrections(root) {
  const response = await fetch(`${root}catalogus/data/zoektermen.json`);
  if (!response.ok) {
    throw new Error(`zoektermen.json: ${response.status}`);
  }
  return prepareCorrections((await response.json()).spelfouten);
}

async function loadPagefind(root) {
  const pagefind = await import(`${root}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: new URL(root).pathname, ranking: RANKING, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** Pagefind and the corrections, loaded once per page and shared by every search on it. */
export function loadEngine(root) {
  engine ??= Promise.all([loadPagefind(root), loadCorrections(root)])
    .then(([pagefind, corrections]) => ({ pagefind, corrections, rootPath: new URL(root).pathname }));
  return engine;
}

/** The shown form of results, without those that only matched a shortened query word. */
async function resultData(found, rootPath, query) {
  const pages = await Promise.all(found.map((result) => result.data()));
  return pages
    .map((page) => ({
      url: page.url,
      title: cleanTitle(page.meta?.title),
      kind: kindOf(pathBelow(page.url, rootPath)),
      parts: excerptParts(page.excerpt),
    }))
    .filter((result) => !onlyShortenedMatches(result.parts, words(query)));
}

function emptySearch(typed) {
  return {
    typed, searched: typed, query: "", corrected: false, loading: false, failed: false,
    total: 0, results: [], found: [],
  };
}

/** One search form with its results in `mount`; `place` names it ({ id, title, onClose }). */
export function createSearch(mount, root, place, onQuery = () => {}) {
  let search = emptySearch("");
  let sequence = 0;
  let ready = false;

  const draw = () => render(searchView({
    ...place, root, search,
    onInput: (event) => run(event.currentTarget.value),
    onSubmit: (event) => submit(event),
    onKeyDown: (event) => moveToResults(event),
    onMore: () => more(),
  }), mount);

  async function run(typed) {
    const current = ++sequence;
    onQuery(typed);
    search = { ...search, typed, loading: !ready };
    draw();
    try {
      const { pagefind, corrections, rootPath } = await loadEngine(root);
      ready = true;
      const { query, corrected } = correctSpelling(typed, corrections);
      const response = query === "" ? { results: [] } : await pagefind.search(query);
      const first = response.results.slice(0, PAGE_SIZE);
      const results = await resultData(first, rootPath, query);
      // every first result dropped: the words matched nothing; else the rest count as found
      const rest = results.length === 0 ? [] : response.results.slice(first.length);
      const total = results.length + rest.length;
      if (current === sequence) {
        search = { typed, searched: typed, query, corrected, loading: false, failed: false,
          total, results, found: rest };
      }
    } catch (error) {
      console.error("zoeken:", error);
      search = { ...emptySearch(typed), query: typed.trim(), failed: true };
    }
    draw();
  }

  async function more() {
    const { rootPath } = await loadEngine(root);
    const next = search.found.slice(0, PAGE_SIZE);
    const shown = search.results.length;
    const added = await resultData(next, rootPath, search.query);
    search = { ...search, results: [...search.results, ...added], found: search.found.slice(next.length),
      total: search.total - (next.length - added.length) };
    draw();
    mount.querySelectorAll(".zoeken__link")[shown]?.focus();
  }

  function submit(event) {
    event.preventDefault();
    const first = mount.querySelector(".zoeken__link");
    if (place.onClose && first) {
      location.assign(first.href);
    }
  }

  function moveToResults(event) {
    if (event.key === "ArrowDown") {
      mount.querySelector(".zoeken__link")?.focus();
      event.preventDefault();
    }
  }

  draw();
  return { run };
}
