// What a user can do on the page, as functions the views call: each dispatches actions to the
// store and asks `env` for whatever touches the browser (confirm, focus, downloads, files, print,
// clipboard, storage). What only some actions or states need loads on first use (PARTS).

import { activeRespondent, displayName, emptySessie } from "./session.mjs";
import { countBeantwoord, hasAntwoorden } from "./scoring.mjs";
import { melding } from "./store.mjs";
import { LOAD_ERROR } from "./view-parts.mjs";

/**
 * The parts that load when an action or a state first needs them. Each import() resolves against
 * this module's own address: the same folder of the same site (script-src 'self'), also after
 * Material's instant navigation.
 */
export const PARTS = {
  uitkomst: () => all(import("./comparison.mjs"), import("./uitkomst-detail-view.mjs")),
  plan: () => import("./plan-view.mjs"),
  meting: () => import("./meting-view.mjs"),
  lezen: () => import("./intents-files.mjs"),
  schrijven: () => import("./file-write.mjs"),
  code: () => all(import("./antwoordcode.mjs"), import("./code-view.mjs")),
  samenvoegen: () => import("./merge.mjs"),
};
const all = async (...modules) => Object.assign({}, ...(await Promise.all(modules)));

/** Below this a wait goes unnoticed, so nothing says "Bezig met laden…". */
export const SLOW_MS = 300;

/**
 * load(naam) gives the module of a part, loading it once. Its state goes to ui.delen: "laden"
 * once the wait can be noticed, then "klaar", or "fout" (a later call tries again).
 */
export function createLoader(store, parts = PARTS) {
  const loaded = {};
  const pending = new Map();
  const setStatus = (naam, status) => store.dispatch({ type: "deel/set", naam, status });
  function load(naam) {
    if (naam in loaded) {
      return Promise.resolve(loaded[naam]);
    }
    if (!pending.has(naam)) {
      const slow = setTimeout(() => setStatus(naam, "laden"), SLOW_MS);
      const settle = (status) => {
        clearTimeout(slow);
        pending.delete(naam);
        setStatus(naam, status);
      };
      const loading = parts[naam]().then(
        (module) => {
          loaded[naam] = module;
          settle("klaar");
          return module;
        },
        (fout) => {
          settle("fout");
          throw fout;
        },
      );
      pending.set(naam, loading);
    }
    return pending.get(naam);
  }
  return { loaded, load };
}

export function createIntents(store, data, env, loader = createLoader(store)) {
  const dispatch = (action) => store.dispatch(action);
  const sessie = () => store.getState().sessie;
  const note = (plek, soort, ...regels) => dispatch({ type: "melding/set", melding: { plek, melding: melding(soort, ...regels) } });

  /** act(...modules) once the parts have loaded; the message at `plek` tells of a slow or failed load. */
  async function withParts(namen, plek, act) {
    let waited = false;
    const slow = setTimeout(() => {
      waited = true;
      note(plek, "ok", "Bezig met laden…");
    }, SLOW_MS);
    let modules;
    try {
      modules = await Promise.all(namen.map((naam) => loader.load(naam)));
    } catch {
      note(plek, "fout", LOAD_ERROR);
      return;
    } finally {
      clearTimeout(slow);
    }
    if (waited) {
      dispatch({ type: "melding/set", melding: { plek, melding: null } });
    }
    return act(...modules);
  }
  const fileIntents = (m) => m.createFileIntents(store, data, env, note);

  const intents = {
    // A failure is in ui.delen, where the view that needs the part says so.
    loadPart: (naam) => loader.load(naam).catch(() => {}),
    setAntwoord: (respondent, stelling, waarde) => dispatch({ type: "antwoord/set", respondent, stelling, waarde }),
    clearAntwoord(respondent, stelling) {
      dispatch({ type: "antwoord/set", respondent, stelling, waarde: null });
      env.focus(`#zs-${respondent}-${stelling}-${data.schaal[0].waarde}`);
    },
    setOpmerking: (respondent, stelling, tekst) => dispatch({ type: "opmerking/set", respondent, stelling, tekst }),
    setNaam: (respondent, naam) => dispatch({ type: "naam/set", respondent, naam }),
    setRol: (respondent, rol) => dispatch({ type: "rol/set", respondent, rol }),
    addRespondent() {
      dispatch({ type: "respondent/add" });
      env.focus("#zs-naam");
    },
    openRespondent(respondent) {
      dispatch({ type: "respondent/open", respondent });
      env.focus("#zs-kop-formulier");
    },
    removeRespondent(respondent, naam) {
      if (env.confirm(`${naam} verwijderen, met alle antwoorden en opmerkingen?`)) {
        dispatch({ type: "respondent/remove", respondent, melding: { plek: "antwoorden", melding: melding("ok", `${naam} is verwijderd.`) } });
        env.focus("#zs-respondent-toevoegen");
      }
    },
    nextPerson() {
      const current = sessie();
      if (current.rondgang && !current.uitkomstTonen && !hasAntwoorden(activeRespondent(current), data.schaal)) {
        note("antwoorden", "fout", "Beantwoord eerst minstens één stelling.");
        return;
      }
      dispatch({ type: "persoon/next", melding: { plek: "antwoorden", melding: melding("ok", "De antwoorden zijn bewaard. Nu de volgende persoon.") } });
      env.scrollTo("#zs-kop-formulier");
      env.focus("#zs-naam");
    },
    showUitkomst() {
      dispatch({ type: "uitkomst/show", melding: { plek: "antwoorden", melding: melding("ok", "De uitkomst staat hieronder.") } });
      env.focus("#zs-kop-vergelijken");
    },
    setRondgang(aan) {
      const tekst = aan
        ? "Rondgang gestart: de antwoorden en de uitkomst van anderen zijn verborgen."
        : "Rondgang gestopt: alle respondenten en de uitkomst zijn zichtbaar.";
      dispatch({ type: "rondgang/set", aan, melding: { plek: "antwoorden", melding: melding("ok", tekst) } });
    },
    setNorm: (stelling, norm) => dispatch({ type: "norm/set", stelling, norm }),
    resetNormen() {
      const aantal = Object.keys(sessie().normen).length;
      if (aantal === 0 || env.confirm(`${aantal} aangepaste ${aantal === 1 ? "norm" : "normen"} terugzetten naar de standaard?`)) {
        dispatch({ type: "normen/reset" });
      }
    },
    acceptNormen() {
      dispatch({ type: "normen/accept", vastgesteld: true });
      dispatch({ type: "open/set", sleutel: "normen", open: false });
      env.focus("#zs-naam");
    },
    toggle(sleutel) {
      dispatch({ type: "open/set", sleutel, open: store.getState().ui.open[sleutel] !== true });
    },
    setOpen: (sleutel, open) => {
      if (store.getState().ui.open[sleutel] !== open) {
        dispatch({ type: "open/set", sleutel, open });
      }
    },
    setNamenInRapport: (aan) => dispatch({ type: "namen/set", aan }),

    addMaatregelFor(instrumentId, productId) {
      const instrument = data.instrumenten[instrumentId];
      const product = instrument.producten.find((p) => p.id === productId);
      const tekst = product ? `${instrument.titel}, met ${product.titel}` : instrument.titel;
      dispatch({ type: "maatregel/add", maatregel: { tekst, instrument: instrumentId, product: productId } });
      note("actieplan", "ok", `"${tekst}" staat nu in het actieplan. Vul eigenaar, termijn en status in.`);
    },
    addMaatregel(spoor) {
      dispatch({ type: "maatregel/add", maatregel: { spoor } });
      const fresh = sessie().actieplan.maatregelen.at(-1);
      env.focus(`#zs-${fresh.id}-tekst`);
    },
    setMaatregel: (id, veld, waarde) => dispatch({ type: "maatregel/set", id, veld, waarde }),
    removeMaatregel(id, letter) {
      if (env.confirm(`Maatregel ${letter} uit het actieplan verwijderen?`)) {
        dispatch({ type: "maatregel/remove", id });
        note("actieplan", "ok", `Maatregel ${letter} is verwijderd.`);
      }
    },
    addSpoor: () => withParts(["plan"], "actieplan", () => {
      dispatch({ type: "spoor/add" });
      env.focus(`#zs-${sessie().actieplan.sporen.at(-1).id}-titel`);
    }),
    setSpoorTitel: (id, titel) => dispatch({ type: "spoor/set", id, titel }),
    removeSpoor(id, nummer) {
      if (env.confirm(`Spoor ${nummer} met al zijn maatregelen verwijderen?`)) {
        dispatch({ type: "spoor/remove", id });
        note("actieplan", "ok", `Spoor ${nummer} is verwijderd.`);
      }
    },
    copyVorigeMaatregelen() {
      const vorig = sessie().vorigeMeting?.actieplan;
      if (vorig) {
        dispatch({ type: "actieplan/copy", vorig });
        note("actieplan", "ok", "De maatregelen die toen nog niet waren afgerond, staan nu in het actieplan.");
        env.focus("#zs-kop-actieplan");
      }
    },

    exportJSON: () => withParts(["schrijven"], "bestanden", ({ serialiseFile }) => {
      const datum = env.today();
      env.download(`zelfscan-bestuurscultuur-${datum}.json`, serialiseFile(sessie(), data, datum), "application/json");
    }),
    exportCSV: () => withParts(["schrijven"], "bestanden", ({ toCSV }) => {
      env.download(`zelfscan-bestuurscultuur-${env.today()}.csv`, toCSV(sessie(), data), "text/csv;charset=utf-8");
    }),
    importFiles(invoer) {
      const bestanden = [...invoer.files];
      invoer.value = "";
      return bestanden.length === 0 ? undefined : withParts(["lezen"], "bestanden", (m) => fileIntents(m).importFiles(bestanden));
    },
    answerVraag: (choice) => withParts(["lezen"], "bestanden", (m) => fileIntents(m).answerVraag(choice)),
    readVorigeMeting(invoer) {
      const [file] = invoer.files;
      invoer.value = "";
      return file ? withParts(["lezen"], "vorige", (m) => fileIntents(m).readVorigeMeting(file)) : undefined;
    },
    removeVorigeMeting() {
      dispatch({ type: "meting/set", vorigeMeting: null, melding: { plek: "vorige", melding: melding("ok", "De vorige meting is weggehaald.") } });
      env.focus("#zs-vorige-invoer");
    },

    makeCode: () => withParts(["code"], "antwoorden", () => {
      dispatch({ type: "code/set", code: activeRespondent(sessie()).id });
      env.focus("#zs-code-uit");
    }),
    copyCode: () => withParts(["code"], "antwoorden", async ({ formatAntwoordcode }) => {
      const copied = await env.copy(formatAntwoordcode(activeRespondent(sessie()), data));
      note("antwoorden", copied ? "ok" : "fout", copied ? "De antwoordcode is gekopieerd." : "Kopiëren lukte niet; selecteer de code en kopieer hem zelf.");
    }),
    setCodeInvoer: (tekst) => dispatch({ type: "codeInvoer/set", tekst }),
    addCode: () => withParts(["code", "samenvoegen"], "code", ({ parseAntwoordcode }, { mergeImports }) => {
      const parsed = parseAntwoordcode(store.getState().ui.codeInvoer, data);
      if (!parsed.ok) {
        note("code", "fout", parsed.error);
        return;
      }
      const uitkomst = mergeImports(sessie(), [{ respondenten: [parsed.value], normen: null, actieplan: null }], data);
      if (uitkomst.fout || uitkomst.overgeslagen > 0) {
        note("code", "fout", uitkomst.fout ?? "Deze antwoordcode is al toegevoegd: er staat al een respondent met precies deze naam, rol en antwoorden.");
        return;
      }
      const fresh = uitkomst.sessie.respondenten.at(-1);
      const naam = displayName(fresh, uitkomst.sessie.respondenten.length - 1);
      const tekst = `${naam} is toegevoegd (${countBeantwoord(fresh, data)} van ${data.stellingen.length} beantwoord).`;
      dispatch({ type: "sessie/replace", sessie: uitkomst.sessie, melding: { plek: "code", melding: melding("ok", tekst) } });
      dispatch({ type: "codeInvoer/set", tekst: "" });
    }),

    printRapport: () => env.print(),
    printActieplan() {
      dispatch({ type: "print/set", print: "actieplan" });
      env.print();
    },
    wipe() {
      if (!env.confirm("Alle antwoorden, respondenten, normen, het actieplan en de vorige meting uit deze browser wissen? Dit kan niet ongedaan worden gemaakt.")) {
        return;
      }
      const empty = emptySessie(env.today());
      const fout = env.storage.wipe(empty);
      dispatch({ type: "ui/reset" });
      dispatch({ type: "sessie/replace", sessie: empty, melding: { plek: "opslag", melding: melding(fout ? "fout" : "ok", fout ?? "Alle antwoorden zijn gewist uit deze browser.") } });
    },
    downloadBackup() {
      const tekst = env.storage.readBackup();
      if (tekst !== null) {
        env.download(`${env.storage.backupKey}.json`, tekst, "application/json");
      }
    },
  };
  return intents;
}
