// The one store (store.mjs) with the reducer of the page (actions.mjs), and the intents that
// drive it (intents.mjs), with the browser replaced by a recording stand-in.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { initialState, reduce } from "../../docs/assets/js/zelfscan/actions.mjs";
import { formatAntwoordcode } from "../../docs/assets/js/zelfscan/antwoordcode.mjs";
import { createDerive } from "../../docs/assets/js/zelfscan/derive.mjs";
import { serialiseFile } from "../../docs/assets/js/zelfscan/file-write.mjs";
import { createIntents } from "../../docs/assets/js/zelfscan/intents.mjs";
import { emptySessie } from "../../docs/assets/js/zelfscan/session.mjs";
import { createStore } from "../../docs/assets/js/zelfscan/store.mjs";
import { DATA, DATUM, respondent, sessie } from "./zelfscan-helpers.mjs";

const makeStore = (start = emptySessie(DATUM)) => createStore((state, action) => reduce(state, action, DATA), initialState(start));

describe("createStore", () => {
  it("gives the state, applies actions through the reducer and tells subscribers", () => {
    const store = makeStore();
    const gezien = [];
    const stop = store.subscribe((state, vorige) => gezien.push([vorige.sessie.respondenten[0].antwoorden, state.sessie.respondenten[0].antwoorden]));
    store.dispatch({ type: "antwoord/set", respondent: "r1", stelling: "raad-1", waarde: 2 });
    assert.deepEqual(gezien, [[{}, { "raad-1": 2 }]]);
    stop();
    store.dispatch({ type: "antwoord/set", respondent: "r1", stelling: "raad-1", waarde: 3 });
    assert.equal(gezien.length, 1, "no longer subscribed");
    assert.deepEqual(store.getState().sessie.respondenten[0].antwoorden, { "raad-1": 3 });
  });

  it("runs an action dispatched by a subscriber after the current one, so every subscriber sees every state in order", () => {
    const store = makeStore();
    const volgorde = [];
    store.subscribe((state) => {
      if (state.sessie.respondenten[0].antwoorden["raad-1"] === 1) {
        store.dispatch({ type: "antwoord/set", respondent: "r1", stelling: "raad-1", waarde: 5 });
      }
    });
    store.subscribe((state) => volgorde.push(state.sessie.respondenten[0].antwoorden["raad-1"]));
    store.dispatch({ type: "antwoord/set", respondent: "r1", stelling: "raad-1", waarde: 1 });
    assert.deepEqual(volgorde, [1, 5]);
  });

  it("does not tell subscribers when nothing changed, and refuses an unknown action", () => {
    const store = makeStore();
    let aantal = 0;
    store.subscribe(() => (aantal += 1));
    store.dispatch({ type: "respondent/open", respondent: "r99" });
    assert.equal(aantal, 0);
    assert.throws(() => store.dispatch({ type: "bestaat/niet" }), /unknown action bestaat\/niet/);
  });

  it("keeps ui state apart from the stored sessie, and sets a message with any action", () => {
    const store = makeStore();
    const sessieVoor = store.getState().sessie;
    store.dispatch({ type: "open/set", sleutel: "details", open: true, melding: { plek: "antwoorden", melding: { soort: "ok", regels: ["x"] } } });
    assert.equal(store.getState().sessie, sessieVoor);
    assert.deepEqual(store.getState().ui.open, { details: true });
    assert.deepEqual(store.getState().ui.meldingen.antwoorden, { soort: "ok", regels: ["x"] });
  });
});

function recordingEnv(extra = {}) {
  const log = [];
  return {
    log,
    env: {
      today: () => DATUM,
      confirm: () => true,
      focus: (selector) => log.push(["focus", selector]),
      scrollTo: (selector) => log.push(["scrollTo", selector]),
      readText: async (bestand) => bestand.tekst,
      download: (naam, inhoud) => log.push(["download", naam, inhoud]),
      print: () => log.push(["print"]),
      copy: async () => true,
      storage: { wipe: () => null, readBackup: () => null },
      ...extra,
    },
  };
}

const fileInput = (...bestanden) => ({ files: bestanden.map(([name, tekst]) => ({ name, tekst, size: tekst.length })), value: "x" });

describe("intents", () => {
  it("the next person gets a fresh form and the focus", () => {
    const store = makeStore();
    const { env, log } = recordingEnv();
    const intents = createIntents(store, DATA, env);
    intents.setAntwoord("r1", "raad-1", 2);
    intents.nextPerson();
    assert.equal(store.getState().sessie.actief, "r2");
    assert.deepEqual(log, [["scrollTo", "#zs-kop-formulier"], ["focus", "#zs-naam"]]);
  });

  it("accepting the norms folds step 1 and moves on to the form", () => {
    const store = makeStore();
    const { env, log } = recordingEnv();
    createIntents(store, DATA, env).acceptNormen();
    assert.equal(store.getState().sessie.normenVastgesteld, true);
    assert.deepEqual(log, [["focus", "#zs-naam"]]);
  });

  it("a file of another day asks: this sessie's answers, or a vorige meting", async () => {
    const vorigJaar = sessie([respondent({ "raad-1": 1 }, { naam: "Anna" })]);
    const tekst = serialiseFile(vorigJaar, DATA, "2025-11-20");
    const store = makeStore();
    const intents = createIntents(store, DATA, recordingEnv().env);
    await intents.importFiles(fileInput(["2025.json", tekst]));
    assert.equal(store.getState().ui.vraag.bestanden[0].naam, "2025.json");
    assert.equal(store.getState().sessie.respondenten[0].naam, "", "nothing merged yet");
    intents.answerVraag("vorige");
    assert.equal(store.getState().ui.vraag, null);
    assert.deepEqual(store.getState().sessie.vorigeMeting.uitkomst, { totaal: 3, fase: "1" });
    assert.equal(store.getState().sessie.respondenten.length, 1);
    await intents.importFiles(fileInput(["2025.json", tekst]));
    intents.answerVraag("samenvoegen");
    assert.deepEqual(store.getState().sessie.respondenten.map((r) => r.naam), ["Anna"]);
  });

  it("a file of the same day, or without a date, is merged at once; a bad one changes nothing", async () => {
    const store = makeStore();
    const intents = createIntents(store, DATA, recordingEnv().env);
    await intents.importFiles(fileInput(["a.json", serialiseFile(sessie([respondent({ "raad-1": 1 })]), DATA, DATUM)]));
    assert.equal(store.getState().ui.vraag, null);
    assert.deepEqual(store.getState().ui.meldingen.bestanden.regels, ["1 respondent toegevoegd uit 1 bestand."]);
    const voor = store.getState().sessie;
    await intents.importFiles(fileInput(["b.json", "{kapot"]));
    assert.equal(store.getState().sessie, voor);
    assert.match(store.getState().ui.meldingen.bestanden.regels[1], /^b\.json: Het bestand is geen geldige JSON/);
  });

  it("an antwoordcode adds its respondent once", () => {
    const store = makeStore();
    const intents = createIntents(store, DATA, recordingEnv().env);
    const code = formatAntwoordcode(respondent({ "raad-1": 2, "raad-2": 3 }, { naam: "Bram", rol: "wethouder" }), DATA);
    intents.setCodeInvoer(code);
    intents.addCode();
    assert.deepEqual(store.getState().sessie.respondenten.map((r) => [r.naam, r.rol]), [["Bram", "wethouder"]]);
    assert.deepEqual(store.getState().ui.meldingen.code.regels, ["Bram is toegevoegd (2 van 19 beantwoord)."]);
    assert.equal(store.getState().ui.codeInvoer, "");
    intents.setCodeInvoer(code);
    intents.addCode();
    assert.equal(store.getState().sessie.respondenten.length, 1);
    assert.match(store.getState().ui.meldingen.code.regels[0], /al toegevoegd/);
  });

  it("one click puts an instrument with its product into the actieplan", () => {
    const store = makeStore();
    createIntents(store, DATA, recordingEnv().env).addMaatregelFor("vergaderingen-strakker-voorzitten", "cursus-voorzitten");
    const [maatregel] = store.getState().sessie.actieplan.maatregelen;
    assert.deepEqual([maatregel.tekst, maatregel.instrument, maatregel.product], ["Vergaderingen strakker voorzitten, met Cursus voorzitten", "vergaderingen-strakker-voorzitten", "cursus-voorzitten"]);
  });

  it("wiping asks first, then leaves a fresh sessie and says so", () => {
    const store = makeStore(sessie([respondent({ "raad-1": 1 })]));
    let gevraagd = "";
    const { env } = recordingEnv({ confirm: (tekst) => { gevraagd = tekst; return true; } });
    createIntents(store, DATA, env).wipe();
    assert.match(gevraagd, /wissen/);
    assert.deepEqual(store.getState().sessie, emptySessie(DATUM));
    assert.deepEqual(store.getState().ui.meldingen.opslag.regels, ["Alle antwoorden zijn gewist uit deze browser."]);
  });
});

describe("createDerive", () => {
  it("recomputes the outcome only when the answers, norms or vorige meting change, with the respondents of now", () => {
    const derive = createDerive(DATA);
    const s1 = sessie([respondent({ "raad-1": 1 })]);
    const eerste = derive(s1);
    const opmerking = { ...s1, respondenten: [{ ...s1.respondenten[0], opmerkingen: { "raad-1": "x" } }] };
    const daarna = derive(opmerking);
    assert.equal(daarna.advies, eerste.advies, "a remark does not recompute the advies");
    assert.equal(daarna.metAntwoord[0], opmerking.respondenten[0], "but the respondents are the current ones");
    assert.notEqual(derive({ ...s1, normen: { "raad-1": 4 } }).advies, eerste.advies);
    assert.notEqual(derive(sessie([respondent({ "raad-1": 2 })])).advies, eerste.advies);
  });
});
