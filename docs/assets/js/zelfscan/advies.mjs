// Why the advies came out as it did, and where to start: the statements that contributed, and
// the start instruments ranked by the overschrijding of the statements they fit. Pure.

import { faseRang, listInstrumentenPerFase, sortProducten } from "./scoring.mjs";

/** Statements above their norm, largest overschrijding first, then in handbook order. */
export function listBijdragen(advies) {
  return advies.perStelling
    .map((rij, volgorde) => ({ ...rij, volgorde }))
    .filter((rij) => rij.overschrijding > 0)
    .sort((a, b) => b.overschrijding - a.overschrijding || a.volgorde - b.volgorde);
}

/** The best available product of an instrument: existing before in development before proposed. */
export function bestProduct(instrument) {
  return sortProducten(instrument?.producten)[0] ?? null;
}

/**
 * The instruments of the advised fase (cumulative, so the lower fasen too) that fit the
 * statements above their norm, ranked: the sum of those statements' overschrijding, then the
 * largest single one, then the higher fase, then ladder order. Each: { id, score, fase,
 * stellingen: [{ id, overschrijding }], product }.
 */
export function rankStartInstrumenten(advies, data, aantal = 3) {
  const groups = listInstrumentenPerFase(advies.fase, data.ladder);
  const kandidaten = new Map();
  groups.forEach((group) =>
    group.ids.forEach((id) => {
      kandidaten.set(id, { id, fase: group.fase, score: 0, grootste: 0, stellingen: [], volgorde: kandidaten.size });
    }),
  );
  const stellingen = new Map(data.stellingen.map((s) => [s.id, s]));
  for (const rij of listBijdragen(advies)) {
    for (const id of stellingen.get(rij.id).instrumenten ?? []) {
      const candidate = kandidaten.get(id);
      if (candidate) {
        candidate.score += rij.overschrijding;
        candidate.grootste = Math.max(candidate.grootste, rij.overschrijding);
        candidate.stellingen.push({ id: rij.id, overschrijding: rij.overschrijding });
      }
    }
  }
  return [...kandidaten.values()]
    .filter((k) => k.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.grootste - a.grootste ||
        faseRang(b.fase) - faseRang(a.fase) ||
        a.volgorde - b.volgorde,
    )
    .slice(0, aantal)
    .map(({ id, score, fase, stellingen: bij }) => ({
      id,
      score,
      fase,
      stellingen: bij,
      product: bestProduct(data.instrumenten[id]),
    }));
}
