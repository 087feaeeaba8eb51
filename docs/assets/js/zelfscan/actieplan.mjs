// The actieplan, in the shape of a plan van aanpak (sporen with maatregelen, each with an
// eigenaar, termijn, prioriteit and status). Reducers only; nothing changes its arguments.
//
//   { sporen: [{ id: "s1", titel }],
//     maatregelen: [{ id: "m1", spoor: "s1", tekst, eigenaar, termijn, prioriteit, status,
//                     instrument?: <instrument id>, product?: <product id> }] }

export const EIGENAREN = [
  { id: "burgemeester", label: "Burgemeester" },
  { id: "college", label: "College" },
  { id: "wethouder", label: "Wethouder" },
  { id: "raad", label: "Raad" },
  { id: "presidium", label: "Presidium" },
  { id: "griffier", label: "Griffier" },
  { id: "gemeentesecretaris", label: "Gemeentesecretaris" },
  { id: "driehoek", label: "Driehoek" },
];
export const TERMIJNEN = [
  { id: "kort", label: "Kort" },
  { id: "midden", label: "Midden-lang" },
  { id: "lang", label: "Lang" },
];
export const STATUSSEN = [
  { id: "open", label: "Niet gestart" },
  { id: "gestart", label: "Gestart" },
  { id: "afgerond", label: "Afgerond" },
];
export const MAATREGEL_VELDEN = ["tekst", "eigenaar", "termijn", "prioriteit", "status", "spoor"];

export function emptyActieplan() {
  return { sporen: [], maatregelen: [] };
}

/** The label of an id in one of the lists above ("" for an unknown id). */
export function labelOf(list, id) {
  return list.find((item) => item.id === id)?.label ?? "";
}

/** Letters as in a plan van aanpak: A … Z, then AA, AB, … */
export function letterFor(index) {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : letterFor(Math.floor(index / 26) - 1) + letter;
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

/** Remove a spoor and its maatregelen. */
export function removeSpoor(plan, id) {
  return {
    sporen: plan.sporen.filter((s) => s.id !== id),
    maatregelen: plan.maatregelen.filter((m) => m.spoor !== id),
  };
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

/** Change one field of a maatregel (one of MAATREGEL_VELDEN). */
export function setMaatregel(plan, id, veld, waarde) {
  if (!MAATREGEL_VELDEN.includes(veld)) {
    return plan;
  }
  return { ...plan, maatregelen: plan.maatregelen.map((m) => (m.id === id ? { ...m, [veld]: waarde } : m)) };
}

export function removeMaatregel(plan, id) {
  return { ...plan, maatregelen: plan.maatregelen.filter((m) => m.id !== id) };
}

/** Whether the plan already has a maatregel for this instrument (and product, if given). */
export function hasMaatregel(plan, instrument, product) {
  return plan.maatregelen.some((m) => m.instrument === instrument && (product === undefined || m.product === product));
}

/** The maatregelen of each spoor in plan order, lettered A, B, … across the whole plan. */
export function listPerSpoor(plan) {
  let index = 0;
  return plan.sporen.map((spoor) => ({
    spoor,
    maatregelen: plan.maatregelen
      .filter((m) => m.spoor === spoor.id)
      .map((maatregel) => ({ maatregel, letter: letterFor(index++) })),
  }));
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
