import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import type { Analysis } from '../../../lib/analysis/types';
import { fold, loadSeed, SEED_000, SEED_001, sentencesMatching } from './seeds';

function expectValidSpans(a: Analysis) {
  const text = new Map(a.blocks.map((b) => [b.id, b.text]));
  for (const s of a.sentences) expect(text.get(s.block)?.slice(s.start, s.end)).toBe(s.text);
  for (const r of a.repeats) {
    if (r.start !== undefined) expect(text.get(r.block)?.slice(r.start, r.end)).toBe(r.text);
    else expect(text.get(r.block)).toBe(r.text);
    expect(r.of).toBeLessThan(r.block);
  }
  const ids = new Set(a.sentences.map((s) => s.id));
  for (const c of a.claims) expect(ids.has(c.sentence)).toBe(true);
  for (const k of a.keyPoints) expect(text.has(k.block)).toBe(true);
}

describe('analyze', () => {
  it('returns an empty analysis for no blocks', () => {
    expect(analyze([])).toEqual({
      blocks: [], sentences: [], claims: [], speakers: [], quotes: [], mentions: [], repeats: [], keyPoints: [],
    });
  });

  it('analyses plain text end to end', () => {
    const a = analyze(textToBlocks([
      'Budget deal reached',
      'The Senate passed a $1.2 trillion spending bill on Friday, averting a government shutdown.',
      'Senate Majority Leader Chuck Schumer said the vote was "a relief for every federal worker."',
      'The House approved the same measure on Thursday by a vote of 286 to 134.',
      'Comments',
    ].join('\n')));
    expectValidSpans(a);
    expect(a.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'heading']);
    expect(a.claims.length).toBeGreaterThan(0);
    expect(a.claims.every((c) => a.sentences[c.sentence]?.block !== 0)).toBe(true);
    expect(a.keyPoints[0]?.text).toMatch(/^The Senate passed/);
  });

  it('on seed 000: the KEY POINTS list, claims outside it, no repeats', () => {
    const seed = loadSeed(SEED_000);
    const a = analyze(seed.blocks);
    expectValidSpans(a);
    expect(a.keyPoints.map((k) => fold(k.text))).toEqual((seed.gold.keyPoints.items ?? []).map(fold));
    expect(a.keyPoints.every((k) => k.source === 'article')).toBe(true);
    const listBlocks = new Set(a.keyPoints.map((k) => k.block));
    expect(a.claims.some((c) => listBlocks.has(a.sentences[c.sentence]?.block ?? -1))).toBe(false);
    expect(a.repeats).toEqual([]);
    const claimed = new Set(a.claims.map((c) => c.sentence));
    for (const line of seed.gold.claims.mustFlag) expect(sentencesMatching(seed, line).some((s) => claimed.has(s.id)), line).toBe(true);
    for (const line of seed.gold.claims.mustNotFlag) expect(sentencesMatching(seed, line).some((s) => claimed.has(s.id)), line).toBe(false);
  });

  it('on seed 001: the second copy is a repeat, its claims are not counted twice', () => {
    const seed = loadSeed(SEED_001);
    const a = analyze(seed.blocks);
    expectValidSpans(a);
    const repeated = new Set(a.repeats.map((r) => r.block));
    expect(repeated.size).toBe(25);
    expect(a.claims.some((c) => repeated.has(a.sentences[c.sentence]?.block ?? -1))).toBe(false);
    const claimed = new Set(a.claims.map((c) => c.sentence));
    for (const line of seed.gold.claims.mustFlag) expect(sentencesMatching(seed, line).some((s) => claimed.has(s.id)), line).toBe(true);
    expect(a.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(a.keyPoints.length).toBeLessThanOrEqual(5);
    expect(a.keyPoints.every((k) => k.source === 'extracted' && !repeated.has(k.block))).toBe(true);
  });
});
