import type { Report } from '../analysis/types';
import { articleText, blockStarts } from '../anchoring/article-text';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors-for';
import type { HighlightRecord } from './records';

/**
 * Where a reader's highlight lies in a saved report: the block it is inside, with offsets into that block,
 * when the report's text has the quoted words at that position; otherwise block -1 and the article-text offsets
 * (the highlight crosses blocks, or the report was made from a different version of the page).
 */
export function placeInBlocks(
  report: Report,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): Pick<HighlightRecord, 'block' | 'start' | 'end'> {
  const outside = { block: -1, start: position.start, end: position.end };
  if (!report.blocks.length || articleText(report.blocks).slice(position.start, position.end) !== quote.exact) return outside;
  const starts = blockStarts(report.blocks);
  for (const block of report.blocks) {
    const at = starts.get(block.id)!;
    if (position.start >= at && position.end <= at + block.text.length) {
      return { block: block.id, start: position.start - at, end: position.end - at };
    }
  }
  return outside;
}
