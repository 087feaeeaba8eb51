import { onPageReady } from "./pagina.mjs";

// Material wraps every content table in a horizontally scrolling box. A box that
// scrolls must be reachable by keyboard (WCAG 2.1.1), so each one becomes a named,
// focusable region.

function label(wrapper, index) {
  const caption = wrapper.querySelector("caption");
  if (caption) return caption.textContent.trim();
  let node = wrapper.previousElementSibling;
  while (node && !/^H[1-6]$/.test(node.tagName)) node = node.previousElementSibling;
  const heading = node ? node.textContent.replace("¶", "").trim() : "";
  return heading ? `Tabel: ${heading}` : `Tabel ${index + 1}`;
}

export function makeTablesFocusable(root = document) {
  root.querySelectorAll(".md-typeset__scrollwrap").forEach((wrapper, index) => {
    if (wrapper.hasAttribute("tabindex")) return;
    wrapper.setAttribute("tabindex", "0");
    wrapper.setAttribute("role", "region");
    wrapper.setAttribute("aria-label", label(wrapper, index));
  });
}

onPageReady(() => makeTablesFocusable());
