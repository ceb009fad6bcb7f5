// Between the article text (blocks joined with BLOCK_SEPARATOR) and block coordinates (block id, offsets into
// its text). An anchored highlight is found in the article text, but the page is painted block by block: a
// passage over two paragraphs becomes two spans, and the blank line between them is not painted.
import type { Block } from '../analysis/types';
import { BLOCK_SEPARATOR } from './article-text';
import type { BlockSpan } from './key-point-span';

/** The non-empty pieces of article text [start, end) that lie inside blocks, in reading order. */
export function blockSpansOf(blocks: readonly Block[], start: number, end: number): BlockSpan[] {
  const out: BlockSpan[] = [];
  let offset = 0;
  for (const block of blocks) {
    const blockEnd = offset + block.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, blockEnd);
    if (from < to) out.push({ block: block.id, start: from - offset, end: to - offset });
    if (blockEnd >= end) break;
    offset = blockEnd + BLOCK_SEPARATOR.length;
  }
  return out;
}

/** Where offset `offset` of block `id` is in the article text, or null for an unknown block or offset. */
export function articleOffset(blocks: readonly Block[], id: number, offset: number): number | null {
  let at = 0;
  for (const block of blocks) {
    if (block.id === id) return offset >= 0 && offset <= block.text.length ? at + offset : null;
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return null;
}
