// How well lib/extraction maps the article back to the page, over the saved corpus (../shared/corpus):
// share of blocks and sentence-sized spans that locate, share whose located text is exactly the span's,
// agreement with Readability's own text, and time per page (Node + linkedom; the browser is faster).
//   npx tsx scripts/eval-extraction.ts [--verbose]
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, isArticlePage } from '../lib/extraction/extract-article';
import { rangeText } from '../lib/extraction/range-text';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
const verbose = process.argv.includes('--verbose');

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const squeeze = (s: string) => s.replace(/\s+/g, '');
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}

interface Totals { pages: number; extracted: number; blocks: number; blocksLocated: number; spans: number;
  spansLocated: number; spansExact: number; textAgrees: number; articleAgrees: number; withVerdict: number }

const totals: Totals = { pages: 0, extracted: 0, blocks: 0, blocksLocated: 0, spans: 0, spansLocated: 0,
  spansExact: 0, textAgrees: 0, articleAgrees: 0, withVerdict: 0 };
const extractMs: number[] = [];
const pageShares: number[] = [];

function readerableVerdict(dir: string): boolean | null {
  const meta = join(dir, 'expected-metadata.json');
  if (!existsSync(meta)) return true; // every Article Extraction Benchmark page is an article
  const r = (JSON.parse(readFileSync(meta, 'utf8')) as { readerable?: boolean }).readerable;
  return typeof r === 'boolean' ? r : null;
}

for (const set of ['readability', 'aeb']) {
  for (const name of readdirSync(join(CORPUS, set)).sort()) {
    const dir = join(CORPUS, set, name);
    const file = join(dir, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    totals.pages++;
    const doc = parse(html);
    const verdict = readerableVerdict(dir);
    if (verdict !== null) {
      totals.withVerdict++;
      if (isArticlePage(doc) === verdict) totals.articleAgrees++;
      else if (verbose) console.log(`${set}/${name}: isArticlePage is ${!verdict}, corpus says ${verdict}`);
    }
    const t0 = performance.now();
    const article = extractArticle(doc);
    extractMs.push(performance.now() - t0);
    if (!article) {
      if (verbose) console.log(`${set}/${name}: no article`);
      continue;
    }
    totals.extracted++;

    let located = 0;
    let spans = 0;
    let spansLocated = 0;
    for (const block of article.blocks) {
      if (article.locate(block, 0, block.text.length)) located++;
      for (const seg of sentenceSegmenter.segment(block.text)) {
        const text = seg.segment.trimEnd();
        if (!text.trim()) continue;
        spans++;
        const range = article.locate(block, seg.index, seg.index + text.length);
        if (!range) continue;
        spansLocated++;
        if (collapse(rangeText(range) ?? '') === collapse(text)) totals.spansExact++;
        else if (verbose) console.log(`${set}/${name}: located text differs: ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    totals.blocks += article.blocks.length;
    totals.blocksLocated += located;
    totals.spans += spans;
    totals.spansLocated += spansLocated;
    pageShares.push(spans ? spansLocated / spans : 1);

    const own = new Readability(parse(html)).parse();
    const ours = squeeze(article.blocks.map((b) => b.text).join(''));
    if (own?.textContent && squeeze(own.textContent) === ours) totals.textAgrees++;
    else if (verbose) console.log(`${set}/${name}: block text differs from Readability's textContent`);
    if (verbose && located < article.blocks.length) console.log(`${set}/${name}: ${located}/${article.blocks.length} blocks located`);
  }
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;
console.log(`pages ${totals.pages}, article extracted ${totals.extracted}`);
console.log(`isArticlePage agrees with the corpus verdict: ${totals.articleAgrees}/${totals.withVerdict}`);
console.log(`blocks located: ${totals.blocksLocated}/${totals.blocks} = ${pct(totals.blocksLocated, totals.blocks)}`);
console.log(`sentence spans located: ${totals.spansLocated}/${totals.spans} = ${pct(totals.spansLocated, totals.spans)}` +
  ` (median page ${pct(quantile(pageShares, 0.5), 1)}, p10 ${pct(quantile(pageShares, 0.1), 1)})`);
console.log(`located spans whose page text is exactly the span: ${pct(totals.spansExact, totals.spansLocated)}`);
console.log(`pages whose block text equals Readability's textContent (whitespace aside): ${totals.textAgrees}/${totals.extracted}`);
console.log(`extractArticle ms (clone + map + Readability + blocks, linkedom): median ${quantile(extractMs, 0.5).toFixed(1)},` +
  ` p90 ${quantile(extractMs, 0.9).toFixed(1)}, max ${Math.max(...extractMs).toFixed(1)}`);
