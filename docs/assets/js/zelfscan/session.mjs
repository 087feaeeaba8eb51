// The sessie: the part of the state that is stored in the browser and exported, with its
// actieplan. Reducers only: every function returns a new object and changes none of its arguments.
// normen holds only the norms the group changed; actief is the respondent whose form is open;
// during a hand round (rondgang) uitkomstTonen stays false until someone asks for the outcome;
// vorigeMeting is null or { bron, datum, normen, uitkomst, respondenten, actieplan }, where the
// last three may be null (a file of version 1).

import { defaultNorm } from "./scoring.mjs";

export const SESSIE_VERSIE = 2;

export function emptyRespondent(id) {
  return { id, naam: "", rol: "", antwoorden: {}, opmerkingen: {} };
}

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

export function highestRespondentNumber(respondenten) {
  let hoogste = 0;
  for (const { id } of respondenten) {
    hoogste = Math.max(hoogste, Number(/^r(\d+)$/.exec(id)?.[1] ?? 0));
  }
  return hoogste;
}

export function isEmptyRespondent(respondent) {
  return (
    respondent.naam.trim() === "" &&
    respondent.rol === "" &&
    Object.keys(respondent.antwoorden).length === 0 &&
    Object.values(respondent.opmerkingen).every((tekst) => tekst.trim() === "")
  );
}

export function displayName(respondent, index) {
  const naam = String(respondent.naam ?? "").trim();
  return naam === "" ? `Respondent ${index + 1}` : naam;
}

export function activeRespondent(sessie) {
  return sessie.respondenten.find((r) => r.id === sessie.actief) ?? sessie.respondenten[0];
}

/** What the outcome depends on, as a list to compare item by item with the last one. */
export function answersKey(sessie) {
  return [sessie.normen, sessie.vorigeMeting, ...sessie.respondenten.map((r) => r.antwoorden)];
}

export function addRespondent(sessie) {
  const id = `r${highestRespondentNumber(sessie.respondenten) + 1}`;
  return { ...sessie, respondenten: [...sessie.respondenten, emptyRespondent(id)], actief: id };
}

/** If none is left, a fresh empty respondent takes its place. */
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

/** null clears the answer. */
export function setAntwoord(sessie, respondentId, stellingId, waarde) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, antwoorden: setEntry(r.antwoorden, stellingId, waarde, waarde !== null) }));
}

/** A blank text removes the remark. */
export function setOpmerking(sessie, respondentId, stellingId, tekst) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, opmerkingen: setEntry(r.opmerkingen, stellingId, tekst, tekst.trim() !== "") }));
}

export function setNaam(sessie, respondentId, naam) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, naam }));
}

export function setRol(sessie, respondentId, rol) {
  return updateRespondent(sessie, respondentId, (r) => ({ ...r, rol }));
}

/** Choosing the default removes the group's own norm. */
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

// The actieplan, in the shape of a plan van aanpak.

export const EIGENAREN = [
  { id: "burgemeester", label: "Burgemeester" }, { id: "college", label: "College" },
  { id: "wethouder", label: "Wethouder" }, { id: "raad", label: "Raad" },
  { id: "presidium", label: "Presidium" }, { id: "griffier", label: "Griffier" },
  { id: "gemeentesecretaris", label: "Gemeentesecretaris" }, { id: "driehoek", label: "Driehoek" },
];
export const TERMIJNEN = [{ id: "kort", label: "Kort" }, { id: "midden", label: "Midden-lang" }, { id: "lang", label: "Lang" }];
export const STATUSSEN = [{ id: "open", label: "Niet gestart" }, { id: "gestart", label: "Gestart" }, { id: "afgerond", label: "Afgerond" }];
export const MAATREGEL_VELDEN = ["tekst", "eigenaar", "termijn", "prioriteit", "status", "spoor"];

export function emptyActieplan() {
  return { sporen: [], maatregelen: [] };
}

function nextId(items, prefix) {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let hoogste = 0;
  for (const { id } of items) {
    hoogste = Math.max(hoogste, Number(pattern.exec(id)?.[1] ?? 0));
  }
  return `${prefix}${hoogste + 1}`;
}

export function addSpoor(plan, titel = "") {
  return { ...plan, sporen: [...plan.sporen, { id: nextId(plan.sporen, "s"), titel }] };
}

export function setSpoorTitel(plan, id, titel) {
  return { ...plan, sporen: plan.sporen.map((s) => (s.id === id ? { ...s, titel } : s)) };
}

export function removeSpoor(plan, id) {
  return { sporen: plan.sporen.filter((s) => s.id !== id), maatregelen: plan.maatregelen.filter((m) => m.spoor !== id) };
}

/**
 * Add a maatregel to the last spoor (a first spoor is made when there is none). Defaults: the
 * burgemeester as eigenaar, a short term, not yet started.
 */
export function addMaatregel(plan, { tekst = "", instrument, product, prioriteit = false, spoor } = {}) {
  const metSpoor = plan.sporen.length > 0 ? plan : addSpoor(plan);
  const maatregel = {
    id: nextId(metSpoor.maatregelen, "m"),
    spoor: spoor ?? metSpoor.sporen.at(-1).id,
    tekst,
    eigenaar: "burgemeester",
    termijn: "kort",
    prioriteit,
    status: "open",
  };
  if (instrument) {
    maatregel.instrument = instrument;
  }
  if (product) {
    maatregel.product = product;
  }
  return { ...metSpoor, maatregelen: [...metSpoor.maatregelen, maatregel] };
}

export function setMaatregel(plan, id, veld, waarde) {
  if (!MAATREGEL_VELDEN.includes(veld)) {
    return plan;
  }
  return { ...plan, maatregelen: plan.maatregelen.map((m) => (m.id === id ? { ...m, [veld]: waarde } : m)) };
}

export function removeMaatregel(plan, id) {
  return { ...plan, maatregelen: plan.maatregelen.filter((m) => m.id !== id) };
}

export function hasMaatregel(plan, instrument, product) {
  return plan.maatregelen.some((m) => m.instrument === instrument && (product === undefined || m.product === product));
}

/**
 * Take over the maatregelen of a vorige meting's plan that were not finished, each under a spoor
 * with the same title (made when missing), with their status kept.
 */
export function copyOpenMaatregelen(plan, vorig) {
  let uit = plan;
  for (const maatregel of vorig.maatregelen.filter((m) => m.status !== "afgerond")) {
    const titel = vorig.sporen.find((s) => s.id === maatregel.spoor)?.titel ?? "Overgenomen";
    if (!uit.sporen.some((s) => s.titel === titel)) {
      uit = addSpoor(uit, titel);
    }
    const spoor = uit.sporen.find((s) => s.titel === titel).id;
    const { id, ...velden } = maatregel;
    uit = { ...uit, maatregelen: [...uit.maatregelen, { ...velden, id: nextId(uit.maatregelen, "m"), spoor }] };
  }
  return uit;
}
