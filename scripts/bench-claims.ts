// Time per 1,000 words of the claim scorer and the key-point extraction, in Node, on the 100 CNN/DailyMail
// articles of ../shared/data/cnndm (news prose of 300–1,500 words): blocks and sentences are prepared
// first (other modules own them), then findClaims and findKeyPoints run over every article, five times;
// the median pass is reported. The model's one-time unpacking is timed apart.
//   npx tsx scripts/bench-claims.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { claimModel } from '../lib/analysis/claims/claim-model';
import { findClaims } from '../lib/analysis/claims/find-claims';
import { findKeyPoints } from '../lib/analysis/key-points';
import { splitSentences } from '../lib/analysis/sentences';
import { textToBlocks } from '../lib/analysis/text-to-blocks';

const file = path.resolve(process.cwd(), '../shared/data/cnndm/cnndm_dev_100.jsonl');
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { article: string }).article);

let t0 = performance.now();
claimModel();
const unpackMs = performance.now() - t0;

const prepared = docs.map((text) => {
  const blocks = textToBlocks(text);
  return { blocks, sentences: splitSentences(blocks), words: text.split(/\s+/).filter(Boolean).length };
});
const words = prepared.reduce((a, d) => a + d.words, 0);

const passes: { claims: number; keyPoints: number }[] = [];
for (let pass = 0; pass < 5; pass++) {
  let claims = 0;
  let keyPoints = 0;
  for (const d of prepared) {
    t0 = performance.now();
    findClaims(d.blocks, d.sentences, []);
    claims += performance.now() - t0;
    t0 = performance.now();
    findKeyPoints(d.blocks, d.sentences, []);
    keyPoints += performance.now() - t0;
  }
  passes.push({ claims, keyPoints });
}
passes.sort((a, b) => a.claims + a.keyPoints - (b.claims + b.keyPoints));
const median = passes[2] as { claims: number; keyPoints: number };
const per1000 = (ms: number) => ((ms / words) * 1000).toFixed(2);
console.log(`${prepared.length} articles, ${words} words; median of ${passes.length} passes`);
console.log(`claims      ${per1000(median.claims)} ms per 1,000 words`);
console.log(`key points  ${per1000(median.keyPoints)} ms per 1,000 words`);
console.log(`both        ${per1000(median.claims + median.keyPoints)} ms per 1,000 words`);
console.log(`model unpacking, once per page load: ${unpackMs.toFixed(1)} ms`);
