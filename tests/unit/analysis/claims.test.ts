import { describe, expect, it } from 'vitest';
import { CLAIM_FEATURES } from '../../../lib/analysis/claims/claim-features';
import { CLAIM_THRESHOLD, findClaims } from '../../../lib/analysis/claims/find-claims';
import { scoreSentence } from '../../../lib/analysis/claims/score-sentence';
import type { Block, Quote } from '../../../lib/analysis/types';
import { splitSentences } from '../../../lib/analysis/sentences';
import { loadSeed, SEED_000, SEED_001, sentencesMatching } from './seeds';

const flagged = (text: string) => (scoreSentence(text)?.score ?? 0) >= CLAIM_THRESHOLD;

describe('scoreSentence', () => {
  it.each([
    ['a quantity', 'The government hired 4,000 new teachers across the region last year.', 'quantity'],
    ['a spelled-out count', 'The talks, which lasted for over four hours, ended without a joint statement from the delegations.', 'quantity'],
    ['a percentage', 'Unemployment in the region fell to 20 per cent according to the statistics office.', 'percentage'],
    ['a sum of money', 'The city council approved a $3.2 million budget for road repairs in Leeds.', 'money'],
    ['a date', 'In 1994, Ukraine agreed to give up its Soviet-era nuclear weapons in exchange for assurances.', 'date'],
    ['a comparison', 'The flood was the deadliest disaster in the province since 1931, officials in Manila confirmed.', 'comparison'],
    ['a decision', 'The European Union imposed new sanctions on Russian banks and lifted a ban on grain imports.', 'decision'],
    ['a cause', 'Prices in Germany rose sharply because of the war in Ukraine and a drought in Spain.', 'cause'],
    ['an attribution', 'Health Minister Jane Doe said the hospital in Cardiff had treated more patients than ever.', 'attributed'],
    ['a source', 'According to a survey by the Pew Research Center, most adults in Canada read news online.', 'source'],
  ])('flags %s with its reason', (_name, text, reason) => {
    const scored = scoreSentence(text);
    expect(scored?.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(scored?.reasons).toContain(reason);
  });

  it.each([
    ['a question', 'Did the government really hire 4,000 new teachers last year?'],
    ['a promo line', 'ALSO READ: Minister resigns after 3 days in office amid row'],
    ['a "Read more" teaser', 'Read more: How the 2025 budget affects you'],
    ['a first-person opinion', 'I think we should be doing much more for our teachers and our schools.'],
    ['a norm', 'The council should invest in better roads and safer crossings for children.'],
    ['a forecast', 'The talks will probably be difficult and could take a long time to bear fruit.'],
    ['a quote that only voices a feeling', '"Of course, this is unacceptable to us," the minister remarked.'],
    ['a fragment', 'Unlikely, he said.'],
    ['a feeling', 'We are delighted and very proud of what our wonderful team has achieved.'],
  ])('does not flag %s', (_name, text) => {
    expect(flagged(text)).toBe(false);
  });

  it('lists reasons in the contract order and scores in 0..1', () => {
    const scored = scoreSentence('On Tuesday the ministry announced that 12 per cent of the $4 billion budget was cut because of inflation.');
    expect(scored?.reasons).toEqual(['quantity', 'percentage', 'money', 'date', 'comparison', 'decision', 'cause', 'attributed']);
    expect(scored?.score).toBeGreaterThan(0.9);
    expect(scored?.score).toBeLessThanOrEqual(1);
  });

  it('documents every feature weight', () => {
    for (const f of CLAIM_FEATURES) expect(f.why.length).toBeGreaterThan(20);
  });
});

describe('findClaims', () => {
  const blocks: Block[] = [
    { id: 0, kind: 'heading', text: 'Key points' },
    { id: 1, kind: 'list-item', text: 'Prices rose 12 per cent in March, the statistics office said.' },
    { id: 2, kind: 'list-item', text: 'The central bank raised rates by 0.5 points on Tuesday.' },
    { id: 3, kind: 'heading', text: 'Inflation hits 12 per cent in 2025' },
    { id: 4, kind: 'paragraph', text: 'Prices rose 12 per cent in March, the statistics office said. Is that a surprise? Nobody knows.' },
    { id: 5, kind: 'paragraph', text: 'The minister was pleased with the new plan for the coming months and years ahead.' },
  ];
  const sentences = splitSentences(blocks);

  it('flags body sentences, never headings or the article\'s own key-point items', () => {
    const claims = findClaims(blocks, sentences, []);
    const blocksFlagged = claims.map((c) => sentences[c.sentence]?.block);
    expect(blocksFlagged).toEqual([4]);
    expect(claims[0]?.text).toBe('Prices rose 12 per cent in March, the statistics office said.');
  });

  it('orders claims best first', () => {
    const text = 'The minister spoke on Tuesday. Prices rose 12 per cent in March to a record high, the statistics office said.';
    const s = splitSentences([{ id: 0, kind: 'paragraph', text }]);
    const claims = findClaims([{ id: 0, kind: 'paragraph', text }], s, []);
    const scores = claims.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts a quote tied to a speaker as an attribution', () => {
    const text = 'Officials expect the new bridge across the Thames in London to open in 2027.';
    const b: Block[] = [{ id: 0, kind: 'paragraph', text }];
    const s = splitSentences(b);
    const quote: Quote = { block: 0, start: 0, end: 40, text: text.slice(0, 40), speaker: 's1', kind: 'indirect', cue: 'expect' };
    const without = findClaims(b, s, [])[0];
    const withQuote = findClaims(b, s, [quote])[0];
    expect(without?.reasons ?? []).not.toContain('attributed');
    expect(withQuote?.reasons).toContain('attributed');
    expect(withQuote?.score).toBeGreaterThan(without?.score ?? 0);
  });

  it.each([SEED_000, SEED_001])('on seed %s flags every mustFlag line and no mustNotFlag line', (file) => {
    const seed = loadSeed(file);
    const claims = new Set(findClaims(seed.blocks, seed.sentences, []).map((c) => c.sentence));
    for (const line of seed.gold.claims.mustFlag) {
      const matching = sentencesMatching(seed, line);
      expect(matching.length, line).toBeGreaterThan(0);
      expect(matching.some((s) => claims.has(s.id)), line).toBe(true);
    }
    for (const line of seed.gold.claims.mustNotFlag) {
      const matching = sentencesMatching(seed, line);
      expect(matching.length, line).toBeGreaterThan(0);
      expect(matching.some((s) => claims.has(s.id)), line).toBe(false);
    }
  });
});
