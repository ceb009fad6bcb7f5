// The text a LiveRange covers on the page, read from the DOM itself: for checks that a located span is
// really the span the analysis meant, and for text selectors when a highlight is saved.
import type { LiveRange } from './locate';

/** Next node in document order after `node`, or null. */
function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

// Node.TEXT_NODE / ELEMENT_NODE, spelled out because Node has no DOM globals.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Text of the range as written in the page (no whitespace collapsing; a <br> reads as a line break, as block
 * text reads it as a space), or null if the end does not follow the start.
 */
export function rangeText(range: LiveRange): string | null {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer) {
    return startOffset <= endOffset ? startContainer.data.slice(startOffset, endOffset) : null;
  }
  let text = startContainer.data.slice(startOffset);
  for (let n = nextInOrder(startContainer); n; n = nextInOrder(n)) {
    if (n === endContainer) return text + endContainer.data.slice(0, endOffset);
    if (n.nodeType === TEXT_NODE) text += (n as Text).data;
    else if (n.nodeType === ELEMENT_NODE && (n as Element).tagName.toLowerCase() === 'br') text += '\n';
  }
  return null;
}
