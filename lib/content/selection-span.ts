// From the reader's selection on the live page to a span of the article text (articleText(blocks)), the
// coordinates W3C selectors use. Extraction maps block offsets to live text (locate); this goes the other way
// by binary search over the article's characters, which are in document order, comparing boundary points.
// Only characters of the article count: a selection that starts in the headline's byline or ends in the
// comments is trimmed to the article text inside it.
import type { Block } from '../analysis/types';
import { BLOCK_SEPARATOR } from '../anchoring/article-text';
import type { LiveRange } from '../extraction/locate';
import { compareBoundary, type Bounds } from '../highlighting/bounds';

export interface LocatableArticle {
  blocks: readonly Block[];
  locate(block: number, start: number, end: number): LiveRange | null;
}

export interface ArticleSpan {
  /** Offsets into articleText(blocks), end exclusive. */
  from: number;
  to: number;
}

// Whitespace at either end of a selection (a double-click takes the following space; a triple-click the
// paragraph break) is not part of what the reader meant.
const EDGE_SPACE = /\s/;

/** Maps a boundary point between two states of the page (the <mark> fallback splits text nodes). */
export type MapPoint = (node: Node, offset: number) => [Node, number];

/** `selection` must be given against the page as extracted (see SavedHooks.marks). */
export function selectionSpan(article: LocatableArticle, selection: Bounds): ArticleSpan | null {
  const { blocks } = article;
  // Character i of the concatenated block texts (no separators) -> block index and offset.
  const starts: number[] = [];
  let total = 0;
  for (const b of blocks) {
    starts.push(total);
    total += b.text.length;
  }
  if (total === 0) return null;
  const blockAt = (i: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const live = (i: number): LiveRange | null => {
    const b = blockAt(i);
    const offset = i - starts[b]!;
    return article.locate(blocks[b]!.id, offset, offset + 1);
  };
  // Some characters have no live text (a <br>'s space, text Readability made up): use the nearest one that has.
  const mappedFrom = (i: number, step: 1 | -1): { i: number; range: LiveRange } | null => {
    for (let j = i; j >= 0 && j < total; j += step) {
      const range = live(j);
      if (range) return { i: j, range };
    }
    return null;
  };

  // First character that starts at or after the selection's start.
  const startsInside = (i: number): boolean => {
    const m = mappedFrom(i, 1);
    if (!m) return true;
    const c = compareBoundary(m.range.startContainer, m.range.startOffset, selection.startContainer, selection.startOffset);
    return c !== null && c >= 0;
  };
  // Last character that ends at or before the selection's end.
  const endsInside = (i: number): boolean => {
    const m = mappedFrom(i, -1);
    if (!m) return true;
    const c = compareBoundary(m.range.endContainer, m.range.endOffset, selection.endContainer, selection.endOffset);
    return c !== null && c <= 0;
  };

  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  const first = mappedFrom(lo, 1)?.i;
  lo = -1;
  hi = total - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (endsInside(mid)) lo = mid;
    else hi = mid - 1;
  }
  const last = lo >= 0 ? mappedFrom(lo, -1)?.i : undefined;
  if (first === undefined || last === undefined || last < first) return null;

  const toArticle = (i: number) => i + blockAt(i) * BLOCK_SEPARATOR.length;
  let from = toArticle(first);
  let to = toArticle(last) + 1;
  const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
  while (from < to && EDGE_SPACE.test(text[from]!)) from++;
  while (to > from && EDGE_SPACE.test(text[to - 1]!)) to--;
  return from < to ? { from, to } : null;
}
