import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteArticle } from '../../../lib/storage/delete-article';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { getArticle, getArticleByUrl } from '../../../lib/storage/get-article';
import { listArticles } from '../../../lib/storage/list-articles';
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

const kindsOf = async (articleId: number) =>
  (await db.highlights.where('articleId').equals(articleId).toArray()).map((h) => h.kind).sort();

describe('saveReport', () => {
  it('saves the article with its metadata and whole report, and returns its id', async () => {
    const report = sampleReport();
    const id = await saveReport(db, report, 1000);
    expect(await getArticle(db, id)).toEqual({
      id,
      url: 'https://news.example.com/bridge',
      title: 'Bridge to open in May',
      siteName: 'Example News',
      byline: 'A. Reporter',
      publishedTime: '2026-05-01T08:00:00Z',
      lang: 'en',
      savedAt: 1000,
      updatedAt: 1000,
      report,
    });
  });

  it('saves one highlight per claim, quote, mention, repeat and key point', async () => {
    const id = await saveReport(db, sampleReport());
    expect(await kindsOf(id)).toEqual([
      'claim', 'claim', 'key-point', 'key-point', 'mention', 'mention', 'mention', 'quote', 'quote', 'quote', 'quote', 'repeat',
    ]);
  });

  it('replaces the article and its highlights when the same URL is saved again', async () => {
    const first = await saveReport(db, sampleReport(), 1000);
    const changed = sampleReport({ title: 'Bridge opening delayed' });
    changed.claims = changed.claims.slice(0, 1);
    const second = await saveReport(db, changed, 2000);
    expect(second).toBe(first);
    const article = await getArticle(db, first);
    expect(article).toMatchObject({ title: 'Bridge opening delayed', savedAt: 1000, updatedAt: 2000 });
    expect((await kindsOf(first)).filter((k) => k === 'claim')).toHaveLength(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps other articles’ highlights when one is saved again', async () => {
    const a = await saveReport(db, sampleReport({ url: 'https://a.example/1' }));
    const b = await saveReport(db, sampleReport({ url: 'https://b.example/2' }));
    await saveReport(db, sampleReport({ url: 'https://a.example/1' }));
    expect(await kindsOf(b)).toHaveLength(12);
    expect(await kindsOf(a)).toHaveLength(12);
  });

  it('refuses a report without a URL, saving nothing', async () => {
    await expect(saveReport(db, sampleReport({ url: null }))).rejects.toThrow('it has no address (URL)');
    expect(await db.articles.count()).toBe(0);
  });
});

describe('when IndexedDB fails', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    ['a full disk, first save', quotaError, false, /^Storage is full: could not save this article\./],
    ['a full disk, saving again', quotaError, true, /^Storage is full: could not save this article\./],
    ['any other failure', () => new Error('disk on fire'), true, /^Could not save this article: .*disk on fire/],
  ] as const)('%s: gives a clear error and loses nothing saved before', async (_name, error, again, message) => {
    const before = sampleReport({ url: 'https://a.example/1' });
    const keptId = await saveReport(db, before, 1000);
    const keptHighlights = await db.highlights.orderBy('id').toArray();

    vi.spyOn(db.highlights, 'bulkAdd').mockRejectedValue(error());
    const next = again ? sampleReport({ url: 'https://a.example/1', title: 'Changed' }) : sampleReport({ url: 'https://b.example/2' });
    const failure = await saveReport(db, next, 2000).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(message);
    expect((failure as Error).cause).toBeDefined();

    vi.restoreAllMocks();
    expect(await listArticles(db)).toEqual([expect.objectContaining({ id: keptId, title: 'Bridge to open in May', updatedAt: 1000 })]);
    expect(await db.highlights.orderBy('id').toArray()).toEqual(keptHighlights);
  });
});

describe('listArticles, getArticle, deleteArticle', () => {
  it('lists newest first', async () => {
    await saveReport(db, sampleReport({ url: 'https://a.example/old' }), 1000);
    await saveReport(db, sampleReport({ url: 'https://a.example/new' }), 3000);
    await saveReport(db, sampleReport({ url: 'https://a.example/mid' }), 2000);
    expect((await listArticles(db)).map((a) => a.url)).toEqual([
      'https://a.example/new', 'https://a.example/mid', 'https://a.example/old',
    ]);
  });

  it('lists the later of two saves in the same millisecond first', async () => {
    await saveReport(db, sampleReport({ url: 'https://a.example/1' }), 1000);
    await saveReport(db, sampleReport({ url: 'https://a.example/2' }), 1000);
    expect((await listArticles(db)).map((a) => a.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  });

  it('is empty for a new database', async () => {
    expect(await listArticles(db)).toEqual([]);
  });

  it('finds an article by id and by URL, and answers undefined for unknown ones', async () => {
    const id = await saveReport(db, sampleReport());
    expect((await getArticleByUrl(db, 'https://news.example.com/bridge'))?.id).toBe(id);
    expect(await getArticle(db, id + 1)).toBeUndefined();
    expect(await getArticleByUrl(db, 'https://news.example.com/other')).toBeUndefined();
  });

  it('deletes an article with its highlights and leaves the others', async () => {
    const a = await saveReport(db, sampleReport({ url: 'https://a.example/1' }));
    const b = await saveReport(db, sampleReport({ url: 'https://b.example/2' }));
    await deleteArticle(db, a);
    expect(await getArticle(db, a)).toBeUndefined();
    expect(await kindsOf(a)).toEqual([]);
    expect(await kindsOf(b)).toHaveLength(12);
  });
});
