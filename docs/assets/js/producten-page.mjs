// Binds the product overview (producten-core.mjs, producten-view.mjs) to the page.
// The static page already shows the form (disabled), the count and the first cards: the unfiltered
// overview. This module loads every product from catalogus/data/overzicht.json and enables the
// form. It takes the overview over (prepares the products and renders the same markup over them)
// only when someone points at, focuses or types in it, or when the address holds filters; a
// phone's first load so stays free of long tasks. From then on it filters, counts and pages over
// the whole set. The state lives in the URL (replaceState), so Back from a product page restores it.

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

const isEmpty = (state) => state.text === "" && state.page === 1 && Object.keys(state.facets).length === 0;

/**
 * The overview in Preact's hands. It starts from the address's filters or, when there are none,
 * from the form as the visitor left it before the take-over (open facets included).
 */
function createOverview(mount, data, spelling) {
  const facets = data.facetten;
  const products = prepareProducts(data.producten, facets);
  const corrections = prepareCorrections(spelling.spelfouten);
  const fromAddress = readState(location.search, facets);
  const form = mount.querySelector("form");
  let state = isEmpty(fromAddress) ? stateFromForm(form, facets) : fromAddress;
  const chosen = Object.entries(state.facets).filter(([, ids]) => ids.length > 0);
  const openFacets = new Set(chosen.map(([facetId]) => facetId));
  mount.querySelectorAll("details.productfilter__facet").forEach((details, index) => {
    if (details.open) {
      openFacets.add(facets[index].id); // the page renders the facets in data order
    }
  });

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

  update(state); // a take-over by typing puts the text in the address, as any later input does
}

function showLoadError(error) {
  console.error("productoverzicht:", error);
  const note = document.getElementById("productfilter-fout");
  if (note) {
    note.hidden = false;
  }
}

const FIRST_USE = ["pointerenter", "pointerdown", "focusin", "input"];

/** Call `takeOver` at once when the address holds filters or the overview is in use, else on first use. */
function takeOverWhenUsed(mount, facets, takeOver) {
  if (!isEmpty(readState(location.search, facets)) || mount.matches(":hover, :focus-within")) {
    takeOver();
    return;
  }
  const onFirstUse = () => {
    FIRST_USE.forEach((type) => mount.removeEventListener(type, onFirstUse, true));
    takeOver();
  };
  FIRST_USE.forEach((type) => mount.addEventListener(type, onFirstUse, true));
  mount.querySelector("fieldset[disabled]")?.removeAttribute("disabled");
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
    takeOverWhenUsed(mount, data.facetten, () => createOverview(mount, data, spelling));
  } catch (error) {
    showLoadError(error);
  }
}

onPageReady(start);
