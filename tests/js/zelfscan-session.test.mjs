// The reducers of the sessie (session.mjs) and of the actieplan (actieplan.mjs): each returns a
// new object and changes none of its arguments.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import * as plan from "../../docs/assets/js/zelfscan/actieplan.mjs";
import * as s from "../../docs/assets/js/zelfscan/session.mjs";
import { DATA, DATUM, respondent, sessie } from "./zelfscan-helpers.mjs";

describe("respondents", () => {
  it("addRespondent opens a new empty respondent numbered after the highest id", () => {
    const twee = s.addRespondent(s.emptySessie(DATUM));
    assert.deepEqual([twee.actief, twee.respondenten.map((r) => r.id)], ["r2", ["r1", "r2"]]);
    const gat = s.addRespondent(sessie([respondent({}, { id: "r9" }), respondent({}, { id: "r3" })]));
    assert.equal(gat.actief, "r10");
  });

  it("removeRespondent keeps one respondent at least and moves the open form", () => {
    const een = s.removeRespondent(s.addRespondent(s.emptySessie(DATUM)), "r2");
    assert.deepEqual([een.respondenten.map((r) => r.id), een.actief], [["r1"], "r1"]);
    const geen = s.removeRespondent(een, "r1");
    assert.deepEqual([geen.respondenten.map((r) => r.id), geen.actief], [["r2"], "r2"]);
  });

  it("setAntwoord and setOpmerking set and clear without changing the input", () => {
    const leeg = s.emptySessie(DATUM);
    const met = s.setAntwoord(leeg, "r1", "raad-1", 3);
    assert.deepEqual([met.respondenten[0].antwoorden, leeg.respondenten[0].antwoorden], [{ "raad-1": 3 }, {}]);
    assert.deepEqual(s.setAntwoord(met, "r1", "raad-1", null).respondenten[0].antwoorden, {});
    const opmerking = s.setOpmerking(leeg, "r1", "raad-1", "Bij de begroting");
    assert.deepEqual(opmerking.respondenten[0].opmerkingen, { "raad-1": "Bij de begroting" });
    assert.deepEqual(s.setOpmerking(opmerking, "r1", "raad-1", "  ").respondenten[0].opmerkingen, {});
  });

  it("isEmptyRespondent and displayName", () => {
    assert.equal(s.isEmptyRespondent(respondent({})), true);
    assert.equal(s.isEmptyRespondent(respondent({ "raad-1": 2 })), false);
    assert.equal(s.isEmptyRespondent(respondent({}, { naam: "Anna" })), false);
    assert.equal(s.displayName(respondent({}, { naam: "  Anna " }), 0), "Anna");
    assert.equal(s.displayName(respondent({}), 2), "Respondent 3");
  });
});

describe("norms", () => {
  it("setNorm keeps only changes from the default; resetNormen clears them; acceptNormen marks them", () => {
    const raad1 = DATA.stellingen[0];
    const s1 = s.setNorm(s.emptySessie(DATUM), raad1, 3, DATA.regel);
    assert.deepEqual(s1.normen, { "raad-1": 3 });
    assert.deepEqual(s.setNorm(s1, raad1, 1, DATA.regel).normen, {});
    assert.deepEqual(s.resetNormen(s1).normen, {});
    assert.equal(s.acceptNormen(s1, true).normenVastgesteld, true);
    assert.deepEqual(s1.normen, { "raad-1": 3 }, "input unchanged");
  });
});

describe("the flow: next person, hand round, outcome", () => {
  it("nextPerson opens a fresh form; during a hand round the outcome stays hidden", () => {
    const na = s.nextPerson(s.setAntwoord(s.emptySessie(DATUM), "r1", "raad-1", 2));
    assert.deepEqual([na.actief, na.uitkomstTonen], ["r2", true]);
    const rondgang = s.setRondgang(s.setAntwoord(s.emptySessie(DATUM), "r1", "raad-1", 2), true);
    assert.deepEqual([rondgang.rondgang, rondgang.uitkomstTonen, rondgang.actief], [true, false, "r2"], "a fresh form for the next person");
    const volgende = s.nextPerson(s.setAntwoord(rondgang, "r2", "raad-1", 3));
    assert.deepEqual([volgende.actief, volgende.uitkomstTonen], ["r3", false]);
  });

  it("showUitkomst shows the outcome and drops the untouched last form", () => {
    const rondgang = s.nextPerson(s.setAntwoord(s.setRondgang(s.emptySessie(DATUM), true), "r1", "raad-1", 2));
    const getoond = s.showUitkomst(rondgang);
    assert.deepEqual([getoond.uitkomstTonen, getoond.respondenten.map((r) => r.id)], [true, ["r1"]]);
  });
});

describe("actieplan", () => {
  it("addMaatregel makes a first spoor, with the burgemeester, a short term, not started", () => {
    const p = plan.addMaatregel(plan.emptyActieplan(), { tekst: "Heidag organiseren", instrument: "heidag-organiseren", prioriteit: true });
    assert.deepEqual(p, {
      sporen: [{ id: "s1", titel: "" }],
      maatregelen: [{ id: "m1", spoor: "s1", tekst: "Heidag organiseren", eigenaar: "burgemeester", termijn: "kort", prioriteit: true, status: "open", instrument: "heidag-organiseren" }],
    });
    assert.equal(plan.hasMaatregel(p, "heidag-organiseren"), true);
    assert.equal(plan.hasMaatregel(p, "heidag-organiseren", "heidag-draaiboek"), false);
  });

  it("letters run across the sporen, A to Z and on", () => {
    let p = plan.addMaatregel(plan.addMaatregel(plan.emptyActieplan(), { tekst: "a" }), { tekst: "b" });
    p = plan.addMaatregel(plan.addSpoor(p, "Cultuur"), { tekst: "c" });
    assert.deepEqual(plan.listPerSpoor(p).map(({ spoor, maatregelen }) => [spoor.titel, maatregelen.map((m) => `${m.letter}:${m.maatregel.tekst}`)]), [
      ["", ["A:a", "B:b"]], ["Cultuur", ["C:c"]],
    ]);
    assert.deepEqual([0, 25, 26, 27, 51, 52].map(plan.letterFor), ["A", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("setMaatregel changes one known field; removeSpoor takes its maatregelen along", () => {
    const p = plan.addMaatregel(plan.emptyActieplan(), { tekst: "a" });
    assert.equal(plan.setMaatregel(p, "m1", "status", "gestart").maatregelen[0].status, "gestart");
    assert.equal(plan.setMaatregel(p, "m1", "id", "x"), p, "an unknown field changes nothing");
    assert.deepEqual(plan.removeSpoor(p, "s1"), plan.emptyActieplan());
    assert.deepEqual(plan.removeMaatregel(p, "m1").maatregelen, []);
    assert.equal(plan.setSpoorTitel(p, "s1", "Rollen").sporen[0].titel, "Rollen");
  });

  it("copyOpenMaatregelen takes over what was not finished, under a spoor of the same title", () => {
    let vorig = plan.addMaatregel(plan.emptyActieplan(), { tekst: "klaar" });
    vorig = plan.setMaatregel(plan.addMaatregel(vorig, { tekst: "bezig" }), "m1", "status", "afgerond");
    vorig = plan.setMaatregel(vorig, "m2", "status", "gestart");
    const nu = plan.addMaatregel(plan.emptyActieplan(), { tekst: "nieuw" });
    const uit = plan.copyOpenMaatregelen(nu, vorig);
    assert.deepEqual(uit.maatregelen.map((m) => [m.id, m.spoor, m.tekst, m.status]), [["m1", "s1", "nieuw", "open"], ["m2", "s1", "bezig", "gestart"]]);
  });
});
