// The only place that touches the browser's storage (window.localStorage, or a stand-in in tests).
// The sessie is stored with a revision number: a write is refused when another tab wrote since
// this tab last read, so a stale tab never overwrites a newer state. What was stored is migrated
// from older versions and cleaned of what no longer fits the questionnaire; a stored value the
// page cannot keep as it was is first copied to a backup key.

import { MAX_RESPONDENTEN, isObject, parseActieplan, parseUitkomst } from "./checks.mjs";
import { defaultNorm, isAntwoord, maxZorgscore } from "./scoring.mjs";
import { SESSIE_VERSIE, emptyActieplan, emptySessie } from "./session.mjs";

export const STORAGE_KEY = "bestuurscultuur-zelfscan";
export const BACKUP_PREFIX = "bestuurscultuur-zelfscan-reservekopie";
const OLD_COPY_KEY = "bestuurscultuur-zelfscan-onleesbaar";

function parseStored(raw) {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Storage for one page: { load, save, readOther, wipe, backupKey }. */
export function createStorage(storage, data, today) {
  let lastRaw = null;
  let revisie = 0;
  let known = null;
  let backupKey = null;

  function keepBackup(raw, stamp) {
    const key = `${BACKUP_PREFIX}-${stamp}`;
    try {
      storage.setItem(key, raw);
      backupKey = key;
      return ` Een reservekopie van wat er stond, is bewaard in de browseropslag onder "${key}"; u kunt die hieronder downloaden.`;
    } catch {
      return " Een reservekopie bewaren lukte niet; exporteer zo nodig eerst.";
    }
  }

  /** Turn a stored text (or null) into a sessie; keeps a backup when it cannot be kept as is. */
  function adopt(raw, stamp) {
    lastRaw = raw;
    const parsed = raw === null ? { ok: true, value: null } : parseStored(raw);
    const outcome = parsed.ok
      ? migrateSessie(parsed.value, data, today())
      : { ...migrateSessie(undefined, data, today()), melding: "De opgeslagen antwoorden waren onleesbaar; de zelfscan begint leeg.", backup: true };
    revisie = parsed.ok && Number.isInteger(parsed.value?.revisie) ? parsed.value.revisie : 0;
    known = outcome.sessie;
    const melding = outcome.backup ? outcome.melding + keepBackup(raw, stamp) : outcome.melding;
    return { sessie: outcome.sessie, melding };
  }

  return {
    get backupKey() {
      return backupKey;
    },

    /** { sessie, melding }: the stored sessie, or a fresh one with a notice. */
    load(stamp) {
      let raw;
      try {
        raw = storage.getItem(STORAGE_KEY);
      } catch {
        return {
          sessie: migrateSessie(null, data, today()).sessie,
          melding: "Deze browser staat niet toe dat de zelfscan antwoorden bewaart. Ze verdwijnen als u de pagina sluit; exporteer ze als u ze wilt houden.",
        };
      }
      return adopt(raw, stamp);
    },

    /**
     * Store a sessie. { ok: true }, { ok: false, nieuwer: { sessie, melding } } when another tab
     * wrote first (nothing is written), or { ok: false, fout } when storing failed.
     */
    save(sessie, stamp) {
      if (sessie === known) {
        return { ok: true };
      }
      try {
        const stored = storage.getItem(STORAGE_KEY);
        if (stored !== lastRaw) {
          return { ok: false, nieuwer: adopt(stored, stamp) };
        }
        const raw = JSON.stringify({ ...sessie, revisie: revisie + 1 });
        storage.setItem(STORAGE_KEY, raw);
        lastRaw = raw;
        revisie += 1;
        known = sessie;
        return { ok: true };
      } catch (fout) {
        return { ok: false, fout: `Bewaren in deze browser lukte niet (${fout.name}). Exporteer uw antwoorden om ze te houden.` };
      }
    },

    /** Another tab stored `raw` (null: it wiped): the sessie to show now. */
    readOther(raw, stamp) {
      return adopt(raw, stamp);
    },

    /** Remove the sessie and every backup, leaving `fresh` unsaved until it changes; null, or a Dutch message. */
    wipe(fresh) {
      try {
        const keys = [];
        for (let index = 0; index < storage.length; index += 1) {
          keys.push(storage.key(index));
        }
        keys.filter((k) => k === STORAGE_KEY || k === OLD_COPY_KEY || k?.startsWith(BACKUP_PREFIX)).forEach((k) => storage.removeItem(k));
        lastRaw = null;
        revisie = 0;
        known = fresh;
        backupKey = null;
        return null;
      } catch (fout) {
        return `Wissen uit de browseropslag lukte niet (${fout.name}).`;
      }
    },

    readBackup() {
      return backupKey === null ? null : storage.getItem(backupKey);
    },
  };
}

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
  const vorigeMeting = { bron: text(vorige.bron), datum: text(vorige.datum), normen: normen.normen, uitkomst: uitkomst.waarde, respondenten, actieplan: actieplan.waarde };
  return { vorigeMeting, weg: weg + normen.weg + uitkomst.weg + actieplan.weg };
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
    return fresh(datum, `De opgeslagen antwoorden komen van een nieuwere versie van deze pagina (versie ${obj.versie}); deze pagina kan ze niet lezen en begint leeg.`);
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
