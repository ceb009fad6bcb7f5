// Bounds the clone Readability reads, so that a hostile or broken page cannot make extraction take minutes.
// Readability asks for the text of many elements (textContent), which on a tree N deep holding T characters
// costs about N x T; and 10 MB of text is 10 MB for every regular expression it runs. Only the clone is
// changed; the live page never is. Text nodes are moved or shortened, never replaced, so each keeps its twin
// on the live page (text-twins.ts) and every offset into it is still an offset into the live node.

// Real article pages nest well under 60 elements deep (the saved corpus: 51 at most). Readability's time
// grows with the square of the depth on nested blocks (each level re-examines the levels below it): 512
// levels took about a second in Node, 128 levels a fifth of that. Browsers' parsers stop nesting at 512
// (Chromium's kMaximumHTMLParserDOMTreeDepth), so deeper trees come from scripts; from 128 on, the clone is
// flattened the way a parser would attach deeper markup: at the limit.
export const MAX_DEPTH = 128;

// Text a reader could see, in all: six times the longest article text in the saved corpus (80,000
// characters) and more than three times what the analysis reads (lib/content/analysis-cap.ts). Past it,
// the clone's text nodes are cut, then emptied. Readability's time grows with the text: about 0.4 s per
// 500,000 characters in Node with linkedom on a busy 2-core machine, far less in a browser.
export const MAX_CLONE_TEXT_CHARS = 500_000;

// Their text is not page text (and a news page's inline JSON can run to megabytes); Readability drops them.
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface BoundReport {
  /** Elements below MAX_DEPTH that were unwrapped. */
  flattened: number;
  /** Text nodes cut or emptied past MAX_CLONE_TEXT_CHARS. */
  shortened: number;
}

/**
 * Flattens everything below MAX_DEPTH into the element at that depth (its text nodes, in order, become that
 * element's children), and cuts the text past MAX_CLONE_TEXT_CHARS, in place, in one pass over the tree.
 */
export function boundClone(doc: Document, maxDepth = MAX_DEPTH, maxChars = MAX_CLONE_TEXT_CHARS): BoundReport {
  const report: BoundReport = { flattened: 0, shortened: 0 };
  const root = doc.documentElement;
  if (!root) return report;
  const tooDeep: Element[] = [];
  let used = 0;
  const budget = (text: Text) => {
    const room = maxChars - used;
    if (text.data.length > room) {
      text.data = cutAt(text.data, Math.max(0, room));
      report.shortened++;
    }
    used += text.data.length;
  };
  // Iterative walk with the depth kept by hand: the tree may be far deeper than the call stack. The root
  // (<html>) is at depth 1.
  let depth = 1;
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = node.firstChild !== null;
    if (node.nodeType === TEXT_NODE) budget(node as Text);
    else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (NOT_TEXT.has(tag)) enter = false;
      else if (depth + 1 === maxDepth) {
        // Below the limit there is nothing to look at one by one: that subtree is flattened as a whole.
        if (hasElementChild(node)) tooDeep.push(node as Element);
        for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) budget(c as Text);
        enter = false;
      }
    }
    if (enter) {
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
  for (const el of tooDeep) report.flattened += flattenInto(el, budget);
  return report;
}

function hasElementChild(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) return true;
  return false;
}

/**
 * Makes `el`'s text nodes (all of them, in document order, within the text budget; its own were counted
 * already) its only children; returns the number of elements removed.
 */
function flattenInto(el: Element, budget: (text: Text) => void): number {
  const texts: Text[] = [];
  let elements = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    let enter = node.firstChild !== null;
    if (node.nodeType === TEXT_NODE) {
      if (node.parentNode !== el) budget(node as Text);
      texts.push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (NOT_TEXT.has((node as Element).tagName.toUpperCase())) enter = false;
    }
    if (enter) {
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
  if (max <= 0) return '';
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
