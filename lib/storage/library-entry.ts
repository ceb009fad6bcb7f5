// The library's index rows, derived from an article and the reader's own highlights on it (schema v2):
// - an entry: the little the result list and the filters need (title, site, dates, speakers, kinds, counts),
//   so the library never reads the whole reports to show a page of results;
// - its terms: the words a search looks up (title, site, byline, speakers, key points, claims, quotes, the
//   reader's highlights and notes). Both are rebuilt whenever the article or its highlights change.
import type { Report } from '../analysis/types';
import { indexWords } from '../library/search-words';
import { speakerKey, surnameKey } from '../library/speaker-key';
import type { ArticleRecord, HighlightKind, HighlightRecord } from './records';

/** One speaker of one article, as the cross-article speaker view needs it without the report. */
export interface EntrySpeaker {
  /** speakerKey(name): equal for the spellings of one name. */
  key: string;
  name: string;
  roles: string[];
  quotes: number;
}

export interface LibraryEntry {
  /** The article's id. */
  id: number;
  url: string;
  title: string;
  /** The title folded for sorting A–Z. */
  titleKey: string;
  siteName: string | null;
  /** The host without "www.": what the site filter matches. */
  site: string;
  savedAt: number;
  /** The article's date for filters and sorting: when it was published if the page says, else when saved. */
  date: number;
  speakers: EntrySpeaker[];
  /** Every speaker's key and surname key: the speaker filter's index. */
  speakerKeys: string[];
  /** The kinds of highlight the article has: the kind filter's index. */
  kinds: HighlightKind[];
  counts: Partial<Record<HighlightKind, number>>;
  /** The article's first key point, shown under the title. */
  summary: string | null;
  userOnly: boolean;
}

/**
 * A search word of the reader's own highlights (their text and notes) is indexed twice: plainly, like every
 * other word, and with this prefix, so the "my highlights" filter can look in them alone. Other kinds are
 * filtered by the kinds an article has (entries' `kinds`): their words are many, and indexing them per kind
 * would multiply the keys a typed prefix has to read.
 */
export const OWN_PREFIX = 'u:';

/** Where a search looks for a word: everywhere (''), or in the reader's highlights only. */
export function termPrefixFor(kind: HighlightKind | null): string {
  return kind === 'user' ? OWN_PREFIX : '';
}

export interface TermsRecord {
  /** The article's id. */
  id: number;
  /** Every search word of the article, and its own highlights' words again with OWN_PREFIX ("u:budget"). */
  words: string[];
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function dateOf(article: ArticleRecord): number {
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  return Number.isFinite(published) ? published : article.savedAt;
}

function entrySpeakers(report: Report): EntrySpeaker[] {
  const quotes = new Map<string, number>();
  for (const q of report.quotes) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
  return report.speakers
    .filter((s) => s.kind !== 'unnamed')
    .map((s) => ({ key: speakerKey(s.name), name: s.name, roles: [...s.roles], quotes: quotes.get(s.id) ?? 0 }))
    .filter((s) => s.key);
}

export function entryFor(article: ArticleRecord, userHighlights: readonly HighlightRecord[]): LibraryEntry {
  const { report } = article;
  const counts: Partial<Record<HighlightKind, number>> = {};
  const add = (kind: HighlightKind, n: number) => {
    if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
  };
  add('claim', report.claims.length);
  add('quote', report.quotes.length);
  add('mention', report.mentions.length);
  add('repeat', report.repeats.length);
  add('key-point', report.keyPoints.length);
  add('user', userHighlights.length);
  const speakers = entrySpeakers(report);
  const speakerKeys = new Set<string>();
  for (const s of speakers) {
    speakerKeys.add(s.key);
    speakerKeys.add(surnameKey(s.name));
  }
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    titleKey: article.title.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase(),
    siteName: article.siteName,
    site: hostOf(article.url),
    savedAt: article.savedAt,
    date: dateOf(article),
    speakers,
    speakerKeys: [...speakerKeys],
    kinds: Object.keys(counts) as HighlightKind[],
    counts,
    summary: report.keyPoints[0]?.text ?? null,
    userOnly: article.userOnly === true,
  };
}

export function termsFor(article: ArticleRecord, userHighlights: readonly HighlightRecord[]): TermsRecord {
  const { report } = article;
  const words = new Set<string>();
  const addText = (text: string | null | undefined, prefix = '') => {
    if (text) for (const w of indexWords(text)) words.add(prefix + w);
  };
  addText(article.title);
  addText(article.siteName);
  addText(hostOf(article.url));
  addText(article.byline);
  for (const s of report.speakers) if (s.kind !== 'unnamed') addText([s.name, ...s.roles].join(' '));
  for (const k of report.keyPoints) addText(k.text);
  for (const c of report.claims) addText(c.text);
  for (const q of report.quotes) addText(q.text);
  for (const h of userHighlights) {
    addText(`${h.text} ${h.note ?? ''}`);
    addText(`${h.text} ${h.note ?? ''}`, OWN_PREFIX);
  }
  return { id: article.id, words: [...words] };
}
