// What the browser stored: migration (migrate.mjs), and the storage with its revision counter,
// backups and other tabs (storage.mjs), against an in-memory stand-in for localStorage.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { emptyActieplan } from "../../docs/assets/js/zelfscan/actieplan.mjs";
import { migrateSessie } from "../../docs/assets/js/zelfscan/migrate.mjs";
import { emptySessie, setAntwoord } from "../../docs/assets/js/zelfscan/session.mjs";
import { BACKUP_PREFIX, STORAGE_KEY, createStorage } from "../../docs/assets/js/zelfscan/storage.mjs";
import { DATA, DATUM } from "./zelfscan-helpers.mjs";

/** What version 1 of the page stored. */
const VERSIE_1 = {
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
  vorigeMeting: { bron: "meting-2025.json", datum: "2025-11-01", respondenten: [{ naam: "B", rol: "", antwoorden: { "raad-1": 1 }, opmerkingen: {} }] },
};

describe("migrateSessie", () => {
  it("gives a fresh sessie of the day when nothing was stored", () => {
    assert.deepEqual(migrateSessie(null, DATA, DATUM), { sessie: emptySessie(DATUM), melding: null, backup: false });
  });

  it("migrates version 1 to 2 and loses nothing", () => {
    const { sessie, melding, backup } = migrateSessie(structuredClone(VERSIE_1), DATA, DATUM);
    assert.deepEqual([melding, backup], [null, false]);
    assert.deepEqual(sessie, {
      versie: 2,
      datum: DATUM,
      normen: { "raad-1": 3 },
      normenVastgesteld: true,
      respondenten: VERSIE_1.respondenten,
      actief: "r3",
      rondgang: true,
      uitkomstTonen: false,
      namenInRapport: true,
      actieplan: emptyActieplan(),
      vorigeMeting: { ...VERSIE_1.vorigeMeting, normen: null, uitkomst: null, actieplan: null },
    });
  });

  it("keeps a valid current sessie exactly, also through JSON", () => {
    const huidig = migrateSessie(structuredClone(VERSIE_1), DATA, DATUM).sessie;
    assert.deepEqual(migrateSessie(JSON.parse(JSON.stringify(huidig)), DATA, "2030-01-01"), { sessie: huidig, melding: null, backup: false });
  });

  it("drops what no longer fits the questionnaire, says so and asks for a backup", () => {
    const oud = {
      ...VERSIE_1,
      normen: { "raad-1": 1, "raad-2": 9, "raad-77": 2 },
      respondenten: [
        { id: "r1", naam: "Anna", rol: "statenlid", antwoorden: { "raad-1": 2, "raad-77": 3, "raad-2": 8 }, opmerkingen: { "raad-77": "weg" } },
        { id: "r1", antwoorden: { "raad-3": 4 } },
        "geen object",
      ],
      actief: "r9",
      vorigeMeting: { respondenten: [] },
    };
    const { sessie, melding, backup } = migrateSessie(oud, DATA, DATUM);
    assert.deepEqual(sessie.normen, {});
    assert.deepEqual(sessie.respondenten, [
      { id: "r1", naam: "Anna", rol: "", antwoorden: { "raad-1": 2 }, opmerkingen: {} },
      { id: "r2", naam: "", rol: "", antwoorden: { "raad-3": 4 }, opmerkingen: {} },
    ]);
    assert.equal(sessie.actief, "r1");
    // dropped: 2 norms, 2 answers, 1 remark, the non-object respondent, the empty vorige meting
    assert.equal(melding, "7 opgeslagen gegevens pasten niet meer bij de vragenlijst en zijn weggelaten.");
    assert.equal(backup, true);
  });

  it('"respondenten": "x" does not silently empty the scan', () => {
    const { sessie, melding, backup } = migrateSessie({ ...VERSIE_1, respondenten: "x" }, DATA, DATUM);
    assert.equal(sessie.respondenten.length, 1);
    assert.match(melding, /1 opgeslagen gegeven paste niet meer/);
    assert.equal(backup, true);
  });

  it("keeps at most the limit of respondents, in one pass, without overflowing the stack", () => {
    // 130,000 ids once made Math.max(0, ...ids) throw; now the list is cut at the limit and counted
    const veel = Array.from({ length: 130000 }, (_, i) => ({ id: `r${i + 1}`, naam: "", rol: "", antwoorden: { "raad-1": 1 }, opmerkingen: {} }));
    const { sessie, melding, backup } = migrateSessie({ ...VERSIE_1, respondenten: veel, actief: "r1" }, DATA, DATUM);
    assert.equal(sessie.respondenten.length, 500);
    assert.equal(sessie.respondenten.at(-1).id, "r500");
    assert.match(melding, /^129500 opgeslagen gegevens pasten niet meer/);
    assert.equal(backup, true);
  });

  it("refuses something that is no stored zelfscan, or a newer version, with a notice and a backup", () => {
    for (const ruw of ["tekst", [1], { respondenten: [] }, { versie: "1" }]) {
      const uit = migrateSessie(ruw, DATA, DATUM);
      assert.deepEqual([uit.sessie, uit.backup], [emptySessie(DATUM), true]);
      assert.match(uit.melding, /niet herkend/);
    }
    const nieuwer = migrateSessie({ ...VERSIE_1, versie: 99 }, DATA, DATUM);
    assert.match(nieuwer.melding, /nieuwere versie van deze pagina \(versie 99\)/);
    assert.equal(nieuwer.backup, true);
  });

  it("runs older versions through the migrations step by step, and says so when one is missing", () => {
    const migraties = { 0: (oud) => ({ ...oud, respondenten: oud.mensen, mensen: undefined }), 1: (oud) => ({ ...oud, datum: "2025-01-02" }) };
    const { sessie } = migrateSessie({ versie: 0, mensen: [{ id: "r1", naam: "Anna", antwoorden: { "raad-1": 1 } }] }, DATA, DATUM, migraties);
    assert.deepEqual([sessie.versie, sessie.datum, sessie.respondenten[0].naam], [2, "2025-01-02", "Anna"]);
    assert.match(migrateSessie({ versie: 0 }, DATA, DATUM, {}).melding, /versie 0\) kunnen niet meer worden gelezen/);
  });
});

/** A stand-in for localStorage shared by "tabs", as the browser shares it per origin. */
function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const today = () => DATUM;

describe("createStorage", () => {
  it("stores with a revision and reads back what it stored", () => {
    const opslag = memoryStorage();
    const tab = createStorage(opslag, DATA, today);
    const { sessie } = tab.load("t");
    assert.equal(opslag.getItem(STORAGE_KEY), null, "a fresh sessie is not written until it changes");
    const gewijzigd = setAntwoord(sessie, "r1", "raad-1", 2);
    assert.deepEqual(tab.save(gewijzigd, "t"), { ok: true });
    assert.equal(JSON.parse(opslag.getItem(STORAGE_KEY)).revisie, 1);
    assert.deepEqual(createStorage(opslag, DATA, today).load("t").sessie, gewijzigd);
  });

  it("refuses to let a stale tab overwrite what another tab stored, and gives the newer sessie", () => {
    const opslag = memoryStorage();
    const a = createStorage(opslag, DATA, today);
    const b = createStorage(opslag, DATA, today);
    const start = a.load("t").sessie;
    b.load("t");
    const vanA = setAntwoord(start, "r1", "raad-1", 2);
    a.save(vanA, "t");
    const vanB = setAntwoord(start, "r1", "raad-2", 3);
    const uit = b.save(vanB, "t");
    assert.equal(uit.ok, false);
    assert.deepEqual(uit.nieuwer.sessie.respondenten[0].antwoorden, { "raad-1": 2 });
    assert.deepEqual(JSON.parse(opslag.getItem(STORAGE_KEY)).respondenten[0].antwoorden, { "raad-1": 2 }, "A's answer is not lost");
    // B now knows A's state, so its next change is stored on top of it
    const daarna = setAntwoord(uit.nieuwer.sessie, "r1", "raad-2", 3);
    assert.deepEqual(b.save(daarna, "t"), { ok: true });
    assert.deepEqual(JSON.parse(opslag.getItem(STORAGE_KEY)).respondenten[0].antwoorden, { "raad-1": 2, "raad-2": 3 });
    assert.equal(JSON.parse(opslag.getItem(STORAGE_KEY)).revisie, 2);
  });

  it("follows another tab: what it stored becomes this tab's sessie, and is not written back", () => {
    const opslag = memoryStorage();
    const a = createStorage(opslag, DATA, today);
    const b = createStorage(opslag, DATA, today);
    a.save(setAntwoord(a.load("t").sessie, "r1", "raad-1", 2), "t");
    b.load("t");
    const raw = opslag.getItem(STORAGE_KEY);
    const { sessie } = b.readOther(raw, "t");
    assert.deepEqual(b.save(sessie, "t"), { ok: true });
    assert.equal(opslag.getItem(STORAGE_KEY), raw);
  });

  it("backs up a stored value it cannot keep before anything overwrites it, and says where", () => {
    for (const raw of ["{kapot", JSON.stringify({ versie: 99, iets: "nieuws" }), JSON.stringify({ versie: 2, respondenten: "x" })]) {
      const opslag = memoryStorage();
      opslag.setItem(STORAGE_KEY, raw);
      const tab = createStorage(opslag, DATA, today);
      const { melding } = tab.load("2026-12-01T10-00-00");
      const key = `${BACKUP_PREFIX}-2026-12-01T10-00-00`;
      assert.equal(opslag.getItem(key), raw);
      assert.equal(tab.readBackup(), raw);
      assert.match(melding, new RegExp(`reservekopie .* bewaard in de browseropslag onder "${key}"`));
    }
  });

  it("wipes the sessie and every backup", () => {
    const opslag = memoryStorage();
    opslag.setItem(STORAGE_KEY, "{kapot");
    opslag.setItem("ander", "blijft");
    const tab = createStorage(opslag, DATA, today);
    tab.load("t");
    assert.equal(tab.wipe(emptySessie(DATUM)), null);
    assert.deepEqual([opslag.length, opslag.getItem("ander")], [1, "blijft"]);
  });

  it("tells the user when the browser does not allow storage", () => {
    const geblokkeerd = { getItem() { throw new Error("SecurityError"); } };
    const { sessie, melding } = createStorage(geblokkeerd, DATA, today).load("t");
    assert.deepEqual(sessie, emptySessie(DATUM));
    assert.match(melding, /staat niet toe dat de zelfscan antwoorden bewaart/);
  });
});
