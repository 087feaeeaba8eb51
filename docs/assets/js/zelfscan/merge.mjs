// Merging read files (or an antwoordcode) into the sessie: respondents, norms and the actieplan.
// Linear in the number of respondents: ids are assigned in one pass. Pure.

import { MAX_RESPONDENTEN } from "./file-read.mjs";
import { defaultNorm } from "./scoring.mjs";
import { highestRespondentNumber, isEmptyRespondent } from "./session.mjs";

function sortedEntries(object) {
  return Object.keys(object)
    .sort()
    .map((key) => [key, object[key]]);
}

/** Identity of a respondent for spotting the same file read twice. */
function respondentKey(respondent) {
  return JSON.stringify([
    respondent.naam.trim(),
    respondent.rol,
    sortedEntries(respondent.antwoorden),
    sortedEntries(respondent.opmerkingen ?? {}),
  ]);
}

/**
 * Norms from read files, for statements the group has not set here. Per statement the read
 * values that differ from the default are taken over when they all agree and no own norm is
 * set; otherwise they are not, and the statement is reported.
 */
function mergeNormen(sessie, imports, data) {
  const normen = { ...sessie.normen };
  const overgenomen = [];
  const nietOvergenomen = [];
  for (const stelling of data.stellingen) {
    const standard = defaultNorm(stelling, data.regel);
    const waarden = new Set(
      imports.map((imp) => imp.normen?.[stelling.id]).filter((norm) => Number.isInteger(norm) && norm !== standard),
    );
    if (waarden.size === 0) {
      continue;
    }
    const own = sessie.normen[stelling.id];
    if (waarden.size === 1 && own === undefined) {
      normen[stelling.id] = [...waarden][0];
      overgenomen.push(stelling.id);
    } else if (!(waarden.size === 1 && waarden.has(own))) {
      nietOvergenomen.push(stelling.id);
    }
  }
  return { normen, overgenomen, nietOvergenomen };
}

/** The plan of the files, taken over only when this sessie has none and exactly one file has one. */
function mergeActieplan(sessie, imports) {
  const plans = imports.map((imp) => imp.actieplan).filter((plan) => plan && plan.maatregelen.length > 0);
  if (plans.length === 0) {
    return { actieplan: sessie.actieplan, actieplanOvergenomen: null };
  }
  const takeOver = plans.length === 1 && sessie.actieplan.maatregelen.length === 0;
  return { actieplan: takeOver ? plans[0] : sessie.actieplan, actieplanOvergenomen: takeOver };
}

/**
 * Merge read files (parseFile values) into the sessie. A respondent exactly equal (name, rol,
 * answers, remarks) to one present before the file is skipped, so reading the same file twice
 * counts nobody twice; respondents inside one file are never merged with each other.
 * { sessie, toegevoegd, overgeslagen, normenOvergenomen, normenNietOvergenomen,
 *   actieplanOvergenomen } or, beyond MAX_RESPONDENTEN, { fout }.
 */
export function mergeImports(sessie, imports, data) {
  const known = new Set(sessie.respondenten.map(respondentKey));
  let nummer = highestRespondentNumber(sessie.respondenten);
  const nieuw = [];
  let overgeslagen = 0;
  for (const imp of imports) {
    const fromThisFile = [];
    for (const respondent of imp.respondenten) {
      const key = respondentKey(respondent);
      if (known.has(key)) {
        overgeslagen += 1;
        continue;
      }
      fromThisFile.push(key);
      nummer += 1;
      const { naam, rol, antwoorden, opmerkingen } = respondent;
      nieuw.push({ id: `r${nummer}`, naam, rol, antwoorden: { ...antwoorden }, opmerkingen: { ...opmerkingen } });
    }
    fromThisFile.forEach((key) => known.add(key));
  }
  // An untouched starting form is replaced instead of staying as an empty extra respondent.
  const blijven = nieuw.length > 0 ? sessie.respondenten.filter((r) => !isEmptyRespondent(r)) : sessie.respondenten;
  const respondenten = [...blijven, ...nieuw];
  if (respondenten.length > MAX_RESPONDENTEN) {
    return {
      fout: `Samen zouden dat ${respondenten.length} respondenten zijn; de zelfscan verwerkt er hoogstens ${MAX_RESPONDENTEN}.`,
    };
  }
  const { normen, overgenomen, nietOvergenomen } = mergeNormen(sessie, imports, data);
  const { actieplan, actieplanOvergenomen } = mergeActieplan(sessie, imports);
  const actief = respondenten.some((r) => r.id === sessie.actief) ? sessie.actief : respondenten[0].id;
  return {
    sessie: { ...sessie, respondenten, normen, actieplan, actief, uitkomstTonen: true },
    toegevoegd: nieuw.length,
    overgeslagen,
    normenOvergenomen: overgenomen,
    normenNietOvergenomen: nietOvergenomen,
    actieplanOvergenomen,
  };
}
