// The library's search: word prefixes typed by the reader, filters and a sort, answered from the index stores
// (entries, terms) alone. It returns every matching id in order, so the page can show any slice of the results
// (it renders only what is visible) without asking again; a slice's rows come from entriesFor.
import { queryTerms, type QueryTerm } from '../library/search-words';
import type { FactmarkDB } from './factmark-db';
import { tagsFor, type LibraryEntry } from './library-entry';
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

export async function searchLibrary(db: FactmarkDB, query: LibraryQuery): Promise<SearchResult> {
  const terms = queryTerms(query.text);
  try {
    const ids = await db.transaction('r', db.entries, db.terms, async () => {
      const filters: Array<Promise<Set<number>>> = terms.map((term) => idsWithTerm(db, term, query.kind));
      const keys = (p: Promise<number[]>) => p.then((list) => new Set(list));
      if (query.site !== null) filters.push(keys(db.entries.where('site').equals(query.site).primaryKeys()));
      if (query.speaker !== null) filters.push(keys(db.entries.where('speakerKeys').equals(query.speaker).primaryKeys()));
      if (query.kind !== null) filters.push(keys(db.entries.where('kinds').equals(query.kind).primaryKeys()));
      if (query.from !== null || query.to !== null) {
        filters.push(keys(db.entries.where('date').between(query.from ?? -Infinity, query.to ?? Infinity, true, true).primaryKeys()));
      }
      const { index, descending } = ORDER[query.sort];
      // IndexedDB reads keys fastest forwards in one call; the reverse is cheaper done here than by a cursor.
      const [ordered, ...sets] = await Promise.all([db.entries.orderBy(index).primaryKeys(), ...filters]);
      if (descending) ordered.reverse();
      if (!sets.length) return ordered;
      sets.sort((a, b) => a.size - b.size);
      return ordered.filter((id) => sets.every((s) => s.has(id)));
    });
    return { ids, terms };
  } catch (error) {
    throw storageError('search the library', error);
  }
}

/** Articles with a word starting with the term, in the article fields or the kind's text (any kind without a filter). */
async function idsWithTerm(db: FactmarkDB, term: QueryTerm, kind: HighlightKind | null): Promise<Set<number>> {
  const lists = await Promise.all(
    tagsFor(kind).flatMap((tag) => term.forms.map((form) => db.terms.where('words').startsWith(`${tag}:${form}`).primaryKeys())),
  );
  const ids = new Set<number>();
  for (const list of lists) for (const id of list) ids.add(id);
  return ids;
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
