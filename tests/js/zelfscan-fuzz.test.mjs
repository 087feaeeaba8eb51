// Random and mutated input to everything that reads what a user brings: the answers file, the
// antwoordcode and the stored state. Never an exception; always a value or a Dutch message.
// Seeded, so a failure can be repeated; bounded in time.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { parseAntwoordcode, formatAntwoordcode } from "../../docs/assets/js/zelfscan/antwoordcode.mjs";
import { parseFile } from "../../docs/assets/js/zelfscan/file-read.mjs";
import { serialiseFile } from "../../docs/assets/js/zelfscan/file-write.mjs";
import { mergeImports } from "../../docs/assets/js/zelfscan/merge.mjs";
import { migrateSessie } from "../../docs/assets/js/zelfscan/migrate.mjs";
import { computeAdvies } from "../../docs/assets/js/zelfscan/scoring.mjs";
import { emptySessie } from "../../docs/assets/js/zelfscan/session.mjs";
import { addMaatregel, emptyActieplan } from "../../docs/assets/js/zelfscan/actieplan.mjs";
import { DATA, DATUM, IDS, respondent, sessie } from "./zelfscan-helpers.mjs";

const SEED = 20261201;
const RUNS = 3000;
const TIME_BUDGET_MS = 20000;

/** mulberry32: a small seeded generator. */
function generator(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["format", "versie", "datum", "normen", "uitkomst", "respondenten", "actieplan", "antwoorden", "opmerkingen",
  "naam", "rol", "sporen", "maatregelen", "id", "spoor", "tekst", "eigenaar", "termijn", "prioriteit", "status", "totaal", "fase",
  "__proto__", "constructor", "bestuurscultuur-antwoorden", ...IDS, "raad-99", "wethouder", "kort", "open", "s1", "m1", ""];

function randomValue(random, depth = 0) {
  const pick = (lijst) => lijst[Math.floor(random() * lijst.length)];
  const soort = Math.floor(random() * (depth > 3 ? 6 : 8));
  switch (soort) {
    case 0: return null;
    case 1: return random() < 0.5;
    case 2: return pick([0, 1, 2, 3, 4, 5, 6, -1, 2.5, 1e308, -0, 2 ** 53]);
    case 3: return pick(WORDS);
    case 4: return String.fromCharCode(...Array.from({ length: Math.floor(random() * 8) }, () => Math.floor(random() * 0x3000)));
    case 5: return pick([1, 2]);
    case 6: return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
    default: return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(WORDS), randomValue(random, depth + 1)]));
  }
}

const VALID = serialiseFile(
  sessie([respondent({ "raad-1": 2, "college-8": 4 }, { naam: "Anna", rol: "wethouder", opmerkingen: { "raad-1": "x" } })], {
    actieplan: addMaatregel(emptyActieplan(), { tekst: "Heidag" }),
  }),
  DATA,
  DATUM,
);

/** Set a random path inside a valid file to a random value. */
function mutate(random, value) {
  const kopie = structuredClone(value);
  let plek = kopie;
  for (let stap = 0; stap < 4 && typeof plek === "object" && plek !== null; stap += 1) {
    const keys = Object.keys(plek);
    if (keys.length === 0 || random() < 0.3) {
      break;
    }
    const key = keys[Math.floor(random() * keys.length)];
    if (typeof plek[key] !== "object" || plek[key] === null || random() < 0.3) {
      plek[key] = randomValue(random);
      return kopie;
    }
    plek = plek[key];
  }
  return randomValue(random);
}

const ENGLISH = /\b(undefined|NaN|TypeError|RangeError|SyntaxError|Unexpected|Cannot|is not|object Object|position|token)\b/;

function checkOutcome(uit, bron) {
  assert.ok(uit && typeof uit === "object", bron);
  if (uit.ok) {
    return uit.value;
  }
  assert.equal(typeof uit.error, "string", bron);
  assert.ok(uit.error.length > 10, `${bron}: ${uit.error}`);
  assert.doesNotMatch(uit.error, ENGLISH, bron);
  return null;
}

describe("fuzz", () => {
  it(`reads ${RUNS} random or mutated files without an exception, always with a value or a Dutch message`, () => {
    const random = generator(SEED);
    const start = Date.now();
    const geldig = JSON.parse(VALID);
    let gelezen = 0;
    for (let run = 0; run < RUNS && Date.now() - start < TIME_BUDGET_MS; run += 1) {
      let tekst;
      const soort = run % 3;
      if (soort === 0) {
        tekst = String.fromCharCode(...Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 256)));
      } else if (soort === 1) {
        tekst = JSON.stringify(randomValue(random)) ?? "";
      } else {
        tekst = JSON.stringify(mutate(random, geldig)) ?? "";
      }
      const value = checkOutcome(parseFile(tekst, DATA), `run ${run}: ${tekst.slice(0, 120)}`);
      if (value) {
        gelezen += 1;
        const samen = mergeImports(emptySessie(DATUM), [value], DATA);
        if (!samen.fout) {
          computeAdvies(samen.sessie, DATA);
        }
      }
    }
    assert.ok(gelezen > 0, "some mutations still make a valid file");
  });

  it("reads random and mutated antwoordcodes without an exception", () => {
    const random = generator(SEED + 1);
    const code = formatAntwoordcode(respondent({ "raad-1": 2 }, { naam: "Anna", rol: "wethouder" }), DATA);
    for (let run = 0; run < RUNS; run += 1) {
      const tekst = run % 2 === 0
        ? String.fromCharCode(...Array.from({ length: Math.floor(random() * 80) }, () => Math.floor(random() * 0x500)))
        : [...code].map((teken) => (random() < 0.05 ? String.fromCharCode(32 + Math.floor(random() * 95)) : teken)).join("");
      checkOutcome(parseAntwoordcode(tekst, DATA), `run ${run}: ${tekst}`);
    }
  });

  it("turns random stored values into a sessie without an exception", () => {
    const random = generator(SEED + 2);
    for (let run = 0; run < RUNS; run += 1) {
      const waarde = run % 2 === 0 ? randomValue(random) : { versie: random() < 0.5 ? 1 : 2, ...mutate(random, { respondenten: [], normen: {}, vorigeMeting: null }) };
      const { sessie: uit, melding } = migrateSessie(waarde, DATA, DATUM);
      assert.ok(Array.isArray(uit.respondenten) && uit.respondenten.length > 0);
      assert.ok(melding === null || (typeof melding === "string" && !ENGLISH.test(melding)), melding);
      computeAdvies(uit, DATA);
    }
  });
});
