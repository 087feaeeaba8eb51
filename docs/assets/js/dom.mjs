// The one DOM helper of the site: Preact renders views (functions of state) into a mount
// element and keeps focus and input in place across updates; htm lets views write markup as
// tagged templates without a build step. Text always goes in as text, never as markup.
//
// The vendored files are exact copies of the npm packages pinned in package-lock.json
// (tests/js/vendor.test.mjs checks this).

import { h, render, Fragment } from "./vendor/preact.mjs";
import htm from "./vendor/htm.mjs";

export const html = htm.bind(h);
export { h, render, Fragment };
