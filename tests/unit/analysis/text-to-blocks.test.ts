import { describe, expect, it } from 'vitest';
import { looksLikeHeading, textToBlocks } from '../../../lib/analysis/text-to-blocks';
import { fold, loadSeed, SEED_000, SEED_001 } from './seeds';

describe('textToBlocks', () => {
  it.each([
    ['one block per line', 'First line here is a sentence.\nSecond line is another.', [
      ['paragraph', 'First line here is a sentence.'], ['paragraph', 'Second line is another.']]],
    ['blank lines between paragraphs', 'One paragraph here.\n\n\nAnother paragraph.', [
      ['paragraph', 'One paragraph here.'], ['paragraph', 'Another paragraph.']]],
    ['Windows line endings', 'A line ends here.\r\nAnother one here.', [
      ['paragraph', 'A line ends here.'], ['paragraph', 'Another one here.']]],
    ['"- ", "* ", "• " and "1. " bullets, marker stripped', '- dash item.\n* star item.\n• bullet item.\n1. numbered item.', [
      ['list-item', 'dash item.'], ['list-item', 'star item.'], ['list-item', 'bullet item.'], ['list-item', 'numbered item.']]],
    ['title lines as headings', 'KEY POINTS\nTrump-Putin meeting\nThe talks ended on Tuesday.', [
      ['heading', 'KEY POINTS'], ['heading', 'Trump-Putin meeting'], ['paragraph', 'The talks ended on Tuesday.']]],
    ['markdown headings and quotes', '## Background\n> A quoted line.', [
      ['heading', 'Background'], ['quote', 'A quoted line.']]],
    ['short one-line paragraphs kept apart', 'Budget deal reached\nThe Senate passed a $1.2 trillion spending bill on Friday, averting a shutdown.\nThe House approved the same measure on Thursday by a vote of 286 to 134.', [
      ['heading', 'Budget deal reached'],
      ['paragraph', 'The Senate passed a $1.2 trillion spending bill on Friday, averting a shutdown.'],
      ['paragraph', 'The House approved the same measure on Thursday by a vote of 286 to 134.']]],
    ['hard-wrapped paragraphs joined', [
      'The first round of direct talks between the United States and Russia',
      'concluded in Riyadh on Tuesday, marking a major development in the',
      'international efforts to resolve the conflict.',
      '',
      'A second paragraph follows here.',
    ].join('\n'), [
      ['paragraph', 'The first round of direct talks between the United States and Russia concluded in Riyadh on Tuesday, marking a major development in the international efforts to resolve the conflict.'],
      ['paragraph', 'A second paragraph follows here.']]],
  ])('splits %s', (_name, input, expected) => {
    expect(textToBlocks(input).map((b) => [b.kind, b.text])).toEqual(expected);
    expect(textToBlocks(input).map((b) => b.id)).toEqual(expected.map((_, i) => i));
  });

  it.each([
    ['KEY POINTS', true],
    ['RUSSIA PRESENTS NEW DEMANDS BEFORE US NEGOTIATIONS BEGIN', true],
    ['Zelensky expresses concerns', true],
    ['The talks ended on Tuesday.', false],
    ['“Unacceptable” to Moscow', false],
    ['a lowercase start is not a title', false],
    ['Yes. He did it', false],
    ['This line is far too long to be a section title because it goes on and on with many words beyond', false],
  ])('looksLikeHeading(%j) is %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });

  it('reads seed 000: KEY POINTS heading, seven list items, the gold headings', () => {
    const { blocks, gold } = loadSeed(SEED_000);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'KEY POINTS' });
    expect(blocks.slice(1, 8).every((b) => b.kind === 'list-item')).toBe(true);
    expect(blocks[8]?.kind).toBe('paragraph');
    for (const heading of gold.headings) {
      expect(blocks.find((b) => fold(b.text) === fold(heading))?.kind).toBe('heading');
    }
  });

  it('reads seed 001: one block per line, 52 blocks, the capitalised heading twice', () => {
    const { blocks, text } = loadSeed(SEED_001);
    expect(blocks).toHaveLength(text.split('\n').filter((l) => l.trim()).length);
    expect(blocks.filter((b) => b.text.startsWith('RUSSIA PRESENTS')).map((b) => b.kind)).toEqual(['heading', 'heading']);
  });
});
