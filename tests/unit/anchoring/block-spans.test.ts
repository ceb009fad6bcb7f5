import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/analysis/types';
import { articleText } from '../../../lib/anchoring/article-text';
import { articleOffset, blockSpansOf } from '../../../lib/anchoring/block-spans';
import { selectorsForText } from '../../../lib/anchoring/selectors-for';

const blocks: Block[] = [
  { id: 0, kind: 'heading', text: 'Talks end' },
  { id: 1, kind: 'paragraph', text: 'The minister said the talks had ended.' },
  { id: 5, kind: 'paragraph', text: 'He left at noon.' },
];
const text = articleText(blocks);
const at = (s: string) => text.indexOf(s);

describe('blockSpansOf', () => {
  it.each([
    ['a span inside one block', at('minister'), at('minister') + 8, [{ block: 1, start: 4, end: 12 }]],
    ['a span over two blocks, without the blank line', at('had ended.'), at('He left') + 2,
      [{ block: 1, start: 28, end: 38 }, { block: 5, start: 0, end: 2 }]],
    ['a span over every block', 0, text.length,
      [{ block: 0, start: 0, end: 9 }, { block: 1, start: 0, end: 38 }, { block: 5, start: 0, end: 16 }]],
    ['nothing for a span that covers only the blank line', at('Talks end') + 9, at('The minister'), []],
    ['nothing for an empty span', 3, 3, []],
  ])('gives %s', (_name, start, end, expected) => {
    expect(blockSpansOf(blocks, start, end)).toEqual(expected);
  });
});

describe('articleOffset', () => {
  it.each([
    ['the start of the first block', 0, 0, 0],
    ['a block whose id is not its index', 5, 3, at('He left') + 3],
    ['the end of a block', 1, 38, at('had ended.') + 10],
  ])('finds %s', (_name, block, offset, expected) => {
    expect(articleOffset(blocks, block, offset)).toBe(expected);
  });
  it.each([
    ['an unknown block', 9, 0],
    ['an offset past the block', 0, 10],
    ['a negative offset', 1, -1],
  ])('says null for %s', (_name, block, offset) => {
    expect(articleOffset(blocks, block, offset)).toBeNull();
  });
});

describe('selectorsForText', () => {
  it('anchors a passage over two blocks, with context', () => {
    const from = at('had ended.');
    const to = at('He left') + 7;
    const { quote, position } = selectorsForText(text, from, to);
    expect(quote.exact).toBe('had ended.\n\nHe left');
    expect(quote.prefix).toBe(text.slice(Math.max(0, from - 32), from));
    expect(quote.suffix).toBe(' at noon.');
    expect(position).toEqual({ type: 'TextPositionSelector', start: from, end: to });
  });
  it.each([
    ['a start after the end', 5, 4],
    ['an end past the text', 0, text.length + 1],
    ['a negative start', -1, 2],
  ])('refuses %s', (_name, from, to) => {
    expect(() => selectorsForText(text, from, to)).toThrow(/outside the article text/);
  });
});
