import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { formatDate } from '../../components/format-date';
import { MarkedText } from '../../components/MarkedText';
import { plural } from '../../components/plural';
import { safeHref } from '../../components/safe-href';
import { Section } from '../../components/Section';
import { matchRanges, type QueryTerm } from '../../lib/library/search-words';
import type { FactmarkDB } from '../../lib/storage/factmark-db';
import type { LibraryEntry } from '../../lib/storage/library-entry';
import type { ArticleRecord, HighlightRecord } from '../../lib/storage/records';
import type { Snippet } from '../../lib/storage/snippets';

const SNIPPET_LABELS: Record<string, string> = { user: 'My highlight', 'key-point': 'Key point', claim: 'Claim', quote: 'Quote', mention: 'Speaker' };

interface Props {
  db: FactmarkDB;
  entry: LibraryEntry;
  terms: readonly QueryTerm[];
  snippets: readonly Snippet[];
  palette: readonly string[];
  expanded: boolean;
  onToggle: () => void;
  onDelete: (id: number, title: string) => void;
}

/** One result: a line (title, site, date, counts, why it matched); opened, the whole saved report. */
export function ResultRow({ db, entry, terms, snippets, palette, expanded, onToggle, onDelete }: Props) {
  const title = entry.title || 'Untitled article';
  const href = safeHref(entry.url);
  return (
    <li class="fm-result" data-testid="result" data-article-id={entry.id}>
      <div class="fm-result__line">
        <button type="button" class="fm-link-button fm-result__title" data-testid="result-title" aria-expanded={expanded} onClick={onToggle}>
          <MarkedText text={title} ranges={matchRanges(title, terms)} />
        </button>
        <span class="fm-result__meta">
          <span data-testid="result-site">{entry.siteName ?? entry.site}</span>
          <time dateTime={new Date(entry.date).toISOString()}>{formatDate(entry.date)}</time>
          {entry.counts.claim ? <span>{plural(entry.counts.claim, 'claim')}</span> : null}
          {entry.counts.quote ? <span>{plural(entry.counts.quote, 'quote')}</span> : null}
          {entry.counts.user ? <span>{plural(entry.counts.user, 'highlight')} of mine</span> : null}
        </span>
        <span class="fm-result__actions">
          {href && <a href={href} target="_blank" rel="noopener noreferrer" data-testid="result-original">Open original</a>}
          <button type="button" class="fm-button fm-button--danger fm-button--small" data-testid="result-delete"
            aria-label={`Delete “${title}” from the library`} onClick={() => onDelete(entry.id, title)}>
            Delete
          </button>
        </span>
      </div>
      {snippets.length > 0 && (
        <ul class="fm-snippets">
          {snippets.map((s) => (
            <li key={s.key} data-testid="snippet" data-kind={s.kind}>
              <span class="fm-snippet__kind">{s.label ?? SNIPPET_LABELS[s.kind] ?? s.kind}{s.speakerName ? ` · ${s.speakerName}` : ''}</span>
              <MarkedText text={s.text} ranges={matchRanges(s.text, terms)} />
              {s.note && (
                <span class="fm-snippet__note" data-testid="snippet-note">
                  Note: <MarkedText text={s.note} ranges={matchRanges(s.note, terms)} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {expanded && <OpenArticle db={db} id={entry.id} palette={palette} onDelete={onDelete} />}
    </li>
  );
}

/** The whole saved article, read only when the reader opens it. */
function OpenArticle({ db, id, palette, onDelete }: { db: FactmarkDB; id: number; palette: readonly string[]; onDelete: Props['onDelete'] }) {
  const [loaded, setLoaded] = useState<{ article: ArticleRecord; own: HighlightRecord[] } | null | 'missing'>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const article = await db.articles.get(id);
      const own = await db.highlights.where('articleId').equals(id).filter((h) => h.kind === 'user').toArray();
      if (live) setLoaded(article ? { article, own } : 'missing');
    })().catch(() => live && setLoaded('missing'));
    return () => {
      live = false;
    };
  }, [db, id]);
  if (loaded === null) return <p class="fm-empty">Opening…</p>;
  if (loaded === 'missing') return <p class="fm-empty">This article is no longer in the library.</p>;
  const { article, own } = loaded;
  return (
    <div class="fm-result__open">
      <ArticleCard article={article} palette={palette} onDelete={(a) => onDelete(a.id, a.title)} />
      {own.length > 0 && (
        <Section title="My highlights" count={own.length}>
          <ul class="fm-list">
            {own.sort((a, b) => a.positionSelector.start - b.positionSelector.start).map((h) => (
              <li key={h.id} data-testid="my-highlight">
                <q>{h.text}</q>
                {h.note && <p class="fm-snippet__note">Note: {h.note}</p>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
