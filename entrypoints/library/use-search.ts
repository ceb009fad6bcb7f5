// The library's results as the reader types and filters: every matching id (kept current with Dexie's
// liveQuery, so a save or delete in another tab shows at once), and the one page of them on screen, with the
// snippets that say why each matched. Only that page's rows are read.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { QueryTerm } from '../../lib/library/search-words';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import type { LibraryEntry } from '../../lib/storage/library-entry';
import { entriesFor, searchLibrary, type LibraryQuery } from '../../lib/storage/search-library';
import { snippetsFor, type Snippet } from '../../lib/storage/snippets';

// A page the reader can scan at a glance; with one line per result it also fills a screen, no more.
export const PAGE_SIZE = 25;

export type SearchState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; ids: number[]; terms: QueryTerm[]; entries: LibraryEntry[]; snippets: Map<number, Snippet[]>; page: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSearch(db: FactmarkDB, query: LibraryQuery, page: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(async () => {
      const { ids, terms } = await searchLibrary(db, query);
      const shown = ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      // Snippets need the entries (which articles have highlights of the reader's own): one after the other.
      const entries = await entriesFor(db, shown);
      const snippets = await snippetsFor(db, entries, terms, query.kind);
      return { ids, terms, entries, snippets };
    }).subscribe({
      next: (result) => setState({ status: 'ready', page, ...result }),
      error: (error: unknown) => setState({ status: 'error', message: messageOf(error) }),
    });
    return () => subscription.unsubscribe();
  }, [db, query, page]);
  return state;
}
