import { describe, expect, it } from 'vitest';
import { isFalseBreak, sentenceSpans, splitSentences } from '../../../lib/analysis/sentences';
import { loadSeed, SEED_000 } from './seeds';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each([
    ['titles before names', 'Mr. Smith went to Washington. Dr. Who arrived.', ['Mr. Smith went to Washington.', 'Dr. Who arrived.']],
    ['military ranks before names', 'She took Army Spc. Caleb Barnes to a concert. Pfc. Jones stayed.', ['She took Army Spc. Caleb Barnes to a concert.', 'Pfc. Jones stayed.']],
    ['Mrs., Ms., Gov., Sen., Rep., Gen.', 'Mrs. Jones met Ms. Lee. Gov. Hochul and Sen. Schumer spoke. Rep. Ocasio-Cortez and Gen. Milley left.',
      ['Mrs. Jones met Ms. Lee.', 'Gov. Hochul and Sen. Schumer spoke.', 'Rep. Ocasio-Cortez and Gen. Milley left.']],
    ['U.S. inside and at the end of a sentence', 'He lives in the U.S. He said so. The U.S. President spoke. U.S. officials agreed.',
      ['He lives in the U.S.', 'He said so.', 'The U.S. President spoke.', 'U.S. officials agreed.']],
    ['U.K. before a name', 'The U.K. Foreign Office said nothing.', ['The U.K. Foreign Office said nothing.']],
    ['month abbreviations before a day', 'It happened on Sept. 11 2001. Then on Jan. 5 it snowed.', ['It happened on Sept. 11 2001.', 'Then on Jan. 5 it snowed.']],
    ['No. before a number, "No." as an answer', 'No. 10 Downing Street said so. No. It is not.', ['No. 10 Downing Street said so.', 'No.', 'It is not.']],
    ['initials', 'J. K. Rowling wrote it. World War I. The next one began.', ['J. K. Rowling wrote it.', 'World War I.', 'The next one began.']],
    ['company suffixes', 'Apple Inc. Chief Executive Tim Cook spoke. He left Apple Inc. The company grew.',
      ['Apple Inc. Chief Executive Tim Cook spoke.', 'He left Apple Inc.', 'The company grew.']],
    ['vs., e.g. and i.e.', 'It was Smith vs. Jones, e.g. Paris and i.e. London. It ended.', ['It was Smith vs. Jones, e.g. Paris and i.e. London.', 'It ended.']],
    ['a.m. and p.m.', 'Talks began at 10 a.m. Tuesday and ended. At 5 p.m. The room emptied.',
      ['Talks began at 10 a.m. Tuesday and ended.', 'At 5 p.m.', 'The room emptied.']],
    ['a quoted question before its attribution', '"Why?" she asked. "Stop!" he said.', ['"Why?" she asked.', '"Stop!" he said.']],
    ['a missing space after a closing quote', 'He said “peace.”The next day came.', ['He said “peace.”', 'The next day came.']],
    ['paragraphs run together by extraction', 'He returned himself.In a wide-ranging talk he spoke.', ['He returned himself.', 'In a wide-ranging talk he spoke.']],
    ['decimals are not breaks', 'It rose 4.5 per cent. The 4.5-hour meeting ended.', ['It rose 4.5 per cent.', 'The 4.5-hour meeting ended.']],
    ['a quote with two sentences', 'She said, “One call is not enough. We must act.”', ['She said, “One call is not enough.', 'We must act.”']],
    ['surrounding whitespace trimmed', '   First one.    Second one.   ', ['First one.', 'Second one.']],
    ['no sentence in punctuation only', '* * *', []],
  ])('splits %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['Mr.', 'Smith', true],
    ['in the U.S.', 'The talks', false],
    ['in the U.S.', 'President Trump', true],
    ['Sept.', '11', true],
    ['Sept.', 'The end', false],
    ['"Why?"', 'she asked', true],
    ['It ended.', 'Then it began', false],
  ])('isFalseBreak(%j, %j) is %s', (before, after, expected) => {
    expect(isFalseBreak(before, after)).toBe(expected);
  });

  it('stays fast on a 50,000-word block (no quadratic blow-up in the segmenter)', () => {
    const text = 'Mr. Smith said the U.S. economy grew 4.5 per cent in the quarter. '.repeat(4200);
    const t0 = performance.now();
    const spans = sentenceSpans(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(spans).toHaveLength(4200);
  });
});

describe('splitSentences', () => {
  it('numbers sentences across blocks with offsets into each block', () => {
    const blocks = [
      { id: 0, kind: 'paragraph' as const, text: 'First one. Second one.' },
      { id: 1, kind: 'heading' as const, text: 'A heading' },
    ];
    expect(splitSentences(blocks)).toEqual([
      { id: 0, block: 0, start: 0, end: 10, text: 'First one.' },
      { id: 1, block: 0, start: 11, end: 22, text: 'Second one.' },
      { id: 2, block: 1, start: 0, end: 9, text: 'A heading' },
    ]);
  });

  it('keeps every seed sentence equal to its block slice', () => {
    const { blocks, sentences } = loadSeed(SEED_000);
    for (const s of sentences) expect(blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.some((s) => s.text.startsWith('Ushakov said that the prospect'))).toBe(true);
  });
});
