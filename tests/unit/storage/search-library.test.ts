import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectorsFor } from '../../../lib/anchoring/selectors-for';
import type { FactmarkDB } from '../../../lib/storage/factmark-db';
import { EMPTY_QUERY, entriesFor, firstEntries, isUnfiltered, librarySites, orderedIds, SearchAborted, searchLibrary, type LibraryQuery } from '../../../lib/storage/search-library';
import { saveReport } from '../../../lib/storage/save-report';
import { snippetsFor } from '../../../lib/storage/snippets';
import { speakerSuggestions } from '../../../lib/storage/speaker-suggestions';
import { deleteForUndo, undoDelete } from '../../../lib/storage/undo-delete';
import { addUserHighlight } from '../../../lib/storage/user-highlights';
import { dropDb, freshDb } from './db-helpers';
import { sampleReport, spanOf } from './sample-report';

let db: FactmarkDB;
const ids: Record<string, number> = {};

/** Three articles: the bridge (Jane Doe), a Lavrov story on another site, and a Rubio story with a note. */
beforeEach(async () => {
  db = freshDb();
  ids.bridge = await saveReport(db, sampleReport({ url: 'https://www.news.example.com/bridge' }), Date.UTC(2026, 4, 2));
  const lavrov = sampleReport({ url: 'https://other.example/lavrov', title: 'Sergey Lavrov in Riyadh', siteName: 'Other' });
  lavrov.article.publishedTime = '2025-02-18T10:00:00Z';
  lavrov.speakers[0] = { ...lavrov.speakers[0]!, name: 'Sergey Lavrov', roles: ['Foreign Minister'] };
  ids.lavrov = await saveReport(db, lavrov, Date.UTC(2026, 4, 3));
  const rubio = sampleReport({ url: 'https://other.example/rubio', title: 'Rubio meets allies', siteName: 'Other', quote: 'Sanctions may be lifted,' });
  rubio.article.publishedTime = null;
  rubio.speakers[0] = { ...rubio.speakers[0]!, name: 'Marco Rubio', roles: ['Senator'] };
  ids.rubio = await saveReport(db, rubio, Date.UTC(2026, 4, 1));
  const { start, end } = spanOf(rubio.blocks, 5, 'long overdue');
  const { quote, position } = selectorsFor(rubio.blocks, 5, start, end);
  await addUserHighlight(db, 'https://other.example/rubio', { quote, position, text: 'long overdue', note: 'Ask the treasury' });
});
afterEach(async () => {
  await dropDb(db);
});

const search = async (q: Partial<LibraryQuery>) => (await searchLibrary(db, { ...EMPTY_QUERY, ...q })).ids;
const named = (...names: string[]) => names.map((n) => ids[n]);

describe('searchLibrary', () => {
  it.each([
    ['everything, newest article date first, for an empty query', {}, ['bridge', 'rubio', 'lavrov']],
    ['a title word prefix', { text: 'riy' }, ['lavrov']],
    ['a name in another spelling', { text: 'sergei' }, ['lavrov']],
    ['a quote word', { text: 'sanctions' }, ['rubio']],
    ['a claim word', { text: 'traffic' }, ['bridge', 'rubio', 'lavrov']],
    ['a word of a note', { text: 'treas' }, ['rubio']],
    ['every word, as prefixes', { text: 'rubio sanc' }, ['rubio']],
    ['a two-letter word as a whole word only (not "May")', { text: 'ma' }, []],
    ['a three-letter prefix', { text: 'may' }, ['bridge', 'rubio', 'lavrov']],
    ['words that no article has together', { text: 'lavrov sanctions' }, []],
    ['a site', { site: 'other.example' }, ['rubio', 'lavrov']],
    ['a speaker (by key)', { speaker: 'sergei lavrov' }, ['lavrov']],
    ['a speaker by surname', { speaker: 'rubio' }, ['rubio']],
    ['a kind: the reader’s own highlights', { kind: 'user' }, ['rubio']],
    ['a kind with words: in quotes only', { kind: 'quote', text: 'sanctions' }, ['rubio']],
    ['a kind with words found in no such highlight', { kind: 'user', text: 'traffic' }, []],
    ['a date range (published, else saved)', { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 4, 1, 23) }, ['bridge', 'rubio']],
  ] as const)('finds %s', async (_name, query, expected) => {
    expect(await search(query as Partial<LibraryQuery>)).toEqual(named(...expected));
  });

  it.each([
    ['oldest', ['lavrov', 'rubio', 'bridge']],
    ['saved', ['lavrov', 'bridge', 'rubio']],
    ['title', ['bridge', 'rubio', 'lavrov']],
    ['site', ['bridge', 'lavrov', 'rubio']],
  ] as const)('sorts by %s', async (sort, expected) => {
    const order = await search({ sort });
    if (sort === 'site') {
      // Two articles share a site: only the site order is defined.
      expect(order[0]).toBe(ids.bridge);
      expect(new Set(order.slice(1))).toEqual(new Set(named('lavrov', 'rubio')));
    } else {
      expect(order).toEqual(named(...expected));
    }
  });

  it('filters the ordered ids the page keeps, and stops when a newer keystroke aborts it', async () => {
    const ordered = await orderedIds(db, 'title');
    expect(ordered).toEqual(named('bridge', 'rubio', 'lavrov'));
    expect((await searchLibrary(db, { ...EMPTY_QUERY, text: 'other', sort: 'title' }, ordered)).ids).toEqual(named('rubio', 'lavrov'));
    await expect(searchLibrary(db, { ...EMPTY_QUERY, text: 'other' }, ordered, { aborted: true })).rejects.toBeInstanceOf(SearchAborted);
    // A cache of looked-up words answers without reading them again.
    const cache = new Map<string, number[]>();
    await searchLibrary(db, { ...EMPTY_QUERY, text: 'rubio' }, ordered, undefined, cache);
    expect([...cache.keys()]).toEqual(['*rubio']);
    cache.set('*rubio', [ids.bridge!]);
    expect((await searchLibrary(db, { ...EMPTY_QUERY, text: 'rubio' }, ordered, undefined, cache)).ids).toEqual(named('bridge'));
  });

  it('reads the first screen of an unfiltered library on its own', async () => {
    const { entries, total } = await firstEntries(db, 'newest', 2);
    expect([entries.map((e) => e.id), total]).toEqual([named('bridge', 'rubio'), 3]);
    expect(isUnfiltered(EMPTY_QUERY)).toBe(true);
    expect(isUnfiltered({ ...EMPTY_QUERY, text: 'a ' })).toBe(true);
    expect(isUnfiltered({ ...EMPTY_QUERY, site: 'x' })).toBe(false);
  });

  it('gives the entries of a slice of results, and the sites', async () => {
    const entries = await entriesFor(db, named('lavrov', 'bridge'));
    expect(entries.map((e) => [e.title, e.site])).toEqual([['Sergey Lavrov in Riyadh', 'other.example'], ['Bridge to open in May', 'news.example.com']]);
    expect(await librarySites(db)).toEqual(['news.example.com', 'other.example']);
  });
});

describe('snippetsFor', () => {
  it('shows the highlights that contain the words, the reader’s first', async () => {
    const { ids: found, terms } = await searchLibrary(db, { ...EMPTY_QUERY, text: 'overdue' });
    const snippets = await snippetsFor(db, await entriesFor(db, found), terms, null);
    expect(snippets.get(ids.rubio!)!.map((s) => [s.kind, s.text, s.note])).toEqual([
      ['user', 'long overdue', 'Ask the treasury'], ['quote', 'the bridge was long overdue', undefined],
    ]);
  });
  it('shows the speaker when only a speaker’s name matched', async () => {
    const { ids: found, terms } = await searchLibrary(db, { ...EMPTY_QUERY, text: 'sergei' });
    const snippets = await snippetsFor(db, await entriesFor(db, found), terms, null);
    expect(snippets.get(ids.lavrov!)!.map((s) => [s.kind, s.text])).toEqual([['mention', 'Sergey Lavrov, Foreign Minister']]);
  });

  it('shows the byline when only the byline matched', async () => {
    const { ids: found, terms } = await searchLibrary(db, { ...EMPTY_QUERY, text: 'reporter' });
    const snippets = await snippetsFor(db, await entriesFor(db, found), terms, null);
    expect(snippets.get(ids.bridge!)).toEqual([{ key: 'by', kind: 'mention', text: 'A. Reporter', speakerName: null, label: 'By' }]);
  });

  it('shows the kind filter’s highlights when no words are typed, and nothing with neither', async () => {
    const rubio = await entriesFor(db, named('rubio') as number[]);
    expect((await snippetsFor(db, rubio, [], 'user')).get(ids.rubio!)!.map((s) => s.text)).toEqual(['long overdue']);
    expect((await snippetsFor(db, rubio, [], 'quote')).get(ids.rubio!)!.map((s) => s.text)).toEqual(['Sanctions may be lifted,', 'traffic would fall by 20%', 'the bridge was long overdue']);
    expect((await snippetsFor(db, rubio, [], null)).size).toBe(0);
  });
});

describe('speakerSuggestions', () => {
  it.each([
    ['a surname prefix', 'lav', [{ key: 'sergei lavrov', name: 'Sergey Lavrov' }]],
    ['a given name in another spelling', 'Sergei', [{ key: 'sergei lavrov', name: 'Sergey Lavrov' }]],
    ['a prefix of several', 'ja', [{ key: 'jane doe', name: 'Jane Doe' }]],
  ])('suggests for %s', async (_name, typed, expected) => {
    expect(await speakerSuggestions(db, typed)).toEqual(expected);
  });
  it('suggests nothing for nothing', async () => {
    expect(await speakerSuggestions(db, '  ')).toEqual([]);
  });
});

describe('delete with undo', () => {
  it('deletes an article from results and index, and undo puts it back exactly', async () => {
    const before = { article: await db.articles.get(ids.rubio!), highlights: await db.highlights.where('articleId').equals(ids.rubio!).toArray(), entry: await db.entries.get(ids.rubio!), terms: await db.terms.get(ids.rubio!) };
    const deleted = (await deleteForUndo(db, ids.rubio!))!;
    expect(await search({ text: 'sanctions' })).toEqual([]);
    expect(await db.highlights.where('articleId').equals(ids.rubio!).count()).toBe(0);
    await undoDelete(db, deleted);
    expect(await search({ text: 'sanctions' })).toEqual(named('rubio'));
    expect({ article: await db.articles.get(ids.rubio!), highlights: await db.highlights.where('articleId').equals(ids.rubio!).toArray(), entry: await db.entries.get(ids.rubio!), terms: await db.terms.get(ids.rubio!) }).toEqual(before);
  });
  it('refuses to undo when the page was saved again meanwhile', async () => {
    const deleted = (await deleteForUndo(db, ids.bridge!))!;
    await saveReport(db, sampleReport({ url: 'https://www.news.example.com/bridge' }));
    await expect(undoDelete(db, deleted)).rejects.toThrow('Could not undo the delete: the page was saved again since');
  });
  it('answers null for an article already gone', async () => {
    expect(await deleteForUndo(db, 999)).toBeNull();
  });
});
