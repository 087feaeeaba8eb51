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

function importMessage(uitkomst, fileCount) {
  const lines = [
    `${meervoud(uitkomst.toegevoegd, "respondent", "respondenten")} toegevoegd uit ${meervoud(fileCount, "bestand", "bestanden")}.`,
  ];
  if (uitkomst.overgeslagen > 0) {
    const n = uitkomst.overgeslagen;
    lines.push(`${meervoud(n, "respondent stond", "respondenten stonden")} er al precies zo in en ${n === 1 ? "is" : "zijn"} niet nog eens toegevoegd.`);
  }
  if (uitkomst.normenOvergenomen.length > 0) {
    lines.push(`Normen uit het bestand overgenomen voor stelling ${uitkomst.normenOvergenomen.join(", ")}.`);
  }
  if (uitkomst.normenNietOvergenomen.length > 0) {
    lines.push(`Afwijkende normen niet overgenomen voor stelling ${uitkomst.normenNietOvergenomen.join(", ")}: de normen op deze pagina blijven gelden.`);
  }
  if (uitkomst.actieplanOvergenomen !== null) {
    lines.push(uitkomst.actieplanOvergenomen
      ? "Het actieplan uit het bestand is overgenomen."
      : "Het actieplan uit het bestand is niet overgenomen: deze pagina heeft al een actieplan, of er waren er meer.");
  }
  return lines;
}

export function createFileIntents(store, data, env, note) {
  const dispatch = (action) => store.dispatch(action);
  const sessie = () => store.getState().sessie;

  async function readOne(file) {
    if (file.size > MAX_BESTAND) {
      return { naam: file.name, uitkomst: { ok: false, error: "Het bestand is groter dan 5 MB; dat is geen antwoordenbestand van deze zelfscan." } };
    }
    let tekst;
    try {
      tekst = await env.readText(file);
    } catch (fout) {
      return { naam: file.name, uitkomst: { ok: false, error: `Het bestand kon niet worden gelezen (${fout.name}).` } };
    }
    return { naam: file.name, uitkomst: parseFile(tekst, data) };
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
      const parsed = await Promise.all(bestanden.map(readOne));
      const fouten = parsed.filter(({ uitkomst }) => !uitkomst.ok);
      if (fouten.length > 0) {
        note("bestanden", "fout", "Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.", ...fouten.map(({ naam, uitkomst }) => `${naam}: ${uitkomst.error}`));
        return;
      }
      const readFiles = parsed.map(({ naam, uitkomst }) => ({ naam, value: uitkomst.value }));
      if (readFiles.some((b) => b.value.datum !== "" && b.value.datum !== sessie().datum)) {
        dispatch({ type: "vraag/set", vraag: { bestanden: readFiles }, melding: { plek: "bestanden", melding: null } });
        env.focus("#zs-vraag-kop");
        return;
      }
      merge(readFiles);
    },
    answerVraag(choice) {
      const { vraag } = store.getState().ui;
      dispatch({ type: "vraag/set", vraag: null });
      if (choice === "samenvoegen") {
        merge(vraag.bestanden);
      } else if (choice === "vorige") {
        setVorige(vraag.bestanden[0], "bestanden");
      } else {
        note("bestanden", "ok", "Er is niets ingelezen.");
      }
      env.focus("#zs-import");
    },
    async readVorigeMeting(invoer) {
      const [file] = invoer.files;
      invoer.value = "";
      if (!file) {
        return;
      }
      const { naam, uitkomst } = await readOne(file);
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
      const copied = await env.copy(formatAntwoordcode(activeRespondent(sessie()), data));
      note("antwoorden", copied ? "ok" : "fout", copied ? "De antwoordcode is gekopieerd." : "Kopiëren lukte niet; selecteer de code en kopieer hem zelf.");
    },
    setCodeInvoer: (tekst) => dispatch({ type: "codeInvoer/set", tekst }),
    addCode() {
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
}
