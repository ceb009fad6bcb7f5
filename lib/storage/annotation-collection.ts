// The JSON export: a W3C Web Annotation Data Model collection (https://www.w3.org/TR/annotation-model/) with one
// page holding every highlight as an Annotation, so other annotation tools can read it, plus the saved articles
// themselves (under a Factmark term) so nothing of the library is lost.
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors-for';
import type { ArticleRecord, HighlightRecord } from './records';

// A tag: URI (RFC 4151) names things without a server; Annotation ids must be IRIs, not necessarily fetchable.
const ID_BASE = 'tag:factmark.example,2026:';
const FACTMARK_NS = 'https://factmark.example/ns#';

export interface TextualBody {
  type: 'TextualBody';
  /** 'commenting' carries the reader's note on their own highlight (added with schema v2). */
  purpose: 'classifying' | 'identifying' | 'tagging' | 'describing' | 'commenting';
  value: string;
  format: 'text/plain';
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  /** 'commenting' for the reader's own highlight with a note (added with schema v2). */
  motivation: 'highlighting' | 'commenting';
  created: string;
  /** The reader's own highlights: when the note last changed (added with schema v2). */
  modified?: string;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': [string, Record<string, string>];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
  articles: ArticleRecord[];
}

function body(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function bodiesOf(h: HighlightRecord): TextualBody[] {
  const bodies = [body('classifying', h.kind)];
  if (h.speakerName) bodies.push(body('identifying', h.speakerName));
  for (const reason of h.reasons ?? []) bodies.push(body('tagging', reason));
  if (h.quoteKind) bodies.push(body('tagging', h.quoteKind));
  if (h.repeatOf !== undefined) bodies.push(body('describing', `Repeats block ${h.repeatOf}`));
  if (h.note) bodies.push(body('commenting', h.note));
  return bodies;
}

export function annotationCollection(
  articles: readonly ArticleRecord[],
  highlights: readonly HighlightRecord[],
  exportedAt: Date,
): AnnotationCollection {
  const id = `${ID_BASE}export/${exportedAt.toISOString()}`;
  // Annotations follow the articles' order; highlights of an article with no row (there should be none:
  // they are deleted together) have no source to point at and are left out.
  // (Map.groupBy would do, but Node 20, where the tests run, lacks it.)
  const byArticle = new Map<number, HighlightRecord[]>();
  for (const h of highlights) {
    const list = byArticle.get(h.articleId);
    if (list) list.push(h);
    else byArticle.set(h.articleId, [h]);
  }
  const items: Annotation[] = articles.flatMap((article) =>
    (byArticle.get(article.id) ?? []).map((h) => ({
      id: `${ID_BASE}article/${h.articleId}/highlight/${h.id}`,
      type: 'Annotation' as const,
      motivation: h.note ? ('commenting' as const) : ('highlighting' as const),
      // The report's highlights are as old as the save; the reader's own carry their own times.
      created: new Date(h.createdAt ?? article.updatedAt).toISOString(),
      ...(h.updatedAt !== undefined ? { modified: new Date(h.updatedAt).toISOString() } : {}),
      body: bodiesOf(h),
      target: { source: article.url, selector: [h.quoteSelector, h.positionSelector] as [TextQuoteSelector, TextPositionSelector] },
    })),
  );
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { factmark: FACTMARK_NS, articles: 'factmark:articles' }],
    id,
    type: 'AnnotationCollection',
    label: 'Factmark highlights',
    total: items.length,
    first: { id: `${id}/page/1`, type: 'AnnotationPage', startIndex: 0, items },
    articles: [...articles],
  };
}
