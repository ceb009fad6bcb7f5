// Speed of quote and speaker attribution (attributeQuotes only; sentence splitting is done beforehand).
//   npx tsx scripts/bench-quotes.ts
// Prints milliseconds per 1,000 words (wall and CPU) on the two seed articles and on PolNeAR dev. Budget: 5 ms per
// 1,000 words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { attributeQuotes } from '../lib/analysis/speakers/attribute-quotes';
import { splitSentences } from '../lib/analysis/sentences';
import type { Block, Sentence } from '../lib/analysis/types';

const shared = resolve(import.meta.dirname, '../../shared');
/** Words to analyse per timing (small sets are repeated), so a timing is not one noisy sample. */
const WORDS_PER_TIMING = 100_000;
/** Words analysed before timing, so the JIT has compiled the hot paths (as in a long-lived content script). */
const WARM_UP_WORDS = 50_000;

interface Doc { blocks: Block[]; sentences: Sentence[]; words: number }

function doc(text: string): Doc {
  const blocks: Block[] = text.split(/\n+/u).filter((l) => l.trim()).map((line, id) => ({ id, kind: 'paragraph', text: line.replace(/^- /u, '') }));
  return { blocks, sentences: splitSentences(blocks), words: text.split(/\s+/u).filter(Boolean).length };
}

function bench(label: string, docs: readonly Doc[]): void {
  const words = docs.reduce((n, d) => n + d.words, 0);
  const warmUp = Math.max(1, Math.ceil(WARM_UP_WORDS / words));
  for (let r = 0; r < warmUp; r++) for (const d of docs) attributeQuotes(d.blocks, d.sentences);
  const ROUNDS = Math.max(3, Math.ceil(WORDS_PER_TIMING / words));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const d of docs) attributeQuotes(d.blocks, d.sentences);
  const ms = (performance.now() - start) / ROUNDS;
  // CPU time of this process: on a machine shared with other jobs, wall time also counts the time spent waiting.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / ROUNDS;
  let worst = 0;
  for (const d of docs) {
    const t0 = performance.now();
    for (let r = 0; r < ROUNDS; r++) attributeQuotes(d.blocks, d.sentences);
    worst = Math.max(worst, (performance.now() - t0) / ROUNDS / (d.words / 1000));
  }
  console.log(`${label}: ${docs.length} docs, ${words} words, ${(ms / (words / 1000)).toFixed(2)} ms per 1,000 words wall, ${(cpuMs / (words / 1000)).toFixed(2)} ms CPU (slowest doc ${worst.toFixed(2)} wall)`);
}

const seeds = ['000_38bd7e3bd0a3190e.txt', '001_db495df2c14ce8e8.txt'].map((f) => doc(readFileSync(resolve(shared, 'seeds', f), 'utf8')));
const polnear = readFileSync(resolve(shared, 'data/polnear/polnear_dev.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l) => doc((JSON.parse(l) as { text: string }).text));
// A content script analyses one page once: the first call, before any JIT warm-up, is what a reader waits for.
const first = seeds[0] as Doc;
const t0 = performance.now();
attributeQuotes(first.blocks, first.sentences);
console.log(`first call (cold): ${(performance.now() - t0).toFixed(1)} ms for ${first.words} words`);
bench('seeds', seeds);
bench('PolNeAR dev', polnear);
