// Pure logic of the product filter: no DOM, no globals. Imported by filter-page.mjs in the
// browser and by tests/js/filter-core.test.mjs in Node.
//
// Filter state ("staat"):
//   { facetten: { <facetId>: [<waardeId>, …] }, q: "<free text as typed>" }
// A facet that is missing or has an empty list does not filter.
//
// Facet definitions ("facetten") are the list from #productfilter-data:
//   [{ id, label, waarden: [{ id, label, aantal }] }]

export const TEKST_PARAMETER = "q";

/** Lower case, compatibility-decomposed, without diacritics: "Ĳssel Café" -> "ijssel cafe". */
export function normaliseer(tekst) {
  return String(tekst ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/** The normalised words of a search text; empty list for blank input. */
export function zoekwoorden(q) {
  return normaliseer(q).split(/\s+/u).filter((woord) => woord !== "");
}

/** A state that filters nothing. */
export function legeStaat() {
  return { facetten: {}, q: "" };
}

function bekendeIds(facet) {
  return facet.waarden.map((waarde) => waarde.id);
}

/** Keep only known ids, without duplicates, in the order of the facet definition. */
function ordenIds(facet, ids) {
  const gekozen = new Set(ids);
  return bekendeIds(facet).filter((id) => gekozen.has(id));
}

function decodeer(tekst) {
  const metSpaties = tekst.replace(/\+/g, " ");
  try {
    return decodeURIComponent(metSpaties);
  } catch {
    return metSpaties;
  }
}

/** Split "?a=1&b" into [{ruw: "a=1", sleutel: "a", waarde: "1"}, {ruw: "b", …}]. */
function segmenten(zoekstring) {
  const zonderVraagteken = String(zoekstring ?? "").replace(/^\?/, "");
  return zonderVraagteken
    .split("&")
    .filter((ruw) => ruw !== "")
    .map((ruw) => {
      const positie = ruw.indexOf("=");
      const sleutel = positie === -1 ? ruw : ruw.slice(0, positie);
      const waarde = positie === -1 ? "" : ruw.slice(positie + 1);
      return { ruw, sleutel: decodeer(sleutel), waarde: decodeer(waarde) };
    });
}

/**
 * Read the filter state from a query string ("?doelgroep=raadsleden,griffiers&q=rekenkamer").
 * Facet parameters may be repeated or comma-separated; unknown ids and unknown parameters
 * are ignored. With a repeated q the last one wins.
 */
export function leesStaat(zoekstring, facetten) {
  const perId = new Map(facetten.map((facet) => [facet.id, facet]));
  const gekozen = new Map();
  let q = "";
  for (const { sleutel, waarde } of segmenten(zoekstring)) {
    if (sleutel === TEKST_PARAMETER) {
      q = waarde;
    } else if (perId.has(sleutel)) {
      const ids = waarde.split(",").map((id) => id.trim());
      gekozen.set(sleutel, [...(gekozen.get(sleutel) ?? []), ...ids]);
    }
  }
  const staat = legeStaat();
  staat.q = q;
  for (const [facetId, ids] of gekozen) {
    const geordend = ordenIds(perId.get(facetId), ids);
    if (geordend.length > 0) {
      staat.facetten[facetId] = geordend;
    }
  }
  return staat;
}

/**
 * Write the state into a query string, keeping every other parameter exactly as it was
 * (same raw text, same order). Our parameters come after them: facets in definition order
 * with comma-separated ids, then q. Returns "" when nothing is left, else "?…".
 */
export function schrijfStaat(zoekstring, staat, facetten) {
  const eigen = new Set([TEKST_PARAMETER, ...facetten.map((facet) => facet.id)]);
  const delen = segmenten(zoekstring)
    .filter(({ sleutel }) => !eigen.has(sleutel))
    .map(({ ruw }) => ruw);
  for (const facet of facetten) {
    const ids = ordenIds(facet, staat.facetten[facet.id] ?? []);
    if (ids.length > 0) {
      const waarde = ids.map((id) => encodeURIComponent(id)).join(",");
      delen.push(`${encodeURIComponent(facet.id)}=${waarde}`);
    }
  }
  const q = String(staat.q ?? "").trim();
  if (q !== "") {
    delen.push(`${TEKST_PARAMETER}=${encodeURIComponent(q)}`);
  }
  return delen.length > 0 ? `?${delen.join("&")}` : "";
}

/** The relative URL (path, new query, unchanged hash) for a state, given the current href. */
export function schrijfUrl(href, staat, facetten) {
  const url = new URL(href);
  return `${url.pathname}${schrijfStaat(url.search, staat, facetten)}${url.hash}`;
}

/**
 * A row for matching, from its attribute texts: { doelgroep: "raadsleden griffiers", …,
 * tekst: "…" }. Facet attributes are space-separated ids; a missing one means no values.
 */
export function maakRij(attributen, facetIds) {
  const waarden = {};
  for (const facetId of facetIds) {
    const tekst = String(attributen[facetId] ?? "").trim();
    waarden[facetId] = tekst === "" ? [] : tekst.split(/\s+/u);
  }
  return { waarden, tekst: normaliseer(attributen.tekst) };
}

/** OR within a facet, AND across facets, and every typed word must occur in the row text. */
export function rijPast(rij, staat) {
  const facettenPassen = Object.entries(staat.facetten).every(([facetId, gekozen]) => {
    if (gekozen.length === 0) {
      return true;
    }
    const waarden = rij.waarden[facetId] ?? [];
    return gekozen.some((id) => waarden.includes(id));
  });
  return facettenPassen && zoekwoorden(staat.q).every((woord) => rij.tekst.includes(woord));
}

/** How many rows match the state. */
export function telPassend(rijen, staat) {
  return rijen.filter((rij) => rijPast(rij, staat)).length;
}

function producten(aantal) {
  return aantal === 1 ? "product" : "producten";
}

/** "67 producten", "1 product" when all are shown; else "12 van 67 producten". */
export function tellingTekst(zichtbaar, totaal) {
  if (zichtbaar === totaal) {
    return `${totaal} ${producten(totaal)}`;
  }
  return `${zichtbaar} van ${totaal} ${producten(totaal)}`;
}

/** "" for nothing chosen, else "(2 gekozen)"; shown next to a collapsed facet's name. */
export function gekozenTekst(aantal) {
  return aantal > 0 ? `(${aantal} gekozen)` : "";
}
