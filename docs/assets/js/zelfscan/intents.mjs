// What a user can do on the page, as functions the views call: each dispatches actions to the
// store and, where the page must react (focus, a question), asks `env`, which holds everything
// that touches the browser (confirm, focus, downloads, files, print, clipboard, storage).

import { hasAntwoorden } from "./comparison.mjs";
import { createFileIntents } from "./intents-files.mjs";
import { activeRespondent } from "./session.mjs";
import { melding } from "./actions.mjs";

export function createIntents(store, data, env) {
  const dispatch = (action) => store.dispatch(action);
  const sessie = () => store.getState().sessie;
  const note = (plek, soort, ...regels) => dispatch({ type: "melding/set", melding: { plek, melding: melding(soort, ...regels) } });

  const intents = {
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
    addSpoor() {
      dispatch({ type: "spoor/add" });
      env.focus(`#zs-${sessie().actieplan.sporen.at(-1).id}-titel`);
    },
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
  };
  return { ...intents, ...createFileIntents(store, data, env, note) };
}
