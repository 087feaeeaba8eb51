// The sessie: the part of the state that is stored in the browser and exported. Reducers only:
// every function returns a new object and changes none of its arguments.
//
//   { versie: 2, datum: "2026-12-01",            // the day this sessie began
//     normen: { <stellingId>: 0..4 },            // only norms the group changed from the default
//     normenVastgesteld: false,                  // the group accepted the norms (step 1 folds up)
//     respondenten: [{ id: "r1", naam, rol, antwoorden: { <stellingId>: 1..5 },
//                      opmerkingen: { <stellingId>: "…" } }],
//     actief: "r1",                              // respondent whose form is open
//     rondgang: false, uitkomstTonen: true,      // hand round on one device; outcome hidden during it
//     namenInRapport: false,
//     actieplan: { sporen, maatregelen },        // see actieplan.mjs
//     vorigeMeting: null | { bron, datum, normen | null, uitkomst | null, respondenten,
//                            actieplan | null } }

import { emptyActieplan } from "./actieplan.mjs";
import { defaultNorm } from "./scoring.mjs";

export const SESSIE_VERSIE = 2;

export function emptyRespondent(id) {
  return { id, naam: "", rol: "", antwoorden: {}, opmerkingen: {} };
}

/** A fresh sessie of a day ("2026-12-01") with one empty respondent. */
export function emptySessie(datum) {
  return {
    versie: SESSIE_VERSIE,
    datum,
    normen: {},
    normenVastgesteld: false,
    respondenten: [emptyRespondent("r1")],
    actief: "r1",
    rondgang: false,
    uitkomstTonen: true,
    namenInRapport: false,
    actieplan: emptyActieplan(),
    vorigeMeting: null,
  };
}

/** The highest number n of the respondent ids "rn" (0 for none), in one pass. */
export function highestRespondentNumber(respondenten) {
  let hoogste = 0;
  for (const { id } of respondenten) {
    const nummer = Number(/^r(\d+)$/.exec(id)?.[1] ?? 0);
    hoogste = Math.max(hoogste, nummer);
  }
  return hoogste;
}

/** A respondent with nothing filled in (no name, rol, answers or remarks). */
export function isEmptyRespondent(respondent) {
  return (
    respondent.naam.trim() === "" &&
    respondent.rol === "" &&
    Object.keys(respondent.antwoorden).length === 0 &&
    Object.values(respondent.opmerkingen).every((tekst) => tekst.trim() === "")
  );
}

/** The name to show: the given name, else "Respondent <n>" (n counts from 1 in list order). */
export function displayName(respondent, index) {
  const naam = String(respondent.naam ?? "").trim();
  return naam === "" ? `Respondent ${index + 1}` : naam;
}

/** The respondent whose form is open. */
export function activeRespondent(sessie) {
  return sessie.respondenten.find((r) => r.id === sessie.actief) ?? sessie.respondenten[0];
}

/** Add an empty respondent and open its form. */
export function addRespondent(sessie) {
  const id = `r${highestRespondentNumber(sessie.respondenten) + 1}`;
  return { ...sessie, respondenten: [...sessie.respondenten, emptyRespondent(id)], actief: id };
}

/** Remove a respondent; if none is left, a fresh empty one takes its place. */
export function removeRespondent(sessie, id) {
  const remaining = sessie.respondenten.filter((r) => r.id !== id);
  if (remaining.length === 0) {
    const fresh = emptyRespondent(`r${highestRespondentNumber(sessie.respondenten) + 1}`);
    return { ...sessie, respondenten: [fresh], actief: fresh.id };
  }
  return { ...sessie, respondenten: remaining, actief: remaining.some((r) => r.id === sessie.actief) ? sessie.actief : remaining[0].id };
}

export function openRespondent(sessie, id) {
  return sessie.respondenten.some((r) => r.id === id) ? { ...sessie, actief: id } : sessie;
}

function updateRespondent(sessie, id, change) {
  return { ...sessie, respondenten: sessie.respondenten.map((r) => (r.id === id ? change(r) : r)) };
}

function setEntry(object, key, value, keep) {
  const copy = { ...object };
  if (keep) {
    copy[key] = value;
  } else {
    delete copy[key];
  }
  return copy;
}

/** Set an answer, or clear it with null. */
export function setAntwoord(sessie, respondentId, stellingId, waarde) {
  return updateRespondent(sessie, respondentId, (r) => ({
    ...r,
    antwoorden: setEntry(r.antwoorden, stellingId, waarde, waarde !== null),
  }));
}

/** Set a remark; a blank text removes it. */
export function setOpmerking(sessie, respondentId, stellingId, tekst) {
  return updateRespondent(sessie, respondentId, (r) => ({
    ...r,
    opmerkingen: setEntry(r.opmerkingen, stellingId, tekst, tekst.trim() !== ""),
  }));
}

export function setNaam(sessie, respondentId, naam) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, naam }));
}

export function setRol(sessie, respondentId, rol) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, rol }));
}

/** Set the group's norm for a statement; choosing the default removes the override. */
export function setNorm(sessie, stelling, norm, regel) {
  return { ...sessie, normen: setEntry(sessie.normen, stelling.id, norm, norm !== defaultNorm(stelling, regel)) };
}

export function resetNormen(sessie) {
  return { ...sessie, normen: {} };
}

export function acceptNormen(sessie, vastgesteld) {
  return { ...sessie, normenVastgesteld: vastgesteld };
}

/** Start or stop a hand round; starting opens a fresh form unless the open one is still empty. */
export function setRondgang(sessie, aan) {
  const updated = { ...sessie, rondgang: aan, uitkomstTonen: !aan };
  return aan && !isEmptyRespondent(activeRespondent(sessie)) ? addRespondent(updated) : updated;
}

/** The next person: a fresh form; during a hand round the outcome stays hidden. */
export function nextPerson(sessie) {
  return addRespondent({ ...sessie, uitkomstTonen: sessie.rondgang ? false : sessie.uitkomstTonen });
}

/** End the hidden part of a hand round: show the outcome, dropping an untouched last form. */
export function showUitkomst(sessie) {
  const open = activeRespondent(sessie);
  const shown = { ...sessie, uitkomstTonen: true };
  return sessie.respondenten.length > 1 && isEmptyRespondent(open) ? removeRespondent(shown, open.id) : shown;
}

export function setNamenInRapport(sessie, aan) {
  return { ...sessie, namenInRapport: aan };
}

export function setVorigeMeting(sessie, vorigeMeting) {
  return { ...sessie, vorigeMeting };
}

export function setActieplan(sessie, actieplan) {
  return { ...sessie, actieplan };
}
