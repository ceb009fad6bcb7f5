// Places a page's saved highlights on the article as it is now: each is re-anchored in the article text
// (exact quote, then position, then fuzzy; lib/anchoring/anchor-quote.ts) and turned into live ranges. What
// cannot be placed is returned as missing, so the popup can list it: nothing is dropped silently.
import { anchorQuote, type AnchorStrategy } from '../anchoring/anchor-quote';
import { articleText } from '../anchoring/article-text';
import { blockSpansOf } from '../anchoring/block-spans';
import type { BlockSpan } from '../anchoring/key-point-span';
import type { LiveRange } from '../extraction/locate';
import type { SavedHighlight } from '../messages';
import type { LocatableArticle } from './selection-span';

export interface Placement {
  record: SavedHighlight;
  /** How it was found again; 'added' for a highlight the reader made on this visit. */
  strategy: AnchorStrategy | 'added';
  /** Where it is in the block texts, one span per block it covers. */
  spans: BlockSpan[];
  ranges: AbstractRange[];
}

export interface PlacedSaved {
  placed: Placement[];
  missing: SavedHighlight[];
  /** Time spent re-anchoring, ms. */
  ms: number;
}

/** Live ranges of block spans; spans whose text has no place on the page are left out. */
export function rangesOf(
  spans: readonly BlockSpan[],
  article: LocatableArticle,
  makeRange: (init: LiveRange) => AbstractRange,
): AbstractRange[] {
  return spans.flatMap((s) => {
    const init = article.locate(s.block, s.start, s.end);
    return init ? [makeRange(init)] : [];
  });
}

export function placeSaved(
  records: readonly SavedHighlight[],
  article: LocatableArticle,
  makeRange: (init: LiveRange) => AbstractRange,
  now: () => number = () => performance.now(),
): PlacedSaved {
  const t0 = now();
  const text = articleText(article.blocks);
  const placed: Placement[] = [];
  const missing: SavedHighlight[] = [];
  for (const record of records) {
    const anchor = anchorQuote(text, { quote: record.quoteSelector, position: record.positionSelector });
    const spans = anchor ? blockSpansOf(article.blocks, anchor.start, anchor.end) : [];
    const ranges = rangesOf(spans, article, makeRange);
    if (!anchor || ranges.length === 0) missing.push(record);
    else placed.push({ record, strategy: anchor.strategy, spans, ranges });
  }
  return { placed, missing, ms: Math.round((now() - t0) * 10) / 10 };
}
