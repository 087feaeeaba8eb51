// The rule of the zelfscan: answers → zorgscores → overschrijdingen → advies (a fase of the
// ladder). Pure: no DOM, no storage. "data" is the JSON of #zelfscan-data; every number of the
// rule comes from data.regel and data.schaal.

const FASE_RANG = { geen: 0, 1: 1, 2: 2, 3: 3 };
const STATUSVOLGORDE = ["bestaand", "in-ontwikkeling", "voorgesteld"];

/** At most two decimals, with a decimal comma. Not Intl.NumberFormat: its first use loads locale
 * data, tens of milliseconds on a phone during the page's first render. */
export function formatNumber(number) {
  const rounded = Math.sign(number) * Math.round(Math.abs(number) * 100) / 100; // half away from 0
  return String(rounded + 0).replace(".", ",");
}

export function scaleRange(schaal) {
  let laagste = Infinity;
  let hoogste = -Infinity;
  for (const { waarde } of schaal) {
    laagste = Math.min(laagste, waarde);
    hoogste = Math.max(hoogste, waarde);
  }
  return { laagste, hoogste };
}

export function isAntwoord(waarde, schaal) {
  return Number.isInteger(waarde) && schaal.some((step) => step.waarde === waarde);
}

export function hasAntwoorden(respondent, schaal) {
  return Object.values(respondent.antwoorden ?? {}).some((waarde) => isAntwoord(waarde, schaal));
}

export function countBeantwoord(respondent, data) {
  return data.stellingen.filter((s) => isAntwoord(respondent.antwoorden?.[s.id], data.schaal)).length;
}

export function antwoordLabel(waarde, schaal) {
  return schaal.find((step) => step.waarde === waarde)?.label ?? "";
}

/**
 * Zorgscore of an answer, 0 (none) up to the scale's width: highest − answer for a statement
 * that describes a problem, answer − lowest for one that describes a healthy situation.
 */
export function zorgscore(antwoord, richting, { laagste, hoogste }) {
  return richting === "gezond" ? antwoord - laagste : hoogste - antwoord;
}

export function maxZorgscore(schaal) {
  const { laagste, hoogste } = scaleRange(schaal);
  return hoogste - laagste;
}

/** The answer whose zorgscore equals the norm: the last answer still acceptable. */
export function normToAntwoord(norm, richting, schaal) {
  const { laagste, hoogste } = scaleRange(schaal);
  return richting === "gezond" ? laagste + norm : hoogste - norm;
}

/** The norm as the words the group chose: "soms" for norm 1 on a problem statement. */
export function normWoord(norm, stelling, schaal) {
  return antwoordLabel(normToAntwoord(norm, stelling.richting, schaal), schaal);
}

export function medianOf(values) {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function defaultNorm(stelling, regel) {
  if (Number.isInteger(stelling.norm)) {
    return stelling.norm;
  }
  return stelling.zwaar ? regel.standaardnorm_zwaar : regel.standaardnorm;
}

export function effectiveNorm(stelling, normen, regel) {
  const eigen = normen?.[stelling.id];
  return Number.isInteger(eigen) ? eigen : defaultNorm(stelling, regel);
}

export function listZorgscores(stelling, respondenten, schaal) {
  const range = scaleRange(schaal);
  const scores = [];
  for (const respondent of respondenten) {
    const antwoord = respondent.antwoorden?.[stelling.id];
    if (isAntwoord(antwoord, schaal)) {
      scores.push(zorgscore(antwoord, stelling.richting, range));
    }
  }
  return scores;
}

/**
 * Per statement in handbook order: { id, zorg, norm, overschrijding, n }. zorg is the median
 * zorgscore of the n respondents who answered (null when nobody did; overschrijding is then 0).
 */
export function computeOverschrijdingen(respondenten, data, normen = {}) {
  return data.stellingen.map((stelling) => {
    const scores = listZorgscores(stelling, respondenten, data.schaal);
    const zorg = medianOf(scores);
    const norm = effectiveNorm(stelling, normen, data.regel);
    const overschrijding = zorg === null ? 0 : Math.max(0, zorg - norm);
    return { id: stelling.id, zorg, norm, overschrijding, n: scores.length };
  });
}

export function faseVoorTotaal(totaal, regel) {
  if (totaal <= 0) {
    return "geen";
  }
  if (totaal < regel.fase_2_vanaf) {
    return "1";
  }
  return totaal < regel.fase_3_vanaf ? "2" : "3";
}

/**
 * The advies for answers and norms: { totaal, fase, faseZonderZwaar, zwaarVerhoging,
 * zwareSignalen, perStelling, onbeantwoord, aantalBeantwoord }. zwareSignalen lists the zwaar
 * statements whose (median) zorg reached zwaar_zorg_vanaf; zwaarVerhoging is true only when that
 * actually raised the fase.
 */
export function computeAdvies({ respondenten, normen }, data) {
  const perStelling = computeOverschrijdingen(respondenten, data, normen);
  const totaal = perStelling.reduce((sum, row) => sum + row.overschrijding, 0);
  const faseZonderZwaar = faseVoorTotaal(totaal, data.regel);
  const zwaar = new Set(data.stellingen.filter((s) => s.zwaar).map((s) => s.id));
  const zwareSignalen = perStelling
    .filter((row) => zwaar.has(row.id) && row.zorg !== null && row.zorg >= data.regel.zwaar_zorg_vanaf)
    .map((row) => row.id);
  const minimum = String(data.regel.zwaar_minimale_fase);
  const zwaarVerhoging = zwareSignalen.length > 0 && FASE_RANG[faseZonderZwaar] < FASE_RANG[minimum];
  return {
    totaal,
    fase: zwaarVerhoging ? minimum : faseZonderZwaar,
    faseZonderZwaar,
    zwaarVerhoging,
    zwareSignalen,
    perStelling,
    onbeantwoord: perStelling.filter((row) => row.n === 0).map((row) => row.id),
    aantalBeantwoord: perStelling.filter((row) => row.n > 0).length,
  };
}

export function faseRang(fase) {
  return FASE_RANG[fase] ?? 0;
}

/**
 * Instruments for an advised fase, cumulative down the ladder (this site's reading):
 * [{ fase: "2", ids }, { fase: "1", ids }]; [] for "geen". An id listed in more than one fase
 * is shown once, under the highest.
 */
export function listInstrumentenPerFase(fase, ladder) {
  const seen = new Set();
  const groups = [];
  for (let step = faseRang(fase); step >= 1; step -= 1) {
    const ids = (ladder[String(step)] ?? []).filter((id) => !seen.has(id));
    ids.forEach((id) => seen.add(id));
    groups.push({ fase: String(step), ids });
  }
  return groups;
}

/** Products to list: existing first, then in development, then proposals; archived left out. */
export function sortProducten(producten = []) {
  return STATUSVOLGORDE.flatMap((status) => producten.filter((p) => p.status === status));
}

/** A URL safe to put in href: relative, or http(s). Anything else gives null. */
export function safeUrl(url) {
  const text = String(url ?? "").trim();
  if (text === "") {
    return null;
  }
  const schema = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  if (schema && !["http", "https"].includes(schema[1].toLowerCase())) {
    return null;
  }
  return text;
}
