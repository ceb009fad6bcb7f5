// The whole library as one Markdown file: per article, YAML front matter (title, url, site, saved) and then
// the same report the command line prints (lib/report/markdown.ts). Articles newest first.
import { reportToMarkdown } from '../report/markdown';
import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord } from './records';
import { storageError } from './storage-error';

// A JSON string is a valid YAML double-quoted scalar (YAML 1.2 is a superset of JSON), so page text can never
// end the front matter ("---"), start a YAML structure or inject a key.
function yamlString(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
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
