// Every view module of the zelfscan, rendered for a given state without a browser: the views
// return vnodes, so their structure, their text and their event handlers can be checked here.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { initialState } from "../../docs/assets/js/zelfscan/actions.mjs";
import { actieplanView } from "../../docs/assets/js/zelfscan/actieplan-view.mjs";
import { addMaatregel, emptyActieplan } from "../../docs/assets/js/zelfscan/actieplan.mjs";
import { adviesView } from "../../docs/assets/js/zelfscan/advies-view.mjs";
import { bespreekpuntenView, opmerkingenView } from "../../docs/assets/js/zelfscan/bespreekpunten-view.mjs";
import { bestandenView } from "../../docs/assets/js/zelfscan/bestanden-view.mjs";
import { metingView } from "../../docs/assets/js/zelfscan/meting-view.mjs";
import { normenView } from "../../docs/assets/js/zelfscan/normen-view.mjs";
import { reportView } from "../../docs/assets/js/zelfscan/report-view.mjs";
import { formulierView } from "../../docs/assets/js/zelfscan/formulier-view.mjs";
import { antwoordenView } from "../../docs/assets/js/zelfscan/respondenten-view.mjs";
import { emptySessie } from "../../docs/assets/js/zelfscan/session.mjs";
import { startView } from "../../docs/assets/js/zelfscan/start-view.mjs";
import {
  DATA, DATUM, IDS, byClass, byId, byTestId, findAll, gezondeAntwoorden, respondent, sessie, textOf, viewContext,
} from "./zelfscan-helpers.mjs";

const state = (s, ui = {}) => {
  const basis = initialState(s);
  return { ...basis, ui: { ...basis.ui, ...ui } };
};
const classes = (node) => String(node.props.class ?? "").split(/\s+/);

// Two respondents who differ on six statements by two or more steps (see the bespreekpunten).
const ANNA = respondent({ ...gezondeAntwoorden(), "raad-1": 1, "raad-2": 1, "raad-3": 1, "raad-4": 1, "raad-7": 1, "raad-8": 1 }, { id: "r1", naam: "Anna", rol: "griffier", opmerkingen: { "raad-1": "Bij de begroting" } });
const BRAM = respondent({ ...gezondeAntwoorden(), "raad-1": 4, "raad-2": 3, "raad-6": 2 }, { id: "r2", naam: "Bram", rol: "wethouder" });
const FASEN = {
  1: { titel: "Fase 1", betekenis: "Er schuurt iets.", wie: "De burgemeester.", wanneer_hoger: "Als het niet helpt.", url: "fasen/fase-1.html" },
  2: { titel: "Fase 2", betekenis: "Het schuurt structureel.", wie: "Burgemeester met hulp van buiten.", wanneer_hoger: "Bij een crisis.", url: "fasen/fase-2.html" },
  preventief: { titel: "Preventief", betekenis: "Onderhoud.", wie: "Iedereen.", url: "fasen/fase-preventief.html" },
};

describe("startView", () => {
  it("says where the answers live and offers the wipe, and a backup download when one was made", () => {
    const { ctx, calls } = viewContext();
    const zonder = startView(state(emptySessie(DATUM)), ctx);
    assert.match(textOf(zonder), /Uw antwoorden blijven in deze browser/);
    assert.equal(byTestId(zonder, "reservekopie").length, 0);
    byTestId(zonder, "wis-alles")[0].props.onClick();
    assert.deepEqual(calls, [["wipe"]]);
    const met = startView(state(emptySessie(DATUM), { meldingen: { opslag: { soort: "fout", regels: ["Onleesbaar."], reserve: true } } }), ctx);
    assert.equal(textOf(byTestId(met, "opslag-melding")), "Onleesbaar. Reservekopie downloaden");
  });
});

describe("normenView", () => {
  it("first asks to accept the norms, with the table open and every norm as the chosen word", () => {
    const { ctx, calls } = viewContext();
    const tree = normenView(state(sessie([respondent({})], { normen: { "raad-2": 2 } })), ctx);
    assert.match(textOf(tree), /Het handboek stelt geen vaste normen/);
    assert.equal(findAll(tree, (n) => n.type === "select").length, 19);
    assert.equal(byId(tree, "zs-norm-raad-2").props.value, "2");
    assert.equal(textOf(byClass(byId(tree, "zs-normrij-raad-2"), "zs-normwoord")), "geregeld");
    assert.equal(textOf(byClass(byId(tree, "zs-normrij-raad-5"), "zs-normwoord")), "nooit");
    assert.equal(byClass(tree, "zs-dicht").length, 0);
    byTestId(tree, "normen-vaststellen")[0].props.onClick();
    byId(tree, "zs-norm-raad-1").props.onChange({ currentTarget: { value: "3" } });
    assert.deepEqual(calls, [["acceptNormen"], ["setNorm", "raad-1", 3]]);
  });

  it("once accepted: one line, the table folded (still printed), unfolded on request", () => {
    const { ctx } = viewContext();
    const s = sessie([respondent({})], { normen: { "raad-2": 2 }, normenVastgesteld: true });
    const dicht = normenView(state(s), ctx);
    assert.equal(textOf(byTestId(dicht, "normen-samenvatting")), "Vastgesteld. De standaardnormen gelden, met 1 eigen norm (stelling 2: geregeld). Normen bekijken of aanpassen");
    const tabel = byId(dicht, "zs-deel-normen");
    assert.ok(classes(tabel).includes("zs-dicht") && classes(tabel).includes("zs-print-bijlage"));
    const open = normenView(state(s, { open: { normen: true } }), ctx);
    assert.equal(classes(byId(open, "zs-deel-normen")).includes("zs-dicht"), false);
  });
});

/** Step 2: the list of respondents and the open form (two mounts). */
const stap2 = (s, ctx) => [antwoordenView(s, ctx), formulierView(s, ctx)];

describe("antwoordenView and formulierView", () => {
  it("lists each person with their progress, and the open form with its answers", () => {
    const { ctx, calls } = viewContext();
    const tree = stap2(state(sessie([ANNA, BRAM], { actief: "r2" })), ctx);
    const items = byTestId(tree, "respondenten")[0].props.children.flat();
    assert.deepEqual(items.map((li) => textOf(byClass(li, "zs-respondent-stand"))), ["— 19 van 19 beantwoord", "— 19 van 19 beantwoord"]);
    const form = findAll(tree, (n) => n.type === "form")[0];
    assert.equal(form.props["data-respondent"], "r2");
    assert.equal(textOf(byId(tree, "zs-kop-formulier")), "Vragenlijst van Bram");
    assert.equal(byId(tree, "zs-r2-raad-1-4").props.checked, true);
    assert.equal(byId(tree, "zs-r2-raad-1-1").props.checked, false);
    assert.equal(textOf(byTestId(tree, "voortgang")), "19 van 19 beantwoord");
    assert.equal(byTestId(tree, "volgende-persoon").length, 1, "the next person's button is at the end of the form");
    byId(tree, "zs-r2-raad-3-2").props.onChange();
    byTestId(tree, "volgende-persoon")[0].props.onClick();
    assert.deepEqual(calls, [["setAntwoord", "r2", "raad-3", 2], ["nextPerson"]]);
  });

  it("lists the unanswered statements only once something is answered", () => {
    const { ctx } = viewContext();
    assert.equal(byTestId(stap2(state(emptySessie(DATUM)), ctx), "onbeantwoord").length, 0);
    const half = stap2(state(sessie([respondent({ "raad-1": 2 })])), ctx);
    assert.equal(byTestId(half, "onbeantwoord")[0].props.children.length, 18);
  });

  it("during a hand round shows nobody else's name or progress", () => {
    const { ctx } = viewContext();
    const s = sessie([ANNA, respondent({}, { id: "r2" })], { actief: "r2", rondgang: true, uitkomstTonen: false });
    const tree = stap2(state(s), ctx);
    assert.equal(textOf(byClass(tree, "zs-rondgang-stand")), "Rondgang bezig: 1 persoon is klaar. Hun antwoorden blijven verborgen.");
    assert.doesNotMatch(textOf(tree), /Anna/);
    assert.deepEqual([byTestId(tree, "klaar-volgende").length, byTestId(tree, "toon-uitkomst").length, byTestId(tree, "respondenten").length], [1, 1, 0]);
  });

  it("shows the antwoordcode of the open respondent when asked", () => {
    const { ctx } = viewContext();
    const tree = stap2(state(sessie([ANNA]), { code: "r1" }), ctx);
    assert.match(byTestId(tree, "antwoordcode")[0].props.value, /^ZS1\./);
  });
});

describe("bespreekpuntenView", () => {
  it("shows at most five bespreekpunten with the rule, the rest on request, the details folded", () => {
    const { ctx } = viewContext();
    const tree = bespreekpuntenView(state(sessie([ANNA, BRAM])), ctx);
    // spread >= 2: raad-1 (1/4: 3), raad-2 (1/3), raad-3 (1/5), raad-4 (1/5), raad-6 (5/2), raad-7 (1/5), raad-8 (1/5)
    // around the norm: all but raad-2 (zorg 4 and 2, both above 1)
    assert.deepEqual(byTestId(tree, "bespreekpunten")[0].props.children.map((li) => li.props["data-vraag"]), ["raad-3", "raad-4", "raad-7", "raad-8", "raad-1"]);
    assert.deepEqual(byTestId(tree, "bespreekpunten-overig")[0].props.children.map((li) => li.props["data-vraag"]), ["raad-6", "raad-2"]);
    assert.match(textOf(tree), /Hoogstens 5 staan hier/);
    assert.equal(textOf(byTestId(tree, "bespreekpunten-meer")), "Nog 2 bespreekpunten tonen");
    assert.ok(classes(byId(tree, "zs-deel-details")).includes("zs-dicht"));
    assert.ok(byId(tree, "zs-rollen") === undefined, "no rol has two respondents");
  });

  it("keeps the remarks in a view of their own, folded, printed in the appendix", () => {
    const { ctx } = viewContext();
    const tree = opmerkingenView(state(sessie([ANNA, BRAM])), ctx);
    assert.equal(textOf(byTestId(tree, "opmerkingen-open")), "Opmerkingen van de respondenten (1 stelling)");
    assert.ok(classes(byId(tree, "zs-deel-opmerkingen")).includes("zs-print-bijlage"));
    assert.equal(textOf(byTestId(tree, "opmerkingen")), "1. Er wordt gestemd langs de lijn coalitie-oppositie Anna (Griffier) Respondent 1 (Griffier): Bij de begroting");
    assert.equal(opmerkingenView(state(sessie([BRAM])), ctx), null, "no remarks, nothing shown");
  });

  it("hides everything during a hand round", () => {
    const { ctx } = viewContext();
    const tree = bespreekpuntenView(state(sessie([ANNA, BRAM], { rondgang: true, uitkomstTonen: false })), ctx);
    assert.deepEqual([byClass(tree, "zs-verborgen-uitkomst").length, byTestId(tree, "bespreekpunten").length], [1, 0]);
  });
});

describe("adviesView", () => {
  const zwaar = sessie([respondent({ "raad-6": 2, "raad-7": 1 })]);

  it("leads with the fase and the total, explains what the fase means and why, checkable by hand", () => {
    const { ctx } = viewContext({ ...DATA, fasen: FASEN });
    // raad-7 altijd: 4 - 1 = 3; raad-6 vaak: 3 - 0 = 3 (zwaar). Total 6: fase 1, raised to 2.
    const tree = adviesView(state(zwaar), ctx);
    assert.deepEqual([byTestId(tree, "advies-fase")[0].props["data-fase"], textOf(byTestId(tree, "overschrijding"))], ["2", "6"]);
    assert.equal(textOf(byTestId(tree, "fase-uitleg")), "Fase 2. Het schuurt structureel. Wie handelt: Burgemeester met hulp van buiten. Wanneer een fase hoger: Bij een crisis. Uitleg van deze site, niet uit het handboek. Meer over deze fase");
    const bijdragen = byTestId(tree, "advies-bijdragen")[0].props.children;
    assert.deepEqual(bijdragen.map((li) => li.props["data-vraag"]), ["raad-6", "raad-7"]);
    assert.equal(textOf(bijdragen[0]), '6. Een coalitie valt uiteen: zorg 3, nog acceptabel tot en met "nooit" (norm 0), overschrijding 3.');
    assert.equal(textOf(byTestId(tree, "advies-som")), "Alle overschrijdingen opgeteld: 3 + 3 = 6.");
    assert.match(textOf(byTestId(tree, "advies-grens")), /^6 is meer dan 0 en minder dan 10: fase 1\. De grenzen 10 en 25 zijn een keuze van deze site; het handboek noemt geen grenzen\. Testreden voor de grenzen\.$/);
    assert.match(textOf(byTestId(tree, "zwaar-uitleg")), /is toegepast: 6\. Een coalitie valt uiteen heeft een zorgscore van 3 of meer\. Daarom is het advies fase 2 in plaats van fase 1\./);
    assert.match(textOf(tree), /Zware stellingen zijn een keuze van deze site; het handboek kent die indeling niet\. Testreden voor zware stellingen\./);
  });

  it("starts with three instruments, each with its best product and a way into the actieplan", () => {
    const { ctx, calls } = viewContext();
    const tree = adviesView(state(zwaar), ctx);
    const items = byTestId(tree, "begin-hier")[0].props.children;
    assert.deepEqual(items.map((li) => li.props["data-instrument"]), ["cdk-verzoeken-om-advies", "onafhankelijke-analyse", "vergaderingen-strakker-voorzitten"]);
    assert.match(textOf(items[1]), /Beste beschikbare product: Quickscan bestuurscultuur \(Bestaand · Quickscan · Democratie in Actie\)/);
    assert.match(textOf(items[0]), /Nog geen ondersteuningsproduct bekend/);
    findAll(items[1], (n) => n.props["data-testid"] === "product-naar-actieplan")[0].props.onClick();
    assert.deepEqual(calls, [["addMaatregelFor", "onafhankelijke-analyse", "quickscan-cultuur"]]);
  });

  it("keeps the full list of the fase and the lower ones, and the whole rule, folded", () => {
    const { ctx } = viewContext();
    const tree = adviesView(state(zwaar), ctx);
    assert.deepEqual(findAll(tree, (n) => n.props["data-fase-instrumenten"]).map((n) => n.props["data-fase-instrumenten"]), ["2", "1"]);
    assert.ok(classes(byId(tree, "zs-deel-instrumenten")).includes("zs-dicht"));
    assert.equal(textOf(byTestId(tree, "instrumenten-open")), "Alle instrumenten voor fase 2 (10)");
    assert.match(textOf(byId(tree, "zs-deel-instrumenten")), /Deze site leest de escalatieladder cumulatief.*Testreden voor de trap\./);
    assert.deepEqual(findAll(byId(tree, "zs-boven-norm"), (n) => n.type === "tr" && n.props["data-vraag"]).map((tr) => tr.props["data-vraag"]), ["raad-6", "raad-7"]);
  });

  it("without a signal points to the preventive instruments; without answers asks for them", () => {
    const { ctx } = viewContext();
    const geen = adviesView(state(sessie([respondent(gezondeAntwoorden())])), ctx);
    assert.match(textOf(byClass(geen, "zs-geen-signaal")), /^Er is geen signaal/);
    assert.equal(findAll(geen, (n) => n.props["data-fase-instrumenten"]).length, 0);
    const leeg = adviesView(state(emptySessie(DATUM)), ctx);
    assert.equal(textOf(byTestId(leeg, "advies-fase")), "nog geen advies (er zijn nog geen antwoorden)");
  });
});

describe("actieplanView", () => {
  const plan = addMaatregel(addMaatregel(emptyActieplan(), { tekst: "Heidag" }), { tekst: "Cursus" });

  it("edits each maatregel in place and prints the plan as a table", () => {
    const { ctx, calls } = viewContext();
    const tree = actieplanView(state(sessie([ANNA], { actieplan: plan })), ctx);
    assert.ok(classes(byTestId(tree, "actieplan")[0]).includes("zs-print-actieplan"));
    assert.equal(byId(tree, "zs-m2-tekst").props.value, "Cursus");
    assert.equal(textOf(findAll(tree, (n) => n.type === "table")[0]), "Maatregel Eigenaar Termijn Prioriteit Status A. Heidag Burgemeester Kort – Niet gestart B. Cursus Burgemeester Kort – Niet gestart");
    byId(tree, "zs-m1-status").props.onChange({ currentTarget: { value: "gestart" } });
    byTestId(tree, "actieplan-print")[0].props.onClick();
    assert.deepEqual(calls, [["setMaatregel", "m1", "status", "gestart"], ["printActieplan"]]);
    assert.equal(byTestId(tree, "preventief").length, 1);
  });

  it("an empty plan does not print, and the plan is hidden during a hand round", () => {
    const { ctx } = viewContext();
    const leeg = actieplanView(state(sessie([ANNA])), ctx);
    assert.ok(classes(byTestId(leeg, "actieplan")[0]).includes("zs-geen-print"));
    const rondgang = actieplanView(state(sessie([ANNA], { actieplan: plan, rondgang: true, uitkomstTonen: false })), ctx);
    assert.deepEqual([byTestId(rondgang, "actieplan").length, byClass(rondgang, "zs-verborgen-plan").length], [0, 1]);
  });
});

describe("metingView", () => {
  it("shows the vorige meting as reported then, recomputed under today's norms, and its plan", () => {
    const { ctx } = viewContext();
    const normenToen = Object.fromEntries(IDS.map((id) => [id, id === "raad-1" ? 3 : DATA.stellingen.find((s) => s.id === id).norm]));
    const vorigeMeting = {
      bron: "2025.json", datum: "2025-11-20", normen: normenToen, uitkomst: { totaal: 11, fase: "2" },
      respondenten: [respondent({ "raad-1": 1 })], actieplan: addMaatregel(emptyActieplan(), { tekst: "Heidag" }),
    };
    const tree = metingView(state(sessie([ANNA], { vorigeMeting })), ctx);
    assert.equal(textOf(byTestId(tree, "vorige-totaal")), "Vorige meting, zoals toen gerapporteerd 11 fase 2");
    // raad-1 altijd under today's norm 1: 4 - 1 = 3
    assert.equal(textOf(byTestId(tree, "vorige-herberekend")), "Vorige meting, herberekend met de huidige normen 3 fase 1");
    assert.match(textOf(byTestId(tree, "vorige-normen")), /stelling 1 \(toen: vaak, nu: soms\)/);
    assert.match(textOf(byTestId(tree, "vorig-actieplan")), /A\. Heidag/);
    assert.equal(byTestId(tree, "vorige-weg").length, 1);
  });

  it("without a vorige meting offers the file input only, and prints nothing", () => {
    const { ctx } = viewContext();
    const tree = metingView(state(sessie([ANNA])), ctx);
    assert.equal(byTestId(tree, "vorige-meting").length, 1);
    assert.equal(findAll(tree, (n) => classes(n).some((c) => c.startsWith("zs-print-"))).length, 0);
  });
});

describe("bestandenView and reportView", () => {
  it("asks about a file of another day, and offers the vorige meting only for one file", () => {
    const { ctx, calls } = viewContext();
    const bestand = { naam: "2025.json", value: { datum: "2025-11-20", respondenten: [] } };
    const een = bestandenView(state(sessie([ANNA]), { vraag: { bestanden: [bestand] } }), ctx);
    assert.match(textOf(byTestId(een, "import-vraag")), /2025\.json \(20 november 2025\)\. Deze sessie is van 1 december 2026/);
    byTestId(een, "import-vorige")[0].props.onClick();
    assert.deepEqual(calls, [["answerVraag", "vorige"]]);
    const twee = bestandenView(state(sessie([ANNA]), { vraag: { bestanden: [bestand, bestand] } }), ctx);
    assert.equal(byTestId(twee, "import-vorige").length, 0);
  });

  it("the report head names the respondents, and is absent during a hand round", () => {
    const { ctx } = viewContext();
    const tree = reportView(state(sessie([ANNA, BRAM])), ctx);
    assert.match(textOf(tree), /Rapport zelfscan bestuurscultuur Afgedrukt op 1 december 2026\. Respondenten \(2\):/);
    assert.equal(byClass(tree, "zs-print-bijlage-kop").length, 1);
    assert.equal(reportView(state(sessie([ANNA], { rondgang: true, uitkomstTonen: false })), ctx), null);
  });
});

describe("what each view reads", () => {
  it("is a list that changes with what the view shows, and stays the same otherwise", async () => {
    const modules = ["start", "normen", "respondenten", "formulier", "bespreekpunten", "advies", "actieplan", "meting", "bestanden", "report"];
    const deps = [];
    for (const naam of modules) {
      const module = await import(`../../docs/assets/js/zelfscan/${naam}-view.mjs`);
      deps.push(...Object.entries(module).filter(([key]) => key.endsWith("Deps")).map(([, fn]) => fn));
    }
    assert.equal(deps.length, 11);
    const s = state(sessie([ANNA, BRAM]));
    const antwoord = { ...s, sessie: { ...s.sessie, respondenten: [{ ...ANNA, antwoorden: { ...ANNA.antwoorden, "raad-1": 5 } }, BRAM] } };
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
    for (const fn of deps) {
      assert.ok(Array.isArray(fn(s)), fn.name);
      assert.ok(same(fn(s), fn({ ...s })), `${fn.name} is stable for the same state`);
    }
    const redrawn = deps.filter((fn) => !same(fn(s), fn(antwoord))).length;
    assert.ok(redrawn >= 6, "an answer redraws the outcome views");
  });
});
