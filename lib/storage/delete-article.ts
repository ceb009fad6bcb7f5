import type { FactmarkDB } from './factmark-db';
import { storageError } from './storage-error';

/** Deletes an article, its highlights and its index rows together: never one without the others. */
export async function deleteArticle(db: FactmarkDB, id: number): Promise<void> {
  try {
    await db.transaction('rw', [db.articles, db.highlights, db.entries, db.terms], async () => {
      await db.highlights.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      await db.entries.delete(id);
      await db.terms.delete(id);
    });
  } catch (error) {
    throw storageError('delete this article', error);
  }
}
