// The answers file: reading versions 1 and 2 (file-read.mjs), merging into the sessie
// (merge.mjs), writing JSON and CSV (file-write.mjs). Expected values are written out by hand.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { MAX_RESPONDENTEN, describeJsonError, parseFile } from "../../docs/assets/js/zelfscan/file-read.mjs";
import { csvField, serialiseFile, toCSV } from "../../docs/assets/js/zelfscan/file-write.mjs";
import { mergeImports } from "../../docs/assets/js/zelfscan/merge.mjs";
import { addMaatregel, emptyActieplan } from "../../docs/assets/js/zelfscan/actieplan.mjs";
import { emptySessie } from "../../docs/assets/js/zelfscan/session.mjs";
import { DATA, DATUM, respondent, sessie } from "./zelfscan-helpers.mjs";

function bestand(velden = {}) {
  return JSON.stringify({
    format: "bestuurscultuur-antwoorden",
    versie: 1,
    respondenten: [{ naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 } }],
    ...velden,
  });
}

const metRespondent = (r) => bestand({ respondenten: [r] });

function geweigerd(tekst, patroon) {
  const uit = parseFile(tekst, DATA);
  assert.equal(uit.ok, false, `expected refusal, got ${JSON.stringify(uit).slice(0, 200)}`);
  assert.match(uit.error, patroon);
  return uit.error;
}

describe("parseFile: version 1 is still read", () => {
  it("reads a minimal file, migrated to version 2's shape", () => {
    assert.deepEqual(parseFile(bestand(), DATA), {
      ok: true,
      value: {
        datum: "",
        normen: null,
        uitkomst: null,
        respondenten: [{ naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 }, opmerkingen: {} }],
        actieplan: null,
      },
    });
  });

  it("reads optional fields, a byte order mark and an empty list", () => {
    const tekst = bestand({
      datum: "2026-11-20",
      normen: { "raad-1": 2, "raad-5": 0 },
      respondenten: [{ antwoorden: {} }, { naam: "B", rol: "", antwoorden: { "college-8": 5 }, opmerkingen: { "college-8": "Nooit op de inhoud" } }],
    });
    const uit = parseFile(tekst, DATA).value;
    assert.equal(uit.datum, "2026-11-20");
    assert.deepEqual(uit.normen, { "raad-1": 2, "raad-5": 0 });
    assert.deepEqual(uit.respondenten[1], { naam: "B", rol: "", antwoorden: { "college-8": 5 }, opmerkingen: { "college-8": "Nooit op de inhoud" } });
    assert.deepEqual(parseFile(`\uFEFF${bestand({ respondenten: [] })}`, DATA).value.respondenten, []);
  });

  it("refuses the fields that version 2 added", () => {
    geweigerd(bestand({ uitkomst: { totaal: 1, fase: "1" } }), /Onbekend veld "uitkomst" in het bestand/);
    geweigerd(bestand({ actieplan: emptyActieplan() }), /Onbekend veld "actieplan"/);
  });
});

describe("parseFile: version 2", () => {
  const plan = addMaatregel(emptyActieplan(), { tekst: "Heidag", instrument: "heidag-organiseren" });

  it("reads the reported result and the actieplan", () => {
    const tekst = bestand({ versie: 2, uitkomst: { totaal: 11, fase: "2" }, actieplan: plan });
    const uit = parseFile(tekst, DATA).value;
    assert.deepEqual(uit.uitkomst, { totaal: 11, fase: "2" });
    assert.deepEqual(uit.actieplan, plan);
  });

  it("refuses a bad result or plan with a message that names it", () => {
    geweigerd(bestand({ versie: 2, uitkomst: { totaal: -1, fase: "2" } }), /totaal in "uitkomst" is -1/);
    geweigerd(bestand({ versie: 2, uitkomst: { totaal: 1, fase: "4" } }), /fase in "uitkomst" is "4"/);
    const metFout = (wijziging) => ({ ...plan, maatregelen: [{ ...plan.maatregelen[0], ...wijziging }] });
    geweigerd(bestand({ versie: 2, actieplan: metFout({ termijn: "morgen" }) }), /termijn van maatregel 1 van het actieplan is "morgen"/);
    geweigerd(bestand({ versie: 2, actieplan: metFout({ spoor: "s9" }) }), /hoort bij spoor "s9", dat niet in het actieplan staat/);
    geweigerd(bestand({ versie: 2, actieplan: metFout({ prioriteit: "ja" }) }), /prioriteit van maatregel 1 .* true of false/);
    geweigerd(bestand({ versie: 2, actieplan: [] }), /"actieplan" moet een object zijn/);
  });
});

describe("parseFile: refusals name the problem, in Dutch", () => {
  it("not JSON: where the error is, not the browser's English text", () => {
    const fout = geweigerd('{ "format": "bestuurscultuur-antwoorden",\n  respondenten', /^Het bestand is geen geldige JSON/);
    assert.doesNotMatch(fout, /Unexpected|position|token|JSON\.parse/);
    assert.match(fout, /regel 2, teken 3/);
    geweigerd("", /geen geldige JSON: het is leeg/);
    geweigerd('{"a": ', /geen geldige JSON: het houdt halverwege op/);
  });

  it("describes an error without a position generically", () => {
    assert.match(describeJsonError("x", new SyntaxError("Something else")), /beschadigd, of het is geen antwoordenbestand/);
  });

  it("not an object, another format or version", () => {
    geweigerd("[1, 2]", /geen object met antwoorden maar \[1,2\]/);
    geweigerd("null", /geen object met antwoorden/);
    geweigerd(bestand({ format: "iets-anders" }), /Onbekend formaat "iets-anders"/);
    const { format, ...zonder } = JSON.parse(bestand());
    assert.equal(format, "bestuurscultuur-antwoorden");
    geweigerd(JSON.stringify(zonder), /"format" ontbreekt/);
    geweigerd(bestand({ versie: 3 }), /Versie 3 van het bestandsformaat kan deze pagina niet lezen; zij leest versie 1 en 2/);
    geweigerd(bestand({ versie: "1" }), /Versie "1" van het bestandsformaat/);
  });

  it("unknown fields, statements, roles; values out of range or of the wrong type", () => {
    geweigerd(bestand({ extra: 1 }), /Onbekend veld "extra" in het bestand/);
    geweigerd(metRespondent({ naam: "A", antwoord: { "raad-1": 3 } }), /Onbekend veld "antwoord" bij respondent 1 \("A"\)/);
    geweigerd(metRespondent({ antwoorden: { "raad-99": 3 } }), /Onbekende stelling "raad-99" in "antwoorden" bij respondent 1/);
    geweigerd(metRespondent({ antwoorden: {}, opmerkingen: { "college-9": "x" } }), /Onbekende stelling "college-9" in "opmerkingen"/);
    geweigerd(bestand({ normen: { "raad-12": 1 } }), /Onbekende stelling "raad-12" in "normen"/);
    geweigerd(metRespondent({ antwoorden: { "raad-1": 6 } }), /antwoord op "raad-1" bij respondent 1 is 6; een antwoord is een geheel getal van 1 tot en met 5/);
    geweigerd(metRespondent({ antwoorden: { "raad-4": "3" } }), /"raad-4" .* is "3";/);
    geweigerd(bestand({ normen: { "raad-1": 5 } }), /norm voor "raad-1" is 5; een norm is een geheel getal van 0 tot en met 4/);
    geweigerd(bestand({ respondenten: {} }), /"respondenten" moet een lijst zijn/);
    geweigerd(bestand({ respondenten: ["A"] }), /respondent 1 is geen object/);
    geweigerd(metRespondent({ naam: 5, antwoorden: {} }), /naam van respondent 1 moet tekst zijn/);
    geweigerd(metRespondent({ naam: "A" }), /"antwoorden" ontbreekt bij respondent 1 \("A"\)/);
    geweigerd(metRespondent({ rol: "statenlid", antwoorden: {} }), /Onbekende rol "statenlid" bij respondent 1; bekende rollen zijn burgemeester, wethouder/);
    geweigerd(bestand({ datum: 20261120 }), /"datum" moet tekst zijn/);
    geweigerd(bestand({ respondenten: [{ naam: "A", antwoorden: {} }, { naam: "Bert", antwoorden: { "raad-1": 9 } }] }), /respondent 2 \("Bert"\)/);
  });

  it("a value nested very deep is shown short, not by overflowing the stack", () => {
    const diep = `{"format": ${"[".repeat(20000)}${"]".repeat(20000)}}`;
    geweigerd(diep, /Onbekend formaat \[…\]/);
  });

  it("more respondents than a raad or college has: refused with the limit", () => {
    const veel = Array.from({ length: MAX_RESPONDENTEN + 1 }, () => ({ antwoorden: {} }));
    geweigerd(bestand({ respondenten: veel }), new RegExp(`bevat ${MAX_RESPONDENTEN + 1} respondenten; de zelfscan verwerkt er hoogstens ${MAX_RESPONDENTEN}`));
  });
});

describe("mergeImports", () => {
  const huidig = sessie([respondent({ "raad-1": 2 }, { naam: "Eigen" })]);
  const lees = (velden) => parseFile(bestand(velden), DATA).value;
  const eerste = lees({ respondenten: [
    { naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 } },
    { naam: "B", antwoorden: { "raad-2": 4 }, opmerkingen: { "raad-2": "x" } },
  ] });
  const tweede = lees({ respondenten: [{ naam: "C", rol: "griffier", antwoorden: { "college-8": 1 } }] });

  it("adds the respondents of several files with new ids, leaving the input alone", () => {
    const uit = mergeImports(huidig, [eerste, tweede], DATA);
    assert.deepEqual([uit.toegevoegd, uit.overgeslagen], [3, 0]);
    assert.deepEqual(uit.sessie.respondenten.map((r) => [r.id, r.naam]), [["r1", "Eigen"], ["r2", "A"], ["r3", "B"], ["r4", "C"]]);
    assert.deepEqual(uit.sessie.respondenten[2], { id: "r3", naam: "B", rol: "", antwoorden: { "raad-2": 4 }, opmerkingen: { "raad-2": "x" } });
    assert.equal(uit.sessie.actief, "r1");
    assert.equal(huidig.respondenten.length, 1, "input unchanged");
  });

  it("does not add a respondent already present, so a file read twice counts nobody twice", () => {
    const eenmaal = mergeImports(huidig, [eerste], DATA).sessie;
    const tweemaal = mergeImports(eenmaal, [eerste, tweede], DATA);
    assert.deepEqual([tweemaal.toegevoegd, tweemaal.overgeslagen], [1, 2]);
  });

  it("never merges two equal respondents inside one file: two people with the same answers count twice", () => {
    const gelijk = lees({ respondenten: [{ antwoorden: { "raad-1": 1 } }, { antwoorden: { "raad-1": 1 } }, { antwoorden: { "raad-1": 5 } }] });
    const uit = mergeImports(emptySessie(DATUM), [gelijk], DATA);
    assert.equal(uit.toegevoegd, 3);
    assert.deepEqual(uit.sessie.respondenten.map((r) => r.antwoorden["raad-1"]), [1, 1, 5]);
  });

  it("replaces the untouched starting form, and numbers on from the highest id in one pass", () => {
    const uit = mergeImports(emptySessie(DATUM), [tweede], DATA);
    assert.deepEqual(uit.sessie.respondenten.map((r) => [r.id, r.naam]), [["r2", "C"]]);
    assert.equal(uit.sessie.actief, "r2");
    const hoog = sessie([respondent({ "raad-1": 1 }, { id: "r40" }), respondent({ "raad-1": 2 }, { id: "r7" })]);
    assert.deepEqual(mergeImports(hoog, [eerste], DATA).sessie.respondenten.map((r) => r.id), ["r40", "r7", "r41", "r42"]);
  });

  it("refuses to go beyond the limit of respondents", () => {
    const vol = sessie(Array.from({ length: MAX_RESPONDENTEN }, (_, i) => respondent({ "raad-1": 1 }, { id: `r${i + 1}`, naam: `P${i}` })));
    assert.match(mergeImports(vol, [tweede], DATA).fout, new RegExp(`${MAX_RESPONDENTEN + 1} respondenten zijn; de zelfscan verwerkt er hoogstens ${MAX_RESPONDENTEN}`));
  });

  it("takes over norms only where none is set here and the files agree", () => {
    const metNormen = (normen) => lees({ normen, respondenten: [] });
    const hier = { ...huidig, normen: { "raad-2": 2 } };
    const uit = mergeImports(hier, [metNormen({ "raad-1": 3, "raad-2": 4, "raad-3": 2, "raad-4": 1, "raad-5": 0 }), metNormen({ "raad-1": 3, "raad-3": 3, "raad-4": 2 })], DATA);
    // raad-1: both 3 -> taken; raad-2: own 2 stays; raad-3: the files disagree; raad-4: 1 is the default, 2 taken
    assert.deepEqual(uit.sessie.normen, { "raad-1": 3, "raad-2": 2, "raad-4": 2 });
    assert.deepEqual(uit.normenOvergenomen, ["raad-1", "raad-4"]);
    assert.deepEqual(uit.normenNietOvergenomen, ["raad-2", "raad-3"]);
  });

  it("takes over a file's actieplan only when this sessie has none", () => {
    const plan = addMaatregel(emptyActieplan(), { tekst: "Heidag" });
    const metPlan = { ...tweede, actieplan: plan };
    assert.deepEqual(mergeImports(huidig, [metPlan], DATA).sessie.actieplan, plan);
    assert.equal(mergeImports(huidig, [metPlan], DATA).actieplanOvergenomen, true);
    const eigenPlan = { ...huidig, actieplan: addMaatregel(emptyActieplan(), { tekst: "Eigen" }) };
    const uit = mergeImports(eigenPlan, [metPlan], DATA);
    assert.deepEqual([uit.actieplanOvergenomen, uit.sessie.actieplan.maatregelen[0].tekst], [false, "Eigen"]);
    assert.equal(mergeImports(huidig, [tweede], DATA).actieplanOvergenomen, null);
  });
});

describe("serialiseFile", () => {
  const plan = addMaatregel(emptyActieplan(), { tekst: "Heidag", instrument: "heidag-organiseren" });
  const metAntwoorden = sessie([
    respondent({ "college-8": 2, "raad-1": 1 }, { naam: " Anna ", rol: "wethouder", opmerkingen: { "raad-1": "Bij de begroting" } }),
    respondent({}, { id: "r2" }),
  ], { normen: { "raad-1": 3 }, actieplan: plan });

  it("writes version 2: all norms, the result as reported, answers in handbook order, the plan", () => {
    const uit = JSON.parse(serialiseFile(metAntwoorden, DATA, "2026-11-20"));
    assert.deepEqual(Object.keys(uit), ["format", "versie", "datum", "normen", "uitkomst", "respondenten", "actieplan"]);
    assert.deepEqual([uit.format, uit.versie, uit.datum], ["bestuurscultuur-antwoorden", 2, "2026-11-20"]);
    assert.equal(Object.keys(uit.normen).length, 19);
    assert.deepEqual([uit.normen["raad-1"], uit.normen["raad-2"], uit.normen["raad-5"]], [3, 1, 0]);
    // raad-1 altijd: zorg 4 - norm 3 = 1; college-8 vaak: 1 - 1 = 0
    assert.deepEqual(uit.uitkomst, { totaal: 1, fase: "1" });
    assert.deepEqual(uit.respondenten, [
      { naam: "Anna", rol: "wethouder", antwoorden: { "raad-1": 1, "college-8": 2 }, opmerkingen: { "raad-1": "Bij de begroting" } },
      { antwoorden: {} },
    ]);
    assert.deepEqual(Object.keys(uit.respondenten[0].antwoorden), ["raad-1", "college-8"]);
    assert.deepEqual(uit.actieplan, plan);
  });

  it("leaves out the date, the result and the plan when there are none", () => {
    const uit = JSON.parse(serialiseFile(emptySessie(DATUM), DATA));
    assert.deepEqual(Object.keys(uit), ["format", "versie", "normen", "respondenten"]);
  });

  it("round-trips through parseFile and mergeImports", () => {
    const gelezen = parseFile(serialiseFile(metAntwoorden, DATA, "2026-11-20"), DATA);
    assert.equal(gelezen.ok, true);
    const samen = mergeImports(emptySessie(DATUM), [gelezen.value], DATA).sessie;
    assert.deepEqual(samen.normen, { "raad-1": 3 });
    assert.deepEqual(samen.respondenten[0].antwoorden, { "raad-1": 1, "college-8": 2 });
    assert.deepEqual(samen.actieplan, plan);
  });
});

describe("toCSV", () => {
  it("writes a BOM, a header and one semicolon row per respondent, formulas neutralised", () => {
    const uit = toCSV(sessie([
      respondent({ "raad-1": 3, "college-8": 1 }, { naam: "Anna", rol: "wethouder" }),
      respondent({ "raad-2": 5 }, { id: "r2", naam: 'De "baas"; echt' }),
      respondent({}, { id: "r3", naam: "=SOM(A1)" }),
    ]), DATA);
    const kop = `naam;rol;${DATA.stellingen.map((s) => s.id).join(";")}`;
    assert.equal(uit, `\uFEFF${kop}\r\nAnna;wethouder;3${";".repeat(18)}1\r\n"De ""baas""; echt";;;5${";".repeat(17)}\r\n'=SOM(A1);${";".repeat(19)}\r\n`);
  });

  it("quotes and protects single fields", () => {
    assert.deepEqual(["gewoon", "a;b", "regel\nnieuw", "-1", "@x", 3, ""].map(csvField), ["gewoon", '"a;b"', '"regel\nnieuw"', "'-1", "'@x", "3", ""]);
  });
});
