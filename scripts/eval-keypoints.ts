// Key points on CNN/DailyMail (../shared/data/cnndm, 100 test-split articles with the publishers' own
// highlights): ROUGE-1/2/L F1 of the first three key points the extension extracts, against LEAD-3 (the
// article's first three sentences), both cut by the same sentence splitter and scored by the same code
// (scripts/rouge.ts: lowercased alphanumeric tokens, no stemming, F-measure; ROUGE-L is the LCS of the
// joined sentences). Means over articles, in percent.
//
// The articles are split in two by line number: the signal weights in lib/analysis/key-points.ts were
// fitted (--fit) on the even lines only, so the odd half is held out. The title comes from the article's
// URL (Daily Mail and CNN put the headline words in the address); the extension uses the page's own title.
//   npm run eval:keypoints [-- --fit] [-- --no-title] [-- --show N]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/analysis/analyze';
import {
  chooseKeyPoints, keyPointArticle, keyPointText, WORD_SIGNALS, WORD_WEIGHTS, wordTokens, type KeyPointArticle,
  type WordSignal,
} from '../lib/analysis/key-points';
import { textToBlocks } from '../lib/analysis/text-to-blocks';
import { rouge, type RougeScores } from './rouge';

interface Article {
  id: string;
  source: 'cnn' | 'dailymail';
  url: string;
  article: string;
  reference_highlights: string;
}

const file = path.resolve(process.cwd(), '../shared/data/cnndm/cnndm_dev_100.jsonl');
const args = process.argv.slice(2);
const useTitle = !args.includes('--no-title');
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? Number(args[showIndex + 1] ?? 5) : 0;

// The headline words of the address: ".../article-3023941/Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html"
// or ".../2015/04/08/us/feat-nasa-scientist-alien-life/index.html".
export function titleFromUrl(url: string): string {
  const parts = url.replace(/[?#].*$/, '').split('/').filter((p) => p && !/^index\.html?$/.test(p));
  const slug = (parts[parts.length - 1] ?? '').replace(/\.html?$/, '');
  return slug.replace(/^feat-/, '').replace(/[-_]+/g, ' ');
}

interface Prepared {
  line: number;
  reference: string;
  lead3: string;
  article: KeyPointArticle;
}

const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
const prepared: Prepared[] = articles.map((a, line) => {
  const blocks = textToBlocks(a.article);
  const title = useTitle ? titleFromUrl(a.url) : null;
  const analysis = analyze(blocks, { title });
  const article = keyPointArticle(blocks, analysis.sentences, analysis.quotes, title);
  // What is scored here must be what the extension shows: the analysis's own key points.
  const shipped = chooseKeyPoints(article).map((s) => s.id);
  const inAnalysis = analysis.keyPoints.map((k) => k.sentence);
  if (shipped.join() !== inAnalysis.join()) throw new Error(`article ${line}: key points differ from analyze()`);
  return { line, reference: a.reference_highlights, lead3: analysis.sentences.slice(0, 3).map((s) => s.text).join(' '), article };
});

const firstThree = (p: Prepared, weights: Record<WordSignal, number>) =>
  chooseKeyPoints(p.article, weights).slice(0, 3).map(keyPointText).join(' ');

// Poisson regression of each article word's count in the reference highlights on its signals: Newton's
// method on the summed negative log-likelihood (convex), with a unit ridge on every weight but the bias and
// damped first steps (the start is far from the optimum). The words of the articles on even lines are the
// examples.
function fit(set: Prepared[]): Record<WordSignal, number> {
  const examples: { x: number[]; y: number }[] = [];
  for (const p of set) {
    const counts = new Map<string, number>();
    for (const t of wordTokens(p.reference)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [word, x] of p.article.words) examples.push({ x, y: counts.get(word) ?? 0 });
  }
  const d = WORD_SIGNALS.length;
  let w = Array<number>(d).fill(0);
  w[0] = -3;
  for (let step = 0; step < 40; step++) {
    const g = Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => Array<number>(d).fill(0));
    for (const { x, y } of examples) {
      let z = 0;
      for (let k = 0; k < d; k++) z += (x[k] as number) * (w[k] as number);
      const mu = Math.exp(z);
      for (let k = 0; k < d; k++) {
        g[k] = (g[k] as number) + (mu - y) * (x[k] as number);
        const row = h[k] as number[];
        for (let l = 0; l < d; l++) row[l] = (row[l] as number) + mu * (x[k] as number) * (x[l] as number);
      }
    }
    for (let k = 1; k < d; k++) {
      g[k] = (g[k] as number) + (w[k] as number);
      (h[k] as number[])[k] = ((h[k] as number[])[k] as number) + 1;
    }
    const dw = solve(h, g);
    const rate = step < 8 ? 0.3 : 1;
    w = w.map((v, k) => v - rate * (dw[k] as number));
  }
  const weights = Object.fromEntries(WORD_SIGNALS.map((k, i) => [k, Math.round((w[i] as number) * 100) / 100])) as Record<WordSignal, number>;
  const meanLength = set.reduce((a, p) => a + wordTokens(p.reference).length, 0) / set.length;
  console.log(`fitted on the words of the ${set.length} even-line articles (${examples.length} examples); ` +
    `mean reference length ${meanLength.toFixed(1)} words`);
  console.log(`  WORD_WEIGHTS = ${JSON.stringify(weights)}`);
  return weights;
}

/** x with a·x = b, by Gauss-Jordan elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i] as number]);
  const n = b.length;
  for (let i = 0; i < n; i++) {
    let pivot = i;
    for (let j = i + 1; j < n; j++) if (Math.abs((m[j] as number[])[i] as number) > Math.abs((m[pivot] as number[])[i] as number)) pivot = j;
    [m[i], m[pivot]] = [m[pivot] as number[], m[i] as number[]];
    const top = m[i] as number[];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const row = m[j] as number[];
      const f = (row[i] as number) / (top[i] as number);
      for (let k = i; k <= n; k++) row[k] = (row[k] as number) - f * (top[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

const fitHalf = prepared.filter((p) => p.line % 2 === 0);
const heldHalf = prepared.filter((p) => p.line % 2 === 1);
const weights = args.includes('--fit') ? fit(fitHalf) : WORD_WEIGHTS;

function table(name: string, set: Prepared[]) {
  const mean = (scores: RougeScores[]) => {
    const m = (pick: (s: RougeScores) => number) => (100 * scores.reduce((a, s) => a + pick(s), 0)) / scores.length;
    return { r1: m((s) => s.r1.f), r2: m((s) => s.r2.f), rl: m((s) => s.rl.f) };
  };
  const ours = mean(set.map((p) => rouge(firstThree(p, weights), p.reference)));
  const lead = mean(set.map((p) => rouge(p.lead3, p.reference)));
  const fmt = (r: { r1: number; r2: number; rl: number }) => `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.rl.toFixed(2)}`;
  console.log(`${name.padEnd(26)} n=${String(set.length).padEnd(4)} key points ${fmt(ours)}   LEAD-3 ${fmt(lead)}   ` +
    `R-1 ratio ${(ours.r1 / lead.r1).toFixed(3)}`);
}

console.log(`CNN/DailyMail, ROUGE-1 / ROUGE-2 / ROUGE-L F1 (%), first three key points vs LEAD-3${useTitle ? '' : ' (no title)'}`);
table('all articles', prepared);
table('fitting half (even lines)', fitHalf);
table('held-out half (odd lines)', heldHalf);

// How much of the ratio is the choice of articles: the ratio over 2,000 resamples (with replacement) of the
// 100 articles, each article's two scores kept together. A fixed-seed generator keeps the run reproducible.
function bootstrap(set: Prepared[], resamples = 2000): [number, number] {
  const ours = set.map((p) => rouge(firstThree(p, weights), p.reference).r1.f);
  const lead = set.map((p) => rouge(p.lead3, p.reference).r1.f);
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ratios: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let o = 0;
    let l = 0;
    for (let k = 0; k < set.length; k++) {
      const j = Math.floor(random() * set.length);
      o += ours[j] as number;
      l += lead[j] as number;
    }
    ratios.push(o / l);
  }
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(resamples * 0.025)] as number, ratios[Math.floor(resamples * 0.975) - 1] as number];
}
const [low, high] = bootstrap(prepared);
console.log(`R-1 ratio, all articles: 95% bootstrap interval ${low.toFixed(3)}–${high.toFixed(3)} (2,000 resamples)`);

for (const p of prepared.slice(0, show)) {
  console.log(`\n#${p.line} reference: ${p.reference}`);
  console.log(`  LEAD-3: ${p.lead3}`);
  for (const s of chooseKeyPoints(p.article, weights)) console.log(`  - [${s.id}] ${keyPointText(s)}`);
}
