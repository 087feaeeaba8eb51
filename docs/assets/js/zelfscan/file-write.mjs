// Writing the sessie out: the answers file (JSON, format version 2) and CSV for a spreadsheet.
// Pure: returns text; the page turns it into a download.

import { FILE_FORMAT, FILE_VERSION } from "./file-read.mjs";
import { computeAdvies, effectiveNorm, isAntwoord } from "./scoring.mjs";
import { hasAntwoorden } from "./comparison.mjs";

function inHandbookOrder(object, data) {
  const result = {};
  for (const { id } of data.stellingen) {
    if (Object.prototype.hasOwnProperty.call(object, id)) {
      result[id] = object[id];
    }
  }
  return result;
}

function writeRespondent(respondent, data) {
  const result = {};
  if (respondent.naam.trim() !== "") {
    result.naam = respondent.naam.trim();
  }
  if (respondent.rol !== "") {
    result.rol = respondent.rol;
  }
  result.antwoorden = inHandbookOrder(respondent.antwoorden, data);
  const opmerkingen = inHandbookOrder(respondent.opmerkingen, data);
  if (Object.keys(opmerkingen).length > 0) {
    result.opmerkingen = opmerkingen;
  }
  return result;
}

/**
 * The answers file for a sessie: all norms in force, the result as reported now (so that a
 * later comparison shows it exactly), every respondent, and the actieplan when it has content;
 * naam, rol and opmerkingen only when filled in. datum ("2026-11-20") is optional.
 */
export function serialiseFile(sessie, data, datum = "") {
  const file = { format: FILE_FORMAT, versie: FILE_VERSION };
  if (datum !== "") {
    file.datum = datum;
  }
  file.normen = Object.fromEntries(data.stellingen.map((s) => [s.id, effectiveNorm(s, sessie.normen, data.regel)]));
  if (sessie.respondenten.some((r) => hasAntwoorden(r, data.schaal))) {
    const { totaal, fase } = computeAdvies(sessie, data);
    file.uitkomst = { totaal, fase };
  }
  file.respondenten = sessie.respondenten.map((r) => writeRespondent(r, data));
  if (sessie.actieplan.sporen.length > 0) {
    file.actieplan = sessie.actieplan;
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * One CSV field. Quoted when it holds ; " or a line break, or starts or ends with a space; a
 * leading = + - @ (a formula in a spreadsheet) gets an apostrophe in front.
 */
export function csvField(waarde) {
  let text = String(waarde ?? "");
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  const lines = [["naam", "rol", ...ids], ...rijen].map((row) => row.map(csvField).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
