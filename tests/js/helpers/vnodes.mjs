// Reading vnode trees (from dom.mjs views) in Node tests, without a browser.

function childrenOf(node) {
  if (Array.isArray(node)) {
    return node;
  }
  if (node && typeof node === "object" && node.props) {
    const children = node.props.children;
    return Array.isArray(children) ? children : children === undefined ? [] : [children];
  }
  return [];
}

/** Every vnode in the tree, depth first. */
export function all(node) {
  const found = [];
  const visit = (current) => {
    if (current && typeof current === "object" && !Array.isArray(current) && current.type) {
      found.push(current);
    }
    childrenOf(current).forEach(visit);
  };
  visit(node);
  return found;
}

/** The vnodes of a tag, optionally with a class among their classes. */
export function find(node, type, className) {
  return all(node).filter((n) => n.type === type
    && (className === undefined || String(n.props.class ?? "").split(" ").includes(className)));
}

/** The text of a tree as a user would read it. */
export function text(node) {
  if (node === null || node === undefined || typeof node === "boolean") {
    return "";
  }
  if (typeof node === "string" || typeof node === "number") {
    return String(node);
  }
  return childrenOf(node).map(text).join("");
}
