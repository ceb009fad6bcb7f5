import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord } from './records';
import { storageError } from './storage-error';

/** The saved article with this id, or undefined. */
export async function getArticle(db: FactmarkDB, id: number): Promise<ArticleRecord | undefined> {
  try {
    return await db.articles.get(id);
  } catch (error) {
    throw storageError('read this article', error);
  }
}

/** The saved article for this URL, or undefined. */
export async function getArticleByUrl(db: FactmarkDB, url: string): Promise<ArticleRecord | undefined> {
  try {
    return await db.articles.where('url').equals(url).first();
  } catch (error) {
    throw storageError('read this article', error);
  }
}
