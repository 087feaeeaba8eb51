// What the browser stored, turned into a current sessie: older versions run through the
// migrations step by step, then anything that no longer fits the questionnaire is dropped and
// counted. Whenever something cannot be kept, the caller is told to keep a backup. Pure.

import { emptyActieplan } from "./actieplan.mjs";
import { MAX_RESPONDENTEN, parseActieplan, parseUitkomst } from "./file-read.mjs";
import { defaultNorm, isAntwoord, maxZorgscore } from "./scoring.mjs";
import { SESSIE_VERSIE, emptySessie } from "./session.mjs";

const isObject = (waarde) => typeof waarde === "object" && waarde !== null && !Array.isArray(waarde);
const text = (waarde) => (typeof waarde === "string" ? waarde : "");

function hasAnyAntwoord(oud) {
  return Array.isArray(oud.respondenten) && oud.respondenten.some((r) => isObject(r?.antwoorden) && Object.keys(r.antwoorden).length > 0);
}

/** Each turns a stored sessie of version n into one of version n + 1. */
export const STORED_MIGRATIONS = {
  // Version 2 adds the day of the sessie, accepted norms, the actieplan, and the history of a
  // vorige meting (its norms, reported result and plan, unknown for one stored by version 1).
  1: (oud) => ({
    ...oud,
    versie: 2,
    datum: "",
    normenVastgesteld: hasAnyAntwoord(oud),
    actieplan: emptyActieplan(),
    vorigeMeting: isObject(oud.vorigeMeting) ? { ...oud.vorigeMeting, normen: null, uitkomst: null, actieplan: null } : null,
  }),
};

function cleanMap(waarde, accept) {
  const uit = {};
  let weg = 0;
  for (const [key, item] of Object.entries(isObject(waarde) ? waarde : {})) {
    if (accept(key, item)) {
      uit[key] = item;
    } else {
      weg += 1;
    }
  }
  return { uit, weg: weg + (waarde === undefined || isObject(waarde) ? 0 : 1) };
}

function cleanRespondenten(lijst, data, withId) {
  const ids = new Set(data.stellingen.map((s) => s.id));
  const rollen = new Set(data.rollen.map((r) => r.id));
  if (lijst !== undefined && !Array.isArray(lijst)) {
    return { respondenten: [], weg: 1 };
  }
  let weg = Math.max(0, (lijst?.length ?? 0) - MAX_RESPONDENTEN);
  const respondenten = [];
  const used = new Set();
  let nummer = 0;
  for (const entry of (lijst ?? []).slice(0, MAX_RESPONDENTEN)) {
    if (!isObject(entry)) {
      weg += 1;
      continue;
    }
    const antwoorden = cleanMap(entry.antwoorden, (id, w) => ids.has(id) && isAntwoord(w, data.schaal));
    const opmerkingen = cleanMap(entry.opmerkingen, (id, t) => ids.has(id) && typeof t === "string");
    weg += antwoorden.weg + opmerkingen.weg;
    const respondent = {
      naam: text(entry.naam),
      rol: rollen.has(entry.rol) ? entry.rol : "",
      antwoorden: antwoorden.uit,
      opmerkingen: Object.fromEntries(Object.entries(opmerkingen.uit).filter(([, t]) => t.trim() !== "")),
    };
    if (withId) {
      nummer = Math.max(nummer, Number(/^r(\d+)$/.exec(entry.id)?.[1] ?? 0));
      const valid = /^r\d+$/.test(entry.id) && !used.has(entry.id);
      respondent.id = valid ? entry.id : null;
      used.add(entry.id);
    }
    respondenten.push(withId ? { id: respondent.id, ...respondent } : respondent);
  }
  for (const r of respondenten.filter((r) => withId && r.id === null)) {
    nummer += 1;
    r.id = `r${nummer}`;
  }
  return { respondenten, weg };
}

function cleanNormen(normen, data, alleNormen) {
  const max = maxZorgscore(data.schaal);
  const stellingen = new Map(data.stellingen.map((s) => [s.id, s]));
  const { uit, weg } = cleanMap(normen, (id, n) => stellingen.has(id) && Number.isInteger(n) && n >= 0 && n <= max);
  if (!alleNormen) {
    for (const [id, norm] of Object.entries(uit)) {
      if (norm === defaultNorm(stellingen.get(id), data.regel)) {
        delete uit[id];
      }
    }
  }
  return { normen: uit, weg };
}

function cleanOptional(waarde, parse) {
  if (waarde === null || waarde === undefined) {
    return { waarde: null, weg: 0 };
  }
  const parsed = parse(waarde);
  return parsed.ok ? { waarde: parsed.value, weg: 0 } : { waarde: null, weg: 1 };
}

function cleanVorige(vorige, data) {
  if (!isObject(vorige)) {
    return { vorigeMeting: null, weg: vorige === null || vorige === undefined ? 0 : 1 };
  }
  const { respondenten, weg } = cleanRespondenten(vorige.respondenten, data, false);
  if (respondenten.length === 0) {
    return { vorigeMeting: null, weg: weg + 1 };
  }
  const normen = vorige.normen === null || vorige.normen === undefined ? { normen: null, weg: 0 } : cleanNormen(vorige.normen, data, true);
  const uitkomst = cleanOptional(vorige.uitkomst, parseUitkomst);
  const actieplan = cleanOptional(vorige.actieplan, parseActieplan);
  return {
    vorigeMeting: {
      bron: text(vorige.bron),
      datum: text(vorige.datum),
      normen: normen.normen,
      uitkomst: uitkomst.waarde,
      respondenten,
      actieplan: actieplan.waarde,
    },
    weg: weg + normen.weg + uitkomst.weg + actieplan.weg,
  };
}

/** Make a current-version stored object fit the data: unknown ids and bad values dropped. */
function cleanSessie(obj, data, datum) {
  const { respondenten: lijst, weg } = cleanRespondenten(obj.respondenten, data, true);
  const respondenten = lijst.length > 0 ? lijst : emptySessie(datum).respondenten;
  const normen = cleanNormen(obj.normen, data, false);
  const vorige = cleanVorige(obj.vorigeMeting, data);
  const actieplan = cleanOptional(obj.actieplan, parseActieplan);
  const rondgang = obj.rondgang === true;
  const sessie = {
    versie: SESSIE_VERSIE,
    datum: /^\d{4}-\d{2}-\d{2}$/.test(obj.datum) ? obj.datum : datum,
    normen: normen.normen,
    normenVastgesteld: obj.normenVastgesteld === true,
    respondenten,
    actief: respondenten.some((r) => r.id === obj.actief) ? obj.actief : respondenten[0].id,
    rondgang,
    uitkomstTonen: rondgang ? obj.uitkomstTonen === true : true,
    namenInRapport: obj.namenInRapport === true,
    actieplan: actieplan.waarde ?? emptyActieplan(),
    vorigeMeting: vorige.vorigeMeting,
  };
  return { sessie, weg: weg + normen.weg + vorige.weg + actieplan.weg };
}

function fresh(datum, melding) {
  return { sessie: emptySessie(datum), melding, backup: true };
}

/**
 * Turn what the browser stored (JSON-parsed; null when nothing was stored) into a current sessie
 * of the day `datum`: { sessie, melding, backup }. melding is null or a Dutch notice; backup says
 * that the stored value cannot be kept as it was and must be copied before it is overwritten.
 */
export function migrateSessie(obj, data, datum, migrations = STORED_MIGRATIONS) {
  if (obj === null || obj === undefined) {
    return { sessie: emptySessie(datum), melding: null, backup: false };
  }
  if (!isObject(obj) || !Number.isInteger(obj.versie)) {
    return fresh(datum, "De opgeslagen antwoorden in deze browser werden niet herkend; de zelfscan begint leeg.");
  }
  if (obj.versie > SESSIE_VERSIE) {
    return fresh(
      datum,
      `De opgeslagen antwoorden komen van een nieuwere versie van deze pagina (versie ${obj.versie}); deze pagina kan ze niet lezen en begint leeg.`,
    );
  }
  let current = obj;
  while (current.versie < SESSIE_VERSIE) {
    const migratie = migrations[current.versie];
    if (typeof migratie !== "function") {
      return fresh(datum, `De opgeslagen antwoorden (versie ${current.versie}) kunnen niet meer worden gelezen; de zelfscan begint leeg.`);
    }
    current = { ...migratie(current), versie: current.versie + 1 };
  }
  const { sessie, weg } = cleanSessie(current, data, datum);
  if (weg === 0) {
    return { sessie, melding: null, backup: false };
  }
  const melding = `${weg} opgeslagen ${weg === 1 ? "gegeven paste" : "gegevens pasten"} niet meer bij de vragenlijst en ${weg === 1 ? "is" : "zijn"} weggelaten.`;
  return { sessie, melding, backup: true };
}
