// A range's four boundary values, copied. Painting keeps these snapshots rather than the caller's objects: a
// StaticRange cannot be asked to compare points, a live Range is changed by the <mark> fallback's own edits,
// and happy-dom has no StaticRange at all.

export interface Bounds {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

export function boundsOf(r: Bounds): Bounds {
  return { startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset };
}

// Node's constants, spelled out so this file does not depend on a global `Node` (absent in some test setups).
const DISCONNECTED = 0x01;
const PRECEDING = 0x02;
const CONTAINED_BY = 0x10;
const ELEMENT_NODE = 1;

/** Index of `node` among its parent's children. */
function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * Where boundary point A lies relative to boundary point B: -1 before, 0 equal, 1 after, null when the two are
 * in different trees. The DOM spec's "position of a boundary point" algorithm, without allocating a Range.
 */
export function compareBoundary(nodeA: Node, offsetA: number, nodeB: Node, offsetB: number): -1 | 0 | 1 | null {
  if (nodeA === nodeB) return offsetA === offsetB ? 0 : offsetA < offsetB ? -1 : 1;
  const pos = nodeA.compareDocumentPosition(nodeB);
  if (pos & DISCONNECTED) return null;
  if (pos & PRECEDING) {
    // B comes before A: answer the mirrored question.
    const r = compareBoundary(nodeB, offsetB, nodeA, offsetA);
    return r === null ? null : ((-r || 0) as -1 | 0 | 1);
  }
  if (pos & CONTAINED_BY) {
    // A is an ancestor of B: compare A's offset with the index of B's ancestor that is A's child.
    let child: Node = nodeB;
    while (child.parentNode && child.parentNode !== nodeA) child = child.parentNode;
    return indexOf(child) < offsetA ? 1 : -1;
  }
  return -1;
}

export function isCollapsed(b: Bounds): boolean {
  return b.startContainer === b.endContainer && b.startOffset === b.endOffset;
}

/** The deepest node containing both ends. */
export function commonAncestor(b: Bounds): Node | null {
  // The usual span (a sentence, a name) lies in one text node or two siblings: no need to collect ancestors.
  if (b.startContainer === b.endContainer) return b.startContainer;
  const parent = b.startContainer.parentNode;
  if (parent && parent === b.endContainer.parentNode) return parent;
  const ancestors = new Set<Node>();
  for (let n: Node | null = b.startContainer; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b.endContainer; n; n = n.parentNode) if (ancestors.has(n)) return n;
  return null;
}

/** The element a range sits in: its common ancestor, or that node's parent element when it is text. */
export function anchorElement(b: Bounds): Element | null {
  const n = commonAncestor(b);
  if (!n) return null;
  return n.nodeType === ELEMENT_NODE ? (n as Element) : n.parentElement;
}

/** A short-lived live Range over `b`, for geometry (rects, scrolling). Let it go after use: live Ranges tax DOM edits. */
export function liveRange(doc: Document, b: Bounds): Range | null {
  try {
    const r = doc.createRange();
    r.setStart(b.startContainer, b.startOffset);
    r.setEnd(b.endContainer, b.endOffset);
    return r;
  } catch {
    // The page removed or shortened the node since: nothing to measure.
    return null;
  }
}
