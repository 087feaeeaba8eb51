// The vendored browser libraries are byte-for-byte the files of the packages that
// package-lock.json pins, so an upgrade is `npm install` plus a copy, and nothing else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const lock = JSON.parse(readFileSync(new URL("package-lock.json", root), "utf8"));

const VENDORED = [
  { file: "docs/assets/js/vendor/preact.mjs", pkg: "preact", from: "dist/preact.mjs" },
  { file: "docs/assets/js/vendor/htm.mjs", pkg: "htm", from: "dist/htm.module.js" },
];

for (const { file, pkg, from } of VENDORED) {
  test(`${file} is ${pkg} as pinned in package-lock.json`, () => {
    const pinned = lock.packages[`node_modules/${pkg}`].version;
    const installed = JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, root), "utf8"));
    assert.equal(installed.version, pinned, `node_modules/${pkg} is not the pinned version; run npm ci`);
    const copy = readFileSync(new URL(file, root));
    const original = readFileSync(new URL(`node_modules/${pkg}/${from}`, root));
    assert.ok(copy.equals(original), `${file} differs from ${pkg}@${pinned} ${from}`);
  });
}

test("dom.mjs renders a view to a vnode tree without a browser", async () => {
  const { html } = await import(new URL("docs/assets/js/dom.mjs", root));
  const node = html`<p class="a">${"<b>tekst</b>"}</p>`;
  assert.equal(node.type, "p");
  assert.equal(node.props.class, "a");
  assert.equal(node.props.children, "<b>tekst</b>");
});
