// Run a set-up function once the page is there. With Material's `document$` the function
// also runs after in-site navigation; without it, once after the document has loaded.

export function onPageReady(setUp) {
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}
