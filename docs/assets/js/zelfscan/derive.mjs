// What the views show besides the sessie itself. The outcome is computed once per change of the
// answers, the norms or the vorige meting: typing a name or a remark does not recompute it.

import { listBijdragen, rankStartInstrumenten } from "./advies.mjs";
import { compareMetingen, hasAntwoorden, rankBespreekpunten } from "./comparison.mjs";
import { computeAdvies } from "./scoring.mjs";

/** What the outcome depends on, as a list to compare item by item with the last one. */
export function answersKey(sessie) {
  return [sessie.normen, sessie.vorigeMeting, ...sessie.respondenten.map((r) => r.antwoorden)];
}

/** Whether two lists hold the same items. */
export function sameItems(a, b) {
  return a !== null && a.length === b.length && a.every((item, index) => item === b[index]);
}

/** A function sessie → { metAntwoord, advies, bijdragen, start, bespreekpunten, vergelijking }. */
export function createDerive(data) {
  let inputs = null;
  let outcome = null;
  return function derive(sessie) {
    const metAntwoord = sessie.respondenten.filter((r) => hasAntwoorden(r, data.schaal));
    const fresh = answersKey(sessie);
    if (!sameItems(inputs, fresh)) {
      const advies = computeAdvies(sessie, data);
      inputs = fresh;
      outcome = {
        advies,
        bijdragen: listBijdragen(advies),
        start: rankStartInstrumenten(advies, data),
        bespreekpunten: rankBespreekpunten(metAntwoord, data, sessie.normen),
        vergelijking: sessie.vorigeMeting ? compareMetingen(sessie, sessie.vorigeMeting, data) : null,
      };
    }
    return { metAntwoord, ...outcome };
  };
}
