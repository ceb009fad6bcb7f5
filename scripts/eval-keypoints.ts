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
  chooseKeyPoints, KEY_POINT_WEIGHTS, keyPointCandidates, keyPointText, type KeyPointWeights, type ScoredCandidate,
} from '../lib/analysis/key-points';
import { textToBlocks } from '../lib/analysis/text-to-blocks';
import { rouge, rougeN, rougeTokens, type RougeScores } from './rouge';

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
  referenceTokens: string[];
  lead3: string;
  candidates: ScoredCandidate[];
  /** Tokens of each candidate's key-point text, by sentence id. */
  tokens: Map<number, string[]>;
  texts: Map<number, string>;
}

const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
const prepared: Prepared[] = articles.map((a, line) => {
  const blocks = textToBlocks(a.article);
  const title = useTitle ? titleFromUrl(a.url) : null;
  const analysis = analyze(blocks, { title });
  const candidates = keyPointCandidates(blocks, analysis.sentences, analysis.claims, analysis.quotes, title);
  const texts = new Map(candidates.map((c) => [c.sentence.id, keyPointText(c.sentence)]));
  // The analysis's own key points must be what chooseKeyPoints gives with the shipped weights.
  const shipped = chooseKeyPoints(candidates, KEY_POINT_WEIGHTS).map((s) => s.id);
  const inAnalysis = analysis.keyPoints.map((k) => k.sentence);
  if (shipped.join() !== inAnalysis.join()) throw new Error(`article ${line}: key points differ from analyze()`);
  const reference = a.reference_highlights;
  return {
    line,
    reference,
    referenceTokens: rougeTokens(reference),
    lead3: analysis.sentences.slice(0, 3).map((s) => s.text).join(' '),
    candidates,
    tokens: new Map([...texts].map(([id, t]) => [id, rougeTokens(t)])),
    texts,
  };
});

const firstThree = (p: Prepared, weights: KeyPointWeights) => chooseKeyPoints(p.candidates, weights).slice(0, 3);

function meanRouge1(set: Prepared[], weights: KeyPointWeights): number {
  let sum = 0;
  for (const p of set) {
    const tokens = firstThree(p, weights).flatMap((s) => p.tokens.get(s.id) ?? []);
    sum += rougeN(tokens, p.referenceTokens, 1).f;
  }
  return sum / set.length;
}

// Coordinate ascent on mean ROUGE-1 of the fitting half: each weight in turn tries every value of a grid,
// keeping the best, until a pass changes nothing. The grid's 0.05 steps are the precision the weights
// are shipped with.
function fit(set: Prepared[], start: KeyPointWeights): KeyPointWeights {
  const weights = { ...start };
  const grid = Array.from({ length: 61 }, (_, i) => Math.round((i * 0.05 - 1) * 100) / 100);
  let best = meanRouge1(set, weights);
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const key of Object.keys(weights) as (keyof KeyPointWeights)[]) {
      for (const v of grid) {
        const trial = { ...weights, [key]: v };
        const score = meanRouge1(set, trial);
        if (score > best + 1e-6) {
          best = score;
          weights[key] = v;
          changed = true;
        }
      }
    }
    console.log(`  pass ${pass + 1}: ROUGE-1 ${(100 * best).toFixed(2)} ${JSON.stringify(weights)}`);
    if (!changed) break;
  }
  return weights;
}

const fitHalf = prepared.filter((p) => p.line % 2 === 0);
const heldHalf = prepared.filter((p) => p.line % 2 === 1);
let weights = KEY_POINT_WEIGHTS;
if (args.includes('--fit')) {
  console.log(`fitting on the ${fitHalf.length} even-line articles`);
  weights = fit(fitHalf, KEY_POINT_WEIGHTS);
}

function table(name: string, set: Prepared[]) {
  const mean = (scores: RougeScores[]) => {
    const m = (pick: (s: RougeScores) => number) => (100 * scores.reduce((a, s) => a + pick(s), 0)) / scores.length;
    return { r1: m((s) => s.r1.f), r2: m((s) => s.r2.f), rl: m((s) => s.rl.f) };
  };
  const ours = mean(set.map((p) => rouge(firstThree(p, weights).map((s) => p.texts.get(s.id) ?? '').join(' '), p.reference)));
  const lead = mean(set.map((p) => rouge(p.lead3, p.reference)));
  const fmt = (r: { r1: number; r2: number; rl: number }) => `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.rl.toFixed(2)}`;
  console.log(`${name.padEnd(26)} n=${String(set.length).padEnd(4)} key points ${fmt(ours)}   LEAD-3 ${fmt(lead)}   ` +
    `R-1 ratio ${(ours.r1 / lead.r1).toFixed(3)}`);
}

console.log(`CNN/DailyMail, ROUGE-1 / ROUGE-2 / ROUGE-L F1 (%), first three key points vs LEAD-3${useTitle ? '' : ' (no title)'}`);
table('all articles', prepared);
table('fitting half (even lines)', fitHalf);
table('held-out half (odd lines)', heldHalf);

for (const p of prepared.slice(0, show)) {
  console.log(`\n#${p.line} reference: ${p.reference}`);
  console.log(`  LEAD-3: ${p.lead3}`);
  for (const s of firstThree(p, weights)) console.log(`  - [${s.id}] ${p.texts.get(s.id)}`);
}
