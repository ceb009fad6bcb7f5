// Bounds the clone Readability reads, so that a hostile or broken page cannot make extraction take minutes.
// Readability asks for the text of many elements (textContent), which on a tree N deep holding T characters
// costs about N x T; and a 10 MB text node is 10 MB for every regular expression it runs. Only the clone is
// changed; the live page never is. Text nodes are moved or shortened, never replaced, so each keeps its twin
// on the live page (text-twins.ts) and every offset into it is still an offset into the live node.

// Browsers' own HTML parsers stop nesting at 512 elements (Chromium's kMaximumHTMLParserDOMTreeDepth; Gecko
// uses 513): deeper markup is attached at that depth instead. Only a script can build deeper; past this
// depth the clone is flattened the same way.
export const MAX_DEPTH = 512;

// Longer than the analysis ever reads (lib/content/analysis-cap.ts reads at most MAX_ANALYSED_CHARS in all):
// a longer text node is cut for extraction; the rest could not be analysed anyway.
export const MAX_TEXT_NODE_CHARS = 400_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface BoundReport {
  /** Elements below MAX_DEPTH that were unwrapped. */
  flattened: number;
  /** Text nodes that were shortened. */
  shortened: number;
}

/**
 * Flattens everything below MAX_DEPTH into the element at that depth (its text nodes, in order, become that
 * element's children) and shortens text nodes over MAX_TEXT_NODE_CHARS, in place, in one pass over the tree.
 */
export function boundClone(root: Node, maxDepth = MAX_DEPTH, maxChars = MAX_TEXT_NODE_CHARS): BoundReport {
  const report: BoundReport = { flattened: 0, shortened: 0 };
  const tooDeep: Element[] = [];
  // Iterative walk with the depth kept by hand: the tree may be far deeper than the call stack.
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (text.data.length > maxChars) {
        text.data = cutAt(text.data, maxChars);
        report.shortened++;
      }
    }
    if (node.nodeType === ELEMENT_NODE && depth + 1 === maxDepth && hasElementChild(node)) {
      tooDeep.push(node as Element);
    }
    // Below the limit there is nothing to look at here: that subtree is flattened as a whole.
    if (node.firstChild && !(depth + 1 === maxDepth && node.nodeType === ELEMENT_NODE)) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  for (const el of tooDeep) report.flattened += flattenInto(el, maxChars);
  return report;
}

function hasElementChild(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) return true;
  return false;
}

/** Makes `el`'s text nodes (all of them, in document order) its only children; returns the elements removed. */
function flattenInto(el: Element, maxChars: number): number {
  const texts: Text[] = [];
  let elements = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (text.data.length > maxChars) text.data = cutAt(text.data, maxChars);
      texts.push(text);
    } else if (node.nodeType === ELEMENT_NODE) elements++;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  while (el.lastChild) el.removeChild(el.lastChild);
  for (const t of texts) el.appendChild(t);
  return elements;
}

/** The first `max` characters, not ending inside a surrogate pair. */
function cutAt(s: string, max: number): string {
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
