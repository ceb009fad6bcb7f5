// Check-worthiness on CLEF CheckThat! 2024 Task 1 English (ClaimBuster sentences, CC BY 4.0: Arslan, Hassan,
// Li and Tremayne, 2020; Hasanain et al., 2024): precision, recall and F1 of the positive class for the
// claim scorer, on the dev and devtest splits. The sentences come from US presidential debates, not news,
// so this is a sanity check on the weights, not the target (the seeds' gold is).
//   npx tsx scripts/eval-claims.ts [--sweep]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_THRESHOLD } from '../lib/analysis/claims/find-claims';
import { scoreSentence } from '../lib/analysis/claims/score-sentence';

interface Row {
  id: string;
  text: string;
  label: 0 | 1;
}

const dataDir = path.resolve(process.cwd(), '../shared/data/checkworthiness');

function load(split: string): Row[] {
  return readFileSync(path.join(dataDir, `ct24_en_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function f1At(scores: number[], labels: number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const pct = (x: number) => x.toFixed(3);
const sweep = process.argv.includes('--sweep');

for (const split of ['dev', 'devtest']) {
  const rows = load(split);
  const scores = rows.map((r) => scoreSentence(r.text)?.score ?? 0);
  const labels = rows.map((r) => r.label);
  const { precision, recall, f1 } = f1At(scores, labels, CLAIM_THRESHOLD);
  console.log(`${split.padEnd(8)} n=${rows.length} positives=${labels.filter(Boolean).length} ` +
    `threshold=${CLAIM_THRESHOLD}  P=${pct(precision)} R=${pct(recall)} F1=${pct(f1)}`);
  if (sweep) {
    for (let t = 0.2; t <= 0.81; t += 0.05) {
      const r = f1At(scores, labels, t);
      console.log(`  t=${t.toFixed(2)} P=${pct(r.precision)} R=${pct(r.recall)} F1=${pct(r.f1)}`);
    }
  }
}
