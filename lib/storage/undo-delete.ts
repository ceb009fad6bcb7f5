// Delete with undo: the article is really deleted at once (a closed tab cannot leave it half there), and the
// rows it had are handed back, so Undo can put them back exactly, ids and all.
import type { FactmarkDB } from './factmark-db';
import { indexArticle } from './index-article';
import type { ArticleRecord, HighlightRecord } from './records';
import { storageError } from './storage-error';

export interface DeletedArticle {
  article: ArticleRecord;
  highlights: HighlightRecord[];
}

const TABLES = (db: FactmarkDB) => [db.articles, db.highlights, db.entries, db.terms];

/** Deletes the article with its highlights and index rows; returns what was deleted, or null if it was gone. */
export async function deleteForUndo(db: FactmarkDB, id: number): Promise<DeletedArticle | null> {
  try {
    return await db.transaction('rw', TABLES(db), async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      const highlights = await db.highlights.where('articleId').equals(id).toArray();
      await db.highlights.where('articleId').equals(id).delete();
      await Promise.all([db.articles.delete(id), db.entries.delete(id), db.terms.delete(id)]);
      return { article, highlights };
    });
  } catch (error) {
    throw storageError('delete this article', error);
  }
}

/** Puts a deleted article back. Refuses when the page was saved again meanwhile (that save is newer). */
export async function undoDelete(db: FactmarkDB, deleted: DeletedArticle): Promise<void> {
  try {
    await db.transaction('rw', TABLES(db), async () => {
      const again = await db.articles.where('url').equals(deleted.article.url).first();
      if (again) throw new Error('the page was saved again since');
      await db.articles.add(deleted.article);
      await db.highlights.bulkAdd(deleted.highlights);
      await indexArticle(db, deleted.article.id);
    });
  } catch (error) {
    throw storageError('undo the delete', error);
  }
}
