// The rule (scoring.mjs), and the worked examples of PRODUCT.md section 6. Every expected value
// is worked out by hand next to it. The fixture has the 19 statements of the handbook (zwaar:
// raad-5, raad-6, college-5; gezond: college-8), default norm 1, and 0 for the zwaar ones.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import {
  computeAdvies,
  computeOverschrijdingen,
  defaultNorm,
  effectiveNorm,
  faseVoorTotaal,
  formatNumber,
  listInstrumentenPerFase,
  medianOf,
  normToAntwoord,
  normWoord,
  safeUrl,
  scaleRange,
  sortProducten,
  zorgscore,
} from "../../docs/assets/js/zelfscan/scoring.mjs";
import { DATA, IDS, eenRespondent, gezondeAntwoorden, respondent, sessie } from "./zelfscan-helpers.mjs";

const RANGE = scaleRange(DATA.schaal);

describe("fixture", () => {
  it("has the 19 statements in handbook order", () => {
    assert.equal(IDS.length, 19);
    assert.deepEqual([IDS[0], IDS[10], IDS[11], IDS[18]], ["raad-1", "raad-11", "college-1", "college-8"]);
  });
});

describe("zorgscore", () => {
  it("is 5 - answer for a problem statement, answer - 1 for the healthy one", () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((a) => zorgscore(a, "probleem", RANGE)), [4, 3, 2, 1, 0]);
    assert.deepEqual([1, 2, 3, 4, 5].map((a) => zorgscore(a, "gezond", RANGE)), [0, 1, 2, 3, 4]);
  });

  it("follows the scale in data rather than fixed numbers", () => {
    const range = scaleRange([0, 1, 2].map((waarde) => ({ waarde, label: String(waarde) })));
    assert.equal(zorgscore(0, "probleem", range), 2);
    assert.equal(zorgscore(0, "gezond", range), 0);
  });
});

describe("norms", () => {
  it("turn into the last acceptable answer, both directions, and its word", () => {
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => normToAntwoord(n, "probleem", DATA.schaal)), [5, 4, 3, 2, 1]);
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => normToAntwoord(n, "gezond", DATA.schaal)), [1, 2, 3, 4, 5]);
    assert.equal(normWoord(1, { richting: "probleem" }, DATA.schaal), "soms");
    assert.equal(normWoord(1, { richting: "gezond" }, DATA.schaal), "vaak");
  });

  it("default to 1, and 0 for the zwaar statements; a group's own norm wins", () => {
    const perId = Object.fromEntries(DATA.stellingen.map((s) => [s.id, defaultNorm(s, DATA.regel)]));
    assert.deepEqual([perId["raad-1"], perId["raad-5"], perId["raad-6"], perId["college-5"], perId["college-8"]], [1, 0, 0, 0, 1]);
    const regel = { ...DATA.regel, standaardnorm: 2, standaardnorm_zwaar: 1 };
    assert.equal(defaultNorm({ id: "x", zwaar: false }, regel), 2);
    assert.equal(defaultNorm({ id: "y", zwaar: true }, regel), 1);
    assert.equal(effectiveNorm(DATA.stellingen[0], { "raad-1": 3 }, DATA.regel), 3);
    assert.equal(effectiveNorm(DATA.stellingen[0], { "raad-1": 0 }, DATA.regel), 0);
    assert.equal(effectiveNorm(DATA.stellingen[0], null, DATA.regel), 1);
  });
});

describe("medianOf", () => {
  it("takes the middle value, or the mean of the two middle ones; null for none", () => {
    assert.equal(medianOf([3, 1, 2]), 2);
    assert.equal(medianOf([4, 0, 4, 1, 0]), 1);
    assert.equal(medianOf([4, 1, 3, 2]), 2.5);
    assert.equal(medianOf([10, 9, 2]), 9);
    assert.equal(medianOf([]), null);
    const waarden = [3, 1, 2];
    medianOf(waarden);
    assert.deepEqual(waarden, [3, 1, 2], "input unchanged");
  });
});

describe("faseVoorTotaal", () => {
  it("maps the bounds of data.regel, and other bounds when data.regel has them", () => {
    const uit = [0, 0.5, 1, 9, 9.5, 10, 24, 24.5, 25, 40].map((t) => faseVoorTotaal(t, DATA.regel));
    assert.deepEqual(uit, ["geen", "1", "1", "1", "1", "2", "2", "2", "3", "3"]);
    const regel = { ...DATA.regel, fase_2_vanaf: 5, fase_3_vanaf: 8 };
    assert.deepEqual([4, 5, 7.5, 8].map((t) => faseVoorTotaal(t, regel)), ["1", "2", "2", "3"]);
  });
});

// The worked examples (answers 1 altijd .. 5 nooit; zorg = 5 - answer, college-8: answer - 1).
const ZWAAR = ["raad-5", "raad-6", "college-5"];
const alle = (waarde, ids) => Object.fromEntries(ids.map((id) => [id, waarde]));
const RAAD = IDS.filter((id) => id.startsWith("raad"));
const COLLEGE = IDS.filter((id) => id.startsWith("college"));
const GEWONE_RAAD = RAAD.filter((id) => !ZWAAR.includes(id)); // 9 statements, norm 1
const GEWOON_COLLEGE = COLLEGE.filter((id) => !ZWAAR.includes(id) && id !== "college-8"); // 6, norm 1
// 9 raad "geregeld": 9 x (2 - 1) = 9; 6 college "vaak": 6 x (3 - 1) = 12; the three zwaar "soms":
// 3 x (1 - 0) = 3, below 3 so no zwaar rule; college-8 "vaak": 1 - 1 = 0. Total 24: fase 2.
const ONRUSTIG = { ...alle(3, GEWONE_RAAD), ...alle(2, GEWOON_COLLEGE), ...alle(4, ZWAAR), "college-8": 2 };
const WORKED_EXAMPLES = [
  ["gezond", gezondeAntwoorden(), 0, "geen"],
  ["onrustig", ONRUSTIG, 24, "2"],
  // all 11 raad "altijd": 9 x 3 + 2 x 4 = 35; college-1..7 "soms": only college-5 1 - 0 = 1;
  // college-8 "geregeld": 2 - 1 = 1. Total 37: fase 3.
  ["crisis", { ...alle(1, RAAD), ...alle(4, COLLEGE.slice(0, 7)), "college-8": 3 }, 37, "3"],
  // only raad-6 "vaak": 3 - 0 = 3, fase 1, raised to 2 (zorg 3 or more on a zwaar statement)
  ["zwaar", { "raad-6": 2 }, 3, "2"],
  // raad-6 "geregeld": 2 - 0 = 2, fase 1, not raised
  ["zwaar-onder-grens", { "raad-6": 3 }, 2, "1"],
  ["grens-9", alle(3, GEWONE_RAAD), 9, "1"],
  ["grens-10", { ...alle(3, GEWONE_RAAD), "college-1": 3 }, 10, "2"],
  // onrustig with college-8 "geregeld" (2 - 1 = 1): 25, fase 3
  ["grens-25", { ...ONRUSTIG, "college-8": 3 }, 25, "3"],
];

describe("computeAdvies: the worked examples", () => {
  for (const [label, antwoorden, totaal, fase] of WORKED_EXAMPLES) {
    it(`${label}: total ${totaal}, ${fase === "geen" ? "no signal" : `fase ${fase}`}`, () => {
      const advies = computeAdvies(sessie([respondent(antwoorden)]), DATA);
      assert.equal(advies.totaal, totaal);
      assert.equal(advies.fase, fase);
      assert.equal(advies.zwaarVerhoging, label === "zwaar");
    });
  }
});

describe("computeAdvies: groups, reverse scoring, norms, unanswered statements", () => {
  const acht = { "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 1, "raad-7": 1, "raad-8": 1, "raad-9": 1, "raad-10": 1 };

  it("a group median can make a half total: 9.5 is fase 1, 24.5 fase 2", () => {
    const a = respondent({ ...gezondeAntwoorden(), "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 3 }, { id: "r1" });
    const b = respondent({ ...gezondeAntwoorden(), "raad-1": 2, "raad-2": 1, "raad-3": 1, "raad-4": 3 }, { id: "r2" });
    // raad-1: zorg 4 and 3 -> median 3.5 -> 2.5; raad-2, raad-3: 3 each; raad-4: 1
    const advies = computeAdvies(sessie([a, b]), DATA);
    assert.equal(advies.totaal, 9.5);
    assert.equal(advies.fase, "1");
    assert.deepEqual(advies.perStelling[0], { id: "raad-1", zorg: 3.5, norm: 1, overschrijding: 2.5, n: 2 });
    const c = respondent({ ...gezondeAntwoorden(), ...acht, "raad-11": 3 }, { id: "r1" });
    const d = respondent({ ...gezondeAntwoorden(), ...acht, "raad-11": 4 }, { id: "r2" });
    assert.equal(computeAdvies(sessie([c, d]), DATA).totaal, 24.5);
    assert.equal(computeAdvies(sessie([c, d]), DATA).fase, "2");
  });

  it("college-8 is scored the other way round", () => {
    assert.equal(computeAdvies(eenRespondent({ "college-8": 1 }), DATA).totaal, 0);
    assert.deepEqual(computeAdvies(eenRespondent({ "college-8": 5 }), DATA).perStelling[18], { id: "college-8", zorg: 4, norm: 1, overschrijding: 3, n: 1 });
  });

  it("the zwaar rule raises 'geen' and 1 to 2, never lowers, and follows data.regel", () => {
    // norm 4 on raad-5, answer altijd: zorg 4, overschrijding 0, but zorg >= 3
    const los = computeAdvies(eenRespondent({ "raad-5": 1 }, { "raad-5": 4 }), DATA);
    assert.deepEqual([los.totaal, los.faseZonderZwaar, los.fase, los.zwaarVerhoging], [0, "geen", "2", true]);
    // eight statements altijd (24) + raad-6 altijd (4) = 28: fase 3, the signal noted, not a raise
    const hoog = computeAdvies(eenRespondent({ ...acht, "raad-6": 1 }), DATA);
    assert.deepEqual([hoog.totaal, hoog.fase, hoog.zwaarVerhoging, hoog.zwareSignalen], [28, "3", false, ["raad-6"]]);
    // group median 2.5 on raad-6: no raise
    const groep = sessie([respondent({ "raad-6": 2 }, { id: "r1" }), respondent({ "raad-6": 3 }, { id: "r2" })]);
    assert.equal(computeAdvies(groep, DATA).zwaarVerhoging, false);
    const data = { ...DATA, regel: { ...DATA.regel, zwaar_zorg_vanaf: 2, zwaar_minimale_fase: 3 } };
    assert.equal(computeAdvies(eenRespondent({ "college-5": 3 }), data).fase, "3");
  });

  it("a group's own norms change the overschrijding", () => {
    assert.equal(computeAdvies(eenRespondent({ "raad-1": 1 }, { "raad-1": 3 }), DATA).totaal, 1);
    assert.equal(computeAdvies(eenRespondent({ "raad-2": 4 }, { "raad-2": 0 }), DATA).totaal, 1);
    assert.equal(computeAdvies(eenRespondent({ "raad-1": 1 }, { "raad-1": 4 }), DATA).totaal, 0);
    const rijen = computeOverschrijdingen([respondent({ "raad-1": 1 })], DATA, { "raad-1": 2 });
    assert.deepEqual(rijen[0], { id: "raad-1", zorg: 4, norm: 2, overschrijding: 2, n: 1 });
    assert.deepEqual(rijen[4], { id: "raad-5", zorg: null, norm: 0, overschrijding: 0, n: 0 });
  });

  it("an unanswered statement does not count as no concern, and is listed", () => {
    // raad-1: only A answered (altijd, zorg 4); counting B as 0 would give a median of 2
    const groep = sessie([respondent({ "raad-1": 1, "raad-2": 5 }, { id: "r1" }), respondent({ "raad-2": 5 }, { id: "r2" })]);
    const advies = computeAdvies(groep, DATA);
    assert.deepEqual(advies.perStelling[0], { id: "raad-1", zorg: 4, norm: 1, overschrijding: 3, n: 1 });
    assert.equal(advies.totaal, 3);
    assert.deepEqual(advies.onbeantwoord, IDS.slice(2));
    const niets = computeAdvies(sessie([respondent({ "raad-1": 0, "raad-2": 6, "raad-3": "1", "raad-4": 2.5 })]), DATA);
    assert.deepEqual([niets.totaal, niets.fase, niets.aantalBeantwoord], [0, "geen", 0]);
  });
});

describe("listInstrumentenPerFase", () => {
  const ladder = { 1: ["a", "b"], 2: ["c"], 3: ["d", "b"], preventief: ["p"] };

  it("is cumulative down the ladder, the advised fase first, each instrument once", () => {
    assert.deepEqual(listInstrumentenPerFase("2", ladder), [{ fase: "2", ids: ["c"] }, { fase: "1", ids: ["a", "b"] }]);
    assert.deepEqual(listInstrumentenPerFase("3", ladder), [{ fase: "3", ids: ["d", "b"] }, { fase: "2", ids: ["c"] }, { fase: "1", ids: ["a"] }]);
    assert.deepEqual(listInstrumentenPerFase("geen", ladder), []);
  });
});

describe("sortProducten, formatNumber, safeUrl", () => {
  it("puts existing products first, then in development, then proposals; archived left out", () => {
    const producten = ["voorgesteld", "gearchiveerd", "in-ontwikkeling", "bestaand"].map((status) => ({ status }));
    assert.deepEqual(sortProducten(producten).map((p) => p.status), ["bestaand", "in-ontwikkeling", "voorgesteld"]);
    assert.deepEqual(sortProducten(DATA.instrumenten["versterken-basiskennis"].producten).map((p) => p.status), ["bestaand", "in-ontwikkeling"]);
  });

  it("writes Dutch decimals", () => {
    assert.deepEqual([12, 7.5, 0, -1.5, 0.25].map(formatNumber), ["12", "7,5", "0", "-1,5", "0,25"]);
  });

  it("lets relative and http(s) links through and refuses other schemes", () => {
    assert.equal(safeUrl("../producten/x.html#a"), "../producten/x.html#a");
    assert.equal(safeUrl("https://example.org/"), "https://example.org/");
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", ""]) {
      assert.equal(safeUrl(url), null);
    }
  });
});
