import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import { REPORT_SCHEMA } from '../../../lib/analysis/types';
import { reportForArticle, reportForText } from '../../../lib/report/analyze-article';
import { reportToMarkdown } from '../../../lib/report/markdown';

const SEED_TEXT = readFileSync(resolve(import.meta.dirname, '../../../../shared/seeds/000_38bd7e3bd0a3190e.txt'), 'utf8');

describe('reportForText', () => {
  const report = reportForText(SEED_TEXT, { url: 'https://example.com/a' })!;

  it('analyses the blocks textToBlocks makes, and times both stages', () => {
    expect(report.schema).toBe(REPORT_SCHEMA);
    expect(report.blocks).toEqual(textToBlocks(SEED_TEXT));
    expect(report.article.url).toBe('https://example.com/a');
    expect(report.article.textLength).toBe(report.blocks.reduce((n, b) => n + b.text.length, 0));
    expect(report.timingsMs.extract).toBeGreaterThanOrEqual(0);
    expect(report.timingsMs.analyze).toBeGreaterThan(0);
  });

  it('gives every span offsets into its own block', () => {
    for (const s of report.sentences) expect(report.blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('renders as Markdown', () => {
    expect(reportToMarkdown(report)).toMatch(/^# Untitled article\n[\s\S]*## Key points[\s\S]*## Speakers/);
  });

  it.each([['an empty text', ''], ['blank lines only', '\n  \n\t\n']])('returns null for %s', (_name, text) => {
    expect(reportForText(text)).toBeNull();
  });
});

describe('reportForArticle', () => {
  it('keeps the extraction time and the article meta', () => {
    const blocks = textToBlocks('The talks lasted over four hours, officials said on Tuesday.');
    const report = reportForArticle({ meta: { title: 'T', siteName: 'S', lang: 'en' }, blocks }, { extract: 12.34, parse: 5 });
    expect(report.timingsMs).toMatchObject({ extract: 12.3, parse: 5 });
    expect(report.timingsMs.analyze).toBeGreaterThan(0);
    expect(report.article).toMatchObject({ title: 'T', siteName: 'S', lang: 'en', url: null });
    expect(report.blocks).toBe(blocks);
  });
});
