// The whole library as one Markdown file: per article, YAML front matter (title, url, site, saved) and then
// the same report the command line prints (lib/report/markdown.ts). Articles newest first.
import { reportToMarkdown } from '../report/markdown';
import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord } from './records';
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

export function articleToMarkdown(article: ArticleRecord): string {
  const front = [
    '---',
    `title: ${yamlString(article.title)}`,
    `url: ${yamlString(article.url)}`,
    `site: ${yamlString(article.siteName)}`,
    `saved: ${new Date(article.savedAt).toISOString()}`,
    '---',
    '',
  ];
  return front.join('\n') + reportToMarkdown(article.report);
}

export async function exportMarkdown(db: FactmarkDB): Promise<string> {
  let articles: ArticleRecord[];
  try {
    articles = await db.articles.orderBy('savedAt').reverse().toArray();
  } catch (error) {
    throw storageError('export the library', error);
  }
  return articles.map(articleToMarkdown).join('\n');
}
