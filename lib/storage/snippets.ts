// What to show under a search result: the article's key points, claims and quotes and the reader's own
// highlights that contain the searched words, so the reader sees why it matched. Read only for the results on
// screen: their saved reports in one read, and the reader's highlights of the few articles that have any.
import { matchesAny, type QueryTerm } from '../library/search-words';
import type { FactmarkDB } from './factmark-db';
import type { LibraryEntry } from './library-entry';
import type { HighlightKind } from './records';
import { storageError } from './storage-error';

/** The kinds with text of their own worth showing (a mention is a name, a repeat a whole paragraph), in order. */
export const SNIPPET_KINDS: readonly HighlightKind[] = ['user', 'key-point', 'claim', 'quote'];

// Three lines say why an article matched without turning the result list into the articles themselves.
export const SNIPPETS_PER_ARTICLE = 3;

export interface Snippet {
  /** Unique within the article. */
  key: string;
  kind: HighlightKind;
  text: string;
  note?: string;
  speakerName: string | null;
  /** Set when the words matched something that is not a highlight: the byline ("By"). */
  label?: string;
}

/**
 * For each entry: up to SNIPPETS_PER_ARTICLE snippets matching any term (of `kind` only, with a kind filter);
 * with no terms, the kind filter's, or none at all.
 */
export async function snippetsFor(
  db: FactmarkDB,
  entries: readonly LibraryEntry[],
  terms: readonly QueryTerm[],
  kind: HighlightKind | null,
): Promise<Map<number, Snippet[]>> {
  const out = new Map<number, Snippet[]>();
  if (!terms.length && kind === null) return out;
  // A speaker's name (shown as a 'mention') says why an article matched when no sentence of it does.
  const kinds = new Set<HighlightKind>(kind === null ? [...SNIPPET_KINDS, 'mention'] : [kind]);
  if (!kinds.size || kinds.has('repeat')) return out;
  const wanted = (text: string) => !terms.length || matchesAny(text, terms);
  try {
    const [articles, own] = await db.transaction('r', db.articles, db.highlights, () => Promise.all([
      db.articles.bulkGet(entries.map((e) => e.id)),
      Promise.all(entries.filter((e) => kinds.has('user') && e.counts.user).map((e) => db.highlights.where('articleId').equals(e.id).toArray())),
    ]));
    const ownBy = new Map<number, Snippet[]>();
    for (const rows of own) {
      for (const h of rows) {
        if (h.kind !== 'user' || !wanted(`${h.text} ${h.note ?? ''}`)) continue;
        const list = ownBy.get(h.articleId) ?? ownBy.set(h.articleId, []).get(h.articleId)!;
        list.push({ key: `h${h.id}`, kind: 'user', text: h.text, speakerName: null, ...(h.note ? { note: h.note } : {}) });
      }
    }
    for (const article of articles) {
      if (!article) continue;
      const { report } = article;
      const names = new Map(report.speakers.map((s) => [s.id, s.name]));
      const shown: Snippet[] = [...(ownBy.get(article.id) ?? [])];
      const add = (s: Snippet) => {
        if (shown.length < SNIPPETS_PER_ARTICLE && kinds.has(s.kind) && wanted(s.text) && !shown.some((x) => x.text === s.text)) shown.push(s);
      };
      report.keyPoints.forEach((k, i) => add({ key: `k${i}`, kind: 'key-point', text: k.text, speakerName: null }));
      report.claims.forEach((c, i) => add({ key: `c${i}`, kind: 'claim', text: c.text, speakerName: null }));
      report.quotes.forEach((q, i) => add({ key: `q${i}`, kind: 'quote', text: q.text, speakerName: q.speaker ? (names.get(q.speaker) ?? null) : null }));
      if (!shown.length) {
        report.speakers.forEach((p, i) => p.kind !== 'unnamed' && add({ key: `s${i}`, kind: 'mention', text: [p.name, ...p.roles].join(', '), speakerName: null }));
      }
      if (!shown.length && kind === null && article.byline && terms.length && matchesAny(article.byline, terms)) {
        shown.push({ key: 'by', kind: 'mention', text: article.byline, speakerName: null, label: 'By' });
      }
      out.set(article.id, shown.slice(0, SNIPPETS_PER_ARTICLE));
    }
    return out;
  } catch (error) {
    throw storageError('read the saved highlights', error);
  }
}
