// Keeps the library's index rows (entries, terms) in step with an article: every write that changes an
// article or its highlights calls this inside its own transaction, so the index can never lag behind.
import type { FactmarkDB } from './factmark-db';
import { entryFor, termsFor } from './library-entry';

/** Rebuilds (or, for an article that is gone, deletes) the entry and terms of article `id`. */
export async function indexArticle(tables: FactmarkDB, id: number): Promise<void> {
  const article = await tables.articles.get(id);
  if (!article) {
    await Promise.all([tables.entries.delete(id), tables.terms.delete(id)]);
    return;
  }
  const own = await tables.highlights.where('articleId').equals(id).filter((h) => h.kind === 'user').toArray();
  await Promise.all([tables.entries.put(entryFor(article, own)), tables.terms.put(termsFor(article, own))]);
}
