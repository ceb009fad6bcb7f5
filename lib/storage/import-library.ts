// Imports a Factmark backup or a W3C annotation JSON (ours, or another tool's) into the library, merging:
// - an article whose URL the library has is one article: the newer report wins, the first save time stays;
// - the reader's highlights are matched by passage (quoted text and position): a known one keeps the later
//   note, an unknown one is added; the report's highlights are rebuilt from the report, never duplicated.
// Work goes in batches of articles, each in one transaction: a full disk stops the import with a clear message
// between batches, and everything saved before (in the library or by earlier batches) stays as it was.
import type { Report } from '../analysis/types';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors-for';
import type { Annotation, AnnotationCollection } from './annotation-collection';
import { BACKUP_FORMAT, type Backup } from './backup';
import type { FactmarkDB } from './factmark-db';
import { highlightsFor } from './highlights-for';
import { indexArticle } from './index-article';
import { placeInBlocks } from './place-in-blocks';
import { REPORT_KINDS, type ArticleRecord, type HighlightKind, type HighlightRecord } from './records';
import { isQuotaError, storageError } from './storage-error';

/** A reader's highlight as a file gives it, before it belongs to an article row. */
interface IncomingHighlight {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  text: string;
  note?: string;
  createdAt: number;
  updatedAt: number;
}

interface IncomingArticle {
  /** Absent for a page known only from annotations: the reader's highlights hang on a minimal article. */
  article: Omit<ArticleRecord, 'id'> | null;
  url: string;
  highlights: IncomingHighlight[];
}

export interface ImportSummary {
  articlesAdded: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  highlightsAdded: number;
  highlightsUpdated: number;
  /** Entries of the file that could not be read (not an article, an annotation without a quote). */
  skipped: number;
}

// Small enough that a batch's transaction stays short (other tabs can save between batches) and a failure
// loses little work; large enough that 10,000 articles take tens of batches, not thousands.
export const IMPORT_BATCH = 100;

const NOT_READABLE = 'This file is neither a Factmark backup nor a JSON export of annotations (W3C Web Annotation).';

export async function importLibrary(
  db: FactmarkDB,
  text: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportSummary> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(NOT_READABLE);
  }
  const summary: ImportSummary = { articlesAdded: 0, articlesUpdated: 0, articlesUnchanged: 0, highlightsAdded: 0, highlightsUpdated: 0, skipped: 0 };
  const incoming = readFile(parsed, summary);
  for (let i = 0; i < incoming.length; i += IMPORT_BATCH) {
    const batch = incoming.slice(i, i + IMPORT_BATCH);
    try {
      const counts = await db.transaction('rw', [db.articles, db.highlights, db.entries, db.terms], async () => {
        const part = { ...summary, articlesAdded: 0, articlesUpdated: 0, articlesUnchanged: 0, highlightsAdded: 0, highlightsUpdated: 0 };
        for (const item of batch) await mergeOne(db, item, part);
        return part;
      });
      summary.articlesAdded += counts.articlesAdded;
      summary.articlesUpdated += counts.articlesUpdated;
      summary.articlesUnchanged += counts.articlesUnchanged;
      summary.highlightsAdded += counts.highlightsAdded;
      summary.highlightsUpdated += counts.highlightsUpdated;
    } catch (error) {
      const done = `${i} of ${incoming.length} articles were imported`;
      if (isQuotaError(error)) {
        throw new Error(`Storage is full: ${done}; the rest were not. Nothing saved before was lost. Delete saved articles in the library to make room, then import again (it skips what is already there).`, { cause: error });
      }
      throw storageError(`import the file (${done})`, error);
    }
    onProgress(Math.min(i + IMPORT_BATCH, incoming.length), incoming.length);
  }
  return summary;
}

function readFile(parsed: unknown, summary: ImportSummary): IncomingArticle[] {
  if (isObject(parsed) && parsed.format === BACKUP_FORMAT) return fromBackup(parsed as unknown as Backup, summary);
  if (isObject(parsed) && (parsed.type === 'AnnotationCollection' || parsed.type === 'AnnotationPage' || parsed.type === 'Annotation')) {
    return fromAnnotations(parsed, summary);
  }
  if (Array.isArray(parsed) && parsed.every((a) => isObject(a) && a.type === 'Annotation')) return fromAnnotations({ items: parsed }, summary);
  throw new Error(NOT_READABLE);
}

function fromBackup(backup: Backup, summary: ImportSummary): IncomingArticle[] {
  const articles = Array.isArray(backup.articles) ? backup.articles : [];
  const highlights = Array.isArray(backup.highlights) ? backup.highlights : [];
  const own = new Map<number, IncomingHighlight[]>();
  for (const h of highlights) {
    if (!isObject(h) || h.kind !== 'user') continue;
    const read = userHighlightOf(h);
    if (!read) {
      summary.skipped++;
      continue;
    }
    (own.get(h.articleId) ?? own.set(h.articleId, []).get(h.articleId)!).push(read);
  }
  const out: IncomingArticle[] = [];
  for (const a of articles) {
    if (!isArticle(a)) {
      summary.skipped++;
      continue;
    }
    const { id, ...row } = a;
    out.push({ article: row, url: a.url, highlights: own.get(id) ?? [] });
  }
  return out;
}

function userHighlightOf(h: HighlightRecord): IncomingHighlight | null {
  if (!isQuote(h.quoteSelector) || !isPosition(h.positionSelector)) return null;
  const createdAt = typeof h.createdAt === 'number' ? h.createdAt : 0;
  return {
    quote: h.quoteSelector, position: h.positionSelector, text: typeof h.text === 'string' ? h.text : h.quoteSelector.exact,
    ...(typeof h.note === 'string' && h.note ? { note: h.note } : {}),
    createdAt, updatedAt: typeof h.updatedAt === 'number' ? h.updatedAt : createdAt,
  };
}

function fromAnnotations(parsed: Record<string, unknown>, summary: ImportSummary): IncomingArticle[] {
  const byUrl = new Map<string, IncomingArticle>();
  const collection = parsed as Partial<AnnotationCollection> & { items?: unknown[] };
  for (const a of Array.isArray(collection.articles) ? collection.articles : []) {
    if (!isArticle(a)) {
      summary.skipped++;
      continue;
    }
    const { id: _id, ...row } = a;
    byUrl.set(a.url, { article: row, url: a.url, highlights: [] });
  }
  const items: unknown[] = parsed.type === 'Annotation' ? [parsed] : (collection.first?.items ?? collection.items ?? []);
  for (const item of items) {
    const read = isObject(item) ? annotationOf(item as unknown as Annotation) : null;
    if (read === 'report') continue; // Rebuilt from the article's report.
    if (!read) {
      summary.skipped++;
      continue;
    }
    const entry = byUrl.get(read.url) ?? byUrl.set(read.url, { article: null, url: read.url, highlights: [] }).get(read.url)!;
    entry.highlights.push(read.highlight);
  }
  return [...byUrl.values()];
}

/** A reader's highlight from an annotation; 'report' for one of Factmark's own analysis highlights. */
function annotationOf(a: Annotation): { url: string; highlight: IncomingHighlight } | 'report' | null {
  const bodies = Array.isArray(a.body) ? a.body : a.body ? [a.body as unknown as Annotation['body'][number]] : [];
  const kind = bodies.find((b) => isObject(b) && b.purpose === 'classifying')?.value as HighlightKind | undefined;
  if (kind && REPORT_KINDS.includes(kind)) return 'report';
  const target = (Array.isArray(a.target) ? a.target[0] : a.target) as unknown;
  if (!isObject(target) || typeof target.source !== 'string') return null;
  const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]) as unknown[];
  const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined;
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) return null;
  const position = selectors.find(isPosition) as TextPositionSelector | undefined;
  const note = bodies.filter((b) => isObject(b) && (b.purpose === 'commenting' || (!b.purpose && typeof b.value === 'string'))).map((b) => b.value).join('\n');
  const createdAt = Date.parse(a.created ?? '') || 0;
  return {
    url: target.source,
    highlight: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      // Another tool may give no position: -1 says "unknown", and anchoring falls back to the quote.
      position: position ? { type: 'TextPositionSelector', start: position.start, end: position.end } : { type: 'TextPositionSelector', start: -1, end: -1 },
      text: quote.exact,
      ...(note ? { note } : {}),
      createdAt,
      updatedAt: Date.parse(a.modified ?? '') || createdAt,
    },
  };
}

const passageKey = (quote: TextQuoteSelector, position: TextPositionSelector) => `${position.start}\u0000${quote.exact}`;

async function mergeOne(db: FactmarkDB, item: IncomingArticle, counts: ImportSummary): Promise<void> {
  let existing = await db.articles.where('url').equals(item.url).first();
  let id: number;
  if (!existing) {
    const row = item.article ?? minimalArticle(item);
    id = await db.articles.add(row as ArticleRecord);
    if (!row.userOnly) await db.highlights.bulkAdd(highlightsFor(row.report, id));
    existing = { ...row, id };
    counts.articlesAdded++;
  } else {
    id = existing.id;
    const newer = item.article && !item.article.userOnly && (existing.userOnly || item.article.updatedAt > existing.updatedAt);
    if (newer) {
      const row = { ...item.article!, id, savedAt: Math.min(existing.savedAt, item.article!.savedAt) };
      await db.articles.put(row);
      await db.highlights.where('articleId').equals(id).filter((h) => REPORT_KINDS.includes(h.kind)).delete();
      await db.highlights.bulkAdd(highlightsFor(row.report, id));
      // The reader's highlights stay; place them again in the new report's blocks.
      const mine = await db.highlights.where('articleId').equals(id).filter((h) => h.kind === 'user').toArray();
      await db.highlights.bulkPut(mine.map((h) => ({ ...h, ...placeInBlocks(row.report, h.quoteSelector, h.positionSelector) })));
      existing = row;
      counts.articlesUpdated++;
    } else {
      counts.articlesUnchanged++;
    }
  }
  const own = await db.highlights.where('articleId').equals(id).filter((h) => h.kind === 'user').toArray();
  const known = new Map(own.map((h) => [passageKey(h.quoteSelector, h.positionSelector), h]));
  for (const h of item.highlights) {
    const same = known.get(passageKey(h.quote, h.position));
    if (same) {
      if (h.updatedAt > (same.updatedAt ?? 0) && h.note !== same.note) {
        const { note: _old, ...rest } = same;
        await db.highlights.put({ ...rest, ...(h.note ? { note: h.note } : {}), updatedAt: h.updatedAt });
        counts.highlightsUpdated++;
      }
      continue;
    }
    const row: Omit<HighlightRecord, 'id'> = {
      articleId: id, kind: 'user', text: h.text, ...placeInBlocks(existing.report, h.quote, h.position),
      quoteSelector: h.quote, positionSelector: h.position, speakerId: null, speakerName: null,
      ...(h.note ? { note: h.note } : {}), createdAt: h.createdAt, updatedAt: h.updatedAt,
    };
    const added = await db.highlights.add(row as HighlightRecord);
    known.set(passageKey(h.quote, h.position), { ...row, id: added });
    counts.highlightsAdded++;
  }
  await indexArticle(db, id);
}

function minimalArticle(item: IncomingArticle): Omit<ArticleRecord, 'id'> {
  const times = item.highlights.map((h) => h.createdAt).filter((t) => t > 0);
  const savedAt = times.length ? Math.min(...times) : Date.now();
  const report: Report = {
    schema: 'factmark.analysis/1',
    article: { url: item.url, title: item.url, byline: null, siteName: null, lang: null, publishedTime: null, excerpt: null, textLength: 0 },
    blocks: [], sentences: [], claims: [], speakers: [], quotes: [], mentions: [], repeats: [], keyPoints: [],
    timingsMs: { extract: 0, analyze: 0 },
  };
  return { url: item.url, title: item.url, siteName: null, byline: null, publishedTime: null, lang: null, savedAt, updatedAt: savedAt, report, userOnly: true };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isQuote(x: unknown): x is TextQuoteSelector {
  return isObject(x) && x.type === 'TextQuoteSelector' && typeof x.exact === 'string' && typeof x.prefix === 'string' && typeof x.suffix === 'string';
}

function isPosition(x: unknown): x is TextPositionSelector {
  return isObject(x) && x.type === 'TextPositionSelector' && Number.isInteger(x.start) && Number.isInteger(x.end);
}

const REPORT_ARRAYS = ['blocks', 'sentences', 'claims', 'speakers', 'quotes', 'mentions', 'repeats', 'keyPoints'] as const;

function isArticle(x: unknown): x is ArticleRecord {
  if (!isObject(x) || typeof x.url !== 'string' || !x.url || typeof x.title !== 'string') return false;
  if (typeof x.savedAt !== 'number' || typeof x.updatedAt !== 'number' || !isObject(x.report)) return false;
  const report = x.report;
  return isObject(report.article) && REPORT_ARRAYS.every((k) => Array.isArray(report[k]));
}
