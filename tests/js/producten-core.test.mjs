// Tests for the product overview's pure logic and views. Run: node --test tests/js/
// Expected values are written out by hand.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

import {
  applyState,
  countText,
  emptyState,
  pageNumbers,
  pageOf,
  prepareProducts,
  readState,
  selectedText,
  textScore,
  writeQuery,
} from "../../docs/assets/js/producten-core.mjs";
import { cardView, emptyView, facetView, pagerView, resultsView } from "../../docs/assets/js/producten-view.mjs";
import { prepareCorrections, words } from "../../docs/assets/js/zoektaal.mjs";
import { find, text } from "./helpers/vnodes.mjs";

const FACETS = [
  { id: "doelgroep", label: "Doelgroep", waarden: [
    { id: "raadsleden", label: "Raadsleden" }, { id: "griffiers", label: "Griffiers" },
    { id: "burgemeesters", label: "Burgemeesters" }] },
  { id: "thema", label: "Thema", waarden: [
    { id: "samenwerking", label: "Samenwerking" }, { id: "integriteit-weerbaarheid", label: "Integriteit" }] },
  { id: "status", label: "Status", waarden: [
    { id: "bestaand", label: "Bestaand" }, { id: "voorgesteld", label: "Voorgesteld" }] },
];

function entry(id, titel, waarden, extra = {}) {
  return { id, titel, status: waarden.status[0], statuslabel: "Bestaand", planning: "", kort: "", kenmerken: "",
    voor: "", waarden, termen: [], verwant: [], tekst: "", ...extra };
}

const ENTRIES = [
  entry("grip", "Handreiking grip op regionale samenwerking",
    { doelgroep: ["raadsleden", "griffiers"], thema: ["samenwerking"], status: ["bestaand"] },
    { termen: ["gemeenschappelijke regeling"] }),
  entry("leergang", "Leergang voor griffiers",
    { doelgroep: ["griffiers"], thema: ["samenwerking"], status: ["voorgesteld"] },
    { verwant: ["gemeenschappelijke regeling"] }),
  entry("toolkit", "Toolkit integriteit",
    { doelgroep: ["burgemeesters"], thema: ["integriteit-weerbaarheid"], status: ["bestaand"] },
    { tekst: "Over regels en een gemeenschappelijke aanpak." }),
  entry("handreiking", "Handreiking integriteit politieke ambtsdragers",
    { doelgroep: ["raadsleden", "burgemeesters"], thema: ["integriteit-weerbaarheid"], status: ["bestaand"] },
    { termen: ["integriteit"] }),
];
const PRODUCTS = prepareProducts(ENTRIES, FACETS);
const ids = (outcome) => outcome.results.map((e) => e.id);

describe("readState and writeQuery", () => {
  it("reads facets, text and page; ignores unknown ids and parameters", () => {
    const state = readState("?doelgroep=griffiers,onbekend&doelgroep=raadsleden&tekst=grip+op&pagina=3&q=x", FACETS);
    assert.deepEqual(state, { facets: { doelgroep: ["raadsleden", "griffiers"] }, text: "grip op", page: 3 });
  });

  it("never uses the site search's q, and keeps other parameters as they were", () => {
    const state = { facets: { thema: ["samenwerking"] }, text: "regeling", page: 2 };
    assert.equal(writeQuery("?q=raad&x=1", state, FACETS), "?q=raad&x=1&thema=samenwerking&tekst=regeling&pagina=2");
    assert.equal(writeQuery("?tekst=oud&pagina=4", emptyState(), FACETS), "");
  });

  it("round-trips a state", () => {
    const state = { facets: { doelgroep: ["raadsleden", "burgemeesters"], status: ["bestaand"] }, text: "a b", page: 1 };
    assert.deepEqual(readState(writeQuery("", state, FACETS), FACETS), state);
  });

  it("treats a bad page number as the first page", () => {
    assert.equal(readState("?pagina=-2", FACETS).page, 1);
    assert.equal(readState("?pagina=x", FACETS).page, 1);
  });
});

describe("applyState: matching and ranking", () => {
  it("shows everything in catalog order without filters", () => {
    assert.deepEqual(ids(applyState(PRODUCTS, emptyState(), FACETS)), ["grip", "leergang", "toolkit", "handreiking"]);
  });

  it("ORs within a facet and ANDs across facets", () => {
    const state = { ...emptyState(), facets: { doelgroep: ["griffiers", "burgemeesters"], status: ["bestaand"] } };
    assert.deepEqual(ids(applyState(PRODUCTS, state, FACETS)), ["grip", "toolkit", "handreiking"]);
  });

  it("ranks an editors' zoekterm for the product itself above one via a knelpunt, and both above the text", () => {
    const state = { ...emptyState(), text: "gemeenschappelijke regeling" };
    assert.deepEqual(ids(applyState(PRODUCTS, state, FACETS)), ["grip", "leergang"]);
    const word = { ...emptyState(), text: "gemeenschappelijke" };
    assert.deepEqual(ids(applyState(PRODUCTS, word, FACETS)), ["grip", "leergang", "toolkit"]);
  });

  it("needs every word somewhere", () => {
    assert.equal(textScore(PRODUCTS[0], words("grip integriteit")), 0);
    assert.ok(textScore(PRODUCTS[3], words("integriteit politieke")) > textScore(PRODUCTS[2], words("integriteit")));
  });

  it("corrects misspellings before matching and reports it", () => {
    const corrections = prepareCorrections({ integriteid: "integriteit" });
    const outcome = applyState(PRODUCTS, { ...emptyState(), text: "Integriteid" }, FACETS, corrections);
    assert.deepEqual(ids(outcome), ["handreiking", "toolkit"]);
    assert.equal(outcome.query, "integriteit");
    assert.equal(outcome.corrected, true);
  });
});

describe("applyState: facet counts follow the other filters", () => {
  it("counts every value over all products without filters", () => {
    const { counts } = applyState(PRODUCTS, emptyState(), FACETS);
    assert.deepEqual(counts.doelgroep, { raadsleden: 2, griffiers: 2, burgemeesters: 2 });
    assert.deepEqual(counts.status, { bestaand: 3, voorgesteld: 1 });
  });

  it("counts a facet's values with the other facets applied, not its own", () => {
    const state = { ...emptyState(), facets: { doelgroep: ["griffiers"] } };
    const { counts } = applyState(PRODUCTS, state, FACETS);
    assert.deepEqual(counts.doelgroep, { raadsleden: 2, griffiers: 2, burgemeesters: 2 });
    assert.deepEqual(counts.thema, { samenwerking: 2 });
    assert.deepEqual(counts.status, { bestaand: 1, voorgesteld: 1 });
  });

  it("counts with the search words applied", () => {
    const { counts } = applyState(PRODUCTS, { ...emptyState(), text: "integriteit" }, FACETS);
    assert.deepEqual(counts.thema, { "integriteit-weerbaarheid": 2 });
  });
});

describe("paging", () => {
  const many = Array.from({ length: 45 }, (_, n) => n);

  it("slices a page and clamps the page number", () => {
    assert.deepEqual(pageOf(many, 2, 20), { items: many.slice(20, 40), page: 2, pages: 3, first: 21 });
    assert.equal(pageOf(many, 9, 20).page, 3);
    assert.deepEqual(pageOf([], 1, 20), { items: [], page: 1, pages: 1, first: 1 });
  });

  it("numbers the pages around the current one", () => {
    assert.deepEqual(pageNumbers(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
    assert.deepEqual(pageNumbers(1, 3), [1, 2, 3]);
    assert.deepEqual(pageNumbers(2, 5), [1, 2, 3, 4, 5]);
  });

  it("counts in words", () => {
    assert.equal(countText(113, 113), "113 producten");
    assert.equal(countText(1, 1), "1 product");
    assert.equal(countText(12, 113), "12 van 113 producten");
    assert.equal(selectedText(0), "");
    assert.equal(selectedText(2), "(2 gekozen)");
  });
});

describe("views", () => {
  it("renders a card with the title as link and the planning under it", () => {
    const card = cardView(entry("x", "Titel <b>", { status: ["voorgesteld"] },
      { planning: "Publicatie in 2020", kort: "Kort.", kenmerken: "Training · VNG", voor: "Raadsleden" }));
    const [link] = find(card, "a");
    assert.equal(link.props.href, "x.html");
    assert.equal(text(link), "Titel <b>");
    const paragraphs = find(card, "p").map((p) => p.props.class);
    assert.deepEqual(paragraphs, ["productkaart__planning", "productkaart__tekst", "productkaart__kenmerken",
      "productkaart__voor"]);
  });

  it("offers no value that would leave nothing, unless it is chosen", () => {
    const facet = FACETS[0];
    const view = facetView(facet, ["burgemeesters"], { raadsleden: 3, burgemeesters: 0 }, true, () => {});
    const boxes = find(view, "input");
    assert.deepEqual(boxes.map((b) => [b.props.value, b.props.checked, b.props.disabled]), [
      ["raadsleden", false, false], ["griffiers", false, true], ["burgemeesters", true, false]]);
    assert.match(text(view), /\(1 gekozen\)/);
  });

  it("renders a closed facet's values only once the page opens it", () => {
    const asked = [];
    const closed = facetView(FACETS[0], [], {}, false, (id, open) => asked.push([id, open]));
    assert.equal(find(closed, "input").length, 0);
    assert.equal(closed.props.open, false);
    let prevented = false;
    find(closed, "summary")[0].props.onClick({ preventDefault: () => { prevented = true; } });
    assert.deepEqual(asked, [["doelgroep", true]]);
    assert.ok(prevented, "the page, not the browser, opens the facet");
  });

  it("marks the current page and links the others", () => {
    const view = pagerView({ page: 2, pages: 3 }, (n) => `?pagina=${n}`, () => {});
    const links = find(view, "a");
    assert.deepEqual(links.map((a) => a.props.href), ["?pagina=1", "?pagina=1", "?pagina=2", "?pagina=3", "?pagina=3"]);
    assert.deepEqual(links.filter((a) => a.props["aria-current"] === "page").map(text), ["Pagina 2"]);
  });

  it("says what to try instead of showing an empty list", () => {
    const outcome = { results: [], counts: {}, query: "xyz", corrected: false };
    const view = resultsView({ outcome, state: emptyState(), pageInfo: pageOf([], 1, 20), total: 4,
      href: () => "", onPage: () => {}, onClear: () => {} });
    assert.equal(find(view, "ol").length, 0);
    assert.equal(text(find(view, "p", "productoverzicht__telling")[0]), "0 van 4 producten");
    const hrefs = find(emptyView("xyz", () => {}), "a").map((a) => a.props.href);
    assert.ok(hrefs.includes("../../zoeken.html?q=xyz"));
    assert.ok(hrefs.includes("../zelfscan.html"));
    assert.ok(hrefs.includes("../knelpunten/index.html"));
  });
});
