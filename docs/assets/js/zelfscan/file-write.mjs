// Writing the sessie out: the answers file (JSON, format version 2) and CSV for a spreadsheet.
// Pure: returns text; the page turns it into a download.

import { FILE_FORMAT, FILE_VERSION } from "./file-read.mjs";
import { computeAdvies, effectiveNorm, isAntwoord } from "./scoring.mjs";
import { hasAntwoorden } from "./comparison.mjs";

function inHandbookOrder(object, data) {
  const uit = {};
  for (const { id } of data.stellingen) {
    if (Object.prototype.hasOwnProperty.call(object, id)) {
      uit[id] = object[id];
    }
  }
  return uit;
}

function writeRespondent(respondent, data) {
  const uit = {};
  if (respondent.naam.trim() !== "") {
    uit.naam = respondent.naam.trim();
  }
  if (respondent.rol !== "") {
    uit.rol = respondent.rol;
  }
  uit.antwoorden = inHandbookOrder(respondent.antwoorden, data);
  const opmerkingen = inHandbookOrder(respondent.opmerkingen, data);
  if (Object.keys(opmerkingen).length > 0) {
    uit.opmerkingen = opmerkingen;
  }
  return uit;
}

/**
 * The answers file for a sessie: all norms in force, the result as reported now (so that a
 * later comparison shows it exactly), every respondent, and the actieplan when it has content;
 * naam, rol and opmerkingen only when filled in. datum ("2026-11-20") is optional.
 */
export function serialiseFile(sessie, data, datum = "") {
  const bestand = { format: FILE_FORMAT, versie: FILE_VERSION };
  if (datum !== "") {
    bestand.datum = datum;
  }
  bestand.normen = Object.fromEntries(data.stellingen.map((s) => [s.id, effectiveNorm(s, sessie.normen, data.regel)]));
  if (sessie.respondenten.some((r) => hasAntwoorden(r, data.schaal))) {
    const { totaal, fase } = computeAdvies(sessie, data);
    bestand.uitkomst = { totaal, fase };
  }
  bestand.respondenten = sessie.respondenten.map((r) => writeRespondent(r, data));
  if (sessie.actieplan.sporen.length > 0) {
    bestand.actieplan = sessie.actieplan;
  }
  return `${JSON.stringify(bestand, null, 2)}\n`;
}

/**
 * One CSV field. Quoted when it holds ; " or a line break, or starts or ends with a space; a
 * leading = + - @ (a formula in a spreadsheet) gets an apostrophe in front.
 */
export function csvField(waarde) {
  let tekst = String(waarde ?? "");
  if (/^[=+\-@\t\r]/.test(tekst)) {
    tekst = `'${tekst}`;
  }
  return /[;"\r\n]|^\s|\s$/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/**
 * CSV for a spreadsheet: UTF-8 byte order mark, semicolons, CRLF, one row per respondent,
 * columns naam;rol;<statement ids in handbook order>; an unanswered statement is an empty cell.
 */
export function toCSV(sessie, data) {
  const ids = data.stellingen.map((s) => s.id);
  const rijen = sessie.respondenten.map((r) => [
    r.naam.trim(),
    r.rol,
    ...ids.map((id) => (isAntwoord(r.antwoorden[id], data.schaal) ? r.antwoorden[id] : "")),
  ]);
  const regels = [["naam", "rol", ...ids], ...rijen].map((rij) => rij.map(csvField).join(";"));
  return `\uFEFF${regels.join("\r\n")}\r\n`;
}
