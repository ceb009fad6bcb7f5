import type { FactmarkDB } from './factmark-db';
import { storageError } from './storage-error';

/** Deletes an article and its highlights together: never one without the other. */
export async function deleteArticle(db: FactmarkDB, id: number): Promise<void> {
  try {
    await db.transaction('rw', db.articles, db.highlights, async () => {
      await db.highlights.where('articleId').equals(id).delete();
      await db.articles.delete(id);
    });
  } catch (error) {
    throw storageError('delete this article', error);
  }
}
