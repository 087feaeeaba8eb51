// Tests for the zelfscan's files and stored state: import validation and merging, JSON and
// CSV export, and migration of what localStorage held. Run: node --test tests/js/
// Expected values are written out by hand.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  csvField,
  emptyState,
  mergeImports,
  migrateStored,
  parseImport,
  serialiseExport,
  toCSV,
} from "../../docs/assets/js/zelfscan-core.mjs";

const DATA = JSON.parse(readFileSync(new URL("./fixtures/zelfscan-data.json", import.meta.url), "utf8"));

function bestand(velden = {}) {
  return JSON.stringify({
    format: "bestuurscultuur-antwoorden",
    versie: 1,
    respondenten: [{ naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 } }],
    ...velden,
  });
}

function metRespondent(respondent) {
  return bestand({ respondenten: [respondent] });
}

function geweigerd(tekst, patroon) {
  const uit = parseImport(tekst, DATA);
  assert.equal(uit.ok, false, `expected refusal, got ${JSON.stringify(uit)}`);
  assert.match(uit.error, patroon);
  return uit.error;
}

function respondent(id, antwoorden, extra = {}) {
  return { id, naam: "", rol: "", antwoorden, opmerkingen: {}, ...extra };
}

describe("parseImport: accepted files", () => {
  it("reads a minimal file", () => {
    const uit = parseImport(bestand(), DATA);
    assert.deepEqual(uit, {
      ok: true,
      value: {
        datum: "",
        normen: null,
        respondenten: [{ naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 }, opmerkingen: {} }],
      },
    });
  });

  it("reads optional fields and missing ones", () => {
    const tekst = bestand({
      datum: "2026-11-20",
      normen: { "raad-1": 2, "raad-5": 0 },
      respondenten: [
        { antwoorden: {} },
        { naam: "B", rol: "", antwoorden: { "college-8": 5 }, opmerkingen: { "college-8": "Nooit op de inhoud" } },
      ],
    });
    const uit = parseImport(tekst, DATA);
    assert.equal(uit.ok, true);
    assert.equal(uit.value.datum, "2026-11-20");
    assert.deepEqual(uit.value.normen, { "raad-1": 2, "raad-5": 0 });
    assert.deepEqual(uit.value.respondenten, [
      { naam: "", rol: "", antwoorden: {}, opmerkingen: {} },
      { naam: "B", rol: "", antwoorden: { "college-8": 5 }, opmerkingen: { "college-8": "Nooit op de inhoud" } },
    ]);
  });

  it("accepts a byte order mark and an empty list of respondents", () => {
    const uit = parseImport(`\uFEFF${bestand({ respondenten: [] })}`, DATA);
    assert.equal(uit.ok, true);
    assert.deepEqual(uit.value.respondenten, []);
  });
});

describe("parseImport: refusals name the problem", () => {
  it("not JSON", () => {
    geweigerd("{ dit is geen json", /geen geldige JSON/);
    geweigerd("", /geen geldige JSON/);
  });

  it("not an object", () => {
    geweigerd("[1, 2]", /geen object met antwoorden/);
    geweigerd("null", /geen object met antwoorden/);
  });

  it("other format, or none", () => {
    geweigerd(bestand({ format: "iets-anders" }), /Onbekend formaat "iets-anders"/);
    const { format, ...zonder } = JSON.parse(bestand());
    assert.equal(format, "bestuurscultuur-antwoorden");
    geweigerd(JSON.stringify(zonder), /"format" ontbreekt/);
  });

  it("other version, or none", () => {
    geweigerd(bestand({ versie: 2 }), /Versie 2 van het bestandsformaat/);
    geweigerd(bestand({ versie: "1" }), /Versie "1" van het bestandsformaat/);
    const { versie, ...zonder } = JSON.parse(bestand());
    assert.equal(versie, 1);
    geweigerd(JSON.stringify(zonder), /"versie" ontbreekt/);
  });

  it("unknown field", () => {
    geweigerd(bestand({ extra: 1 }), /Onbekend veld "extra" in het bestand/);
    geweigerd(metRespondent({ naam: "A", antwoord: { "raad-1": 3 } }), /Onbekend veld "antwoord" bij respondent 1 \("A"\)/);
  });

  it("unknown statement id, in answers, remarks or norms", () => {
    geweigerd(metRespondent({ antwoorden: { "raad-99": 3 } }), /Onbekende stelling "raad-99" in "antwoorden" bij respondent 1/);
    geweigerd(metRespondent({ antwoorden: {}, opmerkingen: { "college-9": "x" } }), /Onbekende stelling "college-9" in "opmerkingen"/);
    geweigerd(bestand({ normen: { "raad-12": 1 } }), /Onbekende stelling "raad-12" in "normen"/);
  });

  it("answer out of range or of the wrong type", () => {
    geweigerd(metRespondent({ antwoorden: { "raad-1": 6 } }), /antwoord op "raad-1" bij respondent 1 is 6; een antwoord is een geheel getal van 1 tot en met 5/);
    geweigerd(metRespondent({ antwoorden: { "raad-2": 0 } }), /"raad-2" .* is 0;/);
    geweigerd(metRespondent({ antwoorden: { "raad-3": 2.5 } }), /"raad-3" .* is 2\.5;/);
    geweigerd(metRespondent({ antwoorden: { "raad-4": "3" } }), /"raad-4" .* is "3";/);
    geweigerd(metRespondent({ antwoorden: { "raad-4": null } }), /"raad-4" .* is null;/);
  });

  it("norm out of range or of the wrong type", () => {
    geweigerd(bestand({ normen: { "raad-1": 5 } }), /norm voor "raad-1" is 5; een norm is een geheel getal van 0 tot en met 4/);
    geweigerd(bestand({ normen: { "raad-1": -1 } }), /norm voor "raad-1" is -1/);
    geweigerd(bestand({ normen: [1, 2] }), /"normen" in het bestand moet een object zijn/);
  });

  it("wrong types elsewhere", () => {
    geweigerd(bestand({ respondenten: {} }), /"respondenten" moet een lijst zijn/);
    geweigerd(bestand({ respondenten: ["A"] }), /respondent 1 is geen object/);
    geweigerd(metRespondent({ naam: 5, antwoorden: {} }), /naam van respondent 1 moet tekst zijn/);
    geweigerd(metRespondent({ antwoorden: [3, 4] }), /"antwoorden" bij respondent 1 moet een object zijn/);
    geweigerd(metRespondent({ antwoorden: {}, opmerkingen: { "raad-1": 3 } }), /opmerking bij "raad-1" van respondent 1 moet tekst zijn/);
    geweigerd(bestand({ datum: 20261120 }), /"datum" moet tekst zijn/);
  });

  it("missing answers or respondents", () => {
    geweigerd(metRespondent({ naam: "A" }), /"antwoorden" ontbreekt bij respondent 1 \("A"\)/);
    const { respondenten, ...zonder } = JSON.parse(bestand());
    assert.equal(respondenten.length, 1);
    geweigerd(JSON.stringify(zonder), /"respondenten" ontbreekt/);
  });

  it("unknown role", () => {
    geweigerd(metRespondent({ rol: "statenlid", antwoorden: {} }), /Onbekende rol "statenlid" bij respondent 1; bekende rollen zijn burgemeester, wethouder/);
  });

  it("names the right respondent", () => {
    const tekst = bestand({
      respondenten: [
        { naam: "A", antwoorden: { "raad-1": 1 } },
        { naam: "Bert", antwoorden: { "raad-1": 9 } },
      ],
    });
    geweigerd(tekst, /respondent 2 \("Bert"\)/);
  });
});

describe("mergeImports", () => {
  const huidig = {
    ...emptyState(),
    respondenten: [respondent("r1", { "raad-1": 2 }, { naam: "Eigen" })],
  };
  const eerste = parseImport(bestand({
    respondenten: [
      { naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 } },
      { naam: "B", antwoorden: { "raad-2": 4 }, opmerkingen: { "raad-2": "x" } },
    ],
  }), DATA).value;
  const tweede = parseImport(bestand({ respondenten: [{ naam: "C", rol: "griffier", antwoorden: { "college-8": 1 } }] }), DATA).value;

  it("adds the respondents of several files with new ids, leaving the input alone", () => {
    const uit = mergeImports(huidig, [eerste, tweede], DATA);
    assert.equal(uit.toegevoegd, 3);
    assert.equal(uit.overgeslagen, 0);
    assert.deepEqual(uit.state.respondenten, [
      respondent("r1", { "raad-1": 2 }, { naam: "Eigen" }),
      { id: "r2", naam: "A", rol: "wethouder", antwoorden: { "raad-1": 3 }, opmerkingen: {} },
      { id: "r3", naam: "B", rol: "", antwoorden: { "raad-2": 4 }, opmerkingen: { "raad-2": "x" } },
      { id: "r4", naam: "C", rol: "griffier", antwoorden: { "college-8": 1 }, opmerkingen: {} },
    ]);
    assert.equal(uit.state.actief, "r1");
    assert.equal(uit.state.uitkomstTonen, true);
    assert.equal(huidig.respondenten.length, 1, "input unchanged");
  });

  it("does not add the same respondent twice", () => {
    const eenmaal = mergeImports(huidig, [eerste], DATA).state;
    const tweemaal = mergeImports(eenmaal, [eerste, tweede], DATA);
    assert.equal(tweemaal.toegevoegd, 1);
    assert.equal(tweemaal.overgeslagen, 2);
    assert.deepEqual(tweemaal.state.respondenten.map((r) => r.naam), ["Eigen", "A", "B", "C"]);
  });

  it("replaces the untouched starting form", () => {
    const uit = mergeImports(emptyState(), [tweede], DATA);
    assert.deepEqual(uit.state.respondenten.map((r) => [r.id, r.naam]), [["r2", "C"]]);
    assert.equal(uit.state.actief, "r2");
  });

  it("takes over norms only where none is set here and the files agree", () => {
    const metNormen = (normen) => parseImport(bestand({ normen, respondenten: [] }), DATA).value;
    const hier = { ...huidig, normen: { "raad-2": 2 } };
    const uit = mergeImports(
      hier,
      [
        metNormen({ "raad-1": 3, "raad-2": 4, "raad-3": 2, "raad-4": 1, "raad-5": 0 }),
        metNormen({ "raad-1": 3, "raad-3": 3, "raad-4": 2 }),
      ],
      DATA,
    );
    // raad-1: both 3, none here -> taken. raad-2: own 2 stays. raad-3: files disagree.
    // raad-4: 1 is the default, the other file says 2 -> taken. raad-5: default only.
    assert.deepEqual(uit.state.normen, { "raad-1": 3, "raad-2": 2, "raad-4": 2 });
    assert.deepEqual(uit.normenOvergenomen, ["raad-1", "raad-4"]);
    assert.deepEqual(uit.normenNietOvergenomen, ["raad-2", "raad-3"]);
  });
});

describe("serialiseExport", () => {
  const state = {
    ...emptyState(),
    normen: { "raad-1": 3 },
    respondenten: [
      respondent("r1", { "college-8": 2, "raad-1": 1 }, { naam: " Anna ", rol: "wethouder", opmerkingen: { "raad-1": "Bij de begroting" } }),
      respondent("r2", {}),
    ],
  };

  it("writes the documented format: all norms, answers in handbook order, optional fields only when set", () => {
    const bestandObject = JSON.parse(serialiseExport(state, DATA, "2026-11-20"));
    assert.deepEqual(Object.keys(bestandObject), ["format", "versie", "datum", "normen", "respondenten"]);
    assert.equal(bestandObject.format, "bestuurscultuur-antwoorden");
    assert.equal(bestandObject.versie, 1);
    assert.equal(bestandObject.datum, "2026-11-20");
    assert.equal(Object.keys(bestandObject.normen).length, 19);
    assert.equal(bestandObject.normen["raad-1"], 3);
    assert.equal(bestandObject.normen["raad-2"], 1);
    assert.equal(bestandObject.normen["raad-5"], 0);
    assert.deepEqual(bestandObject.respondenten, [
      { naam: "Anna", rol: "wethouder", antwoorden: { "raad-1": 1, "college-8": 2 }, opmerkingen: { "raad-1": "Bij de begroting" } },
      { antwoorden: {} },
    ]);
    assert.deepEqual(Object.keys(bestandObject.respondenten[0].antwoorden), ["raad-1", "college-8"]);
  });

  it("leaves the date out when none is given", () => {
    assert.equal("datum" in JSON.parse(serialiseExport(state, DATA)), false);
  });

  it("round-trips through parseImport and mergeImports", () => {
    const gelezen = parseImport(serialiseExport(state, DATA, "2026-11-20"), DATA);
    assert.equal(gelezen.ok, true);
    assert.deepEqual(gelezen.value.respondenten, [
      { naam: "Anna", rol: "wethouder", antwoorden: { "raad-1": 1, "college-8": 2 }, opmerkingen: { "raad-1": "Bij de begroting" } },
      { naam: "", rol: "", antwoorden: {}, opmerkingen: {} },
    ]);
    const samen = mergeImports(emptyState(), [gelezen.value], DATA).state;
    assert.deepEqual(samen.normen, { "raad-1": 3 });
    assert.deepEqual(samen.respondenten[0].antwoorden, { "raad-1": 1, "college-8": 2 });
  });
});

describe("toCSV", () => {
  it("writes a BOM, a header and one semicolon row per respondent", () => {
    const state = {
      ...emptyState(),
      respondenten: [
        respondent("r1", { "raad-1": 3, "college-8": 1 }, { naam: "Anna", rol: "wethouder" }),
        respondent("r2", { "raad-2": 5 }, { naam: 'De "baas"; echt' }),
        respondent("r3", {}, { naam: "=SOM(A1)" }),
      ],
    };
    const kop = "naam;rol;raad-1;raad-2;raad-3;raad-4;raad-5;raad-6;raad-7;raad-8;raad-9;raad-10;raad-11;college-1;college-2;college-3;college-4;college-5;college-6;college-7;college-8";
    const verwacht =
      "\uFEFF" +
      `${kop}\r\n` +
      `Anna;wethouder;3${";".repeat(18)}1\r\n` +
      `"De ""baas""; echt";;;5${";".repeat(17)}\r\n` +
      `'=SOM(A1);${";".repeat(19)}\r\n`;
    assert.equal(toCSV(state, DATA), verwacht);
  });

  it("quotes and protects single fields", () => {
    assert.equal(csvField("gewoon"), "gewoon");
    assert.equal(csvField("a;b"), '"a;b"');
    assert.equal(csvField("regel\nnieuw"), '"regel\nnieuw"');
    assert.equal(csvField("-1"), "'-1");
    assert.equal(csvField("@x"), "'@x");
    assert.equal(csvField(3), "3");
    assert.equal(csvField(""), "");
  });
});

describe("migrateStored", () => {
  const geldig = {
    versie: 1,
    normen: { "raad-1": 3 },
    respondenten: [
      { id: "r1", naam: "Anna", rol: "wethouder", antwoorden: { "raad-1": 2 }, opmerkingen: { "raad-1": "x" } },
      { id: "r3", naam: "", rol: "", antwoorden: {}, opmerkingen: {} },
    ],
    actief: "r3",
    rondgang: true,
    uitkomstTonen: false,
    namenInRapport: true,
    vorigeMeting: {
      bron: "meting-2025.json",
      datum: "2025-11-01",
      respondenten: [{ naam: "B", rol: "", antwoorden: { "raad-1": 1 }, opmerkingen: {} }],
    },
  };

  it("gives a fresh state when nothing was stored", () => {
    assert.deepEqual(migrateStored(null, DATA), { state: emptyState(), melding: null });
  });

  it("keeps a valid current state exactly, also through JSON", () => {
    assert.deepEqual(migrateStored(JSON.parse(JSON.stringify(geldig)), DATA), { state: geldig, melding: null });
  });

  it("drops what no longer fits the questionnaire and says so", () => {
    const oud = {
      ...geldig,
      normen: { "raad-1": 1, "raad-2": 9, "raad-77": 2 },
      respondenten: [
        { id: "r1", naam: "Anna", rol: "statenlid", antwoorden: { "raad-1": 2, "raad-77": 3, "raad-2": 8 }, opmerkingen: { "raad-77": "weg" } },
        { id: "r1", antwoorden: { "raad-3": 4 } },
        "geen object",
      ],
      actief: "r9",
      vorigeMeting: { respondenten: [] },
    };
    const { state, melding } = migrateStored(oud, DATA);
    // raad-1 norm 1 is the default (not kept), raad-2 out of range, raad-77 unknown
    assert.deepEqual(state.normen, {});
    assert.deepEqual(state.respondenten, [
      { id: "r1", naam: "Anna", rol: "", antwoorden: { "raad-1": 2 }, opmerkingen: {} },
      { id: "r2", naam: "", rol: "", antwoorden: { "raad-3": 4 }, opmerkingen: {} },
    ]);
    assert.equal(state.actief, "r1");
    assert.equal(state.vorigeMeting, null);
    // dropped: raad-77 and raad-2 answers, the non-object respondent, the empty previous measurement
    assert.equal(melding, "4 opgeslagen gegevens pasten niet meer bij de vragenlijst en zijn weggelaten.");
  });

  it("shows the outcome when the stored hand round had no flag", () => {
    const { state } = migrateStored({ versie: 1, respondenten: [], rondgang: false }, DATA);
    assert.equal(state.uitkomstTonen, true);
    assert.equal(state.respondenten.length, 1);
    const { state: rondgang } = migrateStored({ versie: 1, rondgang: true }, DATA);
    assert.equal(rondgang.uitkomstTonen, false);
  });

  it("refuses something that is no stored zelfscan, with a notice", () => {
    for (const ruw of ["tekst", [1], { respondenten: [] }, { versie: "1" }]) {
      const { state, melding } = migrateStored(ruw, DATA);
      assert.deepEqual(state, emptyState());
      assert.match(melding, /niet herkend/);
    }
  });

  it("refuses a newer version, with a notice", () => {
    const { state, melding } = migrateStored({ ...geldig, versie: 2 }, DATA);
    assert.deepEqual(state, emptyState());
    assert.match(melding, /nieuwere versie van deze pagina \(versie 2\)/);
  });

  it("runs older versions through the migration table step by step", () => {
    const migraties = {
      0: (oud) => ({ ...oud, respondenten: oud.mensen, mensen: undefined }),
    };
    const oud = { versie: 0, mensen: [{ id: "r1", naam: "Anna", antwoorden: { "raad-1": 1 } }] };
    const { state, melding } = migrateStored(oud, DATA, migraties);
    assert.equal(melding, null);
    assert.equal(state.versie, 1);
    assert.deepEqual(state.respondenten, [{ id: "r1", naam: "Anna", rol: "", antwoorden: { "raad-1": 1 }, opmerkingen: {} }]);
  });

  it("says so when an old version has no migration", () => {
    const { state, melding } = migrateStored({ versie: 0 }, DATA, {});
    assert.deepEqual(state, emptyState());
    assert.match(melding, /versie 0\) kunnen niet meer worden gelezen/);
  });
});
