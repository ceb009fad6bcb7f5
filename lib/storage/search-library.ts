// The library's search: word prefixes typed by the reader, filters and a sort, answered from the index stores
// (entries, terms) alone. It returns every matching id in order, so the page can show any slice of the results
// (it renders only what is visible) without asking again; a slice's rows come from entriesFor.
import { queryTerms, type QueryTerm } from '../library/search-words';
import type { FactmarkDB } from './factmark-db';
import { termPrefixFor, type LibraryEntry } from './library-entry';
import type { HighlightKind } from './records';
import { storageError } from './storage-error';

export type SortKey = 'newest' | 'oldest' | 'saved' | 'title' | 'site';

export const SORTS: ReadonlyArray<{ key: SortKey; label: string }> = [
  { key: 'newest', label: 'Newest first' },
  { key: 'oldest', label: 'Oldest first' },
  { key: 'saved', label: 'Recently saved' },
  { key: 'title', label: 'Title A–Z' },
  { key: 'site', label: 'Site A–Z' },
];

export interface LibraryQuery {
  text: string;
  /** A host, as LibraryEntry.site. */
  site: string | null;
  /** A speaker key (LibraryEntry.speakerKeys). */
  speaker: string | null;
  kind: HighlightKind | null;
  /** Inclusive bounds on the article's date (ms since epoch). */
  from: number | null;
  to: number | null;
  sort: SortKey;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', site: null, speaker: null, kind: null, from: null, to: null, sort: 'newest' };

export interface SearchResult {
  /** Every matching article id, in the order asked for. */
  ids: number[];
  /** The words searched for, to mark in what is shown. */
  terms: QueryTerm[];
}

const ORDER: Record<SortKey, { index: keyof LibraryEntry; descending: boolean }> = {
  newest: { index: 'date', descending: true },
  oldest: { index: 'date', descending: false },
  saved: { index: 'savedAt', descending: true },
  title: { index: 'titleKey', descending: false },
  site: { index: 'site', descending: false },
};

/** Every article id in the order of `sort`: the frame every search filters (the page keeps it while nothing changes). */
export async function orderedIds(db: FactmarkDB, sort: SortKey): Promise<number[]> {
  const { index, descending } = ORDER[sort];
  try {
    // IndexedDB reads keys fastest forwards in one call; the reverse is cheaper done here than by a cursor.
    const ids = await db.entries.orderBy(index).primaryKeys();
    return descending ? ids.reverse() : ids;
  } catch (error) {
    throw storageError('read the saved articles', error);
  }
}

/**
 * The first `n` entries in the order of `sort`, and how many there are: the first screen of an unfiltered
 * library, read before (and far faster than) every id in order.
 */
export async function firstEntries(db: FactmarkDB, sort: SortKey, n: number): Promise<{ entries: LibraryEntry[]; total: number }> {
  const { index, descending } = ORDER[sort];
  try {
    return await db.transaction('r', db.entries, async () => {
      const ordered = db.entries.orderBy(index);
      const [entries, total] = await Promise.all([(descending ? ordered.reverse() : ordered).limit(n).toArray(), db.entries.count()]);
      return { entries, total };
    });
  } catch (error) {
    throw storageError('read the saved articles', error);
  }
}

/** Whether a query has no words and no filters: all articles, in some order. */
export function isUnfiltered(query: LibraryQuery): boolean {
  return queryTerms(query.text).length === 0 && query.site === null && query.speaker === null && query.kind === null && query.from === null && query.to === null;
}

/** Lets a newer keystroke stop a search that is still reading. */
export interface SearchSignal {
  aborted: boolean;
}

export class SearchAborted extends Error {
  constructor() {
    super('A newer search replaced this one.');
  }
}

/** The ids each looked-up word form gave, while the library has not changed (the caller clears it when it does). */
export type TermCache = Map<string, number[]>;

/**
 * The ids matching `query`, in its sort order. `ordered` is orderedIds(db, query.sort), when the caller keeps it;
 * a search whose `signal` is aborted stops reading and rejects with SearchAborted. With a `cache`, a word
 * already looked up is not read again (typing "rubio sec…", "rubio" is read once).
 */
export async function searchLibrary(
  db: FactmarkDB,
  query: LibraryQuery,
  ordered?: readonly number[],
  signal: SearchSignal = { aborted: false },
  cache: TermCache = new Map(),
): Promise<SearchResult> {
  const terms = queryTerms(query.text);
  const frame = ordered ?? (await orderedIds(db, query.sort));
  const filters: Array<() => Promise<number[]>> = terms.map((term) => () => idsWithTerm(db, term, query.kind, cache));
  if (query.site !== null) filters.push(() => db.entries.where('site').equals(query.site!).primaryKeys());
  if (query.speaker !== null) filters.push(() => db.entries.where('speakerKeys').equals(query.speaker!).primaryKeys());
  if (query.kind !== null) filters.push(() => db.entries.where('kinds').equals(query.kind!).primaryKeys());
  if (query.from !== null || query.to !== null) {
    filters.push(() => db.entries.where('date').between(query.from ?? -Infinity, query.to ?? Infinity, true, true).primaryKeys());
  }
  if (!filters.length) return { ids: [...frame], terms };
  try {
    const sets = await db.transaction('r', db.entries, db.terms, async (tx) => {
      const out: Array<Set<number>> = [];
      // One filter after the other, smallest result kept first: a newer keystroke stops the rest.
      for (const filter of filters) {
        if (signal.aborted) {
          tx.abort();
          throw new SearchAborted();
        }
        const ids = await filter();
        out.push(new Set(ids));
        // Nothing left to intersect: the other filters cannot add anything.
        if (!ids.length) break;
      }
      return out;
    });
    if (signal.aborted) throw new SearchAborted();
    sets.sort((a, b) => a.size - b.size);
    return { ids: frame.filter((id) => sets.every((s) => s.has(id))), terms };
  } catch (error) {
    if (error instanceof SearchAborted || signal.aborted) throw new SearchAborted();
    throw storageError('search the library', error);
  }
}

/** Articles with a word starting with the term (or equal to a short one), among the reader's own highlights with that filter. */
async function idsWithTerm(db: FactmarkDB, term: QueryTerm, kind: HighlightKind | null, cache: TermCache): Promise<number[]> {
  const prefix = termPrefixFor(kind);
  const words = db.terms.where('words');
  const lists = await Promise.all(term.forms.map(async (form) => {
    const key = `${term.prefix ? '*' : '='}${prefix}${form}`;
    const known = cache.get(key);
    if (known) return known;
    const ids = await (term.prefix ? words.startsWith(prefix + form) : words.equals(prefix + form)).primaryKeys();
    cache.set(key, ids);
    return ids;
  }));
  return lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
}

/** The entries with these ids, in this order (an id deleted meanwhile is left out). */
export async function entriesFor(db: FactmarkDB, ids: readonly number[]): Promise<LibraryEntry[]> {
  try {
    return (await db.entries.bulkGet([...ids])).filter((e): e is LibraryEntry => e !== undefined);
  } catch (error) {
    throw storageError('read the saved articles', error);
  }
}

/** The sites in the library, A–Z, for the site filter. */
export async function librarySites(db: FactmarkDB): Promise<string[]> {
  try {
    return (await db.entries.orderBy('site').uniqueKeys()).map(String).filter(Boolean);
  } catch (error) {
    throw storageError('read the saved articles', error);
  }
}
