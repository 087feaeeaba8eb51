// Why an advies came out as it did, and "Begin hier" (advies.mjs); the comparisons and the
// bespreekpunten (comparison.mjs). Expected values are worked out by hand next to them.
// Statement → instruments in the fixture: raad-1 feedback, versterken; raad-3 feedback,
// vergaderingen; raad-6 onafhankelijke-analyse, cdk; raad-7 vergaderingen; raad-9
// integriteitscommissie, feedback; college-2 teamvorming; college-7 teamvorming, heidag.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { bestProduct, listBijdragen, rankStartInstrumenten } from "../../docs/assets/js/zelfscan/advies.mjs";
import {
  compareMetingen,
  countAntwoorden,
  countVerdeling,
  groupByRol,
  rankBespreekpunten,
} from "../../docs/assets/js/zelfscan/comparison.mjs";
import { computeAdvies } from "../../docs/assets/js/zelfscan/scoring.mjs";
import { DATA, respondent, sessie } from "./zelfscan-helpers.mjs";

const advies = (antwoorden, normen = {}) => computeAdvies(sessie([respondent(antwoorden)], { normen }), DATA);

describe("listBijdragen", () => {
  it("lists the statements above their norm, largest overschrijding first, then handbook order", () => {
    // raad-7 altijd 3, raad-1 vaak 2, college-2 vaak 2, raad-3 geregeld 1, raad-4 soms 0
    const uit = listBijdragen(advies({ "raad-1": 2, "raad-3": 3, "raad-4": 4, "raad-7": 1, "college-2": 2 }));
    assert.deepEqual(uit.map((r) => [r.id, r.overschrijding]), [["raad-7", 3], ["raad-1", 2], ["college-2", 2], ["raad-3", 1]]);
  });
});

describe("rankStartInstrumenten", () => {
  it("ranks the instruments of the statements with the largest overschrijding together", () => {
    // raad-7 3, raad-1 2, college-2 2, raad-3 1, college-7 1: total 9, fase 1.
    // vergaderingen 3 + 1 = 4; feedback 2 + 1 = 3 (largest 2); teamvorming 2 + 1 = 3 (largest 2);
    // versterken 2; heidag 1. Tie of feedback and teamvorming: ladder order.
    const a = advies({ "raad-1": 2, "raad-3": 3, "raad-7": 1, "college-2": 2, "college-7": 3 });
    assert.equal(a.fase, "1");
    const start = rankStartInstrumenten(a, DATA);
    assert.deepEqual(start.map((s) => [s.id, s.score]), [
      ["vergaderingen-strakker-voorzitten", 4], ["feedback-geven", 3], ["teamvorming-college", 3],
    ]);
    assert.deepEqual(start[0].stellingen, [{ id: "raad-7", overschrijding: 3 }, { id: "raad-3", overschrijding: 1 }]);
    assert.equal(start[0].product.id, "cursus-voorzitten");
    assert.equal(start[1].product, null, "no product known for feedback-geven");
  });

  it("takes the advised fase and the lower ones, never a higher one, and prefers the higher fase on a tie", () => {
    // raad-6 vaak: 3 - 0 = 3 (zwaar: fase 2); raad-9 vaak: 2; raad-5 soms: 1 - 0 = 1. Total 6, fase 2.
    // cdk 3 + 1 = 4; onafhankelijke-analyse 3; integriteitscommissie (fase 1 and 2) 2 ties with
    // feedback-geven (fase 1) 2: the higher fase first. mediation (fase 3) is left out.
    const a = advies({ "raad-5": 4, "raad-6": 2, "raad-9": 2 });
    assert.equal(a.fase, "2");
    const start = rankStartInstrumenten(a, DATA);
    assert.deepEqual(start.map((s) => s.id), ["cdk-verzoeken-om-advies", "onafhankelijke-analyse", "integriteitscommissie-instellen"]);
    assert.equal(start[1].product.titel, "Quickscan bestuurscultuur");
    assert.deepEqual(rankStartInstrumenten(a, DATA, 10).map((s) => s.id).includes("mediation"), false);
  });

  it("is empty without a signal", () => {
    assert.deepEqual(rankStartInstrumenten(advies({ "raad-1": 5 }), DATA), []);
  });

  it("the best product is an existing one before one in development before a proposal", () => {
    assert.equal(bestProduct(DATA.instrumenten["versterken-basiskennis"]).status, "bestaand");
    assert.equal(bestProduct(DATA.instrumenten["heidag-organiseren"]).status, "voorgesteld");
    assert.equal(bestProduct(DATA.instrumenten["feedback-geven"]), null);
  });
});

describe("rankBespreekpunten", () => {
  const a = respondent({ "raad-1": 1, "raad-2": 5, "raad-3": 1, "raad-4": 4, "raad-5": 5, "college-1": 2 }, { id: "r1" });
  const b = respondent({ "raad-1": 3, "raad-2": 3, "raad-3": 5, "raad-4": 2, "raad-5": 4 }, { id: "r2" });

  it("puts the group on both sides of the norm first, then the largest spread, then handbook order", () => {
    // zorg (norm 1): raad-1 4 / 2 both above: not around the norm, spread 2; raad-2 0 / 2 around,
    // spread 2; raad-3 4 / 0 around, spread 4; raad-4 1 / 3 around, spread 2; raad-5 spread 1: no
    // point; college-1 one answer: no point.
    const punten = rankBespreekpunten([a, b], DATA);
    assert.deepEqual(punten.map((p) => [p.id, p.spreiding, p.rondNorm]), [
      ["raad-3", 4, true], ["raad-2", 2, true], ["raad-4", 2, true], ["raad-1", 2, false],
    ]);
    assert.deepEqual(punten[0], { id: "raad-3", spreiding: 4, laagste: 1, hoogste: 5, n: 2, rondNorm: true });
  });

  it("uses the group's norms: with norm 2 on raad-1, 4 / 2 is around the norm", () => {
    const punten = rankBespreekpunten([a, b], DATA, { "raad-1": 2 });
    assert.deepEqual(punten.find((p) => p.id === "raad-1").rondNorm, true);
  });

  it("uses max - min over everyone, and is empty for one respondent", () => {
    const c = respondent({ "raad-5": 3 }, { id: "r3" });
    assert.equal(rankBespreekpunten([a, b, c], DATA).find((p) => p.id === "raad-5").spreiding, 2);
    assert.deepEqual(rankBespreekpunten([a], DATA), []);
  });
});

describe("counts and roles", () => {
  it("counts each answer of one respondent, and the answers of all to one statement", () => {
    assert.deepEqual(countAntwoorden(respondent({ "raad-1": 1, "raad-2": 1, "raad-3": 3, "college-8": 5 }), DATA.schaal).map((t) => t.aantal), [2, 0, 1, 0, 1]);
    const groep = [respondent({ "raad-1": 2 }), respondent({ "raad-1": 2 }), respondent({ "raad-1": 5 }), respondent({})];
    assert.deepEqual(countVerdeling("raad-1", groep, DATA.schaal).map((d) => d.aantal), [0, 2, 0, 0, 1]);
  });

  it("shows only roles with two or more respondents, and per statement only with two answers", () => {
    const groep = [
      respondent({ "raad-1": 1, "raad-2": 1 }, { id: "r1", rol: "wethouder" }),
      respondent({ "raad-1": 2 }, { id: "r2", rol: "wethouder" }),
      respondent({ "raad-1": 5 }, { id: "r3", rol: "burgemeester" }),
      respondent({ "raad-1": 4 }, { id: "r4", rol: "" }),
      respondent({}, { id: "r5", rol: "griffier" }),
    ];
    const uit = groupByRol(groep, DATA, 2);
    assert.deepEqual(uit.groepen.map((g) => [g.rol, g.n]), [["wethouder", 2]]);
    // raad-1: zorg 4 and 3 -> 3.5; raad-2: only one wethouder answered -> hidden
    assert.deepEqual(uit.groepen[0].perStelling.slice(0, 2), [{ id: "raad-1", zorg: 3.5, n: 2 }, { id: "raad-2", zorg: null, n: 1 }]);
    assert.deepEqual(uit.verborgen, [{ rol: "burgemeester", label: "Burgemeester", n: 1 }]);
    assert.equal(uit.zonderRol, 1);
  });
});

describe("compareMetingen: a vorige meting keeps its own history", () => {
  // Last year: raad-1 altijd (zorg 4), raad-2 vaak (zorg 3), under the group's norm 3 for raad-1:
  // overschrijding 1 + 2 = 3, reported as total 3, fase 1.
  const vorigeRespondenten = [respondent({ "raad-1": 1, "raad-2": 2 })];
  const vorigeNormen = Object.fromEntries(DATA.stellingen.map((s) => [s.id, s.id === "raad-1" ? 3 : s.norm]));
  // This year: raad-1 geregeld (zorg 2), raad-3 altijd (zorg 4), under the default norms: 1 + 3 = 4.
  const nu = sessie([respondent({ "raad-1": 3, "raad-3": 1 })]);

  it("shows last year's total exactly as reported then, and recomputed under today's norms, both", () => {
    const vorige = { respondenten: vorigeRespondenten, normen: vorigeNormen, uitkomst: { totaal: 3, fase: "1" } };
    const uit = compareMetingen(nu, vorige, DATA);
    assert.deepEqual(uit.toen, { totaal: 3, fase: "1", uitBestand: true });
    // under today's norm 1 for raad-1: 3 + 2 = 5
    assert.deepEqual(uit.toenMetHuidigeNormen, { totaal: 5, fase: "1" });
    assert.deepEqual(uit.nu, { totaal: 4, fase: "1" });
    assert.deepEqual(uit.normenVerschillen, ["raad-1"]);
    assert.deepEqual(uit.perStelling[0], { id: "raad-1", vorige: 4, normToen: 3, nu: 2, normNu: 1, verschil: -2, trend: "lager" });
    assert.deepEqual(uit.perStelling[2], { id: "raad-3", vorige: null, normToen: 1, nu: 4, normNu: 1, verschil: null, trend: null });
  });

  it("keeps the reported result even when today's rule would compute another", () => {
    // the report then said 11 and fase 2; whatever the numbers give now, that is what is shown
    const vorige = { respondenten: vorigeRespondenten, normen: vorigeNormen, uitkomst: { totaal: 11, fase: "2" } };
    assert.deepEqual(compareMetingen(nu, vorige, DATA).toen, { totaal: 11, fase: "2", uitBestand: true });
  });

  it("computes with the file's norms when it holds no result (version 1), and says nothing differs when nothing does", () => {
    const vorige = { respondenten: vorigeRespondenten, normen: vorigeNormen, uitkomst: null };
    assert.deepEqual(compareMetingen(nu, vorige, DATA).toen, { totaal: 3, fase: "1", uitBestand: false });
    const zelfdeNormen = compareMetingen({ ...nu, normen: { "raad-1": 3 } }, vorige, DATA);
    assert.deepEqual([zelfdeNormen.normenVerschillen, zelfdeNormen.toenMetHuidigeNormen], [[], null]);
  });

  it("falls back to the default norms, and says so, when the norms of then are unknown", () => {
    const uit = compareMetingen(nu, { respondenten: vorigeRespondenten, normen: null, uitkomst: null }, DATA);
    assert.equal(uit.normenBekend, false);
    assert.deepEqual(uit.toen, { totaal: 5, fase: "1", uitBestand: false });
  });
});
