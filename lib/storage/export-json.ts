import { annotationCollection } from './annotation-collection';
import type { FactmarkDB } from './factmark-db';
import { storageError } from './storage-error';

/** The whole library as JSON text (see annotation-collection.ts). Articles newest first. */
export async function exportJson(db: FactmarkDB, now: Date = new Date()): Promise<string> {
  try {
    const { articles, highlights } = await db.transaction('r', db.articles, db.highlights, async () => ({
      articles: await db.articles.orderBy('savedAt').reverse().toArray(),
      highlights: await db.highlights.orderBy('id').toArray(),
    }));
    return JSON.stringify(annotationCollection(articles, highlights, now), null, 2);
  } catch (error) {
    throw storageError('export the library', error);
  }
}
