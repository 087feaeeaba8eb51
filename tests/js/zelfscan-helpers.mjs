// Shared by the zelfscan tests: the fixture questionnaire (what the generator makes from
// tests/fixtures/zelfscan, proven by tests/test_zelfscan_data.py), builders for respondents and
// sessies, and a few functions to look into the vnodes a view returns.

import { readFileSync } from "node:fs";

import { createDerive } from "../../docs/assets/js/zelfscan/derive.mjs";
import { emptySessie } from "../../docs/assets/js/zelfscan/session.mjs";

export const DATA = JSON.parse(readFileSync(new URL("./fixtures/zelfscan-data.json", import.meta.url), "utf8"));
export const IDS = DATA.stellingen.map((s) => s.id);
export const DATUM = "2026-12-01";

/** Answers without any concern: "nooit" (5) on every problem, "altijd" (1) on college-8. */
export function gezondeAntwoorden() {
  return Object.fromEntries(IDS.map((id) => [id, id === "college-8" ? 1 : 5]));
}

export function respondent(antwoorden, extra = {}) {
  return { id: "r1", naam: "", rol: "", antwoorden, opmerkingen: {}, ...extra };
}

export function sessie(respondenten, extra = {}) {
  return { ...emptySessie(DATUM), respondenten, actief: respondenten[0]?.id ?? "r1", ...extra };
}

/** One respondent: healthy answers except the ones given. */
export function eenRespondent(afwijkend, normen = {}) {
  return sessie([respondent({ ...gezondeAntwoorden(), ...afwijkend })], { normen });
}

// ---------------------------------------------------------------------------------------------
// Vnodes (what htm + preact's h return): { type, props: { children, ... } }

function* walk(node) {
  if (node === null || node === undefined || typeof node === "boolean") {
    return;
  }
  if (Array.isArray(node)) {
    for (const kind of node) {
      yield* walk(kind);
    }
    return;
  }
  yield node;
  if (typeof node === "object") {
    yield* walk(node.props?.children);
  }
}

/** Every element vnode in a tree that matches. */
export function findAll(tree, match) {
  return [...walk(tree)].filter((node) => typeof node === "object" && typeof node.type === "string" && match(node));
}

export const byTestId = (tree, id) => findAll(tree, (n) => n.props["data-testid"] === id);
export const byId = (tree, id) => findAll(tree, (n) => n.props.id === id)[0];
export const byClass = (tree, naam) => findAll(tree, (n) => String(n.props.class ?? "").split(/\s+/).includes(naam));

const BLOCKS = new Set(["p", "li", "div", "tr", "td", "th", "h2", "h3", "h4", "ul", "ol", "table", "caption", "section", "br", "span"]);

function rawText(node) {
  if (node === null || node === undefined || typeof node === "boolean") {
    return "";
  }
  if (Array.isArray(node)) {
    return node.map(rawText).join("");
  }
  if (typeof node !== "object") {
    return String(node);
  }
  const binnen = rawText(node.props?.children);
  return BLOCKS.has(node.type) && !String(node.props?.class ?? "").includes("zs-naam") ? ` ${binnen} ` : binnen;
}

/** The text of a tree, with a space between blocks (screen-reader-only text included). */
export function textOf(tree) {
  return rawText(tree).replace(/\s+/g, " ").replace(/ ([.,:;)])/g, "$1").trim();
}

/** A ctx for the views, with intents that only record what was called. */
export function viewContext(data = DATA, extra = {}) {
  const calls = [];
  const intents = new Proxy({}, { get: (_, naam) => (...args) => calls.push([naam, ...args]) });
  return {
    calls,
    ctx: {
      data,
      nummer: new Map(data.stellingen.map((s, index) => [s.id, index + 1])),
      stelling: new Map(data.stellingen.map((s) => [s.id, s])),
      intents,
      derive: createDerive(data),
      printDate: "1 december 2026",
      ...extra,
    },
  };
}
