// Binds the site search to the page: the header link opens a dialog (without JavaScript it
// leads to zoeken.html), and zoeken.html shows the results for ?q=. The engine is Pagefind
// (generator/search.py builds its index into pagefind/ after every site build); it is loaded
// on first use, from this site only, together with the editors' spelling corrections.

import { render } from "./dom.mjs";
import { onPageReady } from "./pagina.mjs";
import {
  cleanTitle, excerptParts, kindOf, onlyShortenedMatches, PAGE_SIZE, pathBelow, QUERY_PARAMETER,
} from "./zoeken-core.mjs";
import { searchView } from "./zoeken-view.mjs";
import { correctSpelling, prepareCorrections, words } from "./zoektaal.mjs";

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
function loadEngine(root) {
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
function createSearch(mount, root, place, onQuery = () => {}) {
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
  return { run, warmUp: () => loadEngine(root) };
}

// The site's root: data-basis is "." or "../.." on ordinary pages, "/" on the 404 page.
function rootOf(container) {
  const basis = container.dataset.basis.replace(/\/$/, "");
  return new URL(`${basis}/`, location.href).href;
}

function setUpDialog(container) {
  const button = document.getElementById("zoeken-knop");
  const dialog = document.getElementById("zoeken-dialoog");
  const root = rootOf(container);
  let search = null;
  const open = () => {
    search ??= createSearch(dialog, root, {
      id: "zoeken-dialoog", title: "Zoeken op deze site", onClose: () => dialog.close(),
    });
    dialog.showModal();
    dialog.querySelector("input").focus();
    search.warmUp();
  };
  button.setAttribute("aria-haspopup", "dialog");
  button.addEventListener("click", (event) => {
    event.preventDefault();
    open();
  });
  button.addEventListener("pointerenter", () => loadEngine(root), { once: true });
  dialog.addEventListener("click", (event) => event.target === dialog && dialog.close());
  // back to the search link, also when the dialog was opened with "/" from nowhere in particular
  dialog.addEventListener("close", () => button.focus());
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest?.("input, textarea, select, [contenteditable]");
    if (event.key === "/" && !typing && !dialog.open && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      open();
    }
  });
}

function setUpPage(mount, root) {
  const keepInUrl = (typed) => {
    const url = new URL(location.href);
    url.searchParams.set(QUERY_PARAMETER, typed);
    history.replaceState(history.state, "", url);
  };
  const search = createSearch(mount, root, { id: "zoekpagina", title: "Zoekresultaten" }, keepInUrl);
  const typed = new URLSearchParams(location.search).get(QUERY_PARAMETER) ?? "";
  if (typed !== "") {
    search.run(typed);
  }
  mount.querySelector("input").focus();
}

function start() {
  const container = document.querySelector(".zoeken[data-basis]");
  if (!container) {
    return;
  }
  setUpDialog(container);
  const page = document.getElementById("zoekpagina");
  if (page) {
    setUpPage(page, rootOf(container));
  }
}

onPageReady(start);
