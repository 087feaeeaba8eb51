// Run a set-up function once the page is there. With Material's `document$` the function
// also runs after in-site navigation; without it, once after the document has loaded.
// Either way it runs in a task of its own: `document$` emits inside Material's own start-up, and
// a page's set-up added to that task makes one long task that blocks a phone for hundreds of ms.

const inOwnTask = (setUp) => () => setTimeout(setUp, 0);

export function onPageReady(setUp) {
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(inOwnTask(setUp));
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", inOwnTask(setUp));
  } else {
    setTimeout(setUp, 0);
  }
}
