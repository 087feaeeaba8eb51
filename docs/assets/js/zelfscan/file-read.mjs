// Reading an exported answers file (format versions 1 and 2). Every problem becomes one Dutch
// message that names it; nothing here throws. Pure.
//
// Version 2 adds "uitkomst" (the result as reported at export) and "actieplan" to version 1;
// a version-1 file is read through FILE_MIGRATIONS.

import { EIGENAREN, MAATREGEL_VELDEN, STATUSSEN, TERMIJNEN } from "./actieplan.mjs";
import { isAntwoord, maxZorgscore, scaleRange } from "./scoring.mjs";

export const FILE_FORMAT = "bestuurscultuur-antwoorden";
export const FILE_VERSION = 2;
/** A college or raad has at most a few dozen members; this leaves room, and keeps a tab fast. */
export const MAX_RESPONDENTEN = 500;

const FILE_KEYS = {
  1: ["format", "versie", "datum", "normen", "respondenten"],
  2: ["format", "versie", "datum", "normen", "uitkomst", "respondenten", "actieplan"],
};
/** Each turns a file of version n into one of version n + 1. */
export const FILE_MIGRATIONS = { 1: (bestand) => ({ ...bestand, versie: 2 }) };

const FASEN = ["geen", "1", "2", "3"];

class ReadError extends Error {}

function check(condition, message) {
  if (!condition) {
    throw new ReadError(message);
  }
}

const isObject = (waarde) => typeof waarde === "object" && waarde !== null && !Array.isArray(waarde);
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

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

function checkKeys(object, toegestaan, where) {
  for (const key of Object.keys(object)) {
    check(toegestaan.includes(key), `Onbekend veld "${key}" ${where}; toegestaan zijn ${toegestaan.join(", ")}.`);
  }
}

function checkStellingMap(waarde, ids, veld, where) {
  check(isObject(waarde), `"${veld}" ${where} moet een object zijn met stelling-id's als sleutels, maar is ${show(waarde)}.`);
  for (const key of Object.keys(waarde)) {
    check(ids.has(key), `Onbekende stelling "${key}" in "${veld}" ${where}.`);
  }
}

function describeRespondent(respondent, index) {
  const naam = isObject(respondent) && typeof respondent.naam === "string" ? respondent.naam.trim() : "";
  return naam === "" ? `respondent ${index + 1}` : `respondent ${index + 1} ("${naam}")`;
}

function readNormen(normen, data, ids) {
  checkStellingMap(normen, ids, "normen", "in het bestand");
  const max = maxZorgscore(data.schaal);
  for (const [id, norm] of Object.entries(normen)) {
    check(
      Number.isInteger(norm) && norm >= 0 && norm <= max,
      `De norm voor "${id}" is ${show(norm)}; een norm is een geheel getal van 0 tot en met ${max}.`,
    );
  }
  return { ...normen };
}

function readText(object, veld, who) {
  const tekst = object[veld] ?? "";
  check(typeof tekst === "string", `De ${veld} van ${who} moet tekst zijn, maar is ${show(tekst)}.`);
  return tekst;
}

function readRespondent(respondent, index, data, ids) {
  const who = describeRespondent(respondent, index);
  check(isObject(respondent), `${who} is geen object maar ${show(respondent)}.`);
  checkKeys(respondent, ["naam", "rol", "antwoorden", "opmerkingen"], `bij ${who}`);
  const naam = readText(respondent, "naam", who);
  const rol = readText(respondent, "rol", who);
  const rollen = data.rollen.map((r) => r.id);
  check(rol === "" || rollen.includes(rol), `Onbekende rol "${rol}" bij ${who}; bekende rollen zijn ${rollen.join(", ")}.`);
  check(has(respondent, "antwoorden"), `Het veld "antwoorden" ontbreekt bij ${who}.`);
  checkStellingMap(respondent.antwoorden, ids, "antwoorden", `bij ${who}`);
  const { laagste, hoogste } = scaleRange(data.schaal);
  for (const [id, antwoord] of Object.entries(respondent.antwoorden)) {
    check(
      isAntwoord(antwoord, data.schaal),
      `Het antwoord op "${id}" bij ${who} is ${show(antwoord)}; een antwoord is een geheel getal van ${laagste} tot en met ${hoogste}. Laat een stelling zonder antwoord weg.`,
    );
  }
  const opmerkingen = respondent.opmerkingen ?? {};
  checkStellingMap(opmerkingen, ids, "opmerkingen", `bij ${who}`);
  for (const [id, tekst] of Object.entries(opmerkingen)) {
    check(typeof tekst === "string", `De opmerking bij "${id}" van ${who} moet tekst zijn, maar is ${show(tekst)}.`);
  }
  return { naam, rol, antwoorden: { ...respondent.antwoorden }, opmerkingen: { ...opmerkingen } };
}

function readUitkomst(uitkomst) {
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

function readActieplan(plan) {
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

function readVersion(bestand) {
  check(has(bestand, "format"), `Het veld "format" ontbreekt: dit is geen antwoordenbestand van de zelfscan bestuurscultuur.`);
  check(
    bestand.format === FILE_FORMAT,
    `Onbekend formaat ${show(bestand.format)}: dit is geen antwoordenbestand van de zelfscan bestuurscultuur (verwacht "${FILE_FORMAT}").`,
  );
  check(has(bestand, "versie"), `Het veld "versie" ontbreekt.`);
  check(
    has(FILE_KEYS, bestand.versie) && Number.isInteger(bestand.versie),
    `Versie ${show(bestand.versie)} van het bestandsformaat kan deze pagina niet lezen; zij leest versie 1 en ${FILE_VERSION}.`,
  );
  checkKeys(bestand, FILE_KEYS[bestand.versie], "in het bestand");
  let current = bestand;
  while (current.versie < FILE_VERSION) {
    current = FILE_MIGRATIONS[current.versie](current);
  }
  return current;
}

function readFile(bestand, data) {
  check(isObject(bestand), `Het bestand bevat geen object met antwoorden maar ${show(bestand)}.`);
  const parsed = readVersion(bestand);
  const ids = new Set(data.stellingen.map((s) => s.id));
  const datum = parsed.datum ?? "";
  check(typeof datum === "string", `Het veld "datum" moet tekst zijn, maar is ${show(datum)}.`);
  check(has(parsed, "respondenten"), `Het veld "respondenten" ontbreekt.`);
  const lijst = parsed.respondenten;
  check(Array.isArray(lijst), `"respondenten" moet een lijst zijn, maar is ${show(lijst)}.`);
  check(
    lijst.length <= MAX_RESPONDENTEN,
    `Het bestand bevat ${lijst.length} respondenten; de zelfscan verwerkt er hoogstens ${MAX_RESPONDENTEN}. Een raad of college telt er veel minder: is dit het goede bestand?`,
  );
  return {
    datum,
    normen: has(parsed, "normen") ? readNormen(parsed.normen, data, ids) : null,
    uitkomst: has(parsed, "uitkomst") ? readUitkomst(parsed.uitkomst) : null,
    respondenten: lijst.map((r, index) => readRespondent(r, index, data, ids)),
    actieplan: has(parsed, "actieplan") ? readActieplan(parsed.actieplan) : null,
  };
}

function attempt(read, waarde) {
  try {
    return { ok: true, value: read(waarde) };
  } catch (error) {
    if (error instanceof ReadError) {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}

/** Check an actieplan as a file holds it: { ok, value } or { ok: false, error }. */
export const parseActieplan = (plan) => attempt(readActieplan, plan);

/** Check a reported uitkomst ({ totaal, fase }): { ok, value } or { ok: false, error }. */
export const parseUitkomst = (uitkomst) => attempt(readUitkomst, uitkomst);

/** A JSON syntax error in Dutch, with the line and column when the browser gives a position. */
export function describeJsonError(tekst, error) {
  if (tekst.trim() === "") {
    return "Het bestand is geen geldige JSON: het is leeg.";
  }
  const position = /position (\d+)/.exec(String(error?.message));
  if (position) {
    const before = tekst.slice(0, Number(position[1]));
    const regel = before.split("\n").length;
    const character = before.length - before.lastIndexOf("\n");
    return `Het bestand is geen geldige JSON: er staat een fout op regel ${regel}, teken ${character}. Is het bestand beschadigd of met de hand gewijzigd?`;
  }
  if (/end of JSON/i.test(String(error?.message))) {
    return "Het bestand is geen geldige JSON: het houdt halverwege op. Is het volledig gekopieerd?";
  }
  return "Het bestand is geen geldige JSON: het is beschadigd, of het is geen antwoordenbestand.";
}

/**
 * Read an exported answers file. { ok: true, value: { datum, normen | null, uitkomst | null,
 * respondenten, actieplan | null } } or { ok: false, error: "<Dutch message>" }.
 */
export function parseFile(tekst, data) {
  const cleaned = String(tekst).replace(/^\uFEFF/, "");
  let bestand;
  try {
    bestand = JSON.parse(cleaned);
  } catch (error) {
    return { ok: false, error: describeJsonError(cleaned, error) };
  }
  try {
    return attempt((b) => readFile(b, data), bestand);
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, error: "Het bestand kon niet worden gelezen: de inhoud is te groot of te diep genest." };
    }
    throw error;
  }
}
