// What the views show besides the sessie itself, computed once per change of the answers, the
// norms or the vorige meting (typing a name does not recompute it).

import { listBijdragen, rankStartInstrumenten } from "./advies.mjs";
import { compareMetingen, hasAntwoorden, rankBespreekpunten } from "./comparison.mjs";
import { computeAdvies } from "./scoring.mjs";

/** A function sessie → { metAntwoord, advies, bijdragen, start, bespreekpunten, vergelijking }. */
export function createDerive(data) {
  let inputs = [];
  let result = null;
  return function derive(sessie) {
    const nieuw = [sessie.respondenten, sessie.normen, sessie.vorigeMeting];
    if (result !== null && nieuw.every((input, index) => input === inputs[index])) {
      return result;
    }
    const metAntwoord = sessie.respondenten.filter((r) => hasAntwoorden(r, data.schaal));
    const advies = computeAdvies(sessie, data);
    inputs = nieuw;
    result = {
      metAntwoord,
      advies,
      bijdragen: listBijdragen(advies),
      start: rankStartInstrumenten(advies, data),
      bespreekpunten: rankBespreekpunten(metAntwoord, data, sessie.normen),
      vergelijking: sessie.vorigeMeting ? compareMetingen(sessie, sessie.vorigeMeting, data) : null,
    };
    return result;
  };
}
