// Binds the site search to the page: the header link opens a dialog (without JavaScript it
// leads to zoeken.html), and zoeken.html shows the results for ?q=. Every page loads only this
// small module; the search (zoeken-search.mjs, with Preact and Pagefind) loads when someone
// points at or focuses the search link, opens it, or is on the search page.

import { onPageReady } from "./pagina.mjs";

let searchModule = null;

function loadSearch(root) {
  searchModule ??= import("./zoeken-search.mjs").then((module) => {
    // start fetching Pagefind; a failure is shown by the search that needs it
    module.loadEngine(root).catch(() => {});
    return module;
  });
  return searchModule;
}

// The site's root: data-basis is "." or "../.." on ordinary pages, "/" on the 404 page.
function rootOf(container) {
  const basis = container.dataset.basis.replace(/\/$/, "");
  return new URL(`${basis}/`, location.href).href;
}

/** A plain search field in the dialog until the search has loaded. */
function waitingField(dialog) {
  const field = document.createElement("input");
  field.type = "search";
  field.className = "zoeken__wachtveld";
  field.setAttribute("aria-label", "Zoek in knelpunten, producten, instrumenten en pagina's");
  dialog.replaceChildren(field);
  return field;
}

function setUpDialog(container) {
  const button = document.getElementById("zoeken-knop");
  const dialog = document.getElementById("zoeken-dialoog");
  const root = rootOf(container);
  let search = null;
  const open = async () => {
    if (!dialog.open) {
      dialog.showModal();
    }
    if (!search) {
      // typing starts at once; the search takes over what was typed when it has loaded
      const waiting = dialog.querySelector("input") ?? waitingField(dialog);
      waiting.focus();
      const { createSearch } = await loadSearch(root);
      if (!search) {
        dialog.replaceChildren();
        search = createSearch(dialog, root, {
          id: "zoeken-dialoog", title: "Zoeken op deze site", onClose: () => dialog.close(),
        });
        if (waiting.value !== "") {
          search.run(waiting.value);
        }
      }
    }
    dialog.querySelector("input").focus();
  };
  button.setAttribute("aria-haspopup", "dialog");
  button.addEventListener("click", (event) => {
    event.preventDefault();
    open();
  });
  const warmUp = () => loadSearch(root);
  button.addEventListener("pointerenter", warmUp, { once: true });
  button.addEventListener("focus", warmUp, { once: true });
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

async function setUpPage(mount, root) {
  const { createSearch, QUERY_PARAMETER } = await loadSearch(root);
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
