import { describe, expect, it } from 'vitest';
import { buildReport, textLengthOf } from '../../../lib/report/build-report';
import { REPORT_SCHEMA } from '../../../lib/analysis/types';
import { handMadeAnalysis } from './fixture-analysis';

describe('buildReport', () => {
  it('assembles the factmark.analysis/1 report with every field of the contract', () => {
    const analysis = handMadeAnalysis();
    const report = buildReport({
      meta: { title: 'Talks', url: 'https://example.com/a', siteName: 'Example' },
      analysis,
      timingsMs: { extract: 12.345, analyze: 4.04 },
    });
    expect(report.schema).toBe(REPORT_SCHEMA);
    expect(report.article).toEqual({
      url: 'https://example.com/a', title: 'Talks', byline: null, siteName: 'Example', lang: null,
      publishedTime: null, excerpt: null, textLength: textLengthOf(analysis),
    });
    expect(Object.keys(report).sort()).toEqual(
      ['article', 'blocks', 'claims', 'keyPoints', 'mentions', 'quotes', 'repeats', 'schema', 'sentences', 'speakers', 'timingsMs'],
    );
    expect(report.blocks).toBe(analysis.blocks);
    expect(report.timingsMs).toEqual({ extract: 12.3, analyze: 4 });
  });

  it('counts the characters of the analysed blocks', () => {
    const analysis = handMadeAnalysis();
    expect(textLengthOf(analysis)).toBe(analysis.blocks.reduce((n, b) => n + b.text.length, 0));
    expect(textLengthOf({ ...analysis, blocks: [] })).toBe(0);
  });

  it('keeps extra timing stages', () => {
    const report = buildReport({ meta: {}, analysis: handMadeAnalysis(), timingsMs: { extract: 1, analyze: 2, parse: 3.33 } });
    expect(report.timingsMs).toEqual({ extract: 1, analyze: 2, parse: 3.3 });
    expect(report.article.title).toBe('');
  });
});
