// Test-only sentence splitting for the speaker tests: Intl.Segmenter per block, the way lib/analysis splits
// sentences (without its abbreviation repair, which these fixtures do not need), plus seed-file block building.

import type { Block, BlockKind, Sentence } from '../../../../lib/analysis/types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentencesOf(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const seg of segmenter.segment(block.text)) {
      const text = seg.segment.trimEnd();
      if (!text.trim()) continue;
      const lead = text.length - text.trimStart().length;
      sentences.push({ id: sentences.length, block: block.id, start: seg.index + lead, end: seg.index + text.length, text: text.trim() });
    }
  }
  return sentences;
}

/** One block per non-empty line; "- " lines are list items (their text without the dash). */
export function blocksOfLines(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (!line.trim()) continue;
    const item = line.startsWith('- ');
    const kind: BlockKind = item ? 'list-item' : 'paragraph';
    blocks.push({ id: blocks.length, kind, text: item ? line.slice(2) : line });
  }
  return blocks;
}

/** Blocks from paragraphs of a string (one per line) for table tests. */
export function blocksOf(...paragraphs: string[]): Block[] {
  return paragraphs.map((text, id) => ({ id, kind: 'paragraph', text }));
}

