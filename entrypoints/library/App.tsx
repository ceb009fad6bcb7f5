// The library: every saved article, searchable as you type, filtered and sorted, one page at a time; across
// articles by person and by claim; export, import, delete with undo. Readable offline.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { plural } from '../../components/plural';
import { loadSettings, SPEAKER_PALETTE } from '../../lib/settings';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import { getDb } from '../../lib/storage/get-db';
import { EMPTY_QUERY, type LibraryQuery } from '../../lib/storage/search-library';
import { deleteForUndo, undoDelete, type DeletedArticle } from '../../lib/storage/undo-delete';
import { ClaimsView } from './ClaimsView';
import { Filters } from './Filters';
import { LibraryActions } from './LibraryActions';
import { Pager } from './Pager';
import { ResultRow } from './ResultRow';
import { SpeakersView } from './SpeakersView';
import { PAGE_SIZE, useSearch } from './use-search';

export const EMPTY_TEXT = 'No saved articles yet. Open a news article, click the Factmark button, and save it.';
export const NO_RESULTS_TEXT = 'No saved article matches. Try fewer or shorter words, or clear the filters.';

// A short list reads best in full: with this many results or fewer, every article is open at once.
export const OPEN_ALL_AT_MOST = 3;

type View = 'articles' | 'speakers' | 'claims';
const VIEWS: ReadonlyArray<[View, string]> = [['articles', 'Articles'], ['speakers', 'Speakers across articles'], ['claims', 'Same claim, several articles']];

export function App({ db = getDb() }: { db?: FactmarkDB }) {
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(0);
  const [view, setView] = useState<View>('articles');
  const [open, setOpen] = useState<Set<number>>(new Set());
  const [palette, setPalette] = useState<readonly string[]>(SPEAKER_PALETTE);
  const [deleted, setDeleted] = useState<DeletedArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  // When the query last changed (performance.now()): the time to its results is measured from there.
  const changedAt = useRef(0);
  const state = useSearch(db, query, page);

  useEffect(() => {
    loadSettings().then((s) => setPalette(s.colors.speakers), () => {});
  }, []);

  // The User Timing API carries the time from a keystroke (or the page's start) to its results on screen to
  // the benchmark (scripts/bench-library.ts); effects run once the results are rendered.
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.measure('factmark:results', { start: changedAt.current, end: performance.now(), detail: { text: query.text, count: state.total } });
  }, [state]);

  const change = (next: Partial<LibraryQuery>) => {
    changedAt.current = performance.now();
    setQuery((q) => ({ ...q, ...next }));
    setPage(0);
    setOpen(new Set());
  };

  const onDelete = async (id: number) => {
    setError(null);
    try {
      const gone = await deleteForUndo(db, id);
      if (gone) setDeleted(gone);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const onUndo = async () => {
    if (!deleted) return;
    setError(null);
    try {
      await undoDelete(db, deleted);
      setDeleted(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const total = state.status === 'ready' ? state.total : null;
  const ids = state.status === 'ready' ? state.ids : null;
  const filtered = query.text.trim() !== '' || query.site !== null || query.speaker !== null || query.kind !== null || query.from !== null || query.to !== null;
  const allOpen = total !== null && total <= OPEN_ALL_AT_MOST;
  const idList = useMemo(() => ids ?? [], [ids]);

  return (
    <main class="fm-library" aria-busy={state.status === 'loading'}>
      <header class="fm-library__bar">
        <div>
          <h1>Factmark library</h1>
          <p class="fm-library__intro" data-testid="library-count">
            {total !== null ? `${filtered ? plural(total, 'matching article') : plural(total, 'saved article')}. ` : ''}
            Everything here stays on this device.
          </p>
        </div>
        <LibraryActions db={db} />
      </header>
      <div class="fm-search">
        <input type="search" class="fm-search__input" data-testid="search" aria-label="Search saved articles" autoFocus
          placeholder="Search titles, key points, quotes, claims and notes" value={query.text}
          onInput={(e) => change({ text: e.currentTarget.value })} />
      </div>
      <Filters db={db} query={query} onChange={change} ready={total !== null} />
      <nav class="fm-views" aria-label="Views">
        {VIEWS.map(([v, label]) => (
          <button key={v} type="button" class="fm-button" aria-pressed={view === v} data-testid={`view-${v}`} onClick={() => setView(v)}>
            {label}
          </button>
        ))}
      </nav>
      {deleted && (
        <Message tone="info" testId="undo-bar">
          {`Deleted “${deleted.article.title || 'Untitled article'}”. `}
          <button type="button" class="fm-button fm-button--small" data-testid="undo" onClick={onUndo}>Undo</button>
        </Message>
      )}
      {error && <Message tone="error" testId="error">{error}</Message>}
      {state.status === 'error' && <Message tone="error" testId="error">{state.message}</Message>}
      {state.status === 'ready' && state.total === 0 && (
        <Message testId={filtered ? 'no-results' : 'empty'}>{filtered ? NO_RESULTS_TEXT : EMPTY_TEXT}</Message>
      )}
      {state.status === 'ready' && view === 'articles' && state.total > 0 && (
        <>
          <ol class="fm-results" data-testid="results" start={state.page * PAGE_SIZE + 1}>
            {state.entries.map((entry) => (
              <ResultRow key={entry.id} db={db} entry={entry} terms={state.terms} snippets={state.snippets.get(entry.id) ?? []}
                palette={palette} expanded={allOpen || open.has(entry.id)} onDelete={onDelete}
                onToggle={() => setOpen((o) => {
                  const next = new Set(o);
                  if (!next.delete(entry.id)) next.add(entry.id);
                  return next;
                })} />
            ))}
          </ol>
          <Pager page={state.page} pageSize={PAGE_SIZE} total={state.total} onPage={(p) => { setPage(p); window.scrollTo(0, 0); }} />
        </>
      )}
      {view !== 'articles' && total !== null && total > 0 && ids === null && <p class="fm-empty">Reading the library…</p>}
      {ids !== null && ids.length > 0 && view === 'speakers' && <SpeakersView db={db} ids={idList} />}
      {ids !== null && ids.length > 0 && view === 'claims' && <ClaimsView db={db} ids={idList} />}
    </main>
  );
}
