/** A node's parent, looking through shadow roots: a shadow root's parent is its host. */
export const composedParent = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/** `ancestor.contains(node)` across shadow boundaries: a node in a shadow tree is inside its host. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The node, then its host, then that host's host …: where the node sits in each tree, innermost first. */
function hosts(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/**
 * Compares two nodes in document order, looking through shadow roots: a node inside a shadow tree sits where
 * its host sits, after the host's own light children that come before it. Negative when `a` comes first.
 */
export function compareComposed(a: Node, b: Node): number {
  const [ca, cb] = [hosts(a), hosts(b)];
  for (const x of ca) {
    const y = cb.find((node) => node.getRootNode() === x.getRootNode());
    if (!y) continue;
    if (x === y) return ca.indexOf(x) - cb.indexOf(y); // one inside the other's shadow tree: the host first
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}
