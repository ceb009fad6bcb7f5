// Hides whole elements without touching the page's DOM: one constructed style sheet, adopted by the document,
// whose selectors name the elements by position alone (`:root > :nth-child(2) > … > :nth-child(5)`). The page's
// markup stays byte-identical (no attribute, class or <style> is added), and taking the sheet away shows the page
// exactly as it was. Positional selectors go stale when the page adds or removes elements, so they are rebuilt
// for the same element objects after every change to the tree, before the next frame is drawn.
import { installStyleSheet, type InstalledSheet } from './style-sheet';

export interface HiddenElements {
  /** How many of the elements are hidden now (those still in the document's own tree). */
  readonly count: number;
  remove(): void;
}

const ELEMENT_NODE = 1;

/**
 * The positional selector of `el` in `doc`, or null when `el` is not in the document's own tree: detached,
 * in another document, or inside a shadow root (the document's sheets do not reach into it).
 */
export function structuralSelector(el: Element, doc: Document): string | null {
  const root = doc.documentElement;
  if (!root || el.ownerDocument !== doc) return null;
  const steps: string[] = [];
  let node: Element = el;
  while (node !== root) {
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE) return null;
    let index = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) index++;
    steps.push(`:nth-child(${index})`);
    node = parent as Element;
  }
  return [':root', ...steps.reverse()].join(' > ');
}

/** The style rule that hides `elements`, or '' when none of them can be named. */
export function hidingCss(elements: readonly Element[], doc: Document): string {
  const selectors = elements.map((el) => structuralSelector(el, doc)).filter((s): s is string => s !== null);
  // !important: the page's own rules (display: block on every <p>, say) must not win.
  return selectors.length ? `${selectors.join(',\n')} { display: none !important; }` : '';
}

export function hideElements(doc: Document, win: Window, elements: readonly Element[]): HiddenElements {
  let css = '';
  let sheet: InstalledSheet | null = null;
  let count = 0;
  const update = () => {
    const next = hidingCss(elements, doc);
    if (next === css) {
      sheet?.ensure();
      return;
    }
    sheet?.remove();
    css = next;
    count = next ? next.split(',\n').length : 0;
    // Only the adopted routes: a sheet inserted by the background could not be rebuilt before the next frame.
    sheet = next ? installStyleSheet(doc, win, next, undefined, ['adopted', 'adopted-page']) : null;
    if (sheet?.route === null) count = 0;
  };
  update();
  const Observer = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  // Mutation callbacks run before rendering, so a shifted selector never hides a wrong element on screen.
  const observer = css && Observer ? new Observer(update) : null;
  if (observer && doc.documentElement) observer.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    get count() {
      return count;
    },
    remove() {
      observer?.disconnect();
      sheet?.remove();
      sheet = null;
      css = '';
      count = 0;
    },
  };
}
