// Speed of repeated-section finding (findRepeats) on pages of 1,000, 10,000 and 50,000 words.
//   npx tsx scripts/bench-repeats.ts [--runs N]
// Pages are built from real news paragraphs (PolNeAR train, ../shared/data/polnear) in two shapes:
//   - "mixed": articles one after another, with one paragraph in ten printed again later in one of the six
//     ways of the repeats set (copy, reformatted, first sentence dropped, teaser, 10% of words edited, tail);
//   - "twice": the whole body printed twice, as on seed 001 (half the page is a repeat).
// Sentence splitting is done beforehand (the analysis splits once for every feature); the time with it is
// printed too. Each figure is the median of several runs after warm-up runs, so the JIT has compiled the hot
// paths as in a long-lived content script. "ms" is wall time; "CPU ms" is the process's CPU time over the
// same call (garbage-collector threads included), which tells a busy machine from a slow function.
// Budget: 200 ms for 50,000 words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findRepeats } from '../lib/analysis/repeats/find-repeats';
import { splitSentences } from '../lib/analysis/sentences';
import type { Block } from '../lib/analysis/types';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const WARM_UP = 3;
const SIZES = [1_000, 10_000, 50_000];

const file = resolve(import.meta.dirname, '../../shared/data/polnear/polnear_train.jsonl');
const paragraphs: string[] = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\n+/u).map((p) => p.trim()).filter(Boolean));

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A deterministic generator, so every run of the benchmark measures the same pages. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FILLERS = ['the', 'new', 'Tuesday', 'officials', 'said'];
function variant(p: string, kind: number, next: () => number): string {
  const words = p.split(' ');
  switch (kind) {
    case 0: return p;
    case 1: return p.replace(/[“”]/g, '"').replace(/ /g, '  ');
    case 2: return p.replace(/^.*?[.!?]\s+/u, '') || p;
    case 3: return `${words.slice(0, Math.ceil(words.length * 0.6)).join(' ')}…`;
    case 4: return words.map((w) => (next() < 0.1 ? (FILLERS[Math.floor(next() * FILLERS.length)] as string) : w)).join(' ');
    default: return `${p} Sign up for our daily briefing.`;
  }
}

function mixedPage(words: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  let n = 0;
  let at = Math.floor(next() * paragraphs.length);
  while (n < words) {
    const p = paragraphs[at++ % paragraphs.length] as string;
    out.push(p);
    n += wordCount(p);
    // One paragraph in ten comes back a few paragraphs later, in one of six forms.
    if (next() < 0.1 && out.length > 3) {
      const again = variant(out[Math.floor(next() * out.length)] as string, Math.floor(next() * 6), next);
      out.push(again);
      n += wordCount(again);
    }
  }
  return out;
}

function twicePage(words: number, seed: number): string[] {
  const half = mixedPage(words / 2, seed);
  return [...half, ...half];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

function bench(label: string, texts: string[]): void {
  const blocks: Block[] = texts.map((text, id) => ({ id, kind: 'paragraph', text }));
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const sentences = splitSentences(blocks);
  for (let i = 0; i < WARM_UP; i++) findRepeats(blocks, sentences);
  const alone: number[] = [];
  const cpu: number[] = [];
  const withSplit: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = findRepeats(blocks, sentences).length;
    alone.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    const t1 = performance.now();
    findRepeats(blocks, splitSentences(blocks));
    withSplit.push(performance.now() - t1);
  }
  const ms = median(alone);
  console.log(`| ${label} | ${words.toLocaleString('en')} | ${blocks.length} | ${found} | ${ms.toFixed(1)} | ${(ms / (words / 1000)).toFixed(2)} | ${median(cpu).toFixed(1)} | ${median(withSplit).toFixed(1)} |`);
}

// A content script analyses a page once: the very first call, before any JIT warm-up, is what a reader waits for.
const cold = mixedPage(10_000, 7).map((text, id): Block => ({ id, kind: 'paragraph', text }));
const coldSentences = splitSentences(cold);
const c0 = performance.now();
findRepeats(cold, coldSentences);
console.log(`first call in this process (cold JIT), mixed page of ${cold.reduce((n, b) => n + wordCount(b.text), 0).toLocaleString('en')} words: ${(performance.now() - c0).toFixed(1)} ms\n`);

console.log(`findRepeats, median of ${RUNS} runs after ${WARM_UP} warm-up runs (Node ${process.version})`);
console.log('| page | words | blocks | repeats found | ms | ms per 1,000 words | CPU ms | ms with sentence splitting |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of SIZES) bench(`mixed ${size / 1000}k`, mixedPage(size, size));
for (const size of SIZES) bench(`twice ${size / 1000}k`, twicePage(size, size + 1));
