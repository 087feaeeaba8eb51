// Words as both searches compare them, and the editors' spelling corrections (catalog/zoektermen,
// published as catalogus/data/zoektermen.json). Pure: no DOM, no globals.

/** Lower case, compatibility-decomposed, without diacritics, single spaces: "Ĳssel  Café" -> "ijssel cafe". */
export function normalise(text) {
  return String(text ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== "")
    .join(" ");
}

/** The normalised words of a text; an empty list for blank input. */
export function words(text) {
  const normal = normalise(text);
  return normal === "" ? [] : normal.split(" ");
}

/** Corrections as { wrong, right } word lists, longest first so that phrases win over words. */
export function prepareCorrections(spelfouten) {
  return Object.entries(spelfouten ?? {})
    .map(([wrong, right]) => ({ wrong: words(wrong), right: words(right) }))
    .filter(({ wrong, right }) => wrong.length > 0 && right.length > 0)
    .sort((a, b) => b.wrong.length - a.wrong.length);
}

function standsAt(input, position, phrase) {
  return phrase.every((word, offset) => input[position + offset] === word);
}

/**
 * Replace every misspelling that stands as whole words in the query.
 * Returns { query, corrected }: the normalised query to search for, and whether it changed.
 */
export function correctSpelling(query, corrections) {
  const input = words(query);
  const output = [];
  let position = 0;
  while (position < input.length) {
    const hit = corrections.find(({ wrong }) => standsAt(input, position, wrong));
    output.push(...(hit ? hit.right : [input[position]]));
    position += hit ? hit.wrong.length : 1;
  }
  const result = output.join(" ");
  return { query: result, corrected: result !== input.join(" ") };
}
