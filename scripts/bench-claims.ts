// Time per 1,000 words of the claim scorer and the key-point extraction, in Node, on the 100 CNN/DailyMail
// articles of ../shared/data/cnndm (news prose of 300–1,500 words): blocks and sentences are prepared
// first (other modules own them), then findClaims and findKeyPoints run over every article, five times;
// the median pass is reported, in wall-clock time and in this process's CPU time (the machine may be
// shared: CPU time does not count the waits for a core). The model's one-time unpacking is timed apart.
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

interface Pass { claims: number; keyPoints: number; claimsCpu: number; keyPointsCpu: number }
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const passes: Pass[] = [];
for (let pass = 0; pass < 5; pass++) {
  const p: Pass = { claims: 0, keyPoints: 0, claimsCpu: 0, keyPointsCpu: 0 };
  for (const d of prepared) {
    let cpu = process.cpuUsage();
    t0 = performance.now();
    findClaims(d.blocks, d.sentences, []);
    p.claims += performance.now() - t0;
    p.claimsCpu += cpuMs(cpu);
    cpu = process.cpuUsage();
    t0 = performance.now();
    findKeyPoints(d.blocks, d.sentences, []);
    p.keyPoints += performance.now() - t0;
    p.keyPointsCpu += cpuMs(cpu);
  }
  passes.push(p);
}
const median = (pick: (p: Pass) => number) => passes.map(pick).sort((a, b) => a - b)[2] as number;
const per1000 = (ms: number) => ((ms / words) * 1000).toFixed(2).padStart(6);
console.log(`${prepared.length} articles, ${words} words; median of ${passes.length} passes, ms per 1,000 words`);
console.log(`            wall    cpu`);
console.log(`claims     ${per1000(median((p) => p.claims))} ${per1000(median((p) => p.claimsCpu))}`);
console.log(`key points ${per1000(median((p) => p.keyPoints))} ${per1000(median((p) => p.keyPointsCpu))}`);
console.log(`both       ${per1000(median((p) => p.claims + p.keyPoints))} ${per1000(median((p) => p.claimsCpu + p.keyPointsCpu))}`);
console.log(`model unpacking, once per page load: ${unpackMs.toFixed(1)} ms`);
