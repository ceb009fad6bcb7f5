// The reader's own highlights ('user'): a passage they selected, with an optional note. They live with the
// article's other highlights, survive a later save of the page (saveReport replaces only the report's kinds),
// and are searchable in the library (their text and note are indexed). The background calls these.
import { REPORT_SCHEMA, type Report } from '../analysis/types';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors-for';
import type { FactmarkDB } from './factmark-db';
import { indexArticle } from './index-article';
import { placeInBlocks } from './place-in-blocks';
import type { ArticleRecord, HighlightRecord, UserHighlightRecord } from './records';
import { storageError } from './storage-error';

export interface NewUserHighlight {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The selected text as the reader saw it. */
  text: string;
  note?: string;
  /** The page's title, for an article the library does not have yet (else the URL stands in). */
  title?: string;
}

/** The same address without its fragment: "#comments" is the same article. */
function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

async function articleForUrl(db: FactmarkDB, url: string): Promise<ArticleRecord | undefined> {
  return (await db.articles.where('url').equals(url).first())
    ?? (withoutHash(url) !== url ? await db.articles.where('url').equals(withoutHash(url)).first() : undefined);
}

/** An article with the page's address and title and no analysis: what a highlight on an unsaved page hangs on. */
function emptyReport(url: string, title: string): Report {
  return {
    schema: REPORT_SCHEMA,
    article: { url, title, byline: null, siteName: null, lang: null, publishedTime: null, excerpt: null, textLength: 0 },
    blocks: [], sentences: [], claims: [], speakers: [], quotes: [], mentions: [], repeats: [], keyPoints: [],
    timingsMs: { extract: 0, analyze: 0 },
  };
}

/** An empty or blank note is no note. */
function cleanNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim();
  return trimmed ? trimmed : undefined;
}

const TABLES = (db: FactmarkDB) => [db.articles, db.highlights, db.entries, db.terms];

/**
 * Saves the reader's highlight on the page at `articleUrl`, creating a minimal article (no analysis) when the
 * page was never saved. Saving the same passage again (same quote and position) returns the existing highlight,
 * with the new note when one is given. `now` is for tests.
 */
export async function addUserHighlight(
  db: FactmarkDB,
  articleUrl: string,
  input: NewUserHighlight,
  now: number = Date.now(),
): Promise<UserHighlightRecord> {
  if (!articleUrl) throw new Error('Could not save this highlight: the page has no address (URL).');
  try {
    return await db.transaction('rw', TABLES(db), async () => {
      let article = await articleForUrl(db, articleUrl);
      if (!article) {
        const url = withoutHash(articleUrl);
        const title = input.title?.trim() || url;
        const row: Omit<ArticleRecord, 'id'> = {
          url, title, siteName: null, byline: null, publishedTime: null, lang: null,
          savedAt: now, updatedAt: now, report: emptyReport(url, title), userOnly: true,
        };
        article = { ...row, id: await db.articles.add(row as ArticleRecord) };
      }
      const note = cleanNote(input.note);
      const same = await db.highlights
        .where('articleId').equals(article.id)
        .filter((h) => h.kind === 'user' && h.quoteSelector.exact === input.quote.exact && h.positionSelector.start === input.position.start)
        .first();
      let saved: HighlightRecord;
      if (same) {
        saved = note === undefined ? same : { ...same, note, updatedAt: now };
        if (saved !== same) await db.highlights.put(saved);
      } else {
        const row: Omit<HighlightRecord, 'id'> = {
          articleId: article.id,
          kind: 'user',
          text: input.text,
          ...placeInBlocks(article.report, input.quote, input.position),
          quoteSelector: { ...input.quote },
          positionSelector: { ...input.position },
          speakerId: null,
          speakerName: null,
          ...(note === undefined ? {} : { note }),
          createdAt: now,
          updatedAt: now,
        };
        saved = { ...row, id: await db.highlights.add(row as HighlightRecord) };
      }
      await indexArticle(db, article.id);
      return saved as UserHighlightRecord;
    });
  } catch (error) {
    throw storageError('save this highlight', error);
  }
}

/** Sets (or, with an empty note, removes) the note of the reader's highlight `id`. Returns the updated row. */
export async function updateNote(db: FactmarkDB, id: number, note: string, now: number = Date.now()): Promise<UserHighlightRecord> {
  let found: HighlightRecord | undefined;
  try {
    const result = await db.transaction('rw', TABLES(db), async () => {
      found = await db.highlights.get(id);
      if (found?.kind !== 'user') return undefined;
      const { note: _old, ...rest } = found;
      const clean = cleanNote(note);
      const updated: HighlightRecord = { ...rest, ...(clean === undefined ? {} : { note: clean }), updatedAt: now };
      await db.highlights.put(updated);
      await indexArticle(db, updated.articleId);
      return updated as UserHighlightRecord;
    });
    if (result) return result;
  } catch (error) {
    throw storageError('save this note', error);
  }
  throw new Error(found ? 'Only your own highlights have notes.' : 'Could not save this note: the highlight was deleted.');
}

/**
 * Deletes highlight `id` (a missing one is already deleted). When it was the last highlight of an article that
 * exists only for the reader's highlights, that article goes too: nothing would show it in the library.
 */
export async function deleteHighlight(db: FactmarkDB, id: number): Promise<void> {
  try {
    await db.transaction('rw', TABLES(db), async () => {
      const row = await db.highlights.get(id);
      if (!row) return;
      await db.highlights.delete(id);
      const article = await db.articles.get(row.articleId);
      if (article?.userOnly && (await db.highlights.where('articleId').equals(article.id).count()) === 0) {
        await db.articles.delete(article.id);
      }
      await indexArticle(db, row.articleId);
    });
  } catch (error) {
    throw storageError('delete this highlight', error);
  }
}

/** Every saved highlight of the page at `url` (the report's and the reader's), in the order they were saved. */
export async function highlightsForUrl(db: FactmarkDB, url: string): Promise<HighlightRecord[]> {
  try {
    return await db.transaction('r', db.articles, db.highlights, async () => {
      const article = await articleForUrl(db, url);
      return article ? db.highlights.where('articleId').equals(article.id).sortBy('id') : [];
    });
  } catch (error) {
    throw storageError('read the saved highlights', error);
  }
}
