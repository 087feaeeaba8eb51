// Tests for the shared search words and spelling corrections. Run: node --test tests/js/
import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { correctSpelling, normalise, prepareCorrections, words } from "../../docs/assets/js/zoektaal.mjs";

describe("normalise and words", () => {
  it("lower-cases, drops diacritics and collapses spaces", () => {
    assert.equal(normalise("  Ĳssel   Café "), "ijssel cafe");
    assert.deepEqual(words("Ruzie in  de RAAD"), ["ruzie", "in", "de", "raad"]);
    assert.deepEqual(words("   "), []);
  });
});

describe("correctSpelling", () => {
  const corrections = prepareCorrections({
    integriteid: "integriteit",
    "gemeenschapelijke regeling": "gemeenschappelijke regeling",
    gemeenschapelijke: "gemeenschappelijk",
  });

  it("replaces a misspelt word and says so", () => {
    assert.deepEqual(correctSpelling("Integriteid", corrections),
      { query: "integriteit", corrected: true });
  });

  it("prefers a misspelt phrase over a misspelt word in it", () => {
    assert.deepEqual(correctSpelling("gemeenschapelijke regeling wgr", corrections),
      { query: "gemeenschappelijke regeling wgr", corrected: true });
  });

  it("corrects whole words only, and repeated ones", () => {
    assert.deepEqual(correctSpelling("integriteiden integriteid integriteid", corrections),
      { query: "integriteiden integriteit integriteit", corrected: true });
  });

  it("leaves a correct query alone, only normalised", () => {
    assert.deepEqual(correctSpelling("  Vertrouwens-breuk ", corrections),
      { query: "vertrouwens-breuk", corrected: false });
  });
});
