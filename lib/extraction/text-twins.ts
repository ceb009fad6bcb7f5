// The bridge from Readability's output back to the page: every text node of the clone knows the live text
// node it was copied from. Readability moves text nodes around but keeps their identity, so the pairing made
// before parsing still holds after it. Pairs are made only where they are certain; the rest stay unmapped.

/** Clone text node -> the live text node it was copied from. */
export type TwinMap = Map<Text, Text>;

// NodeFilter.SHOW_TEXT, spelled out because Node has no NodeFilter global.
const SHOW_TEXT = 4;

/**
 * Pairs the text nodes of `live` and its deep clone in document order. A clone is structurally identical,
 * so the n-th text node of one is the copy of the n-th of the other; if the data ever differ the documents
 * are not twins and no pair is kept (never guessed).
 */
export function mapTextTwins(live: Document, clone: Document): TwinMap {
  const twins: TwinMap = new Map();
  const a = live.createTreeWalker(live, SHOW_TEXT);
  const b = clone.createTreeWalker(clone, SHOW_TEXT);
  for (;;) {
    const l = a.nextNode() as Text | null;
    const c = b.nextNode() as Text | null;
    if (!l && !c) return twins;
    if (!l || !c || l.data !== c.data) {
      twins.clear();
      return twins;
    }
    twins.set(c, l);
  }
}

/** Gives the text nodes of `copy` (a deep clone of `original`) the twins of `original`'s, in lockstep. */
function inheritTwins(original: Node, copy: Node, doc: Document, twins: TwinMap): void {
  const a = doc.createTreeWalker(original, SHOW_TEXT);
  const b = doc.createTreeWalker(copy, SHOW_TEXT);
  for (let o = a.nextNode(), c = b.nextNode(); o && c; o = a.nextNode(), c = b.nextNode()) {
    const twin = twins.get(o as Text);
    if (twin) twins.set(c as Text, twin);
  }
}

/**
 * Readability (0.6.0) reads `page.innerHTML` once and writes it back before each retry (when an attempt finds
 * too little text), which would replace every node with twinless ones, and, under linkedom, trim whitespace.
 * This wraps innerHTML on that one element instance: reading keeps a deep copy of the page and returns a
 * token instead of serialising; writing the token back restores a copy of the copy, so the restored text
 * nodes inherit their twins exactly and keep their text. Any other write parses as usual (no twins).
 * Returns the undo.
 */
export function followReparse(page: Element, twins: TwinMap): () => void {
  const doc = page.ownerDocument;
  let proto: object | null = Object.getPrototypeOf(page);
  let accessor: PropertyDescriptor | undefined;
  while (proto && !(accessor = Object.getOwnPropertyDescriptor(proto, 'innerHTML'))) proto = Object.getPrototypeOf(proto);
  const set = accessor?.set;
  if (!set) return () => {};
  // Readability only ever hands this string back to the setter; nothing parses it.
  const token = `<!--factmark-page-snapshot-${Math.random().toString(36).slice(2)}-->`;
  let snapshot: Node | null = null;
  try {
    Object.defineProperty(page, 'innerHTML', {
      configurable: true,
      get(this: Element) {
        snapshot = this.cloneNode(true);
        inheritTwins(this, snapshot, doc, twins);
        return token;
      },
      set(this: Element, html: string) {
        if (snapshot && html === token) {
          const copy = snapshot.cloneNode(true);
          inheritTwins(snapshot, copy, doc, twins);
          while (this.lastChild) this.removeChild(this.lastChild);
          while (copy.firstChild) this.appendChild(copy.firstChild);
          return;
        }
        set.call(this, html);
      },
    });
  } catch {
    // A wrapper that refuses accessor expandos (a stricter content-script sandbox): extraction still works,
    // only a retried page's text stays unmapped.
    return () => {};
  }
  return () => {
    Reflect.deleteProperty(page, 'innerHTML');
  };
}

/**
 * Readability (0.6.0, _fixRelativeUris) replaces a javascript: link that holds one text node with a NEW text
 * node of the same text: the link's words would lose their twin and could not be painted (the Readability
 * test page clean-links has 285 such links). This does that one step first, on the same links, with the link's
 * own text node, so the twin stays; Readability then finds nothing left to replace. Returns the undo.
 */
export function keepLinkTextTwins(reader: object): () => void {
  const r = reader as { _fixRelativeUris?: (content: Element) => unknown };
  const original = r._fixRelativeUris;
  if (typeof original !== 'function') return () => {};
  r._fixRelativeUris = function (this: unknown, content: Element) {
    for (const link of Array.from(content.getElementsByTagName('a'))) {
      const only = link.firstChild;
      // Readability's own test: the href starts with "javascript:" and the link holds exactly one text node.
      if (link.getAttribute('href')?.indexOf('javascript:') === 0 && only && only === link.lastChild && only.nodeType === TEXT_NODE) {
        link.parentNode?.replaceChild(only, link);
      }
    }
    return original.call(this, content);
  };
  return () => {
    r._fixRelativeUris = original;
  };
}

// Node.TEXT_NODE, spelled out because Node has no DOM globals.
const TEXT_NODE = 3;
