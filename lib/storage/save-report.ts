// Saves a report: one article row per URL (a later save of the same page replaces it) and its highlights,
// all in one transaction, so a failure (a full disk) leaves what was saved before exactly as it was.
// The reader's own highlights ('user') are theirs, not the report's: a later save keeps them, and the
// library's index rows (entries, terms) are rebuilt in the same transaction.
import type { Report } from '../analysis/types';
import type { FactmarkDB } from './factmark-db';
import { highlightsFor } from './highlights-for';
import { indexArticle } from './index-article';
import { placeInBlocks } from './place-in-blocks';
import { REPORT_KINDS, type ArticleRecord } from './records';
import { storageError } from './storage-error';

/** Returns the article's id. `now` is for tests. */
export async function saveReport(db: FactmarkDB, report: Report, now: number = Date.now()): Promise<number> {
  const url = report.article.url;
  if (!url) throw new Error('Could not save this article: it has no address (URL).');
  try {
    return await db.transaction('rw', [db.articles, db.highlights, db.entries, db.terms], async () => {
      const existing = await db.articles.where('url').equals(url).first();
      const row: Omit<ArticleRecord, 'id'> = {
        url,
        title: report.article.title,
        siteName: report.article.siteName,
        byline: report.article.byline,
        publishedTime: report.article.publishedTime,
        lang: report.article.lang,
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
        report,
      };
      let id: number;
      if (existing) {
        id = existing.id;
        await db.articles.put({ ...row, id });
        await db.highlights.where('articleId').equals(id).filter((h) => REPORT_KINDS.includes(h.kind)).delete();
      } else {
        id = await db.articles.add(row);
      }
      await db.highlights.bulkAdd(highlightsFor(report, id));
      if (existing) {
        // The reader's highlights stay; place them again in the new report's blocks.
        const own = await db.highlights.where('articleId').equals(id).filter((h) => h.kind === 'user').toArray();
        await db.highlights.bulkPut(own.map((h) => ({ ...h, ...placeInBlocks(report, h.quoteSelector, h.positionSelector) })));
      }
      await indexArticle(db, id);
      return id;
    });
  } catch (error) {
    throw storageError('save this article', error);
  }
}
