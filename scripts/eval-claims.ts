// Check-worthiness on CLEF CheckThat! 2024 Task 1 English (ClaimBuster sentences, CC BY 4.0: Arslan, Hassan,
// Li and Tremayne, 2020; Hasanain et al., 2024): precision, recall and F1 of the check-worthy class on the
// dev and devtest splits, for the shipped scorer and two baselines, then the seed articles' gold (news).
// The model (scripts/train-claims.ts) is trained on train; its blend and threshold come from cross-validation
// over train grouped by debate; dev and devtest are only measured here.
// --rules measures the do-not-flag rules (lib/analysis/claims/uncheckable.ts) on dev, one by one, and lists
// what they remove from the seeds and from the CNN/DailyMail dev articles (news). Devtest is never broken
// down by rule: no rule is chosen there.
//   npm run eval:claims [-- --sweep] [-- --errors] [-- --rules]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/analysis/analyze';
import { claimModel } from '../lib/analysis/claims/claim-model';
import { CLAIM_THRESHOLD, findClaims } from '../lib/analysis/claims/find-claims';
import { candidateContext, handScore, scoreSentence } from '../lib/analysis/claims/score-sentence';
import { UNCHECKABLE_RULES, type UncheckableRule } from '../lib/analysis/claims/uncheckable';
import { textToBlocks } from '../lib/analysis/text-to-blocks';
import type { Analysis, Block } from '../lib/analysis/types';

interface Row {
  id: string;
  text: string;
  label: 0 | 1;
}

interface SeedGold {
  claims: { mustFlag: string[]; mustNotFlag: string[] };
}

const dataDir = path.resolve(process.cwd(), '../shared/data/checkworthiness');
const cnndmFile = path.resolve(process.cwd(), '../shared/data/cnndm/cnndm_dev_100.jsonl');
const seedsDir = path.resolve(process.cwd(), '../shared/seeds');

function load(split: string): Row[] {
  return readFileSync(path.join(dataDir, `ct24_en_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function prf(flagged: boolean[], labels: number[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  flagged.forEach((f, i) => {
    if (f && labels[i]) tp++;
    else if (f) fp++;
    else if (labels[i]) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}`;
}

// Average precision of the ranking, threshold-free: whether misses come from the order of the scores or
// from where the threshold cuts it (round 2: devtest AP was high while recall was 0.51).
function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  let tp = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (!labels[i]) return;
    tp++;
    sum += tp / (rank + 1);
  });
  return tp ? sum / tp : 0;
}

const sweep = process.argv.includes('--sweep');
const errors = process.argv.includes('--errors');
const rulesReport = process.argv.includes('--rules');

// The flagged sentences of an analysed article that the do-not-flag rules removed, each with the first rule
// that removes it alone; by text, so a sentence printed twice (a repeat) counts once.
function removedByRules(blocks: Block[], analysis: Analysis): { text: string; rule: UncheckableRule }[] {
  const texts = (rules: readonly UncheckableRule[]) =>
    new Set(findClaims(blocks, analysis.sentences, analysis.quotes, rules).map((c) => c.text));
  const kept = texts(UNCHECKABLE_RULES);
  const keptBy = new Map(UNCHECKABLE_RULES.map((r) => [r, texts([r])]));
  return [...texts([])].flatMap((text) => {
    if (kept.has(text)) return [];
    const rule = UNCHECKABLE_RULES.find((r) => !keptBy.get(r)?.has(text));
    return rule ? [{ text, rule }] : [];
  });
}
const shippedScore = (text: string) => scoreSentence(text)?.score ?? 0;
// The round-1 scorer: the hand-weighted cues alone, flagged at even odds.
const handOnly = (text: string) => {
  const c = candidateContext(text);
  return c !== null && handScore(c).z >= 0;
};

console.log(`CheckThat! 2024 Task 1 English, F1 of the check-worthy class (threshold ${CLAIM_THRESHOLD})`);
for (const split of ['dev', 'devtest']) {
  const rows = load(split);
  const labels = rows.map((r) => r.label);
  const scores = rows.map((r) => shippedScore(r.text));
  console.log(`${split} (n=${rows.length}, check-worthy=${labels.filter(Boolean).length})`);
  console.log(`  shipped (model + cues)   ${prf(scores.map((s) => s >= CLAIM_THRESHOLD), labels)} ` +
    `| average precision ${averagePrecision(scores, labels).toFixed(3)}`);
  console.log(`  cues alone (round 1)     ${prf(rows.map((r) => handOnly(r.text)), labels)}`);
  console.log(`  contains a number        ${prf(rows.map((r) => /\d/.test(r.text)), labels)}`);
  if (sweep) {
    for (let t = 0.2; t <= 0.81; t += 0.05) {
      console.log(`    t=${t.toFixed(2)} ${prf(scores.map((s) => s >= t), labels)}`);
    }
  }
  if (rulesReport && split === 'dev') {
    const model = claimModel();
    const flaggedWith = (rules: readonly UncheckableRule[]) =>
      rows.map((r) => (scoreSentence(r.text, false, model, rules)?.score ?? 0) >= CLAIM_THRESHOLD);
    const none = flaggedWith([]);
    console.log(`  do-not-flag rules: none ${prf(none, labels)} | all ${prf(flaggedWith(UNCHECKABLE_RULES), labels)}`);
    for (const rule of UNCHECKABLE_RULES) {
      const alone = flaggedWith([rule]);
      const removed = alone.flatMap((f, i) => (none[i] && !f ? [i] : []));
      console.log(`    ${rule.padEnd(7)} alone ${prf(alone, labels)}, removes ${removed.length} flagged ` +
        `(${removed.filter((i) => labels[i]).length} check-worthy)`);
    }
  }
  if (errors) {
    rows.forEach((r, i) => {
      const flagged = (scores[i] ?? 0) >= CLAIM_THRESHOLD;
      if (flagged !== Boolean(r.label)) console.log(`    ${flagged ? 'FP' : 'FN'} ${(scores[i] ?? 0).toFixed(2)} ${r.text}`);
    });
  }
}

// News: the seed articles through the whole analysis, as the extension runs it.
const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync(path.join(seedsDir, 'gold.json'), 'utf8')) as { articles: Record<string, SeedGold> };
let must = 0;
let mustHit = 0;
let mustNot = 0;
let mustNotHit = 0;
console.log('seed articles (news)');
for (const [file, article] of Object.entries(gold.articles)) {
  const blocks = textToBlocks(readFileSync(path.join(seedsDir, file), 'utf8'));
  const analysis = analyze(blocks);
  const flagged = new Set(analysis.claims.map((c) => c.sentence));
  const removed = removedByRules(blocks, analysis);
  const hit = (line: string) =>
    analysis.sentences.some((s) => {
      const a = fold(s.text);
      const b = fold(line);
      return (a.includes(b) || b.includes(a)) && flagged.has(s.id);
    });
  const f = article.claims.mustFlag.filter(hit).length;
  const n = article.claims.mustNotFlag.filter(hit).length;
  must += article.claims.mustFlag.length;
  mustHit += f;
  mustNot += article.claims.mustNotFlag.length;
  mustNotHit += n;
  console.log(`  ${file}: mustFlag ${f}/${article.claims.mustFlag.length}, mustNotFlag ${n}/${article.claims.mustNotFlag.length}, ` +
    `flagged ${flagged.size} of ${analysis.sentences.length} sentences (${flagged.size + removed.length} without the do-not-flag rules)`);
  if (rulesReport) for (const r of removed) console.log(`    removed by ${r.rule}: ${r.text}`);
  if (errors) for (const c of [...analysis.claims].sort((a, b) => a.sentence - b.sentence)) {
    console.log(`    ${c.score.toFixed(2)} [${c.reasons.join(',')}] ${c.text}`);
  }
}
console.log(`  total: mustFlag ${mustHit}/${must} flagged, mustNotFlag ${mustNotHit}/${mustNot} flagged`);

if (rulesReport) {
  // News without labels: what the rules take away from the CNN/DailyMail dev articles, to be read.
  let flaggedTotal = 0;
  let sentenceTotal = 0;
  const removed: { text: string; rule: UncheckableRule }[] = [];
  for (const line of readFileSync(cnndmFile, 'utf8').split('\n').filter((l) => l.trim())) {
    const blocks = textToBlocks((JSON.parse(line) as { article: string }).article);
    const analysis = analyze(blocks);
    flaggedTotal += analysis.claims.length;
    sentenceTotal += analysis.sentences.length;
    removed.push(...removedByRules(blocks, analysis));
  }
  console.log(`CNN/DailyMail dev (100 articles): flagged ${flaggedTotal} of ${sentenceTotal} sentences ` +
    `(${flaggedTotal + removed.length} without the do-not-flag rules)`);
  for (const r of removed) console.log(`    removed by ${r.rule}: ${r.text}`);
}
