// The article text that W3C selectors point into: every block's text, in reading order, joined with a blank
// line ("\n\n"). Blocks never contain "\n\n" themselves after extraction, so the separator keeps block
// boundaries visible to a reader of the text, and a TextPositionSelector {start, end} made here can be resolved
// by anyone who rebuilds the text the same way from the saved report's blocks.
import type { Block } from '../analysis/types';

export const BLOCK_SEPARATOR = '\n\n';

export function articleText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Where each block starts in articleText(blocks), keyed by block id. */
export function blockStarts(blocks: readonly Block[]): Map<number, number> {
  const starts = new Map<number, number>();
  let offset = 0;
  for (const block of blocks) {
    starts.set(block.id, offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}
