// Brings a span to the middle of the viewport, without touching the DOM.
import type { Bounds } from './bounds';
import { anchorElement, liveRange } from './bounds';

const SCROLLABLE = /^(auto|scroll|overlay)$/;

/** The nearest ancestor that scrolls on its own, or null when the page (window) is the scroller. */
function scrollParent(el: Element | null, win: Window): Element | null {
  for (let n = el?.parentElement ?? null; n && n !== n.ownerDocument.documentElement && n !== n.ownerDocument.body; n = n.parentElement) {
    const oy = win.getComputedStyle(n).overflowY;
    if (SCROLLABLE.test(oy) && n.scrollHeight > n.clientHeight) return n;
  }
  return null;
}

/** Returns false when the span cannot be measured (its nodes are gone). */
export function scrollToBounds(doc: Document, win: Window, b: Bounds): boolean {
  const range = liveRange(doc, b);
  const anchor = anchorElement(b);
  if (!range || !anchor) return false;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
  const rect = range.getBoundingClientRect();
  if (scrollParent(anchor, win) || (rect.width === 0 && rect.height === 0)) {
    // Inside a scrolling box, or not laid out: the element knows how to reach the viewport through every scroller.
    anchor.scrollIntoView({ block: 'center', behavior });
    return true;
  }
  // The page scrolls: centre the span itself, not its paragraph, which may be taller than the screen.
  win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior });
  return true;
}
