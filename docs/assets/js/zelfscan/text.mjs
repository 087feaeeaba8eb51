// Dutch words the views and intents share.

/** "1 respondent", "3 respondenten". */
export function meervoud(aantal, enkel, many) {
  return `${aantal} ${aantal === 1 ? enkel : many}`;
}

/** "geen signaal" or "fase 2". */
export function faseWoord(fase) {
  return fase === "geen" ? "geen signaal" : `fase ${fase}`;
}

/** "2026-11-20" as "20 november 2026"; any other text as it is. */
export function formatDatum(datum) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
    return datum;
  }
  const [year, maand, day] = datum.split("-").map(Number);
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, maand - 1, day));
}
