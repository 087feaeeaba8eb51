// Comparing answers: per respondent, per statement, per rol, the bespreekpunten, and a vorige
// meting against this one. Pure.

import {
  computeAdvies,
  computeOverschrijdingen,
  effectiveNorm,
  isAntwoord,
  listZorgscores,
} from "./scoring.mjs";

/** Whether a respondent answered at least one statement. */
export function hasAntwoorden(respondent, schaal) {
  return Object.values(respondent.antwoorden ?? {}).some((waarde) => isAntwoord(waarde, schaal));
}

/** How many statements a respondent answered. */
export function countBeantwoord(respondent, data) {
  return data.stellingen.filter((s) => isAntwoord(respondent.antwoorden?.[s.id], data.schaal)).length;
}

function countPerWaarde(given, schaal) {
  return schaal.map(({ waarde, label }) => ({
    waarde,
    label,
    aantal: given.filter((antwoord) => antwoord === waarde).length,
  }));
}

/** How often a respondent gave each answer: [{ waarde, label, aantal }] in scale order. */
export function countAntwoorden(respondent, schaal) {
  return countPerWaarde(Object.values(respondent.antwoorden ?? {}), schaal);
}

/** How often each answer was given to one statement: [{ waarde, label, aantal }]. */
export function countVerdeling(stellingId, respondenten, schaal) {
  const given = respondenten.map((r) => r.antwoorden?.[stellingId]).filter((a) => isAntwoord(a, schaal));
  return countPerWaarde(given, schaal);
}

/**
 * Bespreekpunten: statements on which respondents differ by two or more scale steps,
 * [{ id, spreiding, laagste, hoogste, n, rondNorm }]. rondNorm: some respondents are above the
 * norm and others not, so the group disagrees on whether there is a problem at all. Order:
 * rondNorm first, then the largest spreiding, then handbook order.
 */
export function rankBespreekpunten(respondenten, data, normen = {}) {
  return data.stellingen
    .map((stelling, volgorde) => {
      const given = respondenten
        .map((r) => r.antwoorden?.[stelling.id])
        .filter((a) => isAntwoord(a, data.schaal));
      const scores = listZorgscores(stelling, respondenten, data.schaal);
      const norm = effectiveNorm(stelling, normen, data.regel);
      const laagste = given.length ? given.reduce((a, b) => Math.min(a, b)) : null;
      const hoogste = given.length ? given.reduce((a, b) => Math.max(a, b)) : null;
      return {
        id: stelling.id,
        spreiding: given.length ? hoogste - laagste : 0,
        laagste,
        hoogste,
        n: given.length,
        rondNorm: scores.some((z) => z > norm) && scores.some((z) => z <= norm),
        volgorde,
      };
    })
    .filter((rij) => rij.spreiding >= 2)
    .sort((a, b) => b.rondNorm - a.rondNorm || b.spreiding - a.spreiding || a.volgorde - b.volgorde)
    .map(({ volgorde, ...rij }) => rij);
}

/**
 * Median zorg per statement per rol, only for roles with at least `minimum` respondents who
 * answered something, so nobody's answers can be read off. Within a shown rol a statement
 * answered by fewer than `minimum` of them has zorg null.
 * { groepen: [{ rol, label, n, perStelling: [{ id, zorg, n }] }], verborgen: [{ rol, label, n }],
 *   zonderRol }.
 */
export function groupByRol(respondenten, data, minimum = 2) {
  const metAntwoord = respondenten.filter((r) => hasAntwoorden(r, data.schaal));
  const groepen = [];
  const verborgen = [];
  for (const { id: rol, label } of data.rollen) {
    const members = metAntwoord.filter((r) => r.rol === rol);
    if (members.length >= minimum) {
      const perStelling = computeOverschrijdingen(members, data).map(({ id, zorg, n }) => ({
        id,
        zorg: n >= minimum ? zorg : null,
        n,
      }));
      groepen.push({ rol, label, n: members.length, perStelling });
    } else if (members.length > 0) {
      verborgen.push({ rol, label, n: members.length });
    }
  }
  const rollen = new Set(data.rollen.map((rol) => rol.id));
  return { groepen, verborgen, zonderRol: metAntwoord.filter((r) => !rollen.has(r.rol)).length };
}

function trendOf(nu, vorige) {
  if (nu === null || vorige === null) {
    return { verschil: null, trend: null };
  }
  const verschil = nu - vorige;
  return { verschil, trend: verschil > 0 ? "hoger" : verschil < 0 ? "lager" : "gelijk" };
}

/**
 * Compare this meting with a vorige one. The vorige keeps its own history: `toen` is its result
 * as reported then (from the file, else computed with the norms stored with it), and
 * `toenMetHuidigeNormen` recomputes it under today's norms, only when those differ.
 * { nu, toen: { totaal, fase, uitBestand }, toenMetHuidigeNormen, normenVerschillen,
 *   normenBekend, perStelling: [{ id, vorige, normToen, nu, normNu, verschil, trend }] }.
 */
export function compareMetingen(sessie, vorige, data) {
  const nu = computeAdvies(sessie, data);
  const normenBekend = vorige.normen !== null && vorige.normen !== undefined;
  const own = computeAdvies({ respondenten: vorige.respondenten, normen: vorige.normen ?? {} }, data);
  const normenVerschillen = data.stellingen
    .filter((s) => effectiveNorm(s, vorige.normen, data.regel) !== effectiveNorm(s, sessie.normen, data.regel))
    .map((s) => s.id);
  const recomputed =
    normenVerschillen.length > 0 ? computeAdvies({ respondenten: vorige.respondenten, normen: sessie.normen }, data) : null;
  const perStelling = nu.perStelling.map((rij, index) => {
    const toen = own.perStelling[index];
    return { id: rij.id, vorige: toen.zorg, normToen: toen.norm, nu: rij.zorg, normNu: rij.norm, ...trendOf(rij.zorg, toen.zorg) };
  });
  const uitBestand = Boolean(vorige.uitkomst);
  return {
    nu: { totaal: nu.totaal, fase: nu.fase },
    toen: uitBestand
      ? { totaal: vorige.uitkomst.totaal, fase: vorige.uitkomst.fase, uitBestand }
      : { totaal: own.totaal, fase: own.fase, uitBestand },
    toenMetHuidigeNormen: recomputed && { totaal: recomputed.totaal, fase: recomputed.fase },
    normenVerschillen,
    normenBekend,
    perStelling,
  };
}
