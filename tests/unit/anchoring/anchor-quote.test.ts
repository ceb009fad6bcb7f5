import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { Block } from '../../../lib/analysis/types';
import { anchorQuote, type AnchorTarget } from '../../../lib/anchoring/anchor-quote';
import { articleText, BLOCK_SEPARATOR } from '../../../lib/anchoring/article-text';
import { selectorsFor, selectorsForText } from '../../../lib/anchoring/selectors-for';
import { highlightsFor } from '../../../lib/storage/highlights-for';
import { loadSeed, SEED_000, SEED_001 } from '../analysis/seeds';

const SAVED = [
  'Talks end in Riyadh',
  'The first round of talks concluded on Tuesday in Riyadh. Lavrov said the talks were useful.',
  'Rubio said the talks had lasted for over four hours and would continue next week.',
  'Lavrov agreed with Rubio. He said, "We will meet again." Lavrov left at noon.',
].join('\n\n');

/** Selectors for the first occurrence of `exact` in `text` (the `nth` when it occurs more than once). */
function target(text: string, exact: string, nth = 0): AnchorTarget {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" is not in the text`);
  return selectorsForText(text, at, at + exact.length);
}

describe('anchorQuote', () => {
  // [case, the saved highlight's text, the page text now, what the anchor must cover (null: not found), strategy]
  const cases: Array<[string, string, string, string | null, string | null]> = [
    ['finds an unchanged quote exactly', 'Lavrov said the talks were useful.', SAVED, 'Lavrov said the talks were useful.', 'exact'],
    ['finds a quote after a paragraph was inserted before it', 'over four hours',
      SAVED.replace('Talks end in Riyadh', 'Talks end in Riyadh\n\nA new paragraph the editor added later, with many words.'), 'over four hours', 'exact'],
    ['finds a sentence edited in place at its position', 'The first round of talks concluded on Tuesday in Riyadh.',
      SAVED.replace('concluded on Tuesday', 'ended on Tuesday'), 'The first round of talks ended on Tuesday in Riyadh.', 'position'],
    ['finds an edited sentence that also moved, by fuzzy search', 'Rubio said the talks had lasted for over four hours and would continue next week.',
      SAVED.replace('Talks end in Riyadh', 'Talks end in Riyadh\n\nInserted paragraph.').replace('over four hours', 'about 4.5 hours'),
      'Rubio said the talks had lasted for about 4.5 hours and would continue next week.', 'fuzzy'],
    ['finds a half-rewritten sentence between its prefix and suffix', 'Rubio said the talks had lasted for over four hours and would continue next week.',
      SAVED.replace('Talks end in Riyadh', 'Talks end\n\nInserted.').replace('Rubio said the talks had lasted for over four hours', 'Officials said the meeting ran for over four hours'),
      'Officials said the meeting ran for over four hours and would continue next week.', 'fuzzy'],
    ['does not find a sentence that was deleted', 'Lavrov left at noon.', SAVED.replace(' Lavrov left at noon.', ''), null, null],
    ['does not pin a name on another mention once its sentence is gone', 'Lavrov',
      SAVED.replace('Lavrov said the talks were useful.', 'Ministers met.').replace('Lavrov agreed with Rubio.', 'Everyone agreed.'), null, null],
  ];

  it.each(cases)('%s', (_name, exact, now, expected, strategy) => {
    const anchor = anchorQuote(now, target(SAVED, exact));
    if (expected === null) {
      expect(anchor).toBeNull();
      return;
    }
    expect(anchor, 'anchored').not.toBeNull();
    expect(now.slice(anchor!.start, anchor!.end)).toBe(expected);
    expect(anchor!.strategy).toBe(strategy);
  });

  it('tells two occurrences of a name apart by their context', () => {
    const second = target(SAVED, 'Lavrov', 2); // "Lavrov left at noon."
    const now = SAVED.replace('Talks end in Riyadh', 'Talks end in Riyadh\n\nLavrov arrived.');
    const anchor = anchorQuote(now, second)!;
    expect(anchor.strategy).toBe('exact');
    expect(now.slice(anchor.start, anchor.end + 14)).toBe('Lavrov left at noon.');
  });

  it('picks the copy of a passage printed twice by its saved position when the context is the same', () => {
    const passage = 'The same paragraph, printed twice by the page, word for word, with nothing to tell them apart.';
    const text = [passage, passage, passage].join('\n\n');
    const middle = target(text, passage, 1);
    const anchor = anchorQuote(text, { quote: { exact: passage }, position: middle.position })!;
    expect(anchor.start).toBe(middle.position!.start);
  });

  it('stays on the edited copy of a passage printed twice rather than jump to the far, unedited copy', () => {
    const passage = 'The two sides agreed to restore their embassies, a step both called overdue after years of expulsions.';
    const filler = Array.from({ length: 40 }, (_, i) => `Filler sentence ${i} pads the page between the two copies.`).join(' ');
    const before = [passage, filler, passage].join('\n\n');
    const after = [passage.replace('a step', 'a move'), filler, passage].join('\n\n');
    const anchor = anchorQuote(after, target(before, passage, 0))!;
    expect(anchor.start).toBe(0);
    expect(after.slice(anchor.start, anchor.end)).toBe(passage.replace('a step', 'a move'));
  });

  it('finds a long highlight (a whole paragraph) with an edit in its middle after the page grew', () => {
    const paragraph = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} of the long paragraph says something different.`).join(' ');
    const before = `Title\n\n${paragraph}\n\nEnd.`;
    const edited = paragraph.replace('number 6 of', 'number six of');
    // A new paragraph longer than the edits allowed in the highlight: the saved position no longer helps.
    const after = `Title\n\n${'A new paragraph, added by the editor. '.repeat(8)}\n\n${edited}\n\nEnd.`;
    const anchor = anchorQuote(after, target(before, paragraph))!;
    expect(anchor.strategy).toBe('fuzzy');
    expect(after.slice(anchor.start, anchor.end)).toBe(edited);
  });

  it('keeps a quote that is still at its saved position, with its context, even past the thousandth copy', () => {
    // 1,500 identical lines: every copy has the same context, so only the saved position tells them apart,
    // and a scan of occurrences stops after the first 1,000.
    const text = 'Lavrov said the talks were useful. '.repeat(1500);
    const t = target(text, 'the talks were useful', 1400);
    const anchor = anchorQuote(text, t);
    expect(anchor).toMatchObject({ start: t.position!.start, end: t.position!.end, strategy: 'exact', score: 1 });
  });

  it('does not anchor an empty quote', () => {
    expect(anchorQuote(SAVED, { quote: { exact: '' } })).toBeNull();
  });
});

describe('anchorQuote on the seed articles', () => {
  /** Re-anchors every saved span of `blocks` in `now` and counts the strategies. */
  function reanchor(blocks: Block[], now: string) {
    const report = analyze(blocks);
    const saved = highlightsFor({ ...report, blocks } as never, 1);
    const counts = { exact: 0, position: 0, fuzzy: 0, missing: 0 };
    const wrong: string[] = [];
    for (const h of saved) {
      const anchor = anchorQuote(now, { quote: h.quoteSelector, position: h.positionSelector });
      if (!anchor) counts.missing++;
      else {
        counts[anchor.strategy]++;
        if (anchor.strategy === 'exact' && now.slice(anchor.start, anchor.end) !== h.quoteSelector.exact) wrong.push(h.text);
      }
    }
    return { total: saved.length, counts, wrong };
  }

  it.each([SEED_000, SEED_001])('finds every saved span of %s exactly on the unchanged text', (file) => {
    const { blocks } = loadSeed(file);
    const { total, counts } = reanchor(blocks, articleText(blocks));
    expect(counts).toEqual({ exact: total, position: 0, fuzzy: 0, missing: 0 });
  });

  it('finds the saved spans of seed 000 after a paragraph was inserted and one edited', () => {
    const { blocks } = loadSeed(SEED_000);
    const edited = blocks.map((b) => ({ ...b, text: b.text.replace('lasted for over four hours', 'lasted for about four and a half hours') }));
    const inserted: Block[] = [
      ...edited.slice(0, 3),
      { id: -1, kind: 'paragraph' as const, text: 'Officials from both countries spoke to reporters for several hours after the meeting ended.' },
      ...edited.slice(3),
    ].map((b, id) => ({ ...b, id }));
    const { total, counts, wrong } = reanchor(blocks, articleText(inserted));
    expect(wrong).toEqual([]);
    expect(counts.missing).toBe(0);
    expect(counts.fuzzy).toBeGreaterThan(0);
    expect(counts.exact).toBeGreaterThan(total * 0.9);
  });

  it('keeps the spans of seed 001, printed twice, on their own copy after the page changed', () => {
    const { blocks } = loadSeed(SEED_001);
    const report = analyze(blocks);
    const saved = highlightsFor({ ...report, blocks } as never, 1);
    const half = Math.floor(blocks.length / 2);
    // A paragraph inserted at the top, and a word changed in the first copy only (so the copies now differ).
    const edited: Block[] = [
      { id: 0, kind: 'paragraph' as const, text: 'Editor’s note: this article was updated with reactions from Kyiv.' },
      ...blocks.map((b) => ({ ...b, text: b.id === 2 ? b.text.replace(/\bthe\b/, 'a') : b.text })),
    ].map((b, id) => ({ ...b, id }));
    const now = articleText(edited);
    // Original block `half` (the second copy's first) is edited block half + 1.
    const secondCopyStart = articleText(edited.slice(0, half + 1)).length + BLOCK_SEPARATOR.length;
    const wrongCopy: string[] = [];
    let missing = 0;
    for (const h of saved) {
      const anchor = anchorQuote(now, { quote: h.quoteSelector, position: h.positionSelector });
      if (!anchor) {
        missing++;
        continue;
      }
      if ((h.block >= half) !== (anchor.start >= secondCopyStart)) wrongCopy.push(`${h.kind} ¶${h.block}: ${h.text.slice(0, 40)}`);
    }
    expect(wrongCopy).toEqual([]);
    expect(missing).toBe(0);
  });

  it('gives selectors that anchor back to the same offsets (round trip)', () => {
    const { blocks } = loadSeed(SEED_001);
    const text = articleText(blocks);
    const last = blocks[blocks.length - 1]!;
    const { quote, position } = selectorsFor(blocks, last.id, 0, last.text.length);
    expect(anchorQuote(text, { quote, position })).toMatchObject({ start: position.start, end: position.end, strategy: 'exact' });
  });
});
