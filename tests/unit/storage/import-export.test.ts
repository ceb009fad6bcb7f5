import 'fake-indexeddb/auto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zipFiles } from '../../../lib/library/zip-files';
import type { AnnotationCollection } from '../../../lib/storage/annotation-collection';
import { exportBackup, type Backup } from '../../../lib/storage/backup';
import { exportJson } from '../../../lib/storage/export-json';
import { exportMarkdownFiles } from '../../../lib/storage/export-markdown';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { IMPORT_BATCH, importLibrary } from '../../../lib/storage/import-library';
import { saveReport } from '../../../lib/storage/save-report';
import { addUserHighlight, updateNote } from '../../../lib/storage/user-highlights';
import { selectorsFor } from '../../../lib/anchoring/selectors-for';
import { dropDb, freshDb } from './db-helpers';
import { sampleReport, spanOf } from './sample-report';

let db: FactmarkDB;
let other: FactmarkDB;
beforeEach(() => {
  db = freshDb();
  other = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dropDb(db);
  await dropDb(other);
});

const report = sampleReport();
function selection(block: number, part: string, note?: string) {
  const { start, end } = spanOf(report.blocks, block, part);
  const { quote, position } = selectorsFor(report.blocks, block, start, end);
  return { quote, position, text: part, ...(note ? { note } : {}) };
}

/** A library with two analysed articles, one with a note, and a page known only from the reader's highlight. */
async function fill(target: FactmarkDB): Promise<void> {
  await saveReport(target, sampleReport({ url: 'https://a.example/1' }), 1000);
  await saveReport(target, sampleReport({ url: 'https://b.example/2', title: 'Tunnel delayed' }), 2000);
  await addUserHighlight(target, 'https://a.example/1', selection(5, 'long overdue', 'Check the budget'), 3000);
  await addUserHighlight(target, 'https://a.example/1', selection(1, '$40 million'), 3500);
  await addUserHighlight(target, 'https://c.example/3', { ...selection(1, 'Mayor Jane Doe', 'who?'), title: 'Unsaved page' }, 4000);
}

/** Everything the library holds, without the ids (which a second database numbers its own way). */
async function contents(target: FactmarkDB) {
  const articles = await target.articles.orderBy('url').toArray();
  const urlOf = new Map(articles.map((a) => [a.id, a.url]));
  const highlights = (await target.highlights.toArray())
    .map(({ id: _id, articleId, ...h }) => ({ url: urlOf.get(articleId), ...h }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const entries = (await target.entries.toArray()).map(({ id: _id, ...e }) => e).sort((a, b) => a.url.localeCompare(b.url));
  const terms = (await target.terms.toArray()).map((t) => [urlOf.get(t.id), [...t.words].sort()]).sort();
  return { articles: articles.map(({ id: _id, ...a }) => a), highlights, entries, terms };
}

describe('export then import', () => {
  it('a backup round trip into an empty library loses nothing', async () => {
    await fill(db);
    const backup = await exportBackup(db, new Date(Date.UTC(2026, 0, 5)));
    expect(JSON.parse(backup)).toMatchObject({ format: 'factmark.backup/1', exportedAt: '2026-01-05T00:00:00.000Z', schemaVersion: 2 });
    const summary = await importLibrary(other, backup);
    expect(summary).toEqual({ articlesAdded: 3, articlesUpdated: 0, articlesUnchanged: 0, highlightsAdded: 3, highlightsUpdated: 0, skipped: 0 });
    expect(await contents(other)).toEqual(await contents(db));
    // And the copy exports the same backup (ids aside).
    const again = JSON.parse(await exportBackup(other, new Date(Date.UTC(2026, 0, 5)))) as Backup;
    expect(again.articles.map(({ id: _id, ...a }) => a)).toEqual((JSON.parse(backup) as Backup).articles.map(({ id: _id, ...a }) => a));
  });

  it('a W3C JSON round trip into an empty library loses nothing', async () => {
    await fill(db);
    const json = await exportJson(db);
    const parsed = JSON.parse(json) as AnnotationCollection;
    const note = parsed.first.items.find((a) => a.body.some((b) => b.value === 'Check the budget'))!;
    expect(note.motivation).toBe('commenting');
    expect(note.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Check the budget', format: 'text/plain' });
    expect(note.modified).toBe(new Date(3000).toISOString());
    await importLibrary(other, json);
    expect(await contents(other)).toEqual(await contents(db));
  });

  it('importing the same file again adds nothing', async () => {
    await fill(db);
    for (const file of [await exportBackup(db), await exportJson(db)]) {
      const before = await contents(db);
      const summary = await importLibrary(db, file);
      expect(summary).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, articlesUnchanged: 3, highlightsAdded: 0, highlightsUpdated: 0 });
      expect(await contents(db)).toEqual(before);
    }
  });

  it('merges two libraries: union of articles, newer report and later note win, first save time stays', async () => {
    await fill(db);
    // The other library saved article 1 later, with another title, and edited the note afterwards.
    await saveReport(other, sampleReport({ url: 'https://a.example/1', title: 'Bridge opening delayed' }), 5000);
    const h = await addUserHighlight(other, 'https://a.example/1', selection(5, 'long overdue', 'old note'), 2500);
    await updateNote(other, h.id, 'Budget checked: fine', 6000);
    await saveReport(other, sampleReport({ url: 'https://d.example/4', title: 'Only there' }), 5500);
    const summary = await importLibrary(db, await exportBackup(other));
    expect(summary).toMatchObject({ articlesAdded: 1, articlesUpdated: 1, highlightsUpdated: 1, highlightsAdded: 0 });
    const a1 = (await db.articles.where('url').equals('https://a.example/1').first())!;
    expect(a1).toMatchObject({ title: 'Bridge opening delayed', savedAt: 1000, updatedAt: 5000 });
    const mine = await db.highlights.where('articleId').equals(a1.id).filter((x) => x.kind === 'user').toArray();
    expect(mine.map((x) => [x.text, x.note])).toEqual([['long overdue', 'Budget checked: fine'], ['$40 million', undefined]]);
    expect(await db.articles.count()).toBe(4);
    // The report's highlights are rebuilt once, never duplicated.
    expect(await db.highlights.where('articleId').equals(a1.id).filter((x) => x.kind === 'claim').count()).toBe(2);
    expect((await db.terms.get(a1.id))!.words).toContain('delayed');
  });

  it('imports annotations from another tool as the reader’s highlights', async () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        { type: 'Annotation', created: '2025-03-01T10:00:00Z', body: { type: 'TextualBody', value: 'Interesting' },
          target: { source: 'https://e.example/x', selector: { type: 'TextQuoteSelector', exact: 'some words', prefix: 'with ', suffix: ' here' } } },
        { type: 'Annotation', target: { source: 'https://e.example/x' } },
      ],
    };
    const summary = await importLibrary(db, JSON.stringify(foreign));
    expect(summary).toMatchObject({ articlesAdded: 1, highlightsAdded: 1, skipped: 1 });
    const [h] = await db.highlights.toArray();
    expect(h).toMatchObject({ kind: 'user', text: 'some words', note: 'Interesting', block: -1, createdAt: Date.parse('2025-03-01T10:00:00Z'), positionSelector: { start: -1, end: -1 } });
    expect(await db.articles.get(h!.articleId)).toMatchObject({ url: 'https://e.example/x', userOnly: true });
  });

  it.each([
    ['text that is not JSON', 'not json'],
    ['JSON of another kind', '{"hello": 1}'],
  ])('refuses %s with a clear message, changing nothing', async (_name, text) => {
    await fill(db);
    const before = await contents(db);
    await expect(importLibrary(db, text)).rejects.toThrow('neither a Factmark backup nor a JSON export of annotations');
    expect(await contents(db)).toEqual(before);
  });

  it('stops on a full disk between batches with a clear message; what was saved before stays', async () => {
    await fill(db);
    const rows = Array.from({ length: IMPORT_BATCH + 20 }, (_, i) => {
      const r = sampleReport({ url: `https://many.example/${i}` });
      return { id: i + 1, url: r.article.url!, title: r.article.title, siteName: null, byline: null, publishedTime: null, lang: 'en', savedAt: 10_000 + i, updatedAt: 10_000 + i, report: r };
    });
    const backup = JSON.stringify({ format: 'factmark.backup/1', exportedAt: '', schemaVersion: 2, articles: rows, highlights: [] });
    const before = await contents(db);
    const add = db.articles.add.bind(db.articles);
    let calls = 0;
    vi.spyOn(db.articles, 'add').mockImplementation((row) => (++calls > IMPORT_BATCH + 5 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : add(row)) as ReturnType<typeof add>);
    const error = (await importLibrary(db, backup).then(() => null, (e: unknown) => e)) as Error;
    expect(error.message).toBe(`Storage is full: ${IMPORT_BATCH} of ${IMPORT_BATCH + 20} articles were imported; the rest were not. Nothing saved before was lost. Delete saved articles in the library to make room, then import again (it skips what is already there).`);
    vi.restoreAllMocks();
    const after = await contents(db);
    expect(after.articles).toHaveLength(3 + IMPORT_BATCH);
    for (const a of before.articles) expect(after.articles).toContainEqual(a);
    // Importing again (with room) finishes the job without duplicates.
    expect(await importLibrary(db, backup)).toMatchObject({ articlesAdded: 20, articlesUnchanged: IMPORT_BATCH });
  });
});

describe('two tabs saving at once', () => {
  it('loses nothing: two connections saving, annotating and importing concurrently', async () => {
    const tabA = db;
    const tabB = new (db.constructor as new (name: string) => FactmarkDB)(db.name);
    try {
      const urls = Array.from({ length: 20 }, (_, i) => `https://tabs.example/${i}`);
      await Promise.all([
        ...urls.map((url, i) => saveReport(i % 2 ? tabA : tabB, sampleReport({ url, title: `Article ${i}` }), 1000 + i)),
        // Both tabs save the same page at the same time: one row, not two.
        saveReport(tabA, sampleReport({ url: 'https://tabs.example/same' }), 5000),
        saveReport(tabB, sampleReport({ url: 'https://tabs.example/same' }), 5001),
        addUserHighlight(tabA, 'https://tabs.example/same', selection(1, 'cost', 'from A'), 6000),
        addUserHighlight(tabB, 'https://tabs.example/same', selection(5, 'overdue', 'from B'), 6001),
      ]);
      expect(await tabA.articles.count()).toBe(21);
      expect(await tabA.entries.count()).toBe(21);
      const same = (await tabB.articles.where('url').equals('https://tabs.example/same').first())!;
      const notes = (await tabA.highlights.where('articleId').equals(same.id).filter((h) => h.kind === 'user').toArray()).map((h) => h.note).sort();
      expect(notes).toEqual(['from A', 'from B']);
      expect(await tabA.highlights.where('articleId').equals(same.id).filter((h) => h.kind === 'claim').count()).toBe(2);
      for (const [i, url] of urls.entries()) {
        const a = (await tabA.articles.where('url').equals(url).first())!;
        expect(a.title).toBe(`Article ${i}`);
        expect(await tabA.highlights.where('articleId').equals(a.id).count()).toBe(12);
      }
    } finally {
      tabB.close();
    }
  });
});

describe('exportMarkdownFiles and zipFiles', () => {
  it('writes one file per article, with the reader’s highlights and notes, into a valid ZIP', async () => {
    await fill(db);
    await saveReport(db, sampleReport({ url: 'https://a.example/again', title: 'Bridge to open in May' }), 1000);
    const files = await exportMarkdownFiles(db);
    expect(files.map((f) => f.name)).toEqual([
      '1970-01-01-unsaved-page.md', '1970-01-01-tunnel-delayed.md', '1970-01-01-bridge-to-open-in-may.md', '1970-01-01-bridge-to-open-in-may-2.md',
    ]);
    const withNote = files.find((f) => f.text.includes('url: "https://a.example/1"'))!.text;
    expect(withNote).toContain('## My highlights\n\n> $40 million\n\n> long overdue\n\nNote: Check the budget\n');
    expect(files[0]!.text).toContain('tags: [factmark]');

    const zip = zipFiles(files);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.byteLength - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(files.length);
    let central = view.getUint32(end + 16, true);
    for (const file of files) {
      expect(view.getUint32(central, true)).toBe(0x02014b50);
      const nameLength = view.getUint16(central + 28, true);
      const local = view.getUint32(central + 42, true);
      const name = new TextDecoder().decode(zip.subarray(central + 46, central + 46 + nameLength));
      expect(name).toBe(file.name);
      const size = view.getUint32(local + 18, true);
      const dataStart = local + 30 + view.getUint16(local + 26, true);
      const data = zip.subarray(dataStart, dataStart + size);
      expect(new TextDecoder().decode(data)).toBe(file.text);
      // Node's own CRC-32 agrees with the one in both headers.
      expect(view.getUint32(local + 14, true)).toBe(zlibCrc32(data));
      expect(view.getUint32(central + 16, true)).toBe(zlibCrc32(data));
      central += 46 + nameLength;
    }
  });
});
