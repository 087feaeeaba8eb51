// Checks of what comes from outside the page, each problem one Dutch message: the parts a stored
// sessie and an answers file share. The rest of a file is read by file-read.mjs.

import { EIGENAREN, MAATREGEL_VELDEN, STATUSSEN, TERMIJNEN } from "./session.mjs";

export const FILE_FORMAT = "bestuurscultuur-antwoorden";
export const FILE_VERSION = 2;
/** A college or raad has at most a few dozen members; this leaves room, and keeps a tab fast. */
export const MAX_RESPONDENTEN = 500;

const FASEN = ["geen", "1", "2", "3"];

export class ReadError extends Error {}

export function check(condition, message) {
  if (!condition) {
    throw new ReadError(message);
  }
}

export const isObject = (waarde) => typeof waarde === "object" && waarde !== null && !Array.isArray(waarde);
export const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** A value in a message: JSON, shortened; never throws (a value may be nested very deep). */
export function show(waarde) {
  if (waarde === undefined) {
    return "leeg";
  }
  let tekst;
  try {
    tekst = JSON.stringify(waarde);
  } catch {
    tekst = Array.isArray(waarde) ? "[…]" : "{…}";
  }
  return tekst.length > 40 ? `${tekst.slice(0, 37)}…` : tekst;
}

export function checkKeys(object, toegestaan, where) {
  for (const key of Object.keys(object)) {
    check(toegestaan.includes(key), `Onbekend veld "${key}" ${where}; toegestaan zijn ${toegestaan.join(", ")}.`);
  }
}

export function readUitkomst(uitkomst) {
  check(isObject(uitkomst), `"uitkomst" moet een object zijn met "totaal" en "fase", maar is ${show(uitkomst)}.`);
  checkKeys(uitkomst, ["totaal", "fase"], "bij de uitkomst");
  check(
    typeof uitkomst.totaal === "number" && Number.isFinite(uitkomst.totaal) && uitkomst.totaal >= 0,
    `Het totaal in "uitkomst" is ${show(uitkomst.totaal)}; dat moet een getal van 0 of meer zijn.`,
  );
  check(FASEN.includes(uitkomst.fase), `De fase in "uitkomst" is ${show(uitkomst.fase)}; dat moet een van ${FASEN.join(", ")} zijn.`);
  return { totaal: uitkomst.totaal, fase: uitkomst.fase };
}

function readChoice(waarde, lijst, veld, who) {
  const ids = lijst.map((item) => item.id);
  check(ids.includes(waarde), `${veld} van ${who} is ${show(waarde)}; dat moet een van ${ids.join(", ")} zijn.`);
  return waarde;
}

function readMaatregel(maatregel, index, sporen) {
  const who = `maatregel ${index + 1} van het actieplan`;
  check(isObject(maatregel), `${who} is geen object maar ${show(maatregel)}.`);
  checkKeys(maatregel, ["id", ...MAATREGEL_VELDEN, "instrument", "product"], `bij ${who}`);
  check(typeof maatregel.id === "string" && maatregel.id !== "", `De id van ${who} ontbreekt.`);
  check(sporen.has(maatregel.spoor), `${who} hoort bij spoor ${show(maatregel.spoor)}, dat niet in het actieplan staat.`);
  check(typeof maatregel.tekst === "string", `De tekst van ${who} moet tekst zijn, maar is ${show(maatregel.tekst)}.`);
  check(typeof maatregel.prioriteit === "boolean", `De prioriteit van ${who} moet true of false zijn.`);
  for (const veld of ["instrument", "product"]) {
    check(!has(maatregel, veld) || typeof maatregel[veld] === "string", `Het ${veld} van ${who} moet tekst zijn.`);
  }
  return {
    ...maatregel,
    eigenaar: readChoice(maatregel.eigenaar, EIGENAREN, "De eigenaar", who),
    termijn: readChoice(maatregel.termijn, TERMIJNEN, "De termijn", who),
    status: readChoice(maatregel.status, STATUSSEN, "De status", who),
  };
}

export function readActieplan(plan) {
  check(isObject(plan), `"actieplan" moet een object zijn met "sporen" en "maatregelen", maar is ${show(plan)}.`);
  checkKeys(plan, ["sporen", "maatregelen"], "bij het actieplan");
  check(Array.isArray(plan.sporen) && Array.isArray(plan.maatregelen), `"sporen" en "maatregelen" van het actieplan moeten lijsten zijn.`);
  const sporen = plan.sporen.map((spoor, index) => {
    const who = `spoor ${index + 1} van het actieplan`;
    check(isObject(spoor) && typeof spoor.id === "string" && typeof spoor.titel === "string", `${who} moet een id en een titel (tekst) hebben.`);
    checkKeys(spoor, ["id", "titel"], `bij ${who}`);
    return { id: spoor.id, titel: spoor.titel };
  });
  const ids = new Set(sporen.map((s) => s.id));
  check(ids.size === sporen.length, "Twee sporen van het actieplan hebben dezelfde id.");
  const maatregelen = plan.maatregelen.map((m, index) => readMaatregel(m, index, ids));
  check(new Set(maatregelen.map((m) => m.id)).size === maatregelen.length, "Twee maatregelen van het actieplan hebben dezelfde id.");
  return { sporen, maatregelen };
}

/** { ok: true, value } or, for a ReadError only, { ok: false, error }. */
export function attempt(read, waarde) {
  try {
    return { ok: true, value: read(waarde) };
  } catch (error) {
    if (error instanceof ReadError) {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}

export const parseActieplan = (plan) => attempt(readActieplan, plan);
export const parseUitkomst = (uitkomst) => attempt(readUitkomst, uitkomst);
