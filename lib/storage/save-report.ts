// Saves a report: one article row per URL (a later save of the same page replaces it) and its highlights,
// all in one transaction, so a failure (a full disk) leaves what was saved before exactly as it was.
import type { Report } from '../analysis/types';
import type { FactmarkDB } from './factmark-db';
import { highlightsFor } from './highlights-for';
import type { ArticleRecord } from './records';
import { storageError } from './storage-error';

/** Returns the article's id. `now` is for tests. */
export async function saveReport(db: FactmarkDB, report: Report, now: number = Date.now()): Promise<number> {
  const url = report.article.url;
  if (!url) throw new Error('Could not save this article: it has no address (URL).');
  try {
    return await db.transaction('rw', db.articles, db.highlights, async () => {
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
        await db.highlights.where('articleId').equals(id).delete();
      } else {
        id = await db.articles.add(row);
      }
      await db.highlights.bulkAdd(highlightsFor(report, id));
      return id;
    });
  } catch (error) {
    throw storageError('save this article', error);
  }
}
