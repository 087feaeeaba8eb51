// What a user can do with files, codes, the printer and the stored state: export, import (with
// the question when a file is of another day), vorige meting, antwoordcode, print, wipe.

import { melding } from "./actions.mjs";
import { formatAntwoordcode, parseAntwoordcode } from "./antwoordcode.mjs";
import { countBeantwoord } from "./comparison.mjs";
import { parseFile } from "./file-read.mjs";
import { serialiseFile, toCSV } from "./file-write.mjs";
import { mergeImports } from "./merge.mjs";
import { activeRespondent, displayName, emptySessie } from "./session.mjs";
import { meervoud } from "./text.mjs";

export const MAX_BESTAND = 5 * 1024 * 1024;

function importMessage(uitkomst, aantalBestanden) {
  const regels = [
    `${meervoud(uitkomst.toegevoegd, "respondent", "respondenten")} toegevoegd uit ${meervoud(aantalBestanden, "bestand", "bestanden")}.`,
  ];
  if (uitkomst.overgeslagen > 0) {
    const n = uitkomst.overgeslagen;
    regels.push(`${meervoud(n, "respondent stond", "respondenten stonden")} er al precies zo in en ${n === 1 ? "is" : "zijn"} niet nog eens toegevoegd.`);
  }
  if (uitkomst.normenOvergenomen.length > 0) {
    regels.push(`Normen uit het bestand overgenomen voor stelling ${uitkomst.normenOvergenomen.join(", ")}.`);
  }
  if (uitkomst.normenNietOvergenomen.length > 0) {
    regels.push(`Afwijkende normen niet overgenomen voor stelling ${uitkomst.normenNietOvergenomen.join(", ")}: de normen op deze pagina blijven gelden.`);
  }
  if (uitkomst.actieplanOvergenomen !== null) {
    regels.push(uitkomst.actieplanOvergenomen
      ? "Het actieplan uit het bestand is overgenomen."
      : "Het actieplan uit het bestand is niet overgenomen: deze pagina heeft al een actieplan, of er waren er meer.");
  }
  return regels;
}

export function createFileIntents(store, data, env, note) {
  const dispatch = (action) => store.dispatch(action);
  const sessie = () => store.getState().sessie;

  async function readOne(bestand) {
    if (bestand.size > MAX_BESTAND) {
      return { naam: bestand.name, uitkomst: { ok: false, error: "Het bestand is groter dan 5 MB; dat is geen antwoordenbestand van deze zelfscan." } };
    }
    let tekst;
    try {
      tekst = await env.readText(bestand);
    } catch (fout) {
      return { naam: bestand.name, uitkomst: { ok: false, error: `Het bestand kon niet worden gelezen (${fout.name}).` } };
    }
    return { naam: bestand.name, uitkomst: parseFile(tekst, data) };
  }

  function merge(bestanden) {
    const uitkomst = mergeImports(sessie(), bestanden.map((b) => b.value), data);
    if (uitkomst.fout) {
      note("bestanden", "fout", "Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.", uitkomst.fout);
      return;
    }
    dispatch({ type: "sessie/replace", sessie: uitkomst.sessie, melding: { plek: "bestanden", melding: melding("ok", ...importMessage(uitkomst, bestanden.length)) } });
  }

  function setVorige({ naam, value }, plek) {
    if (value.respondenten.length === 0) {
      note(plek, "fout", `Vorige meting niet ingelezen. ${naam} bevat geen respondenten.`);
      return;
    }
    const { datum, normen, uitkomst, respondenten, actieplan } = value;
    const vorigeMeting = { bron: naam, datum, normen, uitkomst, respondenten, actieplan };
    dispatch({ type: "meting/set", vorigeMeting, melding: { plek, melding: melding("ok", `${naam} is ingelezen als vorige meting; de vergelijking staat onder "Vergelijken met een vorige meting".`) } });
  }

  return {
    exportJSON() {
      const datum = env.today();
      env.download(`zelfscan-bestuurscultuur-${datum}.json`, serialiseFile(sessie(), data, datum), "application/json");
    },
    exportCSV() {
      env.download(`zelfscan-bestuurscultuur-${env.today()}.csv`, toCSV(sessie(), data), "text/csv;charset=utf-8");
    },
    async importFiles(invoer) {
      const bestanden = [...invoer.files];
      invoer.value = "";
      if (bestanden.length === 0) {
        return;
      }
      const gelezen = await Promise.all(bestanden.map(readOne));
      const fouten = gelezen.filter(({ uitkomst }) => !uitkomst.ok);
      if (fouten.length > 0) {
        note("bestanden", "fout", "Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.", ...fouten.map(({ naam, uitkomst }) => `${naam}: ${uitkomst.error}`));
        return;
      }
      const goed = gelezen.map(({ naam, uitkomst }) => ({ naam, value: uitkomst.value }));
      if (goed.some((b) => b.value.datum !== "" && b.value.datum !== sessie().datum)) {
        dispatch({ type: "vraag/set", vraag: { bestanden: goed }, melding: { plek: "bestanden", melding: null } });
        env.focus("#zs-vraag-kop");
        return;
      }
      merge(goed);
    },
    answerVraag(keuze) {
      const { vraag } = store.getState().ui;
      dispatch({ type: "vraag/set", vraag: null });
      if (keuze === "samenvoegen") {
        merge(vraag.bestanden);
      } else if (keuze === "vorige") {
        setVorige(vraag.bestanden[0], "bestanden");
      } else {
        note("bestanden", "ok", "Er is niets ingelezen.");
      }
      env.focus("#zs-import");
    },
    async readVorigeMeting(invoer) {
      const [bestand] = invoer.files;
      invoer.value = "";
      if (!bestand) {
        return;
      }
      const { naam, uitkomst } = await readOne(bestand);
      if (!uitkomst.ok) {
        note("vorige", "fout", `Vorige meting niet ingelezen. ${naam}: ${uitkomst.error}`);
        return;
      }
      setVorige({ naam, value: uitkomst.value }, "vorige");
    },
    removeVorigeMeting() {
      dispatch({ type: "meting/set", vorigeMeting: null, melding: { plek: "vorige", melding: melding("ok", "De vorige meting is weggehaald.") } });
      env.focus("#zs-vorige-invoer");
    },
    makeCode() {
      dispatch({ type: "code/set", code: activeRespondent(sessie()).id });
      env.focus("#zs-code-uit");
    },
    async copyCode() {
      const gelukt = await env.copy(formatAntwoordcode(activeRespondent(sessie()), data));
      note("antwoorden", gelukt ? "ok" : "fout", gelukt ? "De antwoordcode is gekopieerd." : "Kopiëren lukte niet; selecteer de code en kopieer hem zelf.");
    },
    setCodeInvoer: (tekst) => dispatch({ type: "codeInvoer/set", tekst }),
    addCode() {
      const gelezen = parseAntwoordcode(store.getState().ui.codeInvoer, data);
      if (!gelezen.ok) {
        note("code", "fout", gelezen.error);
        return;
      }
      const uitkomst = mergeImports(sessie(), [{ respondenten: [gelezen.value], normen: null, actieplan: null }], data);
      if (uitkomst.fout || uitkomst.overgeslagen > 0) {
        note("code", "fout", uitkomst.fout ?? "Deze antwoordcode is al toegevoegd: er staat al een respondent met precies deze naam, rol en antwoorden.");
        return;
      }
      const nieuw = uitkomst.sessie.respondenten.at(-1);
      const naam = displayName(nieuw, uitkomst.sessie.respondenten.length - 1);
      const tekst = `${naam} is toegevoegd (${countBeantwoord(nieuw, data)} van ${data.stellingen.length} beantwoord).`;
      dispatch({ type: "sessie/replace", sessie: uitkomst.sessie, melding: { plek: "code", melding: melding("ok", tekst) } });
      dispatch({ type: "codeInvoer/set", tekst: "" });
    },
    printRapport: () => env.print(),
    printActieplan() {
      dispatch({ type: "print/set", print: "actieplan" });
      env.print();
    },
    wipe() {
      if (!env.confirm("Alle antwoorden, respondenten, normen, het actieplan en de vorige meting uit deze browser wissen? Dit kan niet ongedaan worden gemaakt.")) {
        return;
      }
      const leeg = emptySessie(env.today());
      const fout = env.storage.wipe(leeg);
      dispatch({ type: "ui/reset" });
      dispatch({ type: "sessie/replace", sessie: leeg, melding: { plek: "opslag", melding: melding(fout ? "fout" : "ok", fout ?? "Alle antwoorden zijn gewist uit deze browser.") } });
    },
    downloadBackup() {
      const tekst = env.storage.readBackup();
      if (tekst !== null) {
        env.download(`${env.storage.backupKey}.json`, tekst, "application/json");
      }
    },
  };
}
