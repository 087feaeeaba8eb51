// Pure logic of the bestuurscultuur self-assessment ("zelfscan"): scoring, comparison, import,
// export and stored-state migration. No DOM, no storage, no globals. Imported by
// zelfscan-page.mjs in the browser and by tests/js/zelfscan-core.test.mjs in Node.
//
// "data" is the JSON from #zelfscan-data: { schaal, regel, stellingen, instrumenten, ladder,
// rollen }. Every number of the rule comes from data.regel and data.schaal.
//
// State ("staat"), also the object kept in localStorage:
//   { versie: 1,
//     normen: { <stellingId>: 0..4 },        // only norms the group changed from the default
//     respondenten: [{ id: "r1", naam: "", rol: "" | <rolId>,
//                      antwoorden: { <stellingId>: 1..5 }, opmerkingen: { <stellingId>: "…" } }],
//     actief: "r1",                          // respondent whose form is open
//     rondgang: false,                       // hand-round mode on one device
//     uitkomstTonen: true,                   // false during a hand round until "Toon de uitkomst"
//     namenInRapport: false,
//     vorigeMeting: null | { bron: "bestand.json", datum: "" | "2026-11-20",
//                            respondenten: [{ naam, rol, antwoorden, opmerkingen }] } }
// Every function returns new objects; none changes its arguments.

export const OPSLAG_VERSIE = 1;
export const BESTANDSFORMAAT = "bestuurscultuur-antwoorden";
export const BESTANDSVERSIE = 1;

const STANDAARDSCHAAL = [1, 2, 3, 4, 5].map((waarde) => ({ waarde, label: String(waarde) }));
const STATUSVOLGORDE = ["bestaand", "in-ontwikkeling", "voorgesteld"];
const FASE_RANG = { geen: 0, 1: 1, 2: 2, 3: 3 };

const isObject = (waarde) => typeof waarde === "object" && waarde !== null && !Array.isArray(waarde);
const heeft = (object, sleutel) => Object.prototype.hasOwnProperty.call(object, sleutel);

// ---------------------------------------------------------------------------------------------
// Numbers and words

/** Dutch number: 12 -> "12", 7.5 -> "7,5", -1.5 -> "-1,5". */
export function formatNumber(getal) {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2, useGrouping: false }).format(getal);
}

/** Lowest and highest answer value of the scale. */
export function scaleRange(schaal = STANDAARDSCHAAL) {
  const waarden = schaal.map((stap) => stap.waarde);
  return { laagste: Math.min(...waarden), hoogste: Math.max(...waarden) };
}

/** Whether a value is one of the answers on the scale (an integer listed in schaal). */
export function isAnswer(waarde, schaal = STANDAARDSCHAAL) {
  return Number.isInteger(waarde) && schaal.some((stap) => stap.waarde === waarde);
}

/** The word for an answer value ("altijd" for 1), or "" for an unknown value. */
export function answerLabel(waarde, schaal) {
  return schaal.find((stap) => stap.waarde === waarde)?.label ?? "";
}

/**
 * Concern of an answer, 0 (none) to 4 on the standard scale: highest − answer for a statement
 * that describes a problem, answer − lowest for one that describes a healthy situation.
 */
export function concern(answer, richting, schaal = STANDAARDSCHAAL) {
  const { laagste, hoogste } = scaleRange(schaal);
  return richting === "gezond" ? answer - laagste : hoogste - answer;
}

/** Highest possible concern (4 on a 1–5 scale). */
export function maxConcern(schaal = STANDAARDSCHAAL) {
  const { laagste, hoogste } = scaleRange(schaal);
  return hoogste - laagste;
}

/**
 * The answer whose concern equals the norm: the last answer still acceptable. "Nog acceptabel
 * tot en met soms" is norm 1 for a problem statement, "tot en met vaak" norm 1 for a healthy one.
 */
export function normToAnswer(norm, richting, schaal = STANDAARDSCHAAL) {
  const { laagste, hoogste } = scaleRange(schaal);
  return richting === "gezond" ? laagste + norm : hoogste - norm;
}

/** Median of numbers (mean of the two middle values for an even count); null for none. */
export function medianOf(values) {
  if (values.length === 0) {
    return null;
  }
  const gesorteerd = [...values].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 === 1
    ? gesorteerd[midden]
    : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Norms and the advice

/** The statement's default norm: its resolved "norm", else the rule's default (zwaar or not). */
export function defaultNorm(stelling, regel) {
  if (Number.isInteger(stelling.norm)) {
    return stelling.norm;
  }
  return stelling.zwaar ? regel.standaardnorm_zwaar : regel.standaardnorm;
}

/** The norm in force: the group's own choice if it made one, else the default. */
export function effectiveNorm(stelling, normen, regel) {
  const eigen = normen?.[stelling.id];
  return Number.isInteger(eigen) ? eigen : defaultNorm(stelling, regel);
}

/** The valid answers given to one statement, in respondent order. */
function answersTo(stellingId, respondents, schaal) {
  return respondents
    .map((respondent) => respondent.antwoorden?.[stellingId])
    .filter((waarde) => isAnswer(waarde, schaal));
}

/**
 * Per statement in handbook order: { id, concern, norm, excess, n }. concern is the median
 * concern over the n respondents who answered (null when nobody did; excess is then 0).
 */
export function excessPerStatement(respondents, data, normen = {}) {
  return data.stellingen.map((stelling) => {
    const zorgen = answersTo(stelling.id, respondents, data.schaal).map((antwoord) =>
      concern(antwoord, stelling.richting, data.schaal),
    );
    const mediaan = medianOf(zorgen);
    const norm = effectiveNorm(stelling, normen, data.regel);
    const excess = mediaan === null ? 0 : Math.max(0, mediaan - norm);
    return { id: stelling.id, concern: mediaan, norm, excess, n: zorgen.length };
  });
}

/** Phase for a total excess S: "geen", "1", "2" or "3" (bounds from data.regel). */
export function phaseForTotal(S, regel) {
  if (S <= 0) {
    return "geen";
  }
  if (S < regel.fase_2_vanaf) {
    return "1";
  }
  return S < regel.fase_3_vanaf ? "2" : "3";
}

/**
 * The advice for the answers and norms in a state:
 * { S, fase, faseZonderZwaar, zwaarVerhoging, zwareSignalen, perStelling, onbeantwoord,
 *   aantalBeantwoord }. zwareSignalen lists the zwaar statements whose (median) concern reached
 * zwaar_zorg_vanaf; zwaarVerhoging is true only when that actually raised the phase.
 */
export function advise(state, data) {
  const perStelling = excessPerStatement(state.respondenten, data, state.normen);
  const S = perStelling.reduce((som, rij) => som + rij.excess, 0);
  const faseZonderZwaar = phaseForTotal(S, data.regel);
  const zwaar = new Set(data.stellingen.filter((s) => s.zwaar).map((s) => s.id));
  const zwareSignalen = perStelling
    .filter((rij) => zwaar.has(rij.id) && rij.concern !== null)
    .filter((rij) => rij.concern >= data.regel.zwaar_zorg_vanaf)
    .map((rij) => rij.id);
  const minimum = String(data.regel.zwaar_minimale_fase);
  const zwaarVerhoging = zwareSignalen.length > 0 && FASE_RANG[faseZonderZwaar] < FASE_RANG[minimum];
  return {
    S,
    fase: zwaarVerhoging ? minimum : faseZonderZwaar,
    faseZonderZwaar,
    zwaarVerhoging,
    zwareSignalen,
    perStelling,
    onbeantwoord: perStelling.filter((rij) => rij.n === 0).map((rij) => rij.id),
    aantalBeantwoord: perStelling.filter((rij) => rij.n > 0).length,
  };
}

/**
 * The rule in plain Dutch, with the numbers from data: a list of sentences for the page.
 */
export function ruleSentences(data) {
  const { regel, schaal } = data;
  const laag = answerLabel(scaleRange(schaal).laagste, schaal);
  const hoog = answerLabel(scaleRange(schaal).hoogste, schaal);
  const max = formatNumber(maxConcern(schaal));
  const f2 = formatNumber(regel.fase_2_vanaf);
  const f3 = formatNumber(regel.fase_3_vanaf);
  return [
    `Elk antwoord krijgt een zorgscore van 0 tot en met ${max}. Bij een stelling die een probleem beschrijft is "${hoog}" 0 en "${laag}" ${max}; bij de stelling die een gezonde situatie beschrijft is dat omgekeerd.`,
    `De norm is de hoogste zorgscore die de groep nog acceptabel vindt. Alleen de zorg boven de norm telt mee: dat is de overschrijding.`,
    `Met meer respondenten telt per stelling de mediaan van hun zorgscores (bij een even aantal het gemiddelde van de middelste twee). Een stelling die niemand beantwoordde, telt niet mee.`,
    `De overschrijdingen samen geven de totale overschrijding. Is die 0, dan is er geen signaal. Meer dan 0 en minder dan ${f2}: fase 1. Vanaf ${f2} en minder dan ${f3}: fase 2. Vanaf ${f3}: fase 3.`,
    `Heeft een zware stelling een zorgscore (mediaan) van ${formatNumber(regel.zwaar_zorg_vanaf)} of meer, dan is het advies minstens fase ${regel.zwaar_minimale_fase}.`,
  ];
}

/**
 * Instruments to show for an advised phase, cumulative down the ladder:
 * [{ fase: "2", ids: […] }, { fase: "1", ids: […] }]; [] for "geen". An id listed in more than
 * one phase is shown once, under the highest.
 */
export function instrumentsForPhase(fase, ladder) {
  const gezien = new Set();
  const groepen = [];
  for (let stap = FASE_RANG[fase] ?? 0; stap >= 1; stap -= 1) {
    const ids = (ladder[String(stap)] ?? []).filter((id) => !gezien.has(id));
    ids.forEach((id) => gezien.add(id));
    groepen.push({ fase: String(stap), ids });
  }
  return groepen;
}

/** Products to list: existing first, then in development, then proposals; archived left out. */
export function sortProducts(producten = []) {
  return STATUSVOLGORDE.flatMap((status) => producten.filter((p) => p.status === status));
}

/** A URL safe to put in href: relative, or http(s). Anything else gives null. */
export function safeUrl(url) {
  const tekst = String(url ?? "").trim();
  if (tekst === "") {
    return null;
  }
  const schema = /^([a-z][a-z0-9+.-]*):/i.exec(tekst);
  if (schema && !["http", "https"].includes(schema[1].toLowerCase())) {
    return null;
  }
  return tekst;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** How often a respondent gave each answer: [{ waarde, label, aantal }] in scale order. */
export function answerCounts(respondent, schaal) {
  const gegeven = Object.values(respondent.antwoorden ?? {});
  return schaal.map(({ waarde, label }) => ({
    waarde,
    label,
    aantal: gegeven.filter((antwoord) => antwoord === waarde).length,
  }));
}

/** How often each answer was given to one statement: [{ waarde, label, aantal }]. */
export function distribution(statementId, respondents, schaal) {
  const gegeven = answersTo(statementId, respondents, schaal);
  return schaal.map(({ waarde, label }) => ({
    waarde,
    label,
    aantal: gegeven.filter((antwoord) => antwoord === waarde).length,
  }));
}

/**
 * Statements on which respondents differ by two or more scale steps:
 * [{ id, spreiding, laagste, hoogste, n }], largest spread first, then handbook order.
 */
export function bespreekpunten(respondents, stellingen, schaal = STANDAARDSCHAAL) {
  return stellingen
    .map((stelling, volgorde) => {
      const gegeven = answersTo(stelling.id, respondents, schaal);
      const laagste = gegeven.length ? Math.min(...gegeven) : null;
      const hoogste = gegeven.length ? Math.max(...gegeven) : null;
      const spreiding = gegeven.length ? hoogste - laagste : 0;
      return { id: stelling.id, spreiding, laagste, hoogste, n: gegeven.length, volgorde };
    })
    .filter((rij) => rij.spreiding >= 2)
    .sort((a, b) => b.spreiding - a.spreiding || a.volgorde - b.volgorde)
    .map(({ volgorde, ...rij }) => rij);
}

/** Whether a respondent answered at least one statement. */
export function hasAnswers(respondent, schaal = STANDAARDSCHAAL) {
  return Object.values(respondent.antwoorden ?? {}).some((waarde) => isAnswer(waarde, schaal));
}

/**
 * Median concern per statement per role, only for roles with at least `minimum` respondents
 * who answered something (so nobody's answers can be read off). Within a shown role a statement
 * answered by fewer than `minimum` of them has concern null.
 * { groepen: [{ rol, label, n, perStelling: [{ id, concern, n }] }],
 *   verborgen: [{ rol, label, n }], zonderRol: <count> } — roles in data.rollen order.
 */
export function roleBreakdown(respondents, data, minimum = 2) {
  const metAntwoord = respondents.filter((r) => hasAnswers(r, data.schaal));
  const groepen = [];
  const verborgen = [];
  for (const { id: rol, label } of data.rollen) {
    const leden = metAntwoord.filter((r) => r.rol === rol);
    if (leden.length === 0) {
      continue;
    }
    if (leden.length < minimum) {
      verborgen.push({ rol, label, n: leden.length });
      continue;
    }
    const perStelling = excessPerStatement(leden, data).map(({ id, concern: zorg, n }) => ({
      id,
      concern: n >= minimum ? zorg : null,
      n,
    }));
    groepen.push({ rol, label, n: leden.length, perStelling });
  }
  const rollen = new Set(data.rollen.map((rol) => rol.id));
  const zonderRol = metAntwoord.filter((r) => !rollen.has(r.rol)).length;
  return { groepen, verborgen, zonderRol };
}

/**
 * Compare with an earlier measurement. Both are { respondenten, normen? }; the current norms
 * are used for both totals so that the difference comes from the answers only.
 * { perStelling: [{ id, nu, vorige, verschil, trend }], totaal: { nu, vorige, verschil },
 *   fase: { nu, vorige } }; trend is "hoger", "lager", "gelijk" or null (not both answered).
 */
export function compareMeasurements(current, previous, data) {
  const normen = current.normen ?? {};
  const nu = advise({ respondenten: current.respondenten, normen }, data);
  const toen = advise({ respondenten: previous.respondenten, normen }, data);
  const perStelling = nu.perStelling.map((rij, index) => {
    const vorige = toen.perStelling[index].concern;
    if (rij.concern === null || vorige === null) {
      return { id: rij.id, nu: rij.concern, vorige, verschil: null, trend: null };
    }
    const verschil = rij.concern - vorige;
    const trend = verschil > 0 ? "hoger" : verschil < 0 ? "lager" : "gelijk";
    return { id: rij.id, nu: rij.concern, vorige, verschil, trend };
  });
  return {
    perStelling,
    totaal: { nu: nu.S, vorige: toen.S, verschil: nu.S - toen.S },
    fase: { nu: nu.fase, vorige: toen.fase },
  };
}

// ---------------------------------------------------------------------------------------------
// State changes

/** A fresh state with one empty respondent. */
export function emptyState() {
  return {
    versie: OPSLAG_VERSIE,
    normen: {},
    respondenten: [emptyRespondent("r1")],
    actief: "r1",
    rondgang: false,
    uitkomstTonen: true,
    namenInRapport: false,
    vorigeMeting: null,
  };
}

function emptyRespondent(id) {
  return { id, naam: "", rol: "", antwoorden: {}, opmerkingen: {} };
}

/** The next free respondent id ("r4" when r1..r3 exist). */
export function nextRespondentId(respondenten) {
  const nummers = respondenten.map((r) => Number(/^r(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `r${Math.max(0, ...nummers) + 1}`;
}

/** A respondent with nothing filled in (no name, no answers, no remarks). */
export function isEmptyRespondent(respondent) {
  const opmerkingen = Object.values(respondent.opmerkingen ?? {}).filter((t) => t.trim() !== "");
  return (
    respondent.naam.trim() === "" &&
    respondent.rol === "" &&
    Object.keys(respondent.antwoorden).length === 0 &&
    opmerkingen.length === 0
  );
}

/** Add an empty respondent and open its form: { state, id }. */
export function addRespondent(state) {
  const id = nextRespondentId(state.respondenten);
  return {
    state: { ...state, respondenten: [...state.respondenten, emptyRespondent(id)], actief: id },
    id,
  };
}

/** Remove a respondent; if none is left, a fresh empty one takes its place. */
export function removeRespondent(state, id) {
  const over = state.respondenten.filter((r) => r.id !== id);
  if (over.length === 0) {
    const nieuw = emptyRespondent(nextRespondentId(state.respondenten));
    return { ...state, respondenten: [nieuw], actief: nieuw.id };
  }
  const actief = over.some((r) => r.id === state.actief) ? state.actief : over[0].id;
  return { ...state, respondenten: over, actief };
}

function updateRespondent(state, id, wijzig) {
  return {
    ...state,
    respondenten: state.respondenten.map((r) => (r.id === id ? wijzig(r) : r)),
  };
}

/** Set an answer (1..5), or clear it with null. */
export function setAnswer(state, respondentId, stellingId, waarde) {
  return updateRespondent(state, respondentId, (r) => {
    const antwoorden = { ...r.antwoorden };
    if (waarde === null) {
      delete antwoorden[stellingId];
    } else {
      antwoorden[stellingId] = waarde;
    }
    return { ...r, antwoorden };
  });
}

/** Set a remark; an empty or blank text removes it. */
export function setRemark(state, respondentId, stellingId, tekst) {
  return updateRespondent(state, respondentId, (r) => {
    const opmerkingen = { ...r.opmerkingen };
    if (tekst.trim() === "") {
      delete opmerkingen[stellingId];
    } else {
      opmerkingen[stellingId] = tekst;
    }
    return { ...r, opmerkingen };
  });
}

export function setName(state, respondentId, naam) {
  return updateRespondent(state, respondentId, (r) => ({ ...r, naam }));
}

export function setRole(state, respondentId, rol) {
  return updateRespondent(state, respondentId, (r) => ({ ...r, rol }));
}

/** Set the group's norm for a statement; choosing the default removes the override. */
export function setNorm(state, stelling, norm, regel) {
  const normen = { ...state.normen };
  if (norm === defaultNorm(stelling, regel)) {
    delete normen[stelling.id];
  } else {
    normen[stelling.id] = norm;
  }
  return { ...state, normen };
}

export function resetNorms(state) {
  return { ...state, normen: {} };
}

/** The name to show: the given name, else "Respondent <n>" (n counts from 1 in list order). */
export function displayName(respondent, index) {
  const naam = String(respondent.naam ?? "").trim();
  return naam === "" ? `Respondent ${index + 1}` : naam;
}

// ---------------------------------------------------------------------------------------------
// Import

/** How a respondent is named in an error message: 'respondent 2 ("Anna")'. */
function respondentAanduiding(respondent, index) {
  const naam = isObject(respondent) && typeof respondent.naam === "string" ? respondent.naam.trim() : "";
  return naam === "" ? `respondent ${index + 1}` : `respondent ${index + 1} ("${naam}")`;
}

function toon(waarde) {
  if (waarde === undefined) {
    return "leeg";
  }
  const tekst = JSON.stringify(waarde);
  return tekst.length > 40 ? `${tekst.slice(0, 37)}…` : tekst;
}

class ImportFout extends Error {}

function eis(voorwaarde, melding) {
  if (!voorwaarde) {
    throw new ImportFout(melding);
  }
}

function checkKeys(object, toegestaan, waar) {
  for (const sleutel of Object.keys(object)) {
    eis(
      toegestaan.includes(sleutel),
      `Onbekend veld "${sleutel}" ${waar}; toegestaan zijn ${toegestaan.join(", ")}.`,
    );
  }
}

function checkStatementMap(waarde, ids, veld, waar) {
  eis(isObject(waarde), `"${veld}" ${waar} moet een object zijn met stelling-id's als sleutels, maar is ${toon(waarde)}.`);
  for (const sleutel of Object.keys(waarde)) {
    eis(ids.has(sleutel), `Onbekende stelling "${sleutel}" in "${veld}" ${waar}.`);
  }
}

function readNorms(normen, data) {
  const ids = new Set(data.stellingen.map((s) => s.id));
  checkStatementMap(normen, ids, "normen", "in het bestand");
  const max = maxConcern(data.schaal);
  for (const [id, norm] of Object.entries(normen)) {
    eis(
      Number.isInteger(norm) && norm >= 0 && norm <= max,
      `De norm voor "${id}" is ${toon(norm)}; een norm is een geheel getal van 0 tot en met ${max}.`,
    );
  }
  return { ...normen };
}

function readRespondent(respondent, index, data) {
  const wie = respondentAanduiding(respondent, index);
  eis(isObject(respondent), `${wie} is geen object maar ${toon(respondent)}.`);
  checkKeys(respondent, ["naam", "rol", "antwoorden", "opmerkingen"], `bij ${wie}`);
  const naam = respondent.naam ?? "";
  eis(typeof naam === "string", `De naam van ${wie} moet tekst zijn, maar is ${toon(naam)}.`);
  const rol = respondent.rol ?? "";
  const rollen = data.rollen.map((r) => r.id);
  eis(typeof rol === "string", `De rol van ${wie} moet tekst zijn, maar is ${toon(rol)}.`);
  eis(
    rol === "" || rollen.includes(rol),
    `Onbekende rol "${rol}" bij ${wie}; bekende rollen zijn ${rollen.join(", ")}.`,
  );
  const ids = new Set(data.stellingen.map((s) => s.id));
  eis(heeft(respondent, "antwoorden"), `Het veld "antwoorden" ontbreekt bij ${wie}.`);
  checkStatementMap(respondent.antwoorden, ids, "antwoorden", `bij ${wie}`);
  const { laagste, hoogste } = scaleRange(data.schaal);
  for (const [id, antwoord] of Object.entries(respondent.antwoorden)) {
    eis(
      isAnswer(antwoord, data.schaal),
      `Het antwoord op "${id}" bij ${wie} is ${toon(antwoord)}; een antwoord is een geheel getal van ${laagste} tot en met ${hoogste}. Laat een stelling zonder antwoord weg.`,
    );
  }
  const opmerkingen = respondent.opmerkingen ?? {};
  checkStatementMap(opmerkingen, ids, "opmerkingen", `bij ${wie}`);
  for (const [id, tekst] of Object.entries(opmerkingen)) {
    eis(typeof tekst === "string", `De opmerking bij "${id}" van ${wie} moet tekst zijn, maar is ${toon(tekst)}.`);
  }
  return { naam, rol, antwoorden: { ...respondent.antwoorden }, opmerkingen: { ...opmerkingen } };
}

function readFile(bestand, data) {
  eis(isObject(bestand), `Het bestand bevat geen object met antwoorden maar ${toon(bestand)}.`);
  eis(
    heeft(bestand, "format"),
    `Het veld "format" ontbreekt: dit is geen antwoordenbestand van de zelfscan bestuurscultuur.`,
  );
  eis(
    bestand.format === BESTANDSFORMAAT,
    `Onbekend formaat ${toon(bestand.format)}: dit is geen antwoordenbestand van de zelfscan bestuurscultuur (verwacht "${BESTANDSFORMAAT}").`,
  );
  eis(heeft(bestand, "versie"), `Het veld "versie" ontbreekt.`);
  eis(
    bestand.versie === BESTANDSVERSIE,
    `Versie ${toon(bestand.versie)} van het bestandsformaat kan deze pagina niet lezen; zij leest versie ${BESTANDSVERSIE}.`,
  );
  checkKeys(bestand, ["format", "versie", "datum", "normen", "respondenten"], "in het bestand");
  const datum = bestand.datum ?? "";
  eis(typeof datum === "string", `Het veld "datum" moet tekst zijn, maar is ${toon(datum)}.`);
  const normen = heeft(bestand, "normen") ? readNorms(bestand.normen, data) : null;
  eis(heeft(bestand, "respondenten"), `Het veld "respondenten" ontbreekt.`);
  eis(
    Array.isArray(bestand.respondenten),
    `"respondenten" moet een lijst zijn, maar is ${toon(bestand.respondenten)}.`,
  );
  const respondenten = bestand.respondenten.map((r, index) => readRespondent(r, index, data));
  return { datum, normen, respondenten };
}

/**
 * Read an exported answers file. { ok: true, value: { datum, normen | null, respondenten } }
 * or { ok: false, error: "<Dutch message naming the problem>" }.
 */
export function parseImport(text, data) {
  let bestand;
  try {
    bestand = JSON.parse(String(text).replace(/^\uFEFF/, ""));
  } catch (fout) {
    return { ok: false, error: `Het bestand is geen geldige JSON (${fout.message}).` };
  }
  try {
    return { ok: true, value: readFile(bestand, data) };
  } catch (fout) {
    if (fout instanceof ImportFout) {
      return { ok: false, error: fout.message };
    }
    throw fout;
  }
}

function respondentKey(respondent) {
  const gesorteerd = (object) =>
    Object.keys(object)
      .sort()
      .map((sleutel) => [sleutel, object[sleutel]]);
  return JSON.stringify([
    respondent.naam.trim(),
    respondent.rol,
    gesorteerd(respondent.antwoorden),
    gesorteerd(respondent.opmerkingen ?? {}),
  ]);
}

/**
 * Norms from imported files, for statements the group has not set here. Per statement: the
 * imported values that differ from the default; taken over when they all agree and no own
 * norm is set. Otherwise (own norm differs, or the files disagree) not taken over.
 */
function mergeNorms(state, imports, data) {
  const normen = { ...state.normen };
  const overgenomen = [];
  const nietOvergenomen = [];
  for (const stelling of data.stellingen) {
    const standaard = defaultNorm(stelling, data.regel);
    const waarden = new Set(
      imports
        .map((imp) => imp.normen?.[stelling.id])
        .filter((norm) => Number.isInteger(norm) && norm !== standaard),
    );
    if (waarden.size === 0) {
      continue;
    }
    const eigen = state.normen[stelling.id];
    if (waarden.size === 1 && eigen === undefined) {
      normen[stelling.id] = [...waarden][0];
      overgenomen.push(stelling.id);
    } else if (!(waarden.size === 1 && waarden.has(eigen))) {
      nietOvergenomen.push(stelling.id);
    }
  }
  return { normen, overgenomen, nietOvergenomen };
}

/**
 * Merge the respondents of parsed imports (parseImport values) into the state. A respondent
 * exactly equal (name, role, answers, remarks) to one already present is skipped, so importing
 * the same file twice does not count anyone twice. Outcome shown afterwards.
 * { state, toegevoegd, overgeslagen, normenOvergenomen, normenNietOvergenomen }
 */
export function mergeImports(state, imports, data) {
  const bekend = new Set(state.respondenten.map(respondentKey));
  let respondenten = [...state.respondenten];
  let toegevoegd = 0;
  let overgeslagen = 0;
  for (const imp of imports) {
    for (const respondent of imp.respondenten) {
      const sleutel = respondentKey(respondent);
      if (bekend.has(sleutel)) {
        overgeslagen += 1;
        continue;
      }
      bekend.add(sleutel);
      respondenten.push({ id: nextRespondentId(respondenten), ...structuredClone(respondent) });
      toegevoegd += 1;
    }
  }
  // An untouched starting form is replaced instead of staying as an empty extra respondent.
  const leeg = state.respondenten.filter(isEmptyRespondent).map((r) => r.id);
  if (toegevoegd > 0 && leeg.length > 0) {
    respondenten = respondenten.filter((r) => !leeg.includes(r.id));
  }
  const { normen, overgenomen, nietOvergenomen } = mergeNorms(state, imports, data);
  const actief = respondenten.some((r) => r.id === state.actief) ? state.actief : respondenten[0].id;
  return {
    state: { ...state, respondenten, normen, actief, uitkomstTonen: true },
    toegevoegd,
    overgeslagen,
    normenOvergenomen: overgenomen,
    normenNietOvergenomen: nietOvergenomen,
  };
}

// ---------------------------------------------------------------------------------------------
// Export

function inHandbookOrder(object, data) {
  const uit = {};
  for (const { id } of data.stellingen) {
    if (heeft(object, id)) {
      uit[id] = object[id];
    }
  }
  return uit;
}

/**
 * The export file (JSON text) for a state: all norms in force, every respondent with its
 * answers; naam, rol and opmerkingen only when filled in. datum ("2026-11-20") is optional.
 */
export function serialiseExport(state, data, datum = "") {
  const normen = {};
  for (const stelling of data.stellingen) {
    normen[stelling.id] = effectiveNorm(stelling, state.normen, data.regel);
  }
  const respondenten = state.respondenten.map((r) => {
    const uit = {};
    if (r.naam.trim() !== "") {
      uit.naam = r.naam.trim();
    }
    if (r.rol !== "") {
      uit.rol = r.rol;
    }
    uit.antwoorden = inHandbookOrder(r.antwoorden, data);
    const opmerkingen = inHandbookOrder(r.opmerkingen ?? {}, data);
    if (Object.keys(opmerkingen).length > 0) {
      uit.opmerkingen = opmerkingen;
    }
    return uit;
  });
  const bestand = { format: BESTANDSFORMAAT, versie: BESTANDSVERSIE };
  if (datum !== "") {
    bestand.datum = datum;
  }
  return `${JSON.stringify({ ...bestand, normen, respondenten }, null, 2)}\n`;
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
export function toCSV(state, data) {
  const ids = data.stellingen.map((s) => s.id);
  const kop = ["naam", "rol", ...ids];
  const rijen = state.respondenten.map((r) => [
    r.naam.trim(),
    r.rol,
    ...ids.map((id) => (isAnswer(r.antwoorden[id], data.schaal) ? r.antwoorden[id] : "")),
  ]);
  const regels = [kop, ...rijen].map((rij) => rij.map(csvField).join(";"));
  return `\uFEFF${regels.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Stored state

/** Migrations of the stored object, by the version they start from (to version + 1). */
export const MIGRATIES = {};

function cleanAnswers(antwoorden, ids, schaal) {
  const uit = {};
  let weg = 0;
  for (const [id, waarde] of Object.entries(isObject(antwoorden) ? antwoorden : {})) {
    if (ids.has(id) && isAnswer(waarde, schaal)) {
      uit[id] = waarde;
    } else {
      weg += 1;
    }
  }
  return { waarden: uit, weg };
}

function cleanRemarks(opmerkingen, ids) {
  const uit = {};
  for (const [id, tekst] of Object.entries(isObject(opmerkingen) ? opmerkingen : {})) {
    if (ids.has(id) && typeof tekst === "string" && tekst.trim() !== "") {
      uit[id] = tekst;
    }
  }
  return uit;
}

function cleanRespondents(lijst, data, metId) {
  const ids = new Set(data.stellingen.map((s) => s.id));
  const rollen = new Set(data.rollen.map((r) => r.id));
  let weg = 0;
  const respondenten = [];
  for (const ruw of Array.isArray(lijst) ? lijst : []) {
    if (!isObject(ruw)) {
      weg += 1;
      continue;
    }
    const { waarden, weg: wegHier } = cleanAnswers(ruw.antwoorden, ids, data.schaal);
    weg += wegHier;
    const respondent = {
      naam: typeof ruw.naam === "string" ? ruw.naam : "",
      rol: rollen.has(ruw.rol) ? ruw.rol : "",
      antwoorden: waarden,
      opmerkingen: cleanRemarks(ruw.opmerkingen, ids),
    };
    if (metId) {
      const geldig = typeof ruw.id === "string" && /^r\d+$/.test(ruw.id);
      const dubbel = respondenten.some((r) => r.id === ruw.id);
      respondent.id = geldig && !dubbel ? ruw.id : nextRespondentId(respondenten);
    }
    respondenten.push(metId ? { id: respondent.id, ...respondent } : respondent);
  }
  return { respondenten, weg };
}

function cleanNorms(normen, data) {
  const uit = {};
  const max = maxConcern(data.schaal);
  for (const stelling of data.stellingen) {
    const norm = isObject(normen) ? normen[stelling.id] : undefined;
    if (Number.isInteger(norm) && norm >= 0 && norm <= max && norm !== defaultNorm(stelling, data.regel)) {
      uit[stelling.id] = norm;
    }
  }
  return uit;
}

function cleanPrevious(vorige, data) {
  if (!isObject(vorige)) {
    return { vorigeMeting: null, weg: 0 };
  }
  const { respondenten, weg } = cleanRespondents(vorige.respondenten, data, false);
  if (respondenten.length === 0) {
    return { vorigeMeting: null, weg: weg + 1 };
  }
  const tekst = (waarde) => (typeof waarde === "string" ? waarde : "");
  return { vorigeMeting: { bron: tekst(vorige.bron), datum: tekst(vorige.datum), respondenten }, weg };
}

/** Make a current-version stored object fit the data: unknown ids and bad values dropped. */
function cleanState(obj, data) {
  const { respondenten: lijst, weg } = cleanRespondents(obj.respondenten, data, true);
  const respondenten = lijst.length > 0 ? lijst : emptyState().respondenten;
  const { vorigeMeting, weg: wegVorige } = cleanPrevious(obj.vorigeMeting, data);
  const rondgang = obj.rondgang === true;
  const state = {
    versie: OPSLAG_VERSIE,
    normen: cleanNorms(obj.normen, data),
    respondenten,
    actief: respondenten.some((r) => r.id === obj.actief) ? obj.actief : respondenten[0].id,
    rondgang,
    uitkomstTonen: rondgang ? obj.uitkomstTonen === true : true,
    namenInRapport: obj.namenInRapport === true,
    vorigeMeting,
  };
  return { state, weg: weg + wegVorige };
}

/**
 * Turn what localStorage held (already JSON-parsed; null when nothing was stored) into a
 * current state: { state, melding } where melding is null or a Dutch notice for the user.
 * Older versions run through `migraties` step by step; a newer or unknown version, or a value
 * that is no stored zelfscan at all, gives a fresh state and a notice.
 */
export function migrateStored(obj, data, migraties = MIGRATIES) {
  if (obj === null || obj === undefined) {
    return { state: emptyState(), melding: null };
  }
  if (!isObject(obj) || !Number.isInteger(obj.versie)) {
    return {
      state: emptyState(),
      melding: "De opgeslagen antwoorden in deze browser werden niet herkend; de zelfscan begint leeg.",
    };
  }
  if (obj.versie > OPSLAG_VERSIE) {
    return {
      state: emptyState(),
      melding: `De opgeslagen antwoorden komen van een nieuwere versie van deze pagina (versie ${obj.versie}); de zelfscan begint leeg.`,
    };
  }
  let huidig = obj;
  while (huidig.versie < OPSLAG_VERSIE) {
    const migratie = migraties[huidig.versie];
    if (typeof migratie !== "function") {
      return {
        state: emptyState(),
        melding: `De opgeslagen antwoorden (versie ${huidig.versie}) kunnen niet meer worden gelezen; de zelfscan begint leeg.`,
      };
    }
    huidig = { ...migratie(huidig), versie: huidig.versie + 1 };
  }
  const { state, weg } = cleanState(huidig, data);
  const melding =
    weg > 0
      ? `${weg} opgeslagen ${weg === 1 ? "gegeven paste" : "gegevens pasten"} niet meer bij de vragenlijst en ${weg === 1 ? "is" : "zijn"} weggelaten.`
      : null;
  return { state, melding };
}
