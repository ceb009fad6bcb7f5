// The command-line analyser (../shared/docs/analysis-report.md): the extension's own lib/ code in Node, with
// linkedom as the DOM for Readability. Only the report goes to standard output; everything else to stderr.
//
//   npm run -s analyze -- PAGE.html [--url URL] [--format json|markdown]
//   npm run -s analyze -- ARTICLE.txt [--format json|markdown]
//   npm run -s analyze -- --batch DOCS.jsonl        (one {"id", "html"|"text", "url"?} per line in, one report per line out)
//
// Exit status: 0 every document analysed, 1 any failed, 2 bad usage (or an input file that cannot be read).
import { DOMParser } from 'linkedom';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Report } from '../lib/analysis/types';
import { extractArticle, isArticlePage, MIN_ARTICLE_CHARS } from '../lib/extraction/extract-article';
import { reportForArticle, reportForText } from '../lib/report/analyze-article';
import { reportToMarkdown } from '../lib/report/markdown';

const USAGE = `usage: npm run -s analyze -- PAGE.html [--url URL] [--format json|markdown]
       npm run -s analyze -- ARTICLE.txt [--format json|markdown]
       npm run -s analyze -- --batch DOCS.jsonl
A file named "-" is read from standard input.`;

type Format = 'json' | 'markdown';
type Args =
  | { mode: 'single'; file: string; url: string | null; format: Format }
  | { mode: 'batch'; file: string }
  | { mode: 'help' };

class UsageError extends Error {}
/** A document that cannot be analysed: its message is the report's "error". */
class DocumentError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let batch: string | null = null;
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--help' || arg === '-h') return { mode: 'help' };
    else if (arg === '--batch') batch = value();
    else if (arg === '--url') url = value();
    else if (arg === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'markdown') throw new UsageError(`--format is json or markdown, not "${f}"`);
      format = f;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one input file at a time (got "${file}" and "${arg}"); use --batch for many`);
  }
  if (batch !== null) {
    if (file !== null) throw new UsageError('give either a file or --batch, not both');
    if (url !== null) throw new UsageError('--url is per document in --batch mode ("url" on each line)');
    if (format !== 'json') throw new UsageError('--batch writes JSON Lines; --format markdown takes one document');
    return { mode: 'batch', file: batch };
  }
  if (file === null) throw new UsageError('no input file');
  return { mode: 'single', file, url, format };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

// By name first; a nameless or unusual file is HTML when it opens with a tag, a comment or a doctype.
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const LOOKS_LIKE_HTML = /^\uFEFF?\s*<(?:!doctype|!--|html|head|body|[a-z][\w-]*[\s>/])/i;

function isHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  return LOOKS_LIKE_HTML.test(content);
}

/** The page's own address when the caller gave none: its canonical link, else og:url. */
function pageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  const url = canonical || og;
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function warn(message: string): void {
  process.stderr.write(`factmark: ${message}\n`);
}

function analyzeHtml(html: string, url: string | null, label: string): Report {
  const t0 = performance.now();
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  } catch (e) {
    throw new DocumentError(`cannot parse the HTML: ${(e as Error).message}`);
  }
  const t1 = performance.now();
  // The command line paints nothing, so it skips the map back to the page.
  const article = extractArticle(doc, { url: url ?? pageUrl(doc), mapToLive: false });
  const t2 = performance.now();
  if (!article) {
    throw new DocumentError(`not an article: no main text of at least ${MIN_ARTICLE_CHARS} characters was found on the page`);
  }
  if (!isArticlePage(doc)) warn(`${label}: does not look like an article to Readability's quick check; analysed anyway`);
  // "parse" (linkedom reading the HTML) is kept apart: in the extension the browser has already done it.
  return reportForArticle(article, { extract: t2 - t1, parse: t1 - t0 });
}

function analyzeText(text: string, url: string | null): Report {
  const report = reportForText(text, { url });
  if (!report) throw new DocumentError('no text: the document is empty');
  return report;
}

function errorMessage(e: unknown): string {
  if (e instanceof DocumentError) return e.message;
  return `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
}

function runSingle(args: Extract<Args, { mode: 'single' }>): number {
  const content = readInput(args.file);
  let report: Report;
  try {
    report = isHtml(args.file, content) ? analyzeHtml(content, args.url, args.file) : analyzeText(content, args.url);
  } catch (e) {
    warn(`${args.file}: ${errorMessage(e)}`);
    return 1;
  }
  process.stdout.write(args.format === 'markdown' ? reportToMarkdown(report) : JSON.stringify(report, null, 2) + '\n');
  return 0;
}

interface BatchLine {
  id?: unknown;
  html?: unknown;
  text?: unknown;
  url?: unknown;
}

/** One input line -> one output line (report with "id", or {"id", "error"}). */
function batchLine(line: string, lineNo: number): { out: object; ok: boolean } {
  let doc: BatchLine;
  try {
    doc = JSON.parse(line) as BatchLine;
  } catch {
    return { out: { id: null, error: `line ${lineNo}: not valid JSON` }, ok: false };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { out: { id: null, error: `line ${lineNo}: not a JSON object` }, ok: false };
  }
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? doc.id : null;
  const fail = (error: string) => ({ out: { id, error }, ok: false });
  if (id === null) return fail(`line ${lineNo}: "id" (a string) is missing`);
  if (doc.url !== undefined && doc.url !== null && typeof doc.url !== 'string') return fail('"url" must be a string');
  const url = typeof doc.url === 'string' ? doc.url : null;
  const hasHtml = typeof doc.html === 'string';
  const hasText = typeof doc.text === 'string';
  if (hasHtml === hasText) return fail('give exactly one of "html" and "text" (a string)');
  try {
    const report = hasHtml ? analyzeHtml(doc.html as string, url, `document ${id}`) : analyzeText(doc.text as string, url);
    return { out: { id, ...report }, ok: true };
  } catch (e) {
    return fail(errorMessage(e));
  }
}

// Progress on stderr every this many documents: often enough to see a long batch move, rarely enough not to flood.
const PROGRESS_EVERY = 100;

async function runBatch(file: string): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (file === '-') input = process.stdin;
  else {
    // Open eagerly so a missing file is a usage error, not a stream error later.
    readInputCheck(file);
    input = createReadStream(file, 'utf8');
  }
  let lineNo = 0;
  let done = 0;
  let failed = 0;
  const t0 = performance.now();
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    const { out, ok } = batchLine(line, lineNo);
    done++;
    if (!ok) {
      failed++;
      warn(`line ${lineNo}: ${(out as { error: string }).error}`);
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    if (done % PROGRESS_EVERY === 0) warn(`${done} documents, ${failed} failed`);
  }
  warn(`${done} documents, ${failed} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

function readInputCheck(file: string): void {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (!isFile) throw new UsageError(`cannot read ${file}: not a file`);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.mode === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    return args.mode === 'batch' ? await runBatch(args.file) : runSingle(args);
  } catch (e) {
    if (e instanceof UsageError) {
      warn(e.message);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
