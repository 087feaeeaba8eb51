// Tests for the zelfscan scoring and comparison (zelfscan-core.mjs). Run: node --test tests/js/
// Every expected value is worked out by hand in the comment or literal next to it; the
// fixture has the 19 statements of the handbook (zwaar: raad-5, raad-6, college-5; gezond:
// college-8) with default norm 1, and 0 for the zwaar ones.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  addRespondent,
  advise,
  answerCounts,
  bespreekpunten,
  compareMeasurements,
  concern,
  defaultNorm,
  displayName,
  distribution,
  effectiveNorm,
  emptyState,
  excessPerStatement,
  formatNumber,
  instrumentsForPhase,
  isEmptyRespondent,
  medianOf,
  normToAnswer,
  phaseForTotal,
  removeRespondent,
  resetNorms,
  roleBreakdown,
  ruleSentences,
  safeUrl,
  setAnswer,
  setNorm,
  setRemark,
  sortProducts,
} from "../../docs/assets/js/zelfscan-core.mjs";

const DATA = JSON.parse(readFileSync(new URL("./fixtures/zelfscan-data.json", import.meta.url), "utf8"));
const IDS = DATA.stellingen.map((s) => s.id);

/** Answers without any concern: "nooit" (5) on every problem, "altijd" (1) on college-8. */
function gezondeAntwoorden() {
  return Object.fromEntries(IDS.map((id) => [id, id === "college-8" ? 1 : 5]));
}

function respondent(antwoorden, extra = {}) {
  return { id: "r1", naam: "", rol: "", antwoorden, opmerkingen: {}, ...extra };
}

function staat(respondenten, normen = {}) {
  return { ...emptyState(), respondenten, normen };
}

function eenRespondent(afwijkend, normen = {}) {
  return staat([respondent({ ...gezondeAntwoorden(), ...afwijkend })], normen);
}

describe("fixture", () => {
  it("has the 19 statements in handbook order", () => {
    assert.equal(IDS.length, 19);
    assert.equal(IDS[0], "raad-1");
    assert.equal(IDS[10], "raad-11");
    assert.equal(IDS[11], "college-1");
    assert.equal(IDS[18], "college-8");
  });
});

describe("concern", () => {
  it("is 5 - answer for a problem statement", () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((a) => concern(a, "probleem")), [4, 3, 2, 1, 0]);
  });

  it("is answer - 1 for the healthy statement (reverse scoring)", () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((a) => concern(a, "gezond")), [0, 1, 2, 3, 4]);
  });

  it("follows the scale in data rather than fixed numbers", () => {
    const schaal = [0, 1, 2].map((waarde) => ({ waarde, label: String(waarde) }));
    assert.equal(concern(0, "probleem", schaal), 2);
    assert.equal(concern(0, "gezond", schaal), 0);
  });
});

describe("normToAnswer", () => {
  it("turns a norm into the last acceptable answer, both directions", () => {
    // probleem: norm 1 -> concern 1 -> answer 4 (soms); norm 0 -> nooit (5); norm 4 -> altijd (1)
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => normToAnswer(n, "probleem")), [5, 4, 3, 2, 1]);
    // gezond: norm 1 -> answer 2 (vaak); norm 0 -> altijd (1)
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => normToAnswer(n, "gezond")), [1, 2, 3, 4, 5]);
  });
});

describe("medianOf", () => {
  it("takes the middle value of an odd group", () => {
    assert.equal(medianOf([3, 1, 2]), 2);
    assert.equal(medianOf([4, 0, 4, 1, 0]), 1);
  });

  it("takes the mean of the two middle values of an even group", () => {
    assert.equal(medianOf([4, 1, 3, 2]), 2.5);
    assert.equal(medianOf([3, 4]), 3.5);
  });

  it("sorts numerically, not as text", () => {
    assert.equal(medianOf([10, 9, 2]), 9);
  });

  it("is null without values and the value itself for one", () => {
    assert.equal(medianOf([]), null);
    assert.equal(medianOf([3]), 3);
  });

  it("does not change its argument", () => {
    const waarden = [3, 1, 2];
    medianOf(waarden);
    assert.deepEqual(waarden, [3, 1, 2]);
  });
});

describe("norms", () => {
  it("defaults to 1, and 0 for the zwaar statements", () => {
    const perId = Object.fromEntries(DATA.stellingen.map((s) => [s.id, defaultNorm(s, DATA.regel)]));
    assert.equal(perId["raad-1"], 1);
    assert.equal(perId["raad-5"], 0);
    assert.equal(perId["raad-6"], 0);
    assert.equal(perId["college-5"], 0);
    assert.equal(perId["college-8"], 1);
  });

  it("falls back to data.regel when a statement has no resolved norm", () => {
    const regel = { ...DATA.regel, standaardnorm: 2, standaardnorm_zwaar: 1 };
    assert.equal(defaultNorm({ id: "x", zwaar: false }, regel), 2);
    assert.equal(defaultNorm({ id: "y", zwaar: true }, regel), 1);
  });

  it("uses the group's own norm when set", () => {
    const stelling = DATA.stellingen[0];
    assert.equal(effectiveNorm(stelling, { "raad-1": 3 }, DATA.regel), 3);
    assert.equal(effectiveNorm(stelling, { "raad-1": 0 }, DATA.regel), 0);
    assert.equal(effectiveNorm(stelling, {}, DATA.regel), 1);
  });

  it("setNorm keeps only changes from the default; resetNorms clears them", () => {
    const raad1 = DATA.stellingen[0];
    const s1 = setNorm(emptyState(), raad1, 3, DATA.regel);
    assert.deepEqual(s1.normen, { "raad-1": 3 });
    const s2 = setNorm(s1, raad1, 1, DATA.regel);
    assert.deepEqual(s2.normen, {});
    assert.deepEqual(resetNorms(s1).normen, {});
    assert.deepEqual(s1.normen, { "raad-1": 3 }, "input unchanged");
  });
});

describe("phaseForTotal and advise: phase boundaries", () => {
  it("maps the bounds of data.regel", () => {
    const uit = [0, 0.5, 1, 9, 9.5, 10, 24, 24.5, 25, 40].map((S) => phaseForTotal(S, DATA.regel));
    assert.deepEqual(uit, ["geen", "1", "1", "1", "1", "2", "2", "2", "3", "3"]);
  });

  it("uses other bounds when data.regel has them", () => {
    const regel = { ...DATA.regel, fase_2_vanaf: 5, fase_3_vanaf: 8 };
    assert.deepEqual([4, 5, 7.5, 8].map((S) => phaseForTotal(S, regel)), ["1", "2", "2", "3"]);
  });

  it("S = 0: no signal", () => {
    const advies = advise(eenRespondent({}), DATA);
    assert.equal(advies.S, 0);
    assert.equal(advies.fase, "geen");
    assert.equal(advies.zwaarVerhoging, false);
  });

  it("S = 0 when every concern is within its norm", () => {
    // raad-1 soms (concern 1, norm 1): no excess
    const advies = advise(eenRespondent({ "raad-1": 4 }), DATA);
    assert.equal(advies.S, 0);
    assert.equal(advies.fase, "geen");
  });

  it("S = 1: phase 1", () => {
    // raad-1 geregeld: concern 2 - norm 1 = 1
    const advies = advise(eenRespondent({ "raad-1": 3 }), DATA);
    assert.equal(advies.S, 1);
    assert.equal(advies.fase, "1");
  });

  it("S = 9: phase 1", () => {
    // raad-1..3 altijd: 3 x (4 - 1) = 9
    const advies = advise(eenRespondent({ "raad-1": 1, "raad-2": 1, "raad-3": 1 }), DATA);
    assert.equal(advies.S, 9);
    assert.equal(advies.fase, "1");
  });

  it("S = 10: phase 2", () => {
    // 9 as above + raad-4 geregeld (2 - 1 = 1)
    const advies = advise(eenRespondent({ "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 3 }), DATA);
    assert.equal(advies.S, 10);
    assert.equal(advies.fase, "2");
  });

  const acht = { "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 1, "raad-7": 1, "raad-8": 1, "raad-9": 1, "raad-10": 1 };

  it("S = 24: phase 2", () => {
    // 8 non-zwaar statements altijd: 8 x 3 = 24
    const advies = advise(eenRespondent(acht), DATA);
    assert.equal(advies.S, 24);
    assert.equal(advies.fase, "2");
  });

  it("S = 25: phase 3", () => {
    // 24 + raad-11 geregeld (1)
    const advies = advise(eenRespondent({ ...acht, "raad-11": 3 }), DATA);
    assert.equal(advies.S, 25);
    assert.equal(advies.fase, "3");
  });

  it("S = 9.5 from a group median: phase 1", () => {
    const a = respondent({ ...gezondeAntwoorden(), "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 3 }, { id: "r1" });
    const b = respondent({ ...gezondeAntwoorden(), "raad-1": 2, "raad-2": 1, "raad-3": 1, "raad-4": 3 }, { id: "r2" });
    // raad-1: concerns 4 and 3 -> median 3.5 -> excess 2.5; raad-2, raad-3: 3 each; raad-4: 1
    const advies = advise(staat([a, b]), DATA);
    assert.equal(advies.S, 9.5);
    assert.equal(advies.fase, "1");
    assert.deepEqual(advies.perStelling[0], { id: "raad-1", concern: 3.5, norm: 1, excess: 2.5, n: 2 });
  });

  it("S = 24.5 from a group median: still phase 2", () => {
    const a = respondent({ ...gezondeAntwoorden(), ...acht, "raad-11": 3 }, { id: "r1" });
    const b = respondent({ ...gezondeAntwoorden(), ...acht, "raad-11": 4 }, { id: "r2" });
    // 24 + raad-11 concerns 2 and 1 -> median 1.5 -> excess 0.5
    const advies = advise(staat([a, b]), DATA);
    assert.equal(advies.S, 24.5);
    assert.equal(advies.fase, "2");
  });
});

describe("advise: reverse scoring of college-8", () => {
  it("'altijd' on the healthy statement is no concern", () => {
    const advies = advise(eenRespondent({ "college-8": 1 }), DATA);
    assert.equal(advies.S, 0);
  });

  it("'nooit' on the healthy statement is the most concern", () => {
    // concern 4 - norm 1 = 3
    const advies = advise(eenRespondent({ "college-8": 5 }), DATA);
    assert.equal(advies.S, 3);
    assert.deepEqual(advies.perStelling[18], { id: "college-8", concern: 4, norm: 1, excess: 3, n: 1 });
  });

  it("'vaak' on the healthy statement is within the default norm", () => {
    assert.equal(advise(eenRespondent({ "college-8": 2 }), DATA).S, 0);
  });
});

describe("advise: zwaar escalation", () => {
  it("raises phase 1 to phase 2 when a zwaar statement has concern 3", () => {
    // raad-5 vaak: concern 3, norm 0 -> excess 3, S = 3 (phase 1), raised to 2
    const advies = advise(eenRespondent({ "raad-5": 2 }), DATA);
    assert.equal(advies.S, 3);
    assert.equal(advies.faseZonderZwaar, "1");
    assert.equal(advies.fase, "2");
    assert.equal(advies.zwaarVerhoging, true);
    assert.deepEqual(advies.zwareSignalen, ["raad-5"]);
  });

  it("does not apply below zwaar_zorg_vanaf", () => {
    // college-5 geregeld: concern 2 -> excess 2, phase 1, no escalation
    const advies = advise(eenRespondent({ "college-5": 3 }), DATA);
    assert.equal(advies.S, 2);
    assert.equal(advies.fase, "1");
    assert.equal(advies.zwaarVerhoging, false);
    assert.deepEqual(advies.zwareSignalen, []);
  });

  it("does not lower a higher phase", () => {
    // 24 from eight statements + raad-6 altijd (4 - 0 = 4) = 28 -> phase 3
    const advies = advise(
      eenRespondent({ "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 1, "raad-7": 1, "raad-8": 1, "raad-9": 1, "raad-10": 1, "raad-6": 1 }),
      DATA,
    );
    assert.equal(advies.S, 28);
    assert.equal(advies.fase, "3");
    assert.equal(advies.zwaarVerhoging, false);
    assert.deepEqual(advies.zwareSignalen, ["raad-6"]);
  });

  it("leaves phase 2 as it is", () => {
    // raad-1..3 altijd (9) + college-5 vaak (3) = 12 -> phase 2 already
    const advies = advise(eenRespondent({ "raad-1": 1, "raad-2": 1, "raad-3": 1, "college-5": 2 }), DATA);
    assert.equal(advies.S, 12);
    assert.equal(advies.fase, "2");
    assert.equal(advies.zwaarVerhoging, false);
  });

  it("raises even 'geen' when the group allowed a high concern on a zwaar statement", () => {
    // norm 4 on raad-5, answer altijd: concern 4, excess 0, S = 0, but concern >= 3
    const advies = advise(eenRespondent({ "raad-5": 1 }, { "raad-5": 4 }), DATA);
    assert.equal(advies.S, 0);
    assert.equal(advies.faseZonderZwaar, "geen");
    assert.equal(advies.fase, "2");
    assert.equal(advies.zwaarVerhoging, true);
  });

  it("uses the group median: 3 and 2 give 2.5, no escalation", () => {
    const a = respondent({ ...gezondeAntwoorden(), "raad-6": 2 }, { id: "r1" });
    const b = respondent({ ...gezondeAntwoorden(), "raad-6": 3 }, { id: "r2" });
    const advies = advise(staat([a, b]), DATA);
    assert.equal(advies.S, 2.5);
    assert.equal(advies.fase, "1");
    assert.equal(advies.zwaarVerhoging, false);
  });

  it("takes the minimum phase and threshold from data.regel", () => {
    const data = { ...DATA, regel: { ...DATA.regel, zwaar_zorg_vanaf: 2, zwaar_minimale_fase: 3 } };
    const advies = advise(eenRespondent({ "college-5": 3 }), data);
    assert.equal(advies.fase, "3");
    assert.equal(advies.zwaarVerhoging, true);
  });
});

describe("advise: custom norms", () => {
  it("a looser norm lowers the excess", () => {
    // raad-1 altijd: concern 4; norm 3 -> excess 1
    assert.equal(advise(eenRespondent({ "raad-1": 1 }, { "raad-1": 3 }), DATA).S, 1);
  });

  it("a stricter norm raises it", () => {
    // raad-2 soms: concern 1; norm 0 -> excess 1 (default norm 1 would give 0)
    assert.equal(advise(eenRespondent({ "raad-2": 4 }, { "raad-2": 0 }), DATA).S, 1);
    assert.equal(advise(eenRespondent({ "raad-2": 4 }), DATA).S, 0);
  });

  it("norm 4 never gives excess", () => {
    assert.equal(advise(eenRespondent({ "raad-1": 1 }, { "raad-1": 4 }), DATA).S, 0);
  });

  it("reports the norm used per statement", () => {
    const rijen = excessPerStatement([respondent({ "raad-1": 1 })], DATA, { "raad-1": 2 });
    assert.deepEqual(rijen[0], { id: "raad-1", concern: 4, norm: 2, excess: 2, n: 1 });
    assert.deepEqual(rijen[4], { id: "raad-5", concern: null, norm: 0, excess: 0, n: 0 });
  });
});

describe("advise: unanswered statements", () => {
  it("a single respondent: unanswered statements are skipped and listed", () => {
    // only raad-1 (altijd, excess 3) answered
    const advies = advise(staat([respondent({ "raad-1": 1 })]), DATA);
    assert.equal(advies.S, 3);
    assert.equal(advies.fase, "1");
    assert.equal(advies.aantalBeantwoord, 1);
    assert.deepEqual(advies.onbeantwoord, IDS.slice(1));
  });

  it("nothing answered: S = 0, all listed", () => {
    const advies = advise(emptyState(), DATA);
    assert.equal(advies.S, 0);
    assert.equal(advies.fase, "geen");
    assert.equal(advies.aantalBeantwoord, 0);
    assert.equal(advies.onbeantwoord.length, 19);
  });

  it("a group: a missing answer is not counted as no concern", () => {
    // raad-1: only A answered (altijd, concern 4). Counting B as 0 would give median 2, excess 1.
    const a = respondent({ "raad-1": 1, "raad-2": 5 }, { id: "r1" });
    const b = respondent({ "raad-2": 5 }, { id: "r2" });
    const advies = advise(staat([a, b]), DATA);
    assert.deepEqual(advies.perStelling[0], { id: "raad-1", concern: 4, norm: 1, excess: 3, n: 1 });
    assert.deepEqual(advies.perStelling[1], { id: "raad-2", concern: 0, norm: 1, excess: 0, n: 2 });
    assert.equal(advies.S, 3);
    assert.deepEqual(advies.onbeantwoord, IDS.slice(2));
  });

  it("ignores values that are no answer", () => {
    const advies = advise(staat([respondent({ "raad-1": 0, "raad-2": 6, "raad-3": "1", "raad-4": 2.5 })]), DATA);
    assert.equal(advies.S, 0);
    assert.equal(advies.aantalBeantwoord, 0);
  });
});

describe("answerCounts", () => {
  it("counts each answer word of one respondent", () => {
    const telling = answerCounts(respondent({ "raad-1": 1, "raad-2": 1, "raad-3": 3, "college-8": 5 }), DATA.schaal);
    assert.deepEqual(telling, [
      { waarde: 1, label: "altijd", aantal: 2 },
      { waarde: 2, label: "vaak", aantal: 0 },
      { waarde: 3, label: "geregeld", aantal: 1 },
      { waarde: 4, label: "soms", aantal: 0 },
      { waarde: 5, label: "nooit", aantal: 1 },
    ]);
  });
});

describe("distribution", () => {
  it("counts the answers of all respondents to one statement", () => {
    const groep = [
      respondent({ "raad-1": 2 }, { id: "r1" }),
      respondent({ "raad-1": 2 }, { id: "r2" }),
      respondent({ "raad-1": 5 }, { id: "r3" }),
      respondent({}, { id: "r4" }),
    ];
    assert.deepEqual(
      distribution("raad-1", groep, DATA.schaal).map((d) => d.aantal),
      [0, 2, 0, 0, 1],
    );
  });
});

describe("bespreekpunten", () => {
  const a = respondent({ "raad-1": 1, "raad-2": 1, "raad-3": 5, "raad-4": 3, "college-1": 2, "college-2": 1 }, { id: "r1" });
  const b = respondent({ "raad-1": 2, "raad-2": 3, "raad-3": 1, "raad-4": 3, "college-1": 4 }, { id: "r2" });

  it("lists spreads of 2 or more, largest first, then handbook order; spread 1 is no point", () => {
    // raad-1: 1 step (no); raad-2: 2; raad-3: 4; raad-4: 0; college-1: 2; college-2: one answer
    const punten = bespreekpunten([a, b], DATA.stellingen, DATA.schaal);
    assert.deepEqual(
      punten.map((p) => [p.id, p.spreiding]),
      [["raad-3", 4], ["raad-2", 2], ["college-1", 2]],
    );
    assert.deepEqual(punten[0], { id: "raad-3", spreiding: 4, laagste: 1, hoogste: 5, n: 2 });
  });

  it("uses max - min over everyone, not neighbours", () => {
    const c = respondent({ "raad-1": 3 }, { id: "r3" });
    const punten = bespreekpunten([a, b, c], DATA.stellingen, DATA.schaal);
    // raad-1 now 1, 2, 3: spread 2
    assert.deepEqual(punten.find((p) => p.id === "raad-1"), { id: "raad-1", spreiding: 2, laagste: 1, hoogste: 3, n: 3 });
  });

  it("is empty for a single respondent", () => {
    assert.deepEqual(bespreekpunten([a], DATA.stellingen, DATA.schaal), []);
  });
});

describe("roleBreakdown", () => {
  it("shows only roles with two or more respondents who answered", () => {
    const groep = [
      respondent({ "raad-1": 1 }, { id: "r1", rol: "wethouder" }),
      respondent({ "raad-1": 2 }, { id: "r2", rol: "wethouder" }),
      respondent({ "raad-1": 5 }, { id: "r3", rol: "burgemeester" }),
      respondent({ "raad-1": 4 }, { id: "r4", rol: "" }),
      respondent({}, { id: "r5", rol: "griffier" }),
      respondent({}, { id: "r6", rol: "griffier" }),
    ];
    const uit = roleBreakdown(groep, DATA, 2);
    assert.equal(uit.groepen.length, 1);
    assert.equal(uit.groepen[0].rol, "wethouder");
    assert.equal(uit.groepen[0].n, 2);
    // raad-1: concerns 4 and 3 -> 3.5; raad-2: nobody -> null
    assert.deepEqual(uit.groepen[0].perStelling[0], { id: "raad-1", concern: 3.5, n: 2 });
    assert.deepEqual(uit.groepen[0].perStelling[1], { id: "raad-2", concern: null, n: 0 });
    assert.deepEqual(uit.verborgen, [{ rol: "burgemeester", label: "Burgemeester", n: 1 }]);
    assert.equal(uit.zonderRol, 1);
  });

  it("hides a statement that only one member of a shown role answered", () => {
    const groep = [
      respondent({ "raad-1": 1, "raad-2": 1 }, { id: "r1", rol: "raadslid" }),
      respondent({ "raad-1": 1 }, { id: "r2", rol: "raadslid" }),
    ];
    const [raadsleden] = roleBreakdown(groep, DATA, 2).groepen;
    assert.deepEqual(raadsleden.perStelling[1], { id: "raad-2", concern: null, n: 1 });
  });
});

describe("compareMeasurements", () => {
  it("gives per statement and in total whether the concern went up or down", () => {
    const vorige = { respondenten: [respondent({ ...gezondeAntwoorden(), "raad-1": 1, "raad-2": 3 })] };
    const nu = {
      respondenten: [respondent({ ...gezondeAntwoorden(), "raad-1": 3, "raad-2": 1, "raad-3": 1 })],
      normen: {},
    };
    // previous: raad-1 concern 4 (excess 3), raad-2 concern 2 (1) -> S 4, phase 1
    // now: raad-1 concern 2 (1), raad-2 4 (3), raad-3 4 (3) -> S 7, phase 1
    const uit = compareMeasurements(nu, vorige, DATA);
    assert.deepEqual(uit.perStelling[0], { id: "raad-1", nu: 2, vorige: 4, verschil: -2, trend: "lager" });
    assert.deepEqual(uit.perStelling[1], { id: "raad-2", nu: 4, vorige: 2, verschil: 2, trend: "hoger" });
    assert.deepEqual(uit.perStelling[2], { id: "raad-3", nu: 4, vorige: 0, verschil: 4, trend: "hoger" });
    assert.deepEqual(uit.perStelling[3], { id: "raad-4", nu: 0, vorige: 0, verschil: 0, trend: "gelijk" });
    assert.deepEqual(uit.totaal, { nu: 7, vorige: 4, verschil: 3 });
    assert.deepEqual(uit.fase, { nu: "1", vorige: "1" });
  });

  it("uses the current norms for both totals and marks statements not answered in both", () => {
    const vorige = { respondenten: [respondent({ "raad-1": 1 })] };
    const nu = { respondenten: [respondent({ "raad-1": 1, "raad-2": 1 })], normen: { "raad-1": 3 } };
    // norm 3 on raad-1 for both: previous S 1; now 1 + 3 = 4
    const uit = compareMeasurements(nu, vorige, DATA);
    assert.deepEqual(uit.totaal, { nu: 4, vorige: 1, verschil: 3 });
    assert.deepEqual(uit.perStelling[1], { id: "raad-2", nu: 4, vorige: null, verschil: null, trend: null });
  });

  it("works with half medians", () => {
    const vorige = { respondenten: [respondent({ "raad-1": 1 }, { id: "r1" }), respondent({ "raad-1": 2 }, { id: "r2" })] };
    const nu = { respondenten: [respondent({ "raad-1": 2 })], normen: {} };
    // previous median 3.5, now 3 -> -0.5
    assert.deepEqual(compareMeasurements(nu, vorige, DATA).perStelling[0], { id: "raad-1", nu: 3, vorige: 3.5, verschil: -0.5, trend: "lager" });
  });
});

describe("instrumentsForPhase", () => {
  const ladder = { 1: ["a", "b"], 2: ["c"], 3: ["d", "b"], preventief: ["p"] };

  it("is cumulative down the ladder, advised phase first", () => {
    assert.deepEqual(instrumentsForPhase("2", ladder), [{ fase: "2", ids: ["c"] }, { fase: "1", ids: ["a", "b"] }]);
    assert.deepEqual(instrumentsForPhase("1", ladder), [{ fase: "1", ids: ["a", "b"] }]);
  });

  it("shows an instrument in two phases once, under the highest", () => {
    assert.deepEqual(instrumentsForPhase("3", ladder), [
      { fase: "3", ids: ["d", "b"] },
      { fase: "2", ids: ["c"] },
      { fase: "1", ids: ["a"] },
    ]);
  });

  it("is empty without a signal", () => {
    assert.deepEqual(instrumentsForPhase("geen", ladder), []);
  });
});

describe("sortProducts", () => {
  it("puts existing first, then in development, then proposals, and leaves archived out", () => {
    const uit = sortProducts(DATA.instrumenten["feedback-geven"].producten).map((p) => p.status);
    assert.deepEqual(uit, ["bestaand", "in-ontwikkeling", "voorgesteld"]);
    assert.deepEqual(sortProducts(DATA.instrumenten.bestuurskrachtmeting.producten), []);
  });
});

describe("ruleSentences", () => {
  it("spells out the rule with the numbers from data.regel", () => {
    const tekst = ruleSentences(DATA).join(" ");
    assert.match(tekst, /minder dan 10: fase 1/);
    assert.match(tekst, /Vanaf 10 en minder dan 25: fase 2/);
    assert.match(tekst, /Vanaf 25: fase 3/);
    assert.match(tekst, /zorgscore \(mediaan\) van 3 of meer, dan is het advies minstens fase 2/);
    assert.match(tekst, /"nooit" 0 en "altijd" 4/);
  });

  it("changes when data.regel changes", () => {
    const data = { ...DATA, regel: { ...DATA.regel, fase_2_vanaf: 12.5, fase_3_vanaf: 30 } };
    assert.match(ruleSentences(data).join(" "), /Vanaf 12,5 en minder dan 30: fase 2/);
  });
});

describe("formatNumber", () => {
  it("writes Dutch decimals", () => {
    assert.deepEqual([12, 7.5, 0, -1.5, 0.25].map(formatNumber), ["12", "7,5", "0", "-1,5", "0,25"]);
  });
});

describe("safeUrl", () => {
  it("lets relative and http(s) links through and refuses other schemes", () => {
    assert.equal(safeUrl("instrumenten/feedback-geven.html"), "instrumenten/feedback-geven.html");
    assert.equal(safeUrl("../producten/x.html#a"), "../producten/x.html#a");
    assert.equal(safeUrl("https://example.org/"), "https://example.org/");
    assert.equal(safeUrl("javascript:alert(1)"), null);
    assert.equal(safeUrl(" JavaScript:alert(1)"), null);
    assert.equal(safeUrl("data:text/html,x"), null);
    assert.equal(safeUrl(""), null);
  });
});

describe("state changes", () => {
  it("addRespondent opens a new empty respondent with the next id", () => {
    const { state, id } = addRespondent(emptyState());
    assert.equal(id, "r2");
    assert.equal(state.actief, "r2");
    assert.deepEqual(state.respondenten.map((r) => r.id), ["r1", "r2"]);
  });

  it("removeRespondent keeps one respondent at least and moves the open form", () => {
    const twee = addRespondent(emptyState()).state;
    const een = removeRespondent(twee, "r2");
    assert.deepEqual(een.respondenten.map((r) => r.id), ["r1"]);
    assert.equal(een.actief, "r1");
    const geen = removeRespondent(een, "r1");
    assert.equal(geen.respondenten.length, 1);
    assert.equal(geen.respondenten[0].id, "r2");
    assert.equal(geen.actief, "r2");
  });

  it("setAnswer sets and clears without changing the input", () => {
    const leeg = emptyState();
    const met = setAnswer(leeg, "r1", "raad-1", 3);
    assert.deepEqual(met.respondenten[0].antwoorden, { "raad-1": 3 });
    assert.deepEqual(leeg.respondenten[0].antwoorden, {});
    assert.deepEqual(setAnswer(met, "r1", "raad-1", null).respondenten[0].antwoorden, {});
  });

  it("setRemark removes a blank remark", () => {
    const met = setRemark(emptyState(), "r1", "raad-1", "Bij de begroting");
    assert.deepEqual(met.respondenten[0].opmerkingen, { "raad-1": "Bij de begroting" });
    assert.deepEqual(setRemark(met, "r1", "raad-1", "  ").respondenten[0].opmerkingen, {});
  });

  it("isEmptyRespondent and displayName", () => {
    assert.equal(isEmptyRespondent(respondent({})), true);
    assert.equal(isEmptyRespondent(respondent({ "raad-1": 2 })), false);
    assert.equal(isEmptyRespondent(respondent({}, { naam: "Anna" })), false);
    assert.equal(displayName(respondent({}, { naam: "  Anna " }), 0), "Anna");
    assert.equal(displayName(respondent({}), 2), "Respondent 3");
  });
});
