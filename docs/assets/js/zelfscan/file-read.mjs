// Reading an exported answers file (format versions 1 and 2), loaded when a file is chosen. Every
// problem becomes one Dutch message that names it (checks.mjs); nothing here throws. Pure.
// Version 2 adds "uitkomst" (the result as reported at export) and "actieplan" to version 1;
// a version-1 file is read through FILE_MIGRATIONS.

import {
  FILE_FORMAT, FILE_VERSION, MAX_RESPONDENTEN, attempt, check, checkKeys, has, isObject, readActieplan, readUitkomst, show,
} from "./checks.mjs";
import { isAntwoord, maxZorgscore, scaleRange } from "./scoring.mjs";

const FILE_KEYS = {
  1: ["format", "versie", "datum", "normen", "respondenten"],
  2: ["format", "versie", "datum", "normen", "uitkomst", "respondenten", "actieplan"],
};
/** Each turns a file of version n into one of version n + 1. */
export const FILE_MIGRATIONS = { 1: (bestand) => ({ ...bestand, versie: 2 }) };

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
