import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleText } from '../../../lib/anchoring/article-text';
import { reportToMarkdown } from '../../../lib/report/markdown';
import type { AnnotationCollection } from '../../../lib/storage/annotation-collection';
import { exportJson } from '../../../lib/storage/export-json';
import { exportMarkdown } from '../../../lib/storage/export-markdown';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { saveReport } from '../../../lib/storage/save-report';
import { dropDb, freshDb } from './db-helpers';
import { sampleReport } from './sample-report';

let db: FactmarkDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('exportJson', () => {
  it('is a W3C annotation collection with one page of annotations, plus the articles', async () => {
    const older = sampleReport({ url: 'https://a.example/older' });
    const newer = sampleReport({ url: 'https://b.example/newer', title: 'Newer' });
    await saveReport(db, older, Date.UTC(2026, 0, 1));
    await saveReport(db, newer, Date.UTC(2026, 0, 2));
    const json = JSON.parse(await exportJson(db, new Date(Date.UTC(2026, 0, 3)))) as AnnotationCollection;

    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.id).toBe('tag:factmark.example,2026:export/2026-01-03T00:00:00.000Z');
    expect(json.first.type).toBe('AnnotationPage');
    expect(json.total).toBe(24);
    expect(json.first.items).toHaveLength(24);
    expect(json.articles.map((a) => a.title)).toEqual(['Newer', 'Bridge to open in May']);
    expect(json.articles[0]!.report).toEqual(newer);
    // Annotations follow the articles: the newer article's first.
    expect(json.first.items[0]!.target.source).toBe('https://b.example/newer');
    expect(json.first.items.at(-1)!.target.source).toBe('https://a.example/older');
    expect(new Set(json.first.items.map((a) => a.id)).size).toBe(24);
  });

  it('gives each annotation a quote and a position selector that resolve in the article text, and says what it is in TextualBodies', async () => {
    const report = sampleReport();
    await saveReport(db, report, Date.UTC(2026, 0, 1));
    const json = JSON.parse(await exportJson(db)) as AnnotationCollection;
    const text = articleText(report.blocks);
    for (const a of json.first.items) {
      expect(a).toMatchObject({ type: 'Annotation', motivation: 'highlighting', created: '2026-01-01T00:00:00.000Z' });
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(a.body.every((b) => b.type === 'TextualBody' && b.format === 'text/plain')).toBe(true);
    }
    const claim = json.first.items.find((a) => a.body[0]!.value === 'claim')!;
    expect(claim.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'claim', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'money', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'date', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'attributed', format: 'text/plain' },
    ]);
    const quote = json.first.items.find((a) => a.body[0]!.value === 'quote')!;
    expect(quote.body.slice(1).map((b) => [b.purpose, b.value])).toEqual([['identifying', 'Jane Doe'], ['tagging', 'direct']]);
    const repeat = json.first.items.find((a) => a.body[0]!.value === 'repeat')!;
    expect(repeat.body[1]!.value).toBe('Repeats block 1');
  });

  it('is an empty collection for an empty library', async () => {
    const json = JSON.parse(await exportJson(db)) as AnnotationCollection;
    expect(json.total).toBe(0);
    expect(json.first.items).toEqual([]);
    expect(json.articles).toEqual([]);
  });
});

describe('exportMarkdown', () => {
  it('gives every article, newest first, YAML front matter and the report for people', async () => {
    const older = sampleReport({ url: 'https://a.example/older' });
    const newer = sampleReport({ url: 'https://b.example/newer', title: 'Newer', siteName: null });
    await saveReport(db, older, Date.UTC(2026, 0, 1));
    await saveReport(db, newer, Date.UTC(2026, 0, 2, 9, 30));
    const md = await exportMarkdown(db);
    expect(md).toBe(
      [
        '---',
        'title: "Newer"',
        'url: "https://b.example/newer"',
        'site: null',
        'author: "A. Reporter"',
        'published: "2026-05-01T08:00:00Z"',
        'saved: 2026-01-02T09:30:00.000Z',
        'tags: [factmark]',
        '---',
        '',
      ].join('\n') + reportToMarkdown(newer) + '\n' +
      [
        '---',
        'title: "Bridge to open in May"',
        'url: "https://a.example/older"',
        'site: "Example News"',
        'author: "A. Reporter"',
        'published: "2026-05-01T08:00:00Z"',
        'saved: 2026-01-01T00:00:00.000Z',
        'tags: [factmark]',
        '---',
        '',
      ].join('\n') + reportToMarkdown(older),
    );
  });

  it.each([
    ['markup', HOSTILE, `title: "${HOSTILE}"`],
    ['a line that would end the front matter', 'x\n---\nurl: evil', 'title: "x\\n---\\nurl: evil"'],
    ['a double quote and a backslash', 'a "b" \\c', 'title: "a \\"b\\" \\\\c"'],
    ['a Unicode line separator and a C1 control', 'a\u2028b\u0085c', 'title: "a\\u2028b\\u0085c"'],
  ])('keeps a title with %s inside one YAML string', async (_name, title, line) => {
    await saveReport(db, sampleReport({ title }));
    const front = (await exportMarkdown(db)).split('\n').slice(0, 9);
    expect(front[0]).toBe('---');
    expect(front[1]).toBe(line);
    expect(front[8]).toBe('---');
  });

  it('is empty for an empty library', async () => {
    expect(await exportMarkdown(db)).toBe('');
  });
});
