import { describe, expect, it } from 'vitest';
import { findKeyPointList, isKeyPointHeading } from '../../../lib/analysis/key-point-list';
import { chooseKeyPoints, findKeyPoints, keyPointArticle, keyPointText, WORD_SIGNALS, WORD_WEIGHTS } from '../../../lib/analysis/key-points';
import { splitSentences } from '../../../lib/analysis/sentences';
import type { Block, BlockKind } from '../../../lib/analysis/types';
import { fold, loadSeed, SEED_000, SEED_001 } from './seeds';

function blocksOf(...items: [BlockKind, string][]): Block[] {
  return items.map(([kind, text], id) => ({ id, kind, text }));
}
function keyPoints(blocks: Block[], title: string | null = null) {
  return findKeyPoints(blocks, splitSentences(blocks), [], { title });
}

const BODY: [BlockKind, string][] = [
  ['paragraph', 'WASHINGTON (Reuters) - The Senate passed a $1.2 trillion spending bill on Friday, averting a government shutdown hours before the deadline.'],
  ['paragraph', 'He said the vote was a relief for federal workers who had feared missing their pay.'],
  ['paragraph', '"This is a great day for America," the majority leader told reporters outside the chamber.'],
  ['paragraph', 'The bill funds federal agencies through September and includes $80 billion for disaster relief in three states.'],
  ['paragraph', 'Is this the end of the budget fights in Congress this year?'],
  ['paragraph', 'The House approved the same measure on Thursday by a vote of 286 to 134 after a long debate.'],
  ['paragraph', 'The bill funds federal agencies through September and includes $80 billion for disaster relief in three states.'],
  ['paragraph', 'But some conservatives said the package spent too much and would add to the national debt.'],
  ['paragraph', 'The president is expected to sign the bill into law over the weekend at the White House.'],
];

describe('findKeyPointList', () => {
  it.each([
    'KEY POINTS', 'Key points', 'Key facts', 'At a glance', 'Highlights', 'Story highlights', 'In brief', 'Summary',
    'What we know', 'What we know so far', 'TL;DR', 'tldr', 'Key takeaways', 'Key points:',
  ])('recognises the heading %j', (heading) => {
    expect(isKeyPointHeading(heading)).toBe(true);
  });

  it.each(['Key points of contention in the talks', 'Background', 'What happens next', 'Summary of the ruling by the court'])(
    'ignores the heading %j', (heading) => {
      expect(isKeyPointHeading(heading)).toBe(false);
    });

  it('takes the list items under the heading, near the top only', () => {
    const list = blocksOf(['heading', 'At a glance'], ['list-item', 'One thing.'], ['list-item', 'Another thing.'], ['paragraph', 'Body.']);
    expect(findKeyPointList(list)).toEqual({ heading: 0, items: [1, 2] });
    const late = blocksOf(...Array.from({ length: 15 }, (): [BlockKind, string] => ['paragraph', 'Body text.']), ['heading', 'Highlights'], ['list-item', 'A.'], ['list-item', 'B.']);
    expect(findKeyPointList(late)).toBeNull();
    expect(findKeyPointList(blocksOf(['heading', 'Highlights'], ['list-item', 'Only one.'], ['paragraph', 'Body.']))).toBeNull();
  });
});

describe('findKeyPoints', () => {
  it('returns the article\'s own list, in order, as source "article"', () => {
    const blocks = blocksOf(['heading', 'Key points'], ['list-item', 'The Senate passed the bill.'], ['list-item', 'A shutdown was averted.'], ...BODY);
    expect(keyPoints(blocks)).toEqual([
      { text: 'The Senate passed the bill.', source: 'article', block: 1, sentence: 1 },
      { text: 'A shutdown was averted.', source: 'article', block: 2, sentence: 2 },
    ]);
  });

  it('otherwise extracts 3 to 5 lead-biased sentences that stand alone', () => {
    const blocks = blocksOf(...BODY);
    const points = keyPoints(blocks);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points.every((p) => p.source === 'extracted' && p.sentence !== undefined)).toBe(true);
    // The lead comes first, without its dateline.
    expect(points[0]?.text).toBe('The Senate passed a $1.2 trillion spending bill on Friday, averting a government shutdown hours before the deadline.');
    const texts = points.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('He said'))).toBe(false);
    expect(texts.some((t) => t.startsWith('But '))).toBe(false);
    expect(texts.some((t) => t.startsWith('"'))).toBe(false);
    expect(texts.some((t) => t.endsWith('?'))).toBe(false);
    // The paragraph printed twice is chosen at most once.
    expect(texts.filter((t) => t.startsWith('The bill funds')).length).toBeLessThanOrEqual(1);
    // In reading order.
    expect(points.map((p) => p.sentence)).toEqual([...points.map((p) => p.sentence)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('returns nothing for an article without a sentence that stands alone', () => {
    expect(keyPoints(blocksOf(['heading', 'Comments'], ['paragraph', 'He said so.']))).toEqual([]);
  });

  it('gives seed 000 its own seven KEY POINTS items, in order', () => {
    const seed = loadSeed(SEED_000);
    const points = keyPoints(seed.blocks);
    expect(points.map((p) => fold(p.text))).toEqual((seed.gold.keyPoints.items ?? []).map(fold));
    expect(points.every((p) => p.source === 'article')).toBe(true);
    expect(points.map((p) => p.block)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('extracts 3 to 5 points from seed 001, the lead first, each from the first copy', () => {
    const seed = loadSeed(SEED_001);
    const points = keyPoints(seed.blocks);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points.every((p) => p.source === 'extracted')).toBe(true);
    expect(fold(points[0]?.text ?? '')).toBe(fold(seed.gold.keyPoints.reference?.[0] ?? ''));
    expect(points.every((p) => p.block < 25)).toBe(true);
    expect(new Set(points.map((p) => fold(p.text))).size).toBe(points.length);
  });

  it('prefers, among otherwise equal sentences, the one that restates the title', () => {
    const blocks = blocksOf(
      ['paragraph', 'The city council approved a new budget for the coming year on Monday evening after a long debate.'],
      ['paragraph', 'Residents of the northern district complained about the noise from the new motorway during the meeting.'],
      ['paragraph', 'The mayor thanked the volunteers who organised the spring festival in the old market square last month.'],
      ['paragraph', 'Engineers inspected the old railway bridge over the river and found cracks in two of its arches.'],
      ['paragraph', 'Officials from the regional government visited the harbour to discuss plans for a ferry terminal.'],
    );
    const without = keyPoints(blocks).map((p) => p.block);
    const withTitle = keyPoints(blocks, 'Cracks found in old railway bridge arches').map((p) => p.block);
    expect(without).not.toContain(3);
    expect(withTitle).toContain(3);
  });

  it('searches sets, not single sentences: three distinct points even when the best ones repeat each other', () => {
    const article = keyPointArticle(blocksOf(...BODY), splitSentences(blocksOf(...BODY)), []);
    const chosen = chooseKeyPoints(article);
    expect(new Set(chosen.map((s) => keyPointText(s))).size).toBe(chosen.length);
    expect(chosen.map((s) => s.id)).toEqual([...chosen.map((s) => s.id)].sort((a, b) => a - b));
  });

  it.each([
    ['(CNN)They may be close to finding evidence of alien life, a NASA scientist says.', 'They may be close to finding evidence of alien life, a NASA scientist says.'],
    ['The singer (pictured) arrived at the court in London on Tuesday with her lawyers.', 'The singer arrived at the court in London on Tuesday with her lawyers.'],
    ['Mr Smith (left) and his brother (not pictured) were both charged with fraud last week.', 'Mr Smith and his brother were both charged with fraud last week.'],
    ['WASHINGTON (Reuters) - The Senate passed the bill on Friday night after a long debate.', 'The Senate passed the bill on Friday night after a long debate.'],
  ])('drops datelines and picture notes from the point text: %j', (text, expected) => {
    expect(keyPointText({ id: 0, block: 0, start: 0, end: text.length, text })).toBe(expected);
  });

  it('documents and weighs every word signal', () => {
    expect(Object.keys(WORD_WEIGHTS).sort()).toEqual([...WORD_SIGNALS].sort());
    // The lead's words and the title's words are the ones a summary keeps.
    expect(WORD_WEIGHTS.firstSeen).toBeGreaterThan(0);
    expect(WORD_WEIGHTS.title).toBeGreaterThan(0);
  });
});


describe('keyPointArticle word signals', () => {
  const blocks = blocksOf(
    ['paragraph', 'Flooding forced 1200 people from their homes in Carlisle on Sunday, officials said.'],
    ['paragraph', 'The mayor said the town was "shocked beyond words" by the speed of the water.'],
    ['paragraph', 'One resident called it ‘Britain’s wettest county’ and was told the river would peak on Monday night.'],
    ['paragraph', 'Engineers counted 40 damaged bridges across the county after the water went down.'],
    ['paragraph', 'Volunteers were shocked that the new flood wall had failed within the first hour.'],
  );
  const article = keyPointArticle(blocks, splitSentences(blocks), [], 'Carlisle flooding');
  const signal = (word: string, name: (typeof WORD_SIGNALS)[number]) =>
    article.words.get(word)?.[WORD_SIGNALS.indexOf(name)];

  it.each([
    // word, signal, value, why
    ['1200', 'numberEarly', 1, 'a figure in the lede'],
    ['40', 'numberEarly', Math.exp(-1), 'a figure first met in the fourth sentence'],
    ['flooding', 'numberEarly', 0, 'not a figure'],
    ['flooding', 'firstSeenNow', 1, 'in the lede'],
    ['engineers', 'firstSeenNow', Math.exp(-3), 'first met in the fourth sentence'],
    ['engineers', 'firstSeenLate', Math.exp(-3 / 10), 'the slow decay'],
    ['words', 'quoted', 1, 'only ever inside quotation marks'],
    ['shocked', 'quoted', 0.5, 'once quoted, once the writer’s'],
    ['wettest', 'quoted', 1, 'an apostrophe (Britain’s) does not close a single-quoted passage'],
    ['river', 'quoted', 0, 'after the closing quote'],
    ['carlisle', 'title', 1, 'in the title'],
    // One row per remaining signal: the rows are built in WORD_SIGNALS order, by position.
    ['river', 'bias', 1, 'the base rate'],
    ['flooding', 'logTf', Math.log(2), 'used once'],
    ['40', 'firstSeen', Math.exp(-1), 'first met in the fourth sentence'],
    ['flooding', 'inFirst', 1, 'in the first sentence'],
    ['engineers', 'inFirst', 0, 'not in the first sentence'],
    ['flooding', 'inLead', 1 / 3, 'one of the first three sentences'],
    ['the', 'stopword', 1, 'a function word'],
    ['carlisle', 'capitalised', 1, 'capitalised mid-sentence'],
    ['flooding', 'capitalised', 0, 'capitalised only as the first word'],
    ['1200', 'number', 1, 'a figure'],
    ['the', 'spread', 0.8, 'in four of the five sentences'],
    ['engineers', 'long', 0.9, 'nine letters'],
  ] as const)('measures %j %s = %d (%s)', (word, name, value, why) => {
    expect(signal(word, name), why).toBeCloseTo(value, 10);
  });
});
