// Entry of the zelfscan page (catalogus/zelfscan.html): the questionnaire from #zelfscan-data, the
// one store, the storage following it, and each step's view in its mount. Parts that only an
// action or a later state needs load then (intents.mjs, PARTS). Nothing is sent anywhere.

import { html, render } from "./dom.mjs";
import { onPageReady } from "./pagina.mjs";
import { createIntents, createLoader } from "./zelfscan/intents.mjs";
import {
  INPUT_PARTS, antwoordenDeps, antwoordenView, formulierDeps, formulierView, normenDeps, normenView,
} from "./zelfscan/invullen-view.mjs";
import { STORAGE_KEY, createStorage } from "./zelfscan/storage.mjs";
import { createStore, initialState, melding, reduce, sameItems } from "./zelfscan/store.mjs";
import {
  OUTCOME_PARTS, actieplanDeps, actieplanView, adviesDeps, adviesView, bespreekpuntenDeps, bespreekpuntenView, bestandenDeps, bestandenView,
  metingDeps, metingView, opmerkingenDeps, opmerkingenView, reportDeps, reportView, startDeps, startView,
} from "./zelfscan/uitkomst-view.mjs";
import { formatDatum } from "./zelfscan/view-parts.mjs";

/**
 * Mount id → view and what it reads, in the order they render: what a visitor sees first comes
 * first, each in a task of its own, so a phone is never blocked for long (the page's opening text
 * is static and shows meanwhile). A view is drawn again only when what it reads changed, so typing
 * a remark with hundreds of respondents redraws the form, not the tables.
 */
const MOUNTS = [
  ["zs-start", startView, startDeps],
  ["zs-normen", normenView, normenDeps],
  ["zs-antwoorden", antwoordenView, antwoordenDeps],
  ["zs-formulier", formulierView, formulierDeps],
  ["zs-vergelijken", bespreekpuntenView, bespreekpuntenDeps],
  ["zs-opmerkingen", opmerkingenView, opmerkingenDeps],
  ["zs-advies", adviesView, adviesDeps],
  ["zs-actieplan", actieplanView, actieplanDeps],
  ["zs-meting", metingView, metingDeps],
  ["zs-bestanden", bestandenView, bestandenDeps],
  ["zs-rapport", reportView, reportDeps],
];
const PART_NEEDS = { ...INPUT_PARTS, ...OUTCOME_PARTS };

const isoDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function browserEnv(storage) {
  return {
    storage,
    today: () => isoDate(new Date()),
    confirm: (tekst) => window.confirm(tekst),
    focus: (selector) => document.querySelector(selector)?.focus(),
    scrollTo: (selector) => document.querySelector(selector)?.scrollIntoView({ block: "start" }),
    readText: (file) => file.text(),
    print: () => window.print(),
    async copy(tekst) {
      try {
        await navigator.clipboard.writeText(tekst);
        return true;
      } catch {
        return false;
      }
    },
    download(naam, inhoud, type) {
      const url = URL.createObjectURL(new Blob([inhoud], { type }));
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = naam;
      anchor.click(); // not attached to the document, so no navigation handler sees it
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
  };
}

/** Typing in a text field is stored a moment after the last keystroke, not on every one. */
const TYPING = new Set(["opmerking/set", "naam/set", "spoor/set", "maatregel/set"]);
const TYPING_DELAY_MS = 400;

function followStorage(store, storage) {
  let timer = null;
  function save() {
    clearTimeout(timer);
    timer = null;
    const outcome = storage.save(store.getState().sessie, stamp());
    if (outcome.nieuwer) {
      const tekst = "Uw laatste wijziging is niet bewaard: in een ander tabblad is de zelfscan intussen gewijzigd. Deze pagina toont nu die nieuwste versie; voer uw wijziging zo nodig opnieuw in.";
      store.dispatch({ type: "sessie/replace", sessie: outcome.nieuwer.sessie, melding: { plek: "opslag", melding: melding("fout", tekst) } });
    } else if (outcome.fout) {
      store.dispatch({ type: "melding/set", melding: { plek: "opslag", melding: melding("fout", outcome.fout) } });
    }
  }
  store.subscribe((state, previous, action) => {
    if (state.sessie === previous.sessie) {
      return;
    }
    if (TYPING.has(action.type)) {
      clearTimeout(timer);
      timer = setTimeout(save, TYPING_DELAY_MS);
    } else {
      save();
    }
  });
  const flush = () => timer !== null && save();
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", flush);
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) {
      return;
    }
    const fresh = event.key === null ? null : event.newValue;
    const { sessie, melding: extra } = storage.readOther(fresh, stamp());
    const tekst = fresh === null
      ? "In een ander tabblad zijn alle antwoorden gewist; deze pagina is bijgewerkt."
      : "De zelfscan is in een ander tabblad gewijzigd; deze pagina toont nu die versie.";
    store.dispatch({ type: "sessie/replace", sessie, melding: { plek: "opslag", melding: melding("ok", tekst, ...(extra ? [extra] : [])) } });
  });
}

async function mount(root) {
  await nextTask(); // out of Material's start-up task, which calls this: each part its own task
  const data = JSON.parse(document.getElementById("zelfscan-data").textContent);
  const storage = createStorage(window.localStorage, data, () => isoDate(new Date()));
  const { sessie, melding: notice } = storage.load(stamp());
  const meldingen = notice ? { opslag: { ...melding("fout", notice), reserve: storage.backupKey !== null } } : {};
  const store = createStore((state, action) => reduce(state, action, data), initialState(sessie, meldingen));
  const loader = createLoader(store);
  let derive = null;
  const ctx = {
    data,
    nummer: new Map(data.stellingen.map((s, index) => [s.id, index + 1])),
    stelling: new Map(data.stellingen.map((s) => [s.id, s])),
    // Made on first use: only the outcome views ask, and they are drawn once their part is there.
    derive: (s) => (derive ??= loader.loaded.uitkomst.createDerive(data))(s),
    intents: createIntents(store, data, browserEnv(storage), loader),
    parts: loader.loaded,
    printDate: formatDatum(isoDate(new Date())),
  };
  const mounted = [];
  const drawMount = (mount, state) => {
    const deps = mount.deps(state);
    if (!sameItems(mount.last, deps)) {
      mount.last = deps;
      render(mount.view(state, ctx), mount.element);
    }
  };
  const decorate = (state) => {
    root.classList.toggle("zs-namen-verborgen", !state.sessie.namenInRapport);
    root.classList.toggle("zs-alleen-actieplan", state.ui.print === "actieplan");
  };
  // A failed load is in the state (ui.delen), and the view that needed it says so.
  const loadParts = (state) => {
    for (const [naam, needed] of Object.entries(PART_NEEDS)) {
      if (!(naam in loader.loaded) && state.ui.delen[naam] !== "fout" && needed(state, data)) {
        loader.load(naam).catch(() => {});
      }
    }
  };
  loadParts(store.getState());
  decorate(store.getState());
  store.subscribe((state) => {
    decorate(state);
    mounted.forEach((mount) => drawMount(mount, state));
    loadParts(state);
  });
  followStorage(store, storage);
  window.addEventListener("afterprint", () => store.dispatch({ type: "print/set", print: null }));
  for (const [id, view, deps] of MOUNTS) {
    await nextTask();
    const mount = { element: document.getElementById(id), view, deps, last: null };
    mounted.push(mount);
    drawMount(mount, store.getState());
  }
  root.classList.add("zs-klaar");
}

function start() {
  const root = document.getElementById("zelfscan-app");
  if (root && root.dataset.zsGestart !== "ja") {
    root.dataset.zsGestart = "ja";
    mount(root).catch((fout) => {
      const tekst = `De zelfscan kon niet worden geladen: ${fout.message}.`;
      render(html`<p class="zs-melding zs-melding--fout" role="alert">${tekst}</p>`, document.getElementById("zs-start"));
      throw fout;
    });
  }
}

onPageReady(start);
