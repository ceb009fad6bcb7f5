// The library's results as the reader types and filters: every matching id, and the one page of them on
// screen with the snippets that say why each matched. Only that page's rows are read. The ids in sort order
// are kept (Dexie's liveQuery re-reads them when any article changes, in this tab or another), so a keystroke
// reads only the words it looks for; a newer keystroke stops the search before it. The very first screen of
// an unfiltered library is read on its own (25 rows and a count), before the ids in order.
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueryTerm } from '../../lib/library/search-words';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import type { LibraryEntry } from '../../lib/storage/library-entry';
import {
  entriesFor, firstEntries, isUnfiltered, orderedIds, SearchAborted, searchLibrary, type LibraryQuery, type SortKey, type TermCache,
} from '../../lib/storage/search-library';
import { snippetsFor, type Snippet } from '../../lib/storage/snippets';

// A page the reader can scan at a glance; with one line per result it also fills a screen, no more.
export const PAGE_SIZE = 25;

export type SearchState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      /** Every matching id in order; null while only the first page of an unfiltered library is known. */
      ids: number[] | null;
      total: number;
      terms: QueryTerm[];
      entries: LibraryEntry[];
      snippets: Map<number, Snippet[]>;
      page: number;
    };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSearch(db: FactmarkDB, query: LibraryQuery, page: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const [ordered, setOrdered] = useState<{ sort: SortKey; ids: number[] } | null>(null);
  // Whether the first screen has been shown (or was not needed): the ids in order are read after it.
  const [primed, setPrimed] = useState(false);
  // The ids of words already looked up, valid until the library changes (a new `ordered` says it did).
  const cache = useRef<{ for: unknown; terms: TermCache }>({ for: null, terms: new Map() });

  useEffect(() => {
    if (primed) return;
    if (!isUnfiltered(query) || page !== 0) {
      setPrimed(true);
      return;
    }
    let live = true;
    firstEntries(db, query.sort, PAGE_SIZE).then(
      ({ entries, total }) => {
        if (!live) return;
        setState((s) => (s.status === 'ready' ? s : { status: 'ready', ids: null, total, terms: [], entries, snippets: new Map(), page: 0 }));
        setPrimed(true);
      },
      () => live && setPrimed(true),
    );
    return () => {
      live = false;
    };
  }, [db, query, page, primed]);

  useEffect(() => {
    if (!primed) return;
    const sort = query.sort;
    const subscription = liveQuery(() => orderedIds(db, sort)).subscribe({
      next: (ids) => setOrdered({ sort, ids }),
      error: (error: unknown) => setState({ status: 'error', message: messageOf(error) }),
    });
    return () => subscription.unsubscribe();
  }, [db, query.sort, primed]);

  useEffect(() => {
    if (!ordered || ordered.sort !== query.sort) return;
    const signal = { aborted: false };
    if (cache.current.for !== ordered) cache.current = { for: ordered, terms: new Map() };
    const termCache = cache.current.terms;
    void (async () => {
      const { ids, terms } = await searchLibrary(db, query, ordered.ids, signal, termCache);
      const shown = ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      // Snippets need the entries (which articles have highlights of the reader's own): one after the other.
      const entries = await entriesFor(db, shown);
      if (signal.aborted) return;
      const snippets = await snippetsFor(db, entries, terms, query.kind);
      if (!signal.aborted) setState({ status: 'ready', ids, total: ids.length, terms, entries, snippets, page });
    })().catch((error: unknown) => {
      if (!(error instanceof SearchAborted) && !signal.aborted) setState({ status: 'error', message: messageOf(error) });
    });
    return () => {
      signal.aborted = true;
    };
  }, [db, ordered, query, page]);

  return state;
}
