import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord } from './records';
import { storageError } from './storage-error';

/** Every saved article, newest first (by first save; equal times by id, so the later save comes first). */
export async function listArticles(db: FactmarkDB): Promise<ArticleRecord[]> {
  try {
    return await db.articles.orderBy('savedAt').reverse().toArray();
  } catch (error) {
    throw storageError('read the saved articles', error);
  }
}
