import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/analysis/types';
import { articleText, blockStarts, BLOCK_SEPARATOR } from '../../../lib/anchoring/article-text';
import { CONTEXT_LENGTH, selectorsFor } from '../../../lib/anchoring/selectors-for';

const blocks: Block[] = [
  { id: 0, kind: 'heading', text: 'Talks end' },
  { id: 1, kind: 'paragraph', text: 'The minister said the talks had ended. He left at noon.' },
  { id: 2, kind: 'quote', text: 'He left at noon.' },
  { id: 7, kind: 'paragraph', text: 'Ids need not be positions: this block has id 7 and sits fourth, with a long tail of words after it.' },
];

describe('articleText', () => {
  it('joins block texts with a blank line', () => {
    expect(articleText(blocks)).toBe(blocks.map((b) => b.text).join('\n\n'));
    expect(BLOCK_SEPARATOR).toBe('\n\n');
  });
  it('is empty for no blocks', () => {
    expect(articleText([])).toBe('');
  });
  it('knows where each block starts, by id', () => {
    const starts = blockStarts(blocks);
    for (const b of blocks) expect(articleText(blocks).slice(starts.get(b.id)!).startsWith(b.text)).toBe(true);
  });
});

describe('selectorsFor', () => {
  const text = articleText(blocks);
  const cases: Array<[string, number, number, number]> = [
    ['a span in the first block', 0, 0, 5],
    ['a whole block in the middle', 1, 0, blocks[1]!.text.length],
    ['a sentence printed twice (second copy)', 2, 0, 16],
    ['a block whose id is not its index', 7, 5, 21],
    ['an empty span at the end of a block', 1, blocks[1]!.text.length, blocks[1]!.text.length],
  ];
  it.each(cases)('anchors %s', (_name, block, start, end) => {
    const { quote, position } = selectorsFor(blocks, block, start, end);
    const blockText = blocks.find((b) => b.id === block)!.text;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(position.type).toBe('TextPositionSelector');
    expect(quote.exact).toBe(blockText.slice(start, end));
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
    expect(quote.prefix.length).toBe(Math.min(CONTEXT_LENGTH, position.start));
    expect(quote.suffix.length).toBe(Math.min(CONTEXT_LENGTH, text.length - position.end));
  });

  it('tells the two copies of a repeated sentence apart by position and context', () => {
    const first = selectorsFor(blocks, 1, 39, 55);
    const second = selectorsFor(blocks, 2, 0, 16);
    expect(first.quote.exact).toBe(second.quote.exact);
    expect(first.position.start).not.toBe(second.position.start);
    expect(first.quote.prefix).not.toBe(second.quote.prefix);
    expect(second.quote.prefix.endsWith('noon.\n\n')).toBe(true);
  });

  it.each([
    ['an unknown block', 3, 0, 1, /No block 3/],
    ['an end past the block', 0, 0, 10, /outside block 0/],
    ['a start after the end', 1, 5, 4, /outside block 1/],
    ['a negative start', 1, -1, 4, /outside block 1/],
    ['a fractional offset', 1, 0.5, 4, /outside block 1/],
  ])('rejects %s', (_name, block, start, end, message) => {
    expect(() => selectorsFor(blocks, block, start, end)).toThrow(message);
  });
});
