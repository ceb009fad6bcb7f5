import { describe, expect, it } from 'vitest';
import { findRepeats, MIN_BLOCK_WORDS } from '../../../lib/analysis/repeats/find-repeats';
import { comparableWords } from '../../../lib/analysis/repeats/comparable-words';
import { ShingleIndex } from '../../../lib/analysis/repeats/shingle-index';
import { shingleSequence, Vocabulary } from '../../../lib/analysis/repeats/shingles';
import { splitSentences } from '../../../lib/analysis/sentences';
import type { Block, BlockKind } from '../../../lib/analysis/types';
import { loadSeed, SEED_000, SEED_001 } from './seeds';

const P1 = 'The first round of direct talks between the United States and Russia concluded in Riyadh on Tuesday, officials said.';
const P2 = 'Ukraine was not represented at the meeting, which lasted more than four hours and ended without a joint statement.';
const P3 = 'European leaders are due to meet in Paris next week to discuss security guarantees for Kyiv and the wider region.';

function blocksOf(...items: (string | [BlockKind, string])[]): Block[] {
  return items.map((item, id) => (typeof item === 'string' ? { id, kind: 'paragraph', text: item } : { id, kind: item[0], text: item[1] }));
}
const run = (blocks: Block[]) => findRepeats(blocks, splitSentences(blocks));

describe('findRepeats', () => {
  it.each([
    ['an exact copy', [P1, P2, P3, P1], [[3, 0, 1]]],
    ['a copy in another case, quote style and spacing', [P1, P2, P1.toUpperCase().replace(/,/g, ' ,  ')], [[2, 0, 1]]],
    ['a teaser (first 60% and an ellipsis)', [P1, P2, P3, `${P2.slice(0, 70)}…`], [[3, 1]]],
    ['a copy with a tail appended', [P1, P2, `${P1} Read more on our website today.`], [[2, 0]]],
    ['a copy with one word changed', [P1, P2, P3, P2.replace('joint', 'common')], [[3, 1]]],
    ['a copy of a copy, pointing at the earliest', [P1, P2, P1, P3, P1], [[2, 0, 1], [4, 0, 1]]],
  ])('finds %s', (_name, paragraphs, expected) => {
    const found = run(blocksOf(...paragraphs));
    expect(found.map((r) => [r.block, r.of, ...(r.similarity === 1 ? [1] : [])])).toEqual(expected);
    for (const r of found) {
      expect(r.similarity).toBeGreaterThan(0);
      expect(r.similarity).toBeLessThanOrEqual(1);
      expect(r.start).toBeUndefined();
    }
  });

  it.each([
    ['different paragraphs', [P1, P2, P3]],
    ['short furniture repeated ("Comments", "Share this")', [P1, 'Comments', P2, 'Comments', 'Share this', 'Share this']],
    ['a heading echoing a phrase of the body', [P1, ['heading', 'Talks between the United States and Russia'], P2]],
    ['a short paragraph reusing a stock phrase of a long one', [P1, 'Talks concluded in Riyadh on Tuesday.']],
    ['a repeated promo line', [P1, 'ALSO READ: Zelensky holds talks with Erdogan in Ankara', P2, 'ALSO READ: Zelensky holds talks with Erdogan in Ankara']],
  ] as [string, (string | [BlockKind, string])[]][])('ignores %s', (_name, items) => {
    expect(run(blocksOf(...items))).toEqual([]);
  });

  it('never flags the article\'s own key-point items, nor body text restating them', () => {
    const blocks = blocksOf(['heading', 'Key points'], ['list-item', P1], ['list-item', P2], P1, P2, P3);
    expect(run(blocks)).toEqual([]);
  });

  it('marks a sentence inside a longer block that restates an earlier block (pull quote, caption)', () => {
    const blocks = blocksOf(P2, P3, `The delegations left in the evening. ${P2} No date was set for another round.`);
    const [repeat, ...rest] = run(blocks);
    expect(rest).toEqual([]);
    expect(repeat).toMatchObject({ block: 2, of: 0, text: P2 });
    expect(blocks[2]?.text.slice(repeat?.start, repeat?.end)).toBe(P2);
  });

  it('marks only the passage when an earlier sentence is restated inside a longer one', () => {
    const caption = 'Russian Foreign Minister Sergei Lavrov arrives for the talks in Riyadh on Tuesday morning';
    const blocks = blocksOf(P1, caption, `Pictured: ${caption} with his delegation and the Saudi hosts in the background of the palace`);
    const found = run(blocks);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ block: 2, of: 1 });
    expect(found[0]?.text).toBe(caption);
  });

  it('keeps heading repeats among headings', () => {
    const heading = 'Russia presents new demands before negotiations begin';
    expect(run(blocksOf(P1, ['heading', heading], P2, P1, ['heading', heading])).map((r) => [r.block, r.of])).toEqual([[3, 0], [4, 1]]);
  });

  it(`treats blocks under ${MIN_BLOCK_WORDS} words as furniture`, () => {
    expect(run(blocksOf(P1, 'Four words only here', P2, 'Four words only here'))).toEqual([]);
    expect(run(blocksOf(P1, 'Five words are enough here', P2, 'Five words are enough here'))).toHaveLength(1);
  });

  it('on seed 001 flags each of the 25 second-copy blocks as a repeat of its twin, and nothing else', () => {
    const seed = loadSeed(SEED_001);
    const spec = seed.gold.repeats[0];
    const [firstFrom, firstTo] = spec?.firstCopyLines ?? [0, 0];
    const [from, to] = spec?.repeatLines ?? [0, 0];
    // One block per non-empty line; the seed has no empty lines, so line n is block n - 1.
    expect(seed.blocks).toHaveLength(seed.text.split('\n').filter((l) => l.trim()).length);
    const found = run(seed.blocks);
    const expected = [];
    for (let line = from; line <= to; line++) expected.push([line - 1, line - 1 - (from - firstFrom), 1]);
    expect(expected).toHaveLength(25);
    expect(found.map((r) => [r.block, r.of, r.similarity])).toEqual(expected);
    expect(found.some((r) => r.block >= firstFrom - 1 && r.block <= firstTo - 1)).toBe(false);
  });

  it('finds no repeats in seed 000', () => {
    const seed = loadSeed(SEED_000);
    expect(run(seed.blocks)).toEqual([]);
  });

  it('stays near-linear on a long page with many repeats', () => {
    const words = (i: number) => `Paragraph ${i} reports that ${i * 7} people attended meeting number ${i} in city ${i % 97} on day ${i % 31}.`;
    const paragraphs = Array.from({ length: 3000 }, (_, i) => words(i % 1500));
    const t0 = performance.now();
    const found = run(blocksOf(...paragraphs));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(found).toHaveLength(1500);
  });
});

describe('building blocks', () => {
  it('compares words without case, quote style or punctuation', () => {
    expect(comparableWords('“Don’t” — SAID he, 4.5%')).toEqual(comparableWords('"don\'t" said  he 4.5 %'));
  });

  it('shingles a passage at every word position, a short passage as one shingle', () => {
    const vocabulary = new Vocabulary();
    const ids = (text: string) => text.split(' ').map((w) => vocabulary.id(w));
    expect(shingleSequence(ids('a b c'))).toHaveLength(1);
    const long = shingleSequence(ids('a b c d e f a b c d e'));
    expect(long).toHaveLength(7);
    expect(long[0]).toBe(long[6]);
    expect(new Set(long).size).toBe(6);
    expect(shingleSequence(ids('a b c d e'))).toEqual([long[0]]);
    expect(shingleSequence(ids('b a c d e'))[0]).not.toBe(long[0]);
    expect(Number.isSafeInteger(long[0])).toBe(true);
  });

  it('counts shared shingles per indexed passage', () => {
    const index = new ShingleIndex();
    index.add(0, [1, 2]);
    index.add(1, [2, 3]);
    expect(index.overlaps([2, 3, 4])).toEqual(new Map([[0, 1], [1, 2]]));
  });
});
