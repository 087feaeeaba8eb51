// The antwoordcode: one respondent's answers (and optional name and rol) as a short text that a
// member sends by chat or mail and the chair pastes. No server is involved. Pure.
//
//   ZS1.<questionnaire>.<answers>.<rol>.<name>.<check>
//   questionnaire: 4 characters derived from the statement ids, so a code of another
//                  questionnaire is recognised; answers: one digit per statement in handbook
//                  order (0 = not answered); name: UTF-8 in base64url; check: CRC-32 of
//                  everything before it, so a changed or cut-off code is refused.

import { isAntwoord } from "./scoring.mjs";

const PREFIX = "ZS1";
const MAX_NAAM = 60;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

/** CRC-32 of a text's UTF-8 bytes. */
export function crc32(text) {
  let crc = ~0;
  for (const byte of new TextEncoder().encode(text)) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

const base36 = (number, size) => number.toString(36).padStart(size, "0").slice(-size);

function questionnaireMark(data) {
  return base36(crc32(data.stellingen.map((s) => s.id).join(",")), 4);
}

function encodeNaam(naam) {
  const bytes = new TextEncoder().encode(naam.trim().slice(0, MAX_NAAM));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeNaam(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The antwoordcode of a respondent. */
export function formatAntwoordcode(respondent, data) {
  const antwoorden = data.stellingen
    .map((s) => (isAntwoord(respondent.antwoorden[s.id], data.schaal) ? String(respondent.antwoorden[s.id]) : "0"))
    .join("");
  const body = [PREFIX, questionnaireMark(data), antwoorden, respondent.rol, encodeNaam(respondent.naam)].join(".");
  return `${body}.${base36(crc32(body), 7)}`;
}

const BESCHADIGD =
  "Deze antwoordcode is beschadigd: er is onderweg iets veranderd of weggevallen. Vraag de afzender de hele code opnieuw te kopiëren en te sturen.";

function readDelen(parts, data) {
  const [, , antwoorden, rol, naam] = parts;
  if (antwoorden.length !== data.stellingen.length) {
    return { ok: false, error: BESCHADIGD };
  }
  const respondent = { naam: "", rol, antwoorden: {}, opmerkingen: {} };
  for (const [index, stelling] of data.stellingen.entries()) {
    const waarde = Number(antwoorden[index]);
    if (antwoorden[index] !== "0" && !isAntwoord(waarde, data.schaal)) {
      return { ok: false, error: BESCHADIGD };
    }
    if (antwoorden[index] !== "0") {
      respondent.antwoorden[stelling.id] = waarde;
    }
  }
  if (rol !== "" && !data.rollen.some((r) => r.id === rol)) {
    return { ok: false, error: `De rol "${rol}" in de antwoordcode is onbekend op deze pagina.` };
  }
  try {
    respondent.naam = naam === "" ? "" : decodeNaam(naam);
  } catch {
    return { ok: false, error: BESCHADIGD };
  }
  return { ok: true, value: respondent };
}

/**
 * Read a pasted antwoordcode (spaces and line breaks from chat or mail are ignored):
 * { ok: true, value: { naam, rol, antwoorden, opmerkingen: {} } } or { ok: false, error }.
 */
export function parseAntwoordcode(text, data) {
  const code = String(text).replace(/\s+/g, "");
  if (code === "") {
    return { ok: false, error: "Plak eerst een antwoordcode in het veld." };
  }
  const parts = code.split(".");
  if (parts[0] !== PREFIX) {
    return { ok: false, error: `Dit is geen antwoordcode van de zelfscan bestuurscultuur: een antwoordcode begint met ${PREFIX}.` };
  }
  if (parts.length !== 6 || base36(crc32(parts.slice(0, 5).join(".")), 7) !== parts[5]) {
    return { ok: false, error: BESCHADIGD };
  }
  if (parts[1] !== questionnaireMark(data)) {
    return {
      ok: false,
      error: "Deze antwoordcode hoort bij een andere versie van de vragenlijst. Laat de afzender de pagina herladen en een nieuwe code maken.",
    };
  }
  return readDelen(parts, data);
}
