// What a user does with answers files, loaded with the first file chosen: import (with the
// question when a file is of another day) and a vorige meting. intents.mjs calls these.

import { parseFile } from "./file-read.mjs";
import { mergeImports } from "./merge.mjs";
import { melding } from "./store.mjs";
import { meervoud } from "./view-parts.mjs";

const MAX_BESTAND = 5 * 1024 * 1024;
const NOTHING_IMPORTED = "Er is niets geïmporteerd; de huidige antwoorden zijn niet veranderd.";

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

/** { importFiles(files), answerVraag(choice), readVorigeMeting(file) } for one store. */
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
      note("bestanden", "fout", NOTHING_IMPORTED, uitkomst.fout);
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
    async importFiles(bestanden) {
      const parsed = await Promise.all(bestanden.map(readOne));
      const fouten = parsed.filter(({ uitkomst }) => !uitkomst.ok);
      if (fouten.length > 0) {
        note("bestanden", "fout", NOTHING_IMPORTED, ...fouten.map(({ naam, uitkomst }) => `${naam}: ${uitkomst.error}`));
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
    async readVorigeMeting(file) {
      const { naam, uitkomst } = await readOne(file);
      if (!uitkomst.ok) {
        note("vorige", "fout", `Vorige meting niet ingelezen. ${naam}: ${uitkomst.error}`);
        return;
      }
      setVorige({ naam, value: uitkomst.value }, "vorige");
    },
  };
}
