// What to show under a search result: the article's highlights (claims, quotes, key points, the reader's own)
// that contain the searched words, so the reader sees why it matched. Read only for the results on screen.
import { matchesAny, type QueryTerm } from '../library/search-words';
import type { FactmarkDB } from './factmark-db';
import type { HighlightKind, HighlightRecord } from './records';
import { storageError } from './storage-error';

/** The kinds with text of their own worth showing (a mention is a name, a repeat a whole paragraph). */
export const SNIPPET_KINDS: readonly HighlightKind[] = ['user', 'key-point', 'claim', 'quote'];

// Three lines say why an article matched without turning the result list into the articles themselves.
export const SNIPPETS_PER_ARTICLE = 3;

export interface Snippet {
  highlightId: number;
  kind: HighlightKind;
  text: string;
  note?: string;
  speakerName: string | null;
}

const rank = (h: HighlightRecord) => SNIPPET_KINDS.indexOf(h.kind);

/**
 * For each article id: up to SNIPPETS_PER_ARTICLE highlights matching any term (of `kind` only, with a kind
 * filter); with no terms, the kind filter's highlights, or none.
 */
export async function snippetsFor(
  db: FactmarkDB,
  ids: readonly number[],
  terms: readonly QueryTerm[],
  kind: HighlightKind | null,
): Promise<Map<number, Snippet[]>> {
  const out = new Map<number, Snippet[]>();
  if (!terms.length && kind === null) return out;
  const kinds = kind === null ? SNIPPET_KINDS : SNIPPET_KINDS.filter((k) => k === kind);
  if (!kinds.length) return out;
  try {
    await db.transaction('r', db.highlights, async () => {
      await Promise.all(ids.map(async (id) => {
        // toArray on a plain key range is one getAll; a Dexie filter() would walk a cursor row by row.
        const rows = await db.highlights.where('articleId').equals(id).toArray();
        const shown = rows
          .filter((h) => kinds.includes(h.kind) && (!terms.length || matchesAny(`${h.text} ${h.note ?? ''}`, terms)))
          .sort((a, b) => rank(a) - rank(b) || a.id - b.id)
          .slice(0, SNIPPETS_PER_ARTICLE)
          .map((h) => ({ highlightId: h.id, kind: h.kind, text: h.text, speakerName: h.speakerName, ...(h.note ? { note: h.note } : {}) }));
        out.set(id, shown);
      }));
    });
    return out;
  } catch (error) {
    throw storageError('read the saved highlights', error);
  }
}
