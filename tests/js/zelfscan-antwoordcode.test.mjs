// The antwoordcode (antwoordcode.mjs): a round trip for every kind of respondent, and the refusal
// of a corrupted code with a clear Dutch message.

import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { crc32, formatAntwoordcode, parseAntwoordcode } from "../../docs/assets/js/zelfscan/antwoordcode.mjs";
import { DATA, IDS, respondent } from "./zelfscan-helpers.mjs";

const ALLE = Object.fromEntries(IDS.map((id, i) => [id, (i % 5) + 1]));

describe("formatAntwoordcode and parseAntwoordcode", () => {
  it("CRC-32 is the standard one", () => {
    assert.equal(crc32("123456789"), 0xcbf43926);
  });

  it("round-trips answers, rol and name, also a name with accents, and leaves remarks out", () => {
    for (const r of [
      respondent(ALLE, { naam: "Anna de Vries", rol: "wethouder", opmerkingen: { "raad-1": "niet mee" } }),
      respondent({ "raad-1": 2, "college-8": 5 }, { naam: "Zoë Çelik-ʼt Hart" }),
      respondent({}),
    ]) {
      const code = formatAntwoordcode(r, DATA);
      assert.match(code, /^ZS1\.[0-9a-z]{4}\.[0-5]{19}\.[a-z]*\.[A-Za-z0-9_-]*\.[0-9a-z]{7}$/);
      assert.deepEqual(parseAntwoordcode(code, DATA), { ok: true, value: { naam: r.naam, rol: r.rol, antwoorden: r.antwoorden, opmerkingen: {} } });
    }
  });

  it("is short enough for a chat message", () => {
    const code = formatAntwoordcode(respondent(ALLE, { naam: "Burgemeester Jansen", rol: "burgemeester" }), DATA);
    assert.ok(code.length <= 80, code);
  });

  it("ignores the spaces and line breaks a mail program adds", () => {
    const code = formatAntwoordcode(respondent(ALLE, { naam: "Anna" }), DATA);
    const gebroken = ` ${code.slice(0, 20)}\n${code.slice(20, 40)} \r\n ${code.slice(40)}\n`;
    assert.deepEqual(parseAntwoordcode(gebroken, DATA).value.antwoorden, ALLE);
  });

  it("refuses every code with one character changed, or cut off, with a clear Dutch message", () => {
    const code = formatAntwoordcode(respondent(ALLE, { naam: "Anna", rol: "griffier" }), DATA);
    const tekens = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.";
    let geweigerd = 0;
    for (let i = 0; i < code.length; i += 1) {
      const ander = tekens[(tekens.indexOf(code[i]) + 7) % tekens.length];
      const uit = parseAntwoordcode(code.slice(0, i) + ander + code.slice(i + 1), DATA);
      assert.equal(uit.ok, false, `position ${i}`);
      assert.match(uit.error, /^(Deze antwoordcode is beschadigd|Dit is geen antwoordcode)/);
      geweigerd += 1;
    }
    assert.equal(geweigerd, code.length);
    assert.match(parseAntwoordcode(code.slice(0, -3), DATA).error, /beschadigd: er is onderweg iets veranderd of weggevallen/);
    assert.match(parseAntwoordcode(code.slice(0, 30), DATA).error, /beschadigd/);
  });

  it("says so for empty input, another text, or another questionnaire", () => {
    assert.match(parseAntwoordcode("  ", DATA).error, /Plak eerst een antwoordcode/);
    assert.match(parseAntwoordcode("Hoi, hier is mijn code!", DATA).error, /geen antwoordcode van de zelfscan bestuurscultuur: een antwoordcode begint met ZS1/);
    const ander = { ...DATA, stellingen: DATA.stellingen.slice(0, 18) };
    const code = formatAntwoordcode(respondent({ "raad-1": 1 }), ander);
    assert.match(parseAntwoordcode(code, DATA).error, /hoort bij een andere versie van de vragenlijst/);
  });
});
