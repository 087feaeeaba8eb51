// The only place that touches the browser's storage. The sessie is stored as JSON with a
// revision number; a write is refused when another tab wrote since this tab last read, so a
// stale tab never overwrites a newer state. A stored value the page cannot keep as it was is
// first copied to a backup key. `storage` is window.localStorage, or a stand-in in tests.

import { migrateSessie } from "./migrate.mjs";

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

    /** The text of the backup made at load, for a download. */
    readBackup() {
      return backupKey === null ? null : storage.getItem(backupKey);
    },
  };
}
