// Binds the product overview (producten-core.mjs, producten-view.mjs) to the page.
// The static page already shows the form (disabled), the count and the first cards. This module
// loads every product from catalogus/data/overzicht.json, renders the same markup over it with
// the form enabled, and from then on filters, counts and pages over the whole set. The state
// lives in the URL (replaceState), so Back from a product page restores it.

import { render } from "./dom.mjs";
import { onPageReady } from "./pagina.mjs";
import {
  applyState,
  emptyState,
  pageOf,
  prepareProducts,
  readState,
  TEXT_PARAMETER,
  writeQuery,
} from "./producten-core.mjs";
import { overviewView } from "./producten-view.mjs";
import { prepareCorrections } from "./zoektaal.mjs";

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

function stateFromForm(form, facets) {
  const data = new FormData(form);
  const state = emptyState();
  for (const facet of facets) {
    state.facets[facet.id] = data.getAll(facet.id).map(String);
  }
  state.text = String(data.get(TEXT_PARAMETER) ?? "");
  return state;
}

function addressOf(state, facets) {
  return `${location.pathname}${writeQuery(location.search, state, facets)}${location.hash}`;
}

function createOverview(mount, data, spelling) {
  const facets = data.facetten;
  const products = prepareProducts(data.producten, facets);
  const corrections = prepareCorrections(spelling.spelfouten);
  let state = readState(location.search, facets);
  const openFacets = new Set(Object.keys(state.facets));

  function draw() {
    const outcome = applyState(products, state, facets, corrections);
    const pageInfo = pageOf(outcome.results, state.page, data.paginagrootte);
    state = { ...state, page: pageInfo.page };
    render(overviewView({
      facets, state, outcome, pageInfo, openFacets,
      total: products.length,
      href: (page) => addressOf({ ...state, page }, facets),
      onInput: (event) => update(stateFromForm(event.currentTarget, facets)),
      onClear: () => update(emptyState()),
      onToggle: (facetId, open) => {
        openFacets[open ? "add" : "delete"](facetId);
        draw();
      },
      onPage: (page, event) => {
        event.preventDefault();
        update({ ...state, page });
        const count = mount.querySelector(".productoverzicht__telling");
        count.scrollIntoView({ block: "start" });
        count.focus({ preventScroll: true });
      },
    }), mount);
  }

  function update(next) {
    state = next;
    draw();
    const address = addressOf(state, facets);
    if (address !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(history.state, "", address);
    }
  }

  draw();
}

function showLoadError(error) {
  console.error("productoverzicht:", error);
  const note = document.getElementById("productfilter-fout");
  if (note) {
    note.hidden = false;
  }
}

async function start() {
  const mount = document.getElementById("productfilter");
  if (!mount || mount.dataset.klaar === "ja") {
    return;
  }
  mount.dataset.klaar = "ja";
  try {
    const [data, spelling] = await Promise.all([
      loadJson(mount.dataset.gegevens),
      loadJson(mount.dataset.spelling),
    ]);
    createOverview(mount, data, spelling);
  } catch (error) {
    showLoadError(error);
  }
}

onPageReady(start);
