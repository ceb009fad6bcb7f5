// The library as Markdown, for note apps (Obsidian, Logseq, Bear, iA Writer…): per article, YAML front matter
// they read as properties (title, url, site, author, published, saved, tags), then the same report the command
// line prints (lib/report/markdown.ts) and the reader's own highlights with their notes. Either all articles in
// one file (newest first) or one file per article (exportMarkdownFiles, zipped by the library page).
import { escapeMarkdown } from '../report/escape-markdown';
import { reportToMarkdown } from '../report/markdown';
import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord, HighlightRecord } from './records';
import { storageError } from './storage-error';

// A JSON string is a valid YAML double-quoted scalar (YAML 1.2 is a superset of JSON), so page text can never
// end the front matter ("---"), start a YAML structure or inject a key.
// JSON leaves DEL, the C1 controls, the BOM and the Unicode line/paragraph separators raw; YAML wants them
// escaped (non-printable, or a line break to YAML 1.1 readers).
const YAML_UNPRINTABLE = /[\u007F-\u009F\u2028\u2029\uFEFF]/g;
function yamlString(value: string | null): string {
  if (value === null) return 'null';
  return JSON.stringify(value).replace(YAML_UNPRINTABLE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The reader's highlights, in reading order, each quoted with its note under it. */
function ownHighlights(highlights: readonly HighlightRecord[]): string {
  const own = highlights.filter((h) => h.kind === 'user').sort((a, b) => a.positionSelector.start - b.positionSelector.start || a.id - b.id);
  if (!own.length) return '';
  const lines = ['', '## My highlights', ''];
  for (const h of own) {
    lines.push(`> ${escapeMarkdown(h.text)}`, '');
    if (h.note) lines.push(`Note: ${escapeMarkdown(h.note)}`, '');
  }
  return lines.join('\n');
}

export function articleToMarkdown(article: ArticleRecord, highlights: readonly HighlightRecord[] = []): string {
  const front = [
    '---',
    `title: ${yamlString(article.title)}`,
    `url: ${yamlString(article.url)}`,
    `site: ${yamlString(article.siteName)}`,
    `author: ${yamlString(article.byline)}`,
    `published: ${yamlString(article.publishedTime)}`,
    `saved: ${new Date(article.savedAt).toISOString()}`,
    'tags: [factmark]',
    '---',
    '',
  ];
  return front.join('\n') + reportToMarkdown(article.report) + ownHighlights(highlights);
}

async function articlesWithHighlights(db: FactmarkDB): Promise<Array<[ArticleRecord, HighlightRecord[]]>> {
  try {
    return await db.transaction('r', db.articles, db.highlights, async () => {
      const articles = await db.articles.orderBy('savedAt').reverse().toArray();
      const own = await db.highlights.where('kind').equals('user').toArray();
      const byArticle = new Map<number, HighlightRecord[]>();
      for (const h of own) (byArticle.get(h.articleId) ?? byArticle.set(h.articleId, []).get(h.articleId)!).push(h);
      return articles.map((a): [ArticleRecord, HighlightRecord[]] => [a, byArticle.get(a.id) ?? []]);
    });
  } catch (error) {
    throw storageError('export the library', error);
  }
}

/** Every article in one Markdown text, newest first. */
export async function exportMarkdown(db: FactmarkDB): Promise<string> {
  return (await articlesWithHighlights(db)).map(([a, h]) => articleToMarkdown(a, h)).join('\n');
}

export interface NamedFile {
  name: string;
  text: string;
}

// File names stay short enough for every file system and readable in a file list.
const NAME_CHARS = 60;

/** "2026-05-01-bridge-to-open-in-may.md": the saved date, then the title in plain ASCII. */
export function markdownFileName(article: ArticleRecord): string {
  const slug = article.title
    .normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, NAME_CHARS).replace(/-+$/, '');
  return `${new Date(article.savedAt).toISOString().slice(0, 10)}-${slug || 'article'}.md`;
}

/** One Markdown file per article, newest first; equal names get "-2", "-3". */
export async function exportMarkdownFiles(db: FactmarkDB): Promise<NamedFile[]> {
  const used = new Map<string, number>();
  return (await articlesWithHighlights(db)).map(([article, highlights]) => {
    const base = markdownFileName(article);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { name: n === 1 ? base : base.replace(/\.md$/, `-${n}.md`), text: articleToMarkdown(article, highlights) };
  });
}
