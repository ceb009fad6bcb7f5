import { describe, expect, it } from 'vitest';
import { articleText } from '../../../lib/anchoring/article-text';
import { highlightsFor } from '../../../lib/storage/highlights-for';
import { sampleReport, spanOf } from './sample-report';

const report = sampleReport();
const rows = highlightsFor(report, 7);
const text = articleText(report.blocks);

describe('highlightsFor', () => {
  it('anchors every row in the article text: the position selector gives the quote selector’s exact text', () => {
    for (const row of rows) {
      expect(row.articleId).toBe(7);
      expect(text.slice(row.positionSelector.start, row.positionSelector.end)).toBe(row.quoteSelector.exact);
      expect(report.blocks[row.block]!.text.slice(row.start, row.end)).toBe(row.quoteSelector.exact);
    }
  });

  it.each([
    ['claims, on their sentence, with reasons', 'claim', { text: report.claims[0]!.text, block: 1, start: 0, reasons: ['money', 'date', 'attributed'] }],
    ['quotes, with speaker id, name and kind', 'quote', { text: 'We are ready,', speakerId: 's1', speakerName: 'Jane Doe', quoteKind: 'direct', ...spanOf(report.blocks, 2, 'We are ready,') }],
    ['quotes without a speaker', 'quote', { text: 'open on May 3', speakerId: null, speakerName: null }],
    ['mentions, with the words of the page', 'mention', { text: 'She', speakerId: 's1', speakerName: 'Jane Doe', ...spanOf(report.blocks, 2, 'She') }],
    ['a whole-block repeat, over the whole block', 'repeat', { block: 4, start: 0, end: report.blocks[4]!.text.length, repeatOf: 1 }],
    ['a key point with a sentence, over that sentence', 'key-point', { block: 1, start: 0, end: report.sentences[1]!.end }],
    ['a key point without a sentence, over its block', 'key-point', { text: 'Costs rose 10% since 2024.', block: 3, start: 0, end: report.blocks[3]!.text.length }],
  ] as const)('makes rows for %s', (_name, kind, expected) => {
    expect(rows.filter((r) => r.kind === kind)).toContainEqual(expect.objectContaining(expected));
  });

  it('anchors a passage repeat (with start/end) to that passage', () => {
    const r = sampleReport();
    r.repeats = [{ of: 1, similarity: 0.95, text: 'open on May 3', ...spanOf(r.blocks, 4, 'open on May 3') }];
    const row = highlightsFor(r, 1).find((h) => h.kind === 'repeat')!;
    expect(row.quoteSelector.exact).toBe('open on May 3');
  });

  it.each([
    ['a quote past the end of its block', (r: ReturnType<typeof sampleReport>) => r.quotes.push({ block: 3, start: 0, end: 999, text: 'x', speaker: null, kind: 'direct', cue: null })],
    ['a mention in a block that does not exist', (r: ReturnType<typeof sampleReport>) => r.mentions.push({ block: 99, start: 0, end: 1, speaker: 's1' })],
    ['a claim on a sentence that does not exist', (r: ReturnType<typeof sampleReport>) => r.claims.push({ sentence: 99, text: 'x', score: 1, reasons: [] })],
  ])('ignores %s', (_name, corrupt) => {
    const r = sampleReport();
    corrupt(r);
    expect(highlightsFor(r, 1)).toHaveLength(rows.length);
  });
});
