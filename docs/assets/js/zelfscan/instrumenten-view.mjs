// Instruments and their products as lists, with the one-click way into the actieplan.

import { html } from "../dom.mjs";
import { hasMaatregel } from "./actieplan.mjs";
import { sortProducten } from "./scoring.mjs";
import { button, link, vh } from "./view-parts.mjs";

export function productDetails(product) {
  const status = product.status === "voorgesteld" ? "voorstel, bestaat nog niet" : product.status_label;
  return [status, ...(product.typen ?? []), ...(product.aanbieders ?? [])].join(" · ");
}

/** "Zet in actieplan" for an instrument, or for one of its products; says when it is there. */
export function planButton(state, ctx, instrumentId, product) {
  const instrument = ctx.data.instrumenten[instrumentId];
  const naam = product ? product.titel : instrument.titel;
  const included = hasMaatregel(state.sessie.actieplan, instrumentId, product?.id);
  return html`<span class="zs-geen-print zs-naar-plan">
    ${button(["Zet in actieplan", vh(`: ${naam}`)], () => ctx.intents.addMaatregelFor(instrumentId, product?.id), {
      class: "zs-klein",
      "data-testid": product ? "product-naar-actieplan" : "instrument-naar-actieplan",
    })}${included ? html`<span class="zs-in-plan"> staat in het actieplan</span>` : null}
  </span>`;
}

function productItem(state, ctx, instrumentId, product) {
  return html`<li key=${product.id ?? product.titel} class=${`zs-product zs-product--${product.status}`}>
    ${link(product.titel, product.url)} (${productDetails(product)}) ${planButton(state, ctx, instrumentId, product)}
  </li>`;
}

function instrumentItem(state, ctx, id, withButtons) {
  const instrument = ctx.data.instrumenten[id];
  if (!instrument) {
    return html`<li key=${id}>${id}</li>`;
  }
  const producten = sortProducten(instrument.producten);
  return html`<li key=${id} data-instrument=${id}>
    ${link(instrument.titel, instrument.url)}${withButtons ? [" ", planButton(state, ctx, id)] : null}
    ${producten.length > 0
      ? html`<ul class="zs-producten">${producten.map((p) => (withButtons ? productItem(state, ctx, id, p) : html`<li key=${p.titel} class=${`zs-product zs-product--${p.status}`}>${link(p.titel, p.url)} (${productDetails(p)})</li>`))}</ul>`
      : html`<span class="zs-geen-product"> — nog geen ondersteuningsproduct bekend</span>`}
  </li>`;
}

/** A list of instruments with their products; with buttons into the actieplan when asked. */
export function instrumentList(state, ctx, ids, withButtons = true) {
  return html`<ul class="zs-instrumenten">${ids.map((id) => instrumentItem(state, ctx, id, withButtons))}</ul>`;
}

/** Compact list for a table cell: instrument links with their fasen, no products. */
export function shortInstrumentList(ctx, ids) {
  return html`<ul class="zs-instrumenten-kort">${ids.map((id) => {
    const instrument = ctx.data.instrumenten[id];
    if (!instrument) {
      return html`<li key=${id}>${id}</li>`;
    }
    const fasen = (instrument.fasen ?? []).map((fase) => (fase === "preventief" ? fase : `fase ${fase}`));
    return html`<li key=${id} data-instrument=${id}>${link(instrument.titel, instrument.url)}${fasen.length ? ` (${fasen.join(", ")})` : null}</li>`;
  })}</ul>`;
}
