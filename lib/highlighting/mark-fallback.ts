// The fallback for engines without the CSS Custom Highlight API: wrap the spans in <mark> elements, and on
// removal put the DOM back EXACTLY. Every edit is logged (text split, mark wrap) and undone in reverse order, so
// the page's own text nodes survive (same objects, same data), split pieces are merged back into them, and
// document.documentElement.outerHTML is identical afterwards. Measured cost: about twice the Highlight API's
// (../../../shared/docs/measurements.md), and it is the main way other highlighters break pages, so it is only used
// when the API is missing.
import type { Bounds } from './bounds';
import { commonAncestor, compareBoundary } from './bounds';
import type { Declarations } from './highlight-css';

export interface MarkSpec<T> {
  bounds: Bounds;
  owner: T;
}

export interface MarkLayer<T> {
  /** The marks, outermost first for each piece of text. */
  readonly marks: readonly HTMLElement[];
  /** Owners of the marks around `node`, innermost first. */
  ownersAt(node: Node | null): T[];
  isOwnMark(node: Node): boolean;
  /** Styles each mark by its owner; null leaves the mark without any look of its own. */
  restyle(styleOf: (owner: T) => Declarations | null): void;
  /** Maps a boundary point given against the DOM before wrapping to the current, split text. */
  mapPoint(node: Node, offset: number): [Node, number];
  /** The reverse: a point in the split text (a reader's selection) to the DOM as it was before wrapping. */
  unmapPoint(node: Node, offset: number): [Node, number];
  /** Undoes every edit, newest first. Idempotent. */
  restore(): void;
}

const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

// Text that is not rendered as text, or whose element cannot hold a <mark> child without changing meaning.
const RAW_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE', 'NOSCRIPT', 'OPTION', 'SELECT', 'TEMPLATE']);
// Whitespace directly inside these is layout indentation between cells/items; a <mark> there would be a stray
// inline box (and invalid in a table).
const STRUCTURAL_PARENTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'HTML', 'HEAD']);

interface Segment {
  text: Text;
  start: number;
  end: number;
}

/** The parts of text nodes that `b` covers, in document order. */
export function textSegments(doc: Document, b: Bounds): Segment[] {
  const root = commonAncestor(b);
  if (!root) return [];
  const out: Segment[] = [];
  const visit = (t: Text) => {
    const len = t.data.length;
    let s: number;
    if (t === b.startContainer) s = b.startOffset;
    else if ((compareBoundary(b.startContainer, b.startOffset, t, 0) ?? 1) <= 0) s = 0;
    else return;
    let e: number;
    if (t === b.endContainer) e = b.endOffset;
    else if ((compareBoundary(t, len, b.endContainer, b.endOffset) ?? 1) <= 0) e = len;
    else return;
    s = Math.max(0, Math.min(s, len));
    e = Math.max(0, Math.min(e, len));
    if (s < e) out.push({ text: t, start: s, end: e });
  };
  if (root.nodeType === TEXT_NODE) {
    visit(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  return out;
}

function markable(piece: Text): boolean {
  const parent = piece.parentElement;
  if (!parent || RAW_TEXT_PARENTS.has(parent.tagName.toUpperCase())) return false;
  if (/^\s*$/.test(piece.data)) {
    // Formatting whitespace (a line break between tags) or whitespace between table cells / list items.
    if (/[\n\r]/.test(piece.data) || STRUCTURAL_PARENTS.has(parent.tagName.toUpperCase())) return false;
  }
  return true;
}

export function applyDeclarations(el: HTMLElement, decls: Declarations | null): void {
  el.style.cssText = '';
  // `all: unset` drops the UA's yellow <mark> and any page rule for mark; !important beats page !important
  // rules because inline important declarations win over author ones.
  el.style.setProperty('all', 'unset', 'important');
  for (const [p, v] of decls ?? []) el.style.setProperty(p, v, 'important');
}

type Edit = { split: Text; next: Text } | { mark: HTMLElement };

export function wrapInMarks<T>(doc: Document, specs: readonly MarkSpec<T>[]): MarkLayer<T> {
  // 1. Everything is measured before anything is edited.
  const segmentsBySpec = specs.map((s) => textSegments(doc, s.bounds));
  const cuts = new Map<Text, Set<number>>();
  for (const segs of segmentsBySpec) {
    for (const seg of segs) {
      let set = cuts.get(seg.text);
      if (!set) cuts.set(seg.text, (set = new Set()));
      if (seg.start > 0) set.add(seg.start);
      if (seg.end < seg.text.data.length) set.add(seg.end);
    }
  }
  const edits: Edit[] = [];
  // 2. Split each text node at every cut, from the end, so the page's node keeps the first piece.
  const pieces = new Map<Text, { node: Text; start: number }[]>();
  for (const [text, set] of cuts) {
    const list = [{ node: text, start: 0 }];
    for (const c of [...set].sort((a, b) => b - a)) {
      const next = text.splitText(c);
      edits.push({ split: text, next });
      list.splice(1, 0, { node: next, start: c });
    }
    pieces.set(text, list);
  }
  const origin = new Map<Node, { text: Text; start: number }>();
  for (const [text, list] of pieces) for (const p of list) origin.set(p.node, { text, start: p.start });
  // 3. Which specs cover each piece; the longest spec becomes the outermost mark.
  const weight = segmentsBySpec.map((segs) => segs.reduce((n, s) => n + s.end - s.start, 0));
  const cover = new Map<Text, number[]>();
  segmentsBySpec.forEach((segs, i) => {
    for (const seg of segs) {
      for (const p of pieces.get(seg.text) ?? []) {
        if (p.start < seg.start || p.start >= seg.end) continue;
        let owners = cover.get(p.node);
        if (!owners) cover.set(p.node, (owners = []));
        owners.push(i);
      }
    }
  });
  // 4. Wrap.
  const marks: HTMLElement[] = [];
  const ownerOf = new WeakMap<Node, T>();
  for (const [piece, owners] of cover) {
    if (!markable(piece)) continue;
    owners.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0));
    for (const i of owners) {
      const spec = specs[i];
      const parent = piece.parentNode;
      if (!spec || !parent) continue;
      const mark = doc.createElement('mark');
      parent.insertBefore(mark, piece);
      mark.appendChild(piece);
      edits.push({ mark });
      marks.push(mark);
      ownerOf.set(mark, spec.owner);
    }
  }
  let restored = false;
  return {
    marks,
    ownersAt(node) {
      const out: T[] = [];
      for (let n: Node | null = node; n; n = n.parentNode) {
        const owner = ownerOf.get(n);
        if (owner !== undefined && !out.includes(owner)) out.push(owner);
      }
      return out;
    },
    isOwnMark: (node) => !restored && ownerOf.has(node),
    restyle(styleOf) {
      for (const m of marks) {
        const owner = ownerOf.get(m);
        if (owner !== undefined) applyDeclarations(m, styleOf(owner));
      }
    },
    mapPoint(node, offset) {
      const list = restored ? undefined : pieces.get(node as Text);
      if (!list) return [node, offset];
      let hit = list[0]!;
      for (const p of list) if (p.start <= offset) hit = p;
      return [hit.node, offset - hit.start];
    },
    unmapPoint(node, offset) {
      if (restored) return [node, offset];
      let at: [Node, number] = [node, offset];
      // A point between a mark's children (the mark holds one piece of text) is that piece's start or end.
      if (ownerOf.has(node)) {
        let piece: Node | null = node;
        while (piece && piece.nodeType !== TEXT_NODE) piece = piece.firstChild;
        if (piece) at = [piece, offset === 0 ? 0 : (piece as Text).data.length];
      }
      const from = origin.get(at[0]);
      return from ? [from.text, from.start + at[1]] : at;
    },
    restore() {
      if (restored) return;
      restored = true;
      for (let i = edits.length - 1; i >= 0; i--) {
        const edit = edits[i]!;
        if ('mark' in edit) {
          const { mark } = edit;
          const parent = mark.parentNode;
          // If the page removed the mark meanwhile there is nothing of ours left in the DOM to take out.
          if (!parent) continue;
          while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
          parent.removeChild(mark);
        } else {
          const { split, next } = edit;
          // Merge only if the page left both pieces side by side; otherwise merging would move its text.
          if (next.parentNode && split.nextSibling === next) {
            split.appendData(next.data);
            next.parentNode.removeChild(next);
          }
        }
      }
    },
  };
}
