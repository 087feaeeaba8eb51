// Small pieces the zelfscan views share, and the Dutch words they and the intents use. Every view
// is a plain function of (state, ctx) that returns vnodes; ctx = { data, nummer, stelling,
// derive, intents, parts }. Text always goes in as text.

import { html } from "../dom.mjs";
import { antwoordLabel, normToAntwoord, safeUrl } from "./scoring.mjs";
import { displayName } from "./session.mjs";

export function meervoud(aantal, enkel, many) {
  return `${aantal} ${aantal === 1 ? enkel : many}`;
}

export function faseWoord(fase) {
  return fase === "geen" ? "geen signaal" : `fase ${fase}`;
}

// Month names instead of Intl.DateTimeFormat, whose first use loads locale data: tens of
// milliseconds on a phone, on the page's first render.
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];

export function formatDatum(datum) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
    return datum;
  }
  const [year, maand, day] = datum.split("-").map(Number);
  return `${day} ${MAANDEN[maand - 1]} ${year}`;
}

export const LOAD_ERROR = "Dit deel van de zelfscan kon niet worden geladen; er is niets veranderd. Controleer de verbinding en probeer het opnieuw.";

/**
 * A part of a view whose module loads when the state first needs it (ctx.parts[naam]). Until it
 * is there: nothing, or "Bezig met laden…" once the wait can be noticed; a failed load says so and
 * can be tried again (the answers stay, so no reload, which would fail too without a connection).
 */
export function part(state, ctx, naam, draw) {
  const module = ctx.parts[naam];
  if (module) {
    return draw(module);
  }
  const status = state.ui.delen[naam];
  if (status === "fout") {
    return html`<div class="zs-melding zs-melding--fout" role="alert">
      <p>${LOAD_ERROR} ${button("Opnieuw proberen", () => ctx.intents.loadPart(naam), { class: "zs-klein" })}</p>
    </div>`;
  }
  return status === "laden" ? html`<p class="zs-laden" role="status">Bezig met laden…</p>` : null;
}

/** Text for screen readers only ("visually hidden"). */
export const vh = (tekst) => html`<span class="zs-vh">${tekst}</span>`;

export function button(label, onClick, props = {}) {
  const { class: extra = "", ...rest } = props;
  return html`<button type="button" class=${`md-button ${extra}`.trim()} onClick=${onClick} ...${rest}>${label}</button>`;
}

export function link(tekst, url) {
  const safe = safeUrl(url);
  return safe === null ? html`<span>${tekst}</span>` : html`<a href=${safe}>${tekst}</a>`;
}

/** A table in a frame that scrolls sideways on a narrow screen and can take keyboard focus. */
export function table({ id, caption, head, rows, className = "" }) {
  const captionId = `${id}-bijschrift`;
  return html`<div class=${`zs-tabel ${className}`.trim()} tabindex="0" role="region" aria-labelledby=${captionId}>
    <table id=${id}>
      <caption id=${captionId}>${caption}</caption>
      <thead><tr>${head.map((heading) => html`<th scope="col">${heading}</th>`)}</tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}

/** A live region for messages; it is always there so that screen readers hear each change. */
export function messageView(message, props = {}) {
  const soort = message ? ` zs-melding--${message.soort}` : "";
  const regels = message?.regels ?? [];
  return html`<div class=${`zs-melding${soort}`} role="status" aria-live="polite" ...${props}>
    ${regels.length === 1 ? html`<p>${regels[0]}</p>` : null}
    ${regels.length > 1 ? html`<ul>${regels.map((regel) => html`<li>${regel}</li>`)}</ul>` : null}
    ${message?.extra ?? null}
  </div>`;
}

export function toggle(state, ctx, sleutel, label, props = {}) {
  const open = isOpen(state, sleutel);
  return html`<button type="button" class="zs-toggle" aria-expanded=${open ? "true" : "false"}
    aria-controls=${`zs-deel-${sleutel}`} onClick=${() => ctx.intents.toggle(sleutel)} ...${props}>${label}</button>`;
}

export const isOpen = (state, sleutel) => state.ui.open[sleutel] === true;

/** The region a toggle unfolds: folded on screen, always printed. */
export function foldable(sleutel, open, kinderen, className = "") {
  const closed = open ? "" : " zs-dicht";
  return html`<div id=${`zs-deel-${sleutel}`} class=${`zs-deel${closed} ${className}`.trim()}>${kinderen}</div>`;
}

export function stellingTekst(ctx, id) {
  return `${ctx.nummer.get(id)}. ${ctx.stelling.get(id).tekst}`;
}

export function normLabel(ctx, id, norm) {
  const stelling = ctx.stelling.get(id);
  return antwoordLabel(normToAntwoord(norm, stelling.richting, ctx.data.schaal), ctx.data.schaal);
}

/** A name: the real one on screen, "Respondent n" in print unless names are wanted. */
export function naamView(respondent, index, rollen) {
  const rol = rollen.find((r) => r.id === respondent.rol)?.label;
  const suffix = rol ? ` (${rol})` : "";
  return html`<span><span class="zs-naam">${displayName(respondent, index)}${suffix}</span><span class="zs-anoniem">Respondent ${index + 1}${suffix}</span></span>`;
}

export function kenmerken(stelling) {
  const parts = [];
  if (stelling.zwaar) {
    parts.push("zware stelling volgens deze site");
  }
  if (stelling.richting === "gezond") {
    parts.push("beschrijft een gezonde situatie");
  }
  return parts.length ? html`<span class="zs-kenmerk"> (${parts.join("; ")})</span>` : null;
}

export function hiddenOutcome() {
  return html`<p class="zs-verborgen-uitkomst">De uitkomst blijft verborgen tijdens de rondgang, tot iemand op "Toon de uitkomst" drukt.</p>`;
}

export const outcomeVisible = (state) => !state.sessie.rondgang || state.sessie.uitkomstTonen;

export function namesKey(sessie) {
  return sessie.respondenten.flatMap((r) => [r.id, r.naam, r.rol]);
}

export const visibilityKey = (state) => [state.sessie.rondgang, state.sessie.uitkomstTonen];
