import { describe, expect, it } from 'vitest';
import { alignStart, approxSearch, bottomRow, contextSimilarity, editDistance } from '../../../lib/anchoring/approx-search';

/** The textbook dynamic programme, column by column: what the bit-vector version must reproduce exactly. */
function referenceRow(text: string, pattern: string, anchored: boolean): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const cur = [anchored ? j + 1 : 0];
    for (let i = 1; i <= pattern.length; i++) {
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1));
    }
    out.push(cur[pattern.length]!);
    prev = cur;
  }
  return out;
}

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('bottomRow', () => {
  // Two alphabets: a binary one makes long runs of near-matches (the carries between 32-bit blocks), a wider
  // one with spaces looks more like text. Lengths cross 1, 2, 3 and 4 words.
  const rnd = random(7);
  const word = (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  const cases = Array.from({ length: 400 }, (_, i) => {
    const alphabet = i % 2 ? 'ab' : 'abcdefg ';
    return [i, word(1 + Math.floor(rnd() * 130), alphabet), word(Math.floor(rnd() * 200), alphabet)] as const;
  });

  it.each(cases)('matches the textbook table (case %i), searching and anchored', (_i, pattern, text) => {
    expect(Array.from(bottomRow(text, pattern))).toEqual(referenceRow(text, pattern, false));
    expect(Array.from(bottomRow(text, pattern, 0, text.length, true))).toEqual(referenceRow(text, pattern, true));
  });

  it('works on a window of the text', () => {
    const text = 'xxxxabcdyyyy';
    expect(Array.from(bottomRow(text, 'abc', 4, 8))).toEqual(referenceRow('abcd', 'abc', false));
  });

  it('handles characters outside the Basic Multilingual Plane as UTF-16 units', () => {
    expect(Array.from(bottomRow('a😀b', '😀'))).toEqual(referenceRow('a😀b', '😀', false));
  });
});

describe('approxSearch', () => {
  it.each([
    ['finds an exact occurrence', 'the quick brown fox', 'quick', 0, [{ start: 4, end: 9, errors: 0 }]],
    ['finds a substitution', 'the quack brown fox', 'quick', 1, [{ start: 4, end: 9, errors: 1 }]],
    ['finds an insertion', 'the quiick brown fox', 'quick', 1, [{ start: 4, end: 10, errors: 1 }]],
    ['finds a deletion', 'the quck brown fox', 'quick', 1, [{ start: 4, end: 8, errors: 1 }]],
    ['reports every place, best first', 'quack ... quick', 'quick', 1, [{ start: 10, end: 15, errors: 0 }, { start: 0, end: 5, errors: 1 }]],
    ['ignores places with too many edits', 'the qxxxk brown fox', 'quick', 2, []],
    ['ignores an empty pattern', 'anything', '', 3, []],
  ])('%s', (_name, text, pattern, k, expected) => {
    expect(approxSearch(text, pattern, k)).toEqual(expected);
  });

  it('reports one match per place, not one per end position', () => {
    const found = approxSearch('aaa the minister said bbb', 'the minister said', 3);
    expect(found).toEqual([{ start: 4, end: 21, errors: 0 }]);
  });

  it('finds a long pattern across several 32-bit blocks with edits spread over it', () => {
    const pattern = 'Secretary of State Marco Rubio said the talks had been productive and would continue next week in Riyadh.';
    const edited = pattern.replace('productive', 'very productive').replace('next week', 'next month');
    const text = `Intro paragraph.\n\n${edited}\n\nAnother paragraph.`;
    const [best] = approxSearch(text, pattern, 20);
    expect(text.slice(best!.start, best!.end)).toBe(edited);
    expect(best!.errors).toBe(editDistance(pattern, edited));
  });
});

describe('editDistance and alignStart', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['four hours', '4.5-hour', 6],
    ['same', 'same', 0],
  ])('%s → %s: %i edits', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('finds where the best alignment ending at a position starts', () => {
    const text = 'xx the quack brown';
    expect(alignStart(text, 'quick', 12, 1)).toEqual({ start: 7, errors: 1 });
  });
});

describe('contextSimilarity', () => {
  const text = 'He said the talks were useful. Lavrov agreed.';
  it.each([
    ['an intact prefix', 'talks were useful. ', 31, 'before', 1],
    ['an intact suffix', ' agreed.', 37, 'after', 1],
    ['a missing prefix', 'zzzzzzzzzz', 31, 'before', 0],
    ['a prefix at the start of the text', 'abc', 0, 'before', 0],
  ] as const)('scores %s', (_name, expected, at, side, score) => {
    expect(contextSimilarity(text, expected, at, side)).toBe(score);
  });
  it('scores a prefix with one edit at 1 - 1/length', () => {
    expect(contextSimilarity(text, 'talks were usefull. ', 31, 'before')).toBeCloseTo(1 - 1 / 20);
  });
  it('counts an empty context as agreeing', () => {
    expect(contextSimilarity(text, '', 5, 'after')).toBe(1);
  });
});
