import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText } from '../../../lib/anchoring/article-text';
import { selectorsFor } from '../../../lib/anchoring/selectors-for';
import { deleteArticle } from '../../../lib/storage/delete-article';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { getArticleByUrl } from '../../../lib/storage/get-article';
import { saveReport } from '../../../lib/storage/save-report';
import { addUserHighlight, deleteHighlight, highlightsForUrl, updateNote, type NewUserHighlight } from '../../../lib/storage/user-highlights';
import { dropDb, freshDb } from './db-helpers';
import { sampleReport, spanOf } from './sample-report';

let db: FactmarkDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dropDb(db);
});

const URL_ = 'https://news.example.com/bridge';
const report = sampleReport();

/** The reader selects `part` in block `block` of the sample article. */
function selection(block: number, part: string, note?: string): NewUserHighlight {
  const { start, end } = spanOf(report.blocks, block, part);
  const { quote, position } = selectorsFor(report.blocks, block, start, end);
  return { quote, position, text: part, ...(note === undefined ? {} : { note }) };
}

describe('addUserHighlight', () => {
  it('adds a user highlight with its note, selectors and times to a saved article, placed in its block', async () => {
    const articleId = await saveReport(db, report, 1000);
    const h = await addUserHighlight(db, URL_, selection(5, 'long overdue', ' Check the budget. '), 5000);
    expect(h).toMatchObject({
      articleId, kind: 'user', text: 'long overdue', note: 'Check the budget.', createdAt: 5000, updatedAt: 5000,
      speakerId: null, speakerName: null, ...spanOf(report.blocks, 5, 'long overdue'),
    });
    expect(articleText(report.blocks).slice(h.positionSelector.start, h.positionSelector.end)).toBe('long overdue');
    expect(h.quoteSelector.prefix.endsWith('the bridge was ')).toBe(true);
    expect(await db.highlights.get(h.id)).toEqual(h);
  });

  it('creates a minimal article (no analysis) for a page that was never saved', async () => {
    const h = await addUserHighlight(db, 'https://other.example/page#section', { ...selection(1, 'cost $40 million'), title: 'Other page' }, 7000);
    const article = await getArticleByUrl(db, 'https://other.example/page');
    expect(article).toMatchObject({ title: 'Other page', userOnly: true, savedAt: 7000, siteName: null });
    expect(article!.report.blocks).toEqual([]);
    expect(h).toMatchObject({ articleId: article!.id, block: -1, start: h.positionSelector.start, end: h.positionSelector.end });
    expect(h.note).toBeUndefined();
  });

  it('returns the existing highlight when the same passage is saved again, with the new note', async () => {
    await saveReport(db, report);
    const first = await addUserHighlight(db, URL_, selection(2, 'traffic would fall'), 1000);
    const again = await addUserHighlight(db, URL_, selection(2, 'traffic would fall', 'by how much?'), 2000);
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ note: 'by how much?', createdAt: 1000, updatedAt: 2000 });
    expect(await db.highlights.where('kind').equals('user').count()).toBe(1);
  });

  it('refuses a page without a URL', async () => {
    await expect(addUserHighlight(db, '', selection(1, 'cost'))).rejects.toThrow('has no address');
  });

  it('gives the storage-full message and saves nothing when the quota is exceeded', async () => {
    await saveReport(db, report);
    const before = await db.highlights.count();
    vi.spyOn(db.highlights, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(addUserHighlight(db, URL_, selection(1, 'cost'))).rejects.toThrow(/^Storage is full: could not save this highlight\./);
    await expect(addUserHighlight(db, 'https://new.example/', selection(1, 'cost'))).rejects.toThrow(/^Storage is full/);
    vi.restoreAllMocks();
    expect(await db.highlights.count()).toBe(before);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('saving the page again', () => {
  it('keeps the reader’s highlights and places them in the new report', async () => {
    const h = await addUserHighlight(db, URL_, selection(5, 'long overdue', 'note'), 1000);
    expect(h.block).toBe(-1); // Not analysed yet.
    const id = await saveReport(db, report, 2000);
    expect(id).toBe(h.articleId);
    expect(await getArticleByUrl(db, URL_)).not.toHaveProperty('userOnly');
    const kept = (await highlightsForUrl(db, URL_)).filter((x) => x.kind === 'user');
    expect(kept).toEqual([{ ...h, ...spanOf(report.blocks, 5, 'long overdue') }]);
    await saveReport(db, report, 3000);
    expect((await highlightsForUrl(db, URL_)).filter((x) => x.kind === 'user')).toHaveLength(1);
  });
});

describe('updateNote', () => {
  it('changes the note and its time; an empty note removes it', async () => {
    const h = await addUserHighlight(db, URL_, selection(1, 'Mayor Jane Doe'), 1000);
    expect(await updateNote(db, h.id, 'She is the mayor', 2000)).toMatchObject({ note: 'She is the mayor', createdAt: 1000, updatedAt: 2000 });
    const cleared = await updateNote(db, h.id, '   ', 3000);
    expect(cleared).not.toHaveProperty('note');
    expect(await db.highlights.get(h.id)).toEqual(cleared);
  });

  it('gives the storage-full message and keeps the old note when the quota is exceeded', async () => {
    const h = await addUserHighlight(db, URL_, selection(1, 'cost', 'old note'), 1000);
    vi.spyOn(db.highlights, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(updateNote(db, h.id, 'new note')).rejects.toThrow(/^Storage is full: could not save this note\./);
    vi.restoreAllMocks();
    expect((await db.highlights.get(h.id))!.note).toBe('old note');
  });

  it.each([
    ['a deleted highlight', async () => 999, /the highlight was deleted/],
    ['a highlight of the report', async () => (await db.highlights.where('kind').equals('claim').first())!.id, /Only your own highlights have notes/],
  ])('refuses %s', async (_name, idOf, message) => {
    await saveReport(db, report);
    await expect(updateNote(db, await idOf(), 'x')).rejects.toThrow(message);
  });
});

describe('deleteHighlight', () => {
  it('deletes one highlight and keeps the saved article', async () => {
    await saveReport(db, report);
    const h = await addUserHighlight(db, URL_, selection(1, 'cost'));
    await deleteHighlight(db, h.id);
    expect(await db.highlights.get(h.id)).toBeUndefined();
    expect(await getArticleByUrl(db, URL_)).toBeDefined();
    await deleteHighlight(db, h.id); // Already gone: nothing to do.
  });

  it('deletes a highlight-only article with its last highlight, and its index rows', async () => {
    const a = await addUserHighlight(db, 'https://x.example/', selection(1, 'cost'));
    const b = await addUserHighlight(db, 'https://x.example/', selection(1, 'million'));
    await deleteHighlight(db, a.id);
    expect(await getArticleByUrl(db, 'https://x.example/')).toBeDefined();
    await deleteHighlight(db, b.id);
    expect(await getArticleByUrl(db, 'https://x.example/')).toBeUndefined();
    expect(await db.entries.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
  });
});

describe('highlightsForUrl', () => {
  it('gives every highlight of the page, the report’s and the reader’s, in saved order', async () => {
    await saveReport(db, report);
    const h = await addUserHighlight(db, URL_, selection(1, 'cost'));
    const all = await highlightsForUrl(db, URL_);
    expect(all).toHaveLength(13);
    expect(all.at(-1)).toEqual(h);
    expect(all.map((x) => x.id)).toEqual([...all.map((x) => x.id)].sort((x, y) => x - y));
  });

  it('finds the page with a fragment in the address, and is empty for an unknown page', async () => {
    await saveReport(db, report);
    expect(await highlightsForUrl(db, `${URL_}#comments`)).toHaveLength(12);
    expect(await highlightsForUrl(db, 'https://unknown.example/')).toEqual([]);
  });

  it('is empty after the article is deleted', async () => {
    const id = await saveReport(db, report);
    await addUserHighlight(db, URL_, selection(1, 'cost'));
    await deleteArticle(db, id);
    expect(await highlightsForUrl(db, URL_)).toEqual([]);
  });
});

describe('the library index', () => {
  it('makes the reader’s highlight text and note searchable, and counts them', async () => {
    const id = await saveReport(db, report);
    const h = await addUserHighlight(db, URL_, selection(5, 'long overdue', 'Ask the Treasury'));
    expect((await db.terms.get(id))!.words).toEqual(expect.arrayContaining(['u:overdue', 'u:treasury', 'overdue', 'treasury']));
    expect(await db.entries.get(id)).toMatchObject({ counts: { user: 1 }, kinds: expect.arrayContaining(['user']) });
    await updateNote(db, h.id, 'Ask the council');
    const words = (await db.terms.get(id))!.words;
    expect(words).toContain('u:council');
    expect(words).not.toContain('u:treasury');
    expect(words).not.toContain('treasury');
  });
});
