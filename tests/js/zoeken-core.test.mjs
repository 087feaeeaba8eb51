// Tests for the pure parts of the site search and its views. Run: node --test tests/js/
import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { cleanTitle, excerptParts, kindOf, onlyShortenedMatches, pathBelow, statusText } from "../../docs/assets/js/zoeken-core.mjs";
import { hintsView, resultView, searchView } from "../../docs/assets/js/zoeken-view.mjs";
import { find, text } from "./helpers/vnodes.mjs";

describe("kindOf and pathBelow", () => {
  it("names the kind of record from the folder", () => {
    assert.equal(kindOf("catalogus/knelpunten/wgr-uittreding.html"), "Knelpunt");
    assert.equal(kindOf("catalogus/instrumenten/heidag-organiseren.html"), "Instrument van de escalatieladder");
    assert.equal(kindOf("catalogus/producten/index.html"), "Overzicht");
    assert.equal(kindOf("over/privacy.html"), "Pagina");
  });

  it("takes the site's own folder off a result URL", () => {
    assert.equal(pathBelow("/site/catalogus/x.html", "/site/"), "catalogus/x.html");
    assert.equal(pathBelow("/catalogus/x.html", "/"), "catalogus/x.html");
  });
});

describe("excerptParts", () => {
  it("splits marked words from the rest", () => {
    assert.deepEqual(excerptParts("de <mark>raad</mark> en"), [
      { text: "de ", mark: false }, { text: "raad", mark: true }, { text: " en", mark: false }]);
  });

  it("turns markup from the index into text, never into elements", () => {
    const parts = excerptParts("&lt;script&gt;alert(1)&lt;/script&gt; <b>vet</b> &amp; <mark>x</mark>");
    assert.equal(parts[0].text, "<script>alert(1)</script> vet & ");
    const view = resultView({ url: "/a.html", title: "T", kind: "Pagina", parts });
    assert.equal(find(view, "script").length, 0);
    assert.equal(find(view, "b").length, 0);
    assert.equal(find(view, "mark").length, 1);
  });
});

describe("status and titles", () => {
  it("says what was found in words", () => {
    assert.equal(statusText({ query: "raad", total: 1 }), "1 resultaat voor “raad”.");
    assert.equal(statusText({ query: "raad", total: 12 }), "12 resultaten voor “raad”.");
    assert.equal(statusText({ query: "xyz", total: 0 }), "Geen resultaten voor “xyz”.");
    assert.equal(statusText({ query: "", total: 0 }), "Typ een of meer woorden.");
  });

  it("drops the permalink sign from a title", () => {
    assert.equal(cleanTitle("Heidag organiseren¶"), "Heidag organiseren");
  });
});

describe("searchView", () => {
  const search = { typed: "xyz", searched: "xyz", query: "xyz", corrected: false, loading: false,
    failed: false, total: 0, results: [], found: [] };

  it("labels the field, ties the status to it and names the dialog", () => {
    const view = searchView({ id: "d", title: "Zoeken op deze site", root: "/", search });
    const [input] = find(view, "input");
    const [label] = find(view, "label");
    assert.equal(label.props.for, input.props.id);
    assert.equal(input.props["aria-describedby"], "d-status");
    const [status] = find(view, "p", "zoeken__status");
    assert.equal(status.props.role, "status");
    assert.equal(find(view, "h2")[0].props.id, "d-titel");
  });

  it("offers ways in instead of an empty list when nothing is found", () => {
    const view = searchView({ id: "d", title: "Zoeken", root: "/", search });
    assert.equal(find(view, "ol").length, 0);
    const links = find(hintsView("/"), "a").map((a) => a.props.href);
    assert.deepEqual(links, ["/catalogus/knelpunten/index.html", "/catalogus/rollen/index.html",
      "/catalogus/producten/index.html", "/catalogus/ladder.html", "/catalogus/zelfscan.html"]);
    assert.match(text(view), /Knelpunten per thema/);
  });

  it("says which words it searched when it corrected the spelling", () => {
    const corrected = { ...search, typed: "integriteid", query: "integriteit", corrected: true, total: 1,
      results: [{ url: "/k.html", title: "K", kind: "Knelpunt", parts: [] }] };
    const view = searchView({ id: "d", title: "Zoeken", root: "/", search: corrected });
    assert.match(text(view), /Gezocht op “integriteit” \(u typte “integriteid”\)/);
    assert.equal(find(view, "li", "zoeken__resultaat").length, 1);
  });
});

describe("onlyShortenedMatches", () => {
  it("drops a result that only matched the beginning of an unknown word", () => {
    assert.equal(onlyShortenedMatches(excerptParts("lijst — <mark>Q.</mark> Bepalen"), ["qwzxqwz"]), true);
    assert.equal(onlyShortenedMatches(excerptParts("code <mark>ZS1.k3f9.QW5uYQ.1x4)</mark> bevat"), ["qwzxqwz"]),
      true);
  });

  it("keeps real matches, stemmed ones and results without marks", () => {
    assert.equal(onlyShortenedMatches(excerptParts("de <mark>raad</mark>"), ["raad"]), false);
    assert.equal(onlyShortenedMatches(excerptParts("<mark>polarisatie,</mark> <mark>gepolariseerde</mark>"),
      ["polarisatie"]), false);
    assert.equal(onlyShortenedMatches(excerptParts("geen markering"), ["raad"]), false);
    assert.equal(onlyShortenedMatches(excerptParts("de <mark>raadsleden</mark>"), ["raad"]), false);
    assert.equal(onlyShortenedMatches(excerptParts("<mark>zienswijzen</mark>"), ["zienswijze"]), false);
  });
});
