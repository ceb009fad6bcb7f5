// Measures repeated-section finding (lib/analysis/repeats) on three sets:
//   1. seed 001, whose body is printed twice (gold in ../shared/seeds/gold.json);
//   2. PolNeAR dev articles with paragraphs re-inserted (../shared/data/repeats/polnear_dev_repeats.jsonl);
//   3. near-duplicate sentence pairs in CNN/DailyMail articles (../shared/data/repeats/cnndm_dev_neardup_pairs.jsonl
//      with the articles of ../shared/data/cnndm/cnndm_dev_100.jsonl).
//   npx tsx scripts/eval-repeats.ts [--verbose] [--polnear FILE] [--pairs FILE --articles FILE] [--sample N]
// The file options point the same scoring at other splits (held-out data).
//
// PolNeAR: each paragraph is one block. The first is the article's title and a short unpunctuated line a
// section heading: both are headings, as extraction makes them on a page.
// A repeat is a re-inserted paragraph (`injected`) or a repeat already in the article (`natural`, silver),
// scored when the repeated paragraph has 60+ characters. It is found when that paragraph is flagged (whole or
// in part) with `of` pointing at its source; precision counts every flagged paragraph of 60+ characters.
// CNN/DailyMail: each of the article's sentences (`article_sentences`, captions glued to the body as the
// data set has them) is one block. A found pair is (repeat.of, repeat.block). The silver pairs were found
// automatically and not reviewed, so a sample of the pairs we find is printed for a reader to judge.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findRepeats } from '../lib/analysis/repeats/find-repeats';
import { splitSentences } from '../lib/analysis/sentences';
import { looksLikeHeading, textToBlocks } from '../lib/analysis/text-to-blocks';
import type { Block, Repeat } from '../lib/analysis/types';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1] as string) : fallback;
};
const shared = resolve(import.meta.dirname, '../../shared');
const polnearFile = option('--polnear', resolve(shared, 'data/repeats/polnear_dev_repeats.jsonl'));
const pairsFile = option('--pairs', resolve(shared, 'data/repeats/cnndm_dev_neardup_pairs.jsonl'));
const articlesFile = option('--articles', resolve(shared, 'data/cnndm/cnndm_dev_100.jsonl'));
const sampleAt = args.indexOf('--sample');
const SAMPLE_SIZE = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 20;
// The issue scores repeats of 60+ characters, as the data set's reference points do.
const MIN_REPEAT_CHARS = 60;

const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const repeatsOf = (blocks: Block[]): Repeat[] => findRepeats(blocks, splitSentences(blocks));
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
const clip = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n)}…` : s);

// ---- 1. Seed 001 ------------------------------------------------------------------------------------------
function seed001(): void {
  const file = '001_db495df2c14ce8e8.txt';
  const text = readFileSync(resolve(shared, 'seeds', file), 'utf8');
  const gold = JSON.parse(readFileSync(resolve(shared, 'seeds/gold.json'), 'utf8')) as {
    articles: Record<string, { repeats: { firstCopyLines: [number, number]; repeatLines: [number, number] }[] }>;
  };
  const spec = gold.articles[file]?.repeats[0];
  if (!spec) throw new Error('seed 001 has no repeats gold');
  // The seed has one paragraph per line and no empty lines, so line n is block n - 1.
  const blocks = textToBlocks(text);
  const found = repeatsOf(blocks);
  const [from, to] = spec.repeatLines;
  const shift = from - spec.firstCopyLines[0];
  let right = 0;
  for (let line = from; line <= to; line++) {
    const r = found.find((x) => x.block === line - 1);
    if (r && r.of === line - 1 - shift && r.start === undefined) right++;
  }
  const inFirst = found.filter((r) => r.block >= spec.firstCopyLines[0] - 1 && r.block <= spec.firstCopyLines[1] - 1).length;
  const other = found.filter((r) => r.block < from - 1 || r.block > to - 1).length - inFirst;
  console.log('## Seed 001 (body printed twice)');
  console.log(`second copy: ${right}/${to - from + 1} lines flagged whole, each pointing at its twin`);
  console.log(`first copy flagged: ${inFirst}; other blocks flagged: ${other}`);
  console.log(`similarities: ${[...new Set(found.map((r) => r.similarity))].join(', ')}\n`);
}

// ---- 2. PolNeAR dev with re-inserted paragraphs -------------------------------------------------------------
interface Injection { dup_index: number; source_index: number; transform: string }
interface RepeatsArticle { id: string; paragraphs: string[]; injected: Injection[]; natural: Injection[] }

function polnear(): void {
  const articles = readJsonl<RepeatsArticle>(polnearFile);
  const perKind = new Map<string, { total: number; found: number; wrongSource: number }>();
  let flagged = 0, correct = 0, gold = 0, found = 0, partialFound = 0;
  const misses: string[] = [], falseFlags: string[] = [], wrongSources: string[] = [];
  let ms = 0, words = 0;
  for (const a of articles) {
    const blocks: Block[] = a.paragraphs.map((text, id) => ({ id, kind: id === 0 || looksLikeHeading(text) ? 'heading' : 'paragraph', text }));
    const t0 = performance.now();
    const repeats = repeatsOf(blocks);
    ms += performance.now() - t0;
    words += a.paragraphs.join(' ').split(/\s+/).length;
    const expected = [...a.injected, ...a.natural.map((n) => ({ ...n, transform: 'natural' }))]
      .filter((g) => (a.paragraphs[g.dup_index] ?? '').length >= MIN_REPEAT_CHARS);
    for (const g of expected) {
      const kind = perKind.get(g.transform) ?? { total: 0, found: 0, wrongSource: 0 };
      perKind.set(g.transform, kind);
      kind.total++;
      gold++;
      const mine = repeats.filter((r) => r.block === g.dup_index);
      const hit = mine.find((r) => r.of === g.source_index);
      if (hit) {
        kind.found++;
        found++;
        if (hit.start !== undefined) partialFound++;
      } else if (mine.length) {
        kind.wrongSource++;
        wrongSources.push(`${a.id} ¶${g.dup_index} (${g.transform}): points at ¶${mine.map((r) => r.of).join(',')} instead of ¶${g.source_index}`);
      } else {
        misses.push(`${a.id} ¶${g.dup_index} (${g.transform}) of ¶${g.source_index}\n    original: ${clip(a.paragraphs[g.source_index] ?? '')}\n    repeat:   ${clip(a.paragraphs[g.dup_index] ?? '')}`);
      }
    }
    const flaggedBlocks = new Map<number, Repeat[]>();
    for (const r of repeats) flaggedBlocks.set(r.block, [...(flaggedBlocks.get(r.block) ?? []), r]);
    for (const [block, rs] of flaggedBlocks) {
      if ((a.paragraphs[block] ?? '').length < MIN_REPEAT_CHARS) continue;
      flagged++;
      if (expected.some((g) => g.dup_index === block && rs.some((r) => r.of === g.source_index))) correct++;
      else falseFlags.push(rs.map((r) => `${a.id} ¶${block} flagged as repeat of ¶${r.of} (similarity ${r.similarity})\n    flagged:  ${clip(r.text)}\n    original: ${clip(a.paragraphs[r.of] ?? '')}`).join('\n'));
    }
  }
  console.log(`## PolNeAR dev with re-inserted paragraphs (${articles.length} articles, repeats of ${MIN_REPEAT_CHARS}+ characters)`);
  console.log(`recall ${pct(found, gold)} (${found}/${gold}), precision ${pct(correct, flagged)} (${correct}/${flagged} flagged paragraphs)`);
  console.log(`found as a passage inside the paragraph rather than the whole paragraph: ${partialFound}`);
  console.log('| kind | repeats | found | recall | flagged, wrong original |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [kind, k] of [...perKind].sort()) console.log(`| ${kind} | ${k.total} | ${k.found} | ${pct(k.found, k.total)} | ${k.wrongSource} |`);
  console.log(`speed: ${(ms / (words / 1000)).toFixed(3)} ms per 1,000 words (${words} words, ${ms.toFixed(1)} ms in all)`);
  const list = (title: string, items: string[]) => {
    console.log(`${title}: ${items.length}`);
    for (const m of items) console.log(`  - ${m}`);
  };
  list('missed', misses);
  list('flagged with the wrong original', wrongSources);
  list('false flags', falseFlags);
  console.log();
}

// ---- 3. CNN/DailyMail near-duplicate sentence pairs ------------------------------------------------------
interface Pair { id: string; i: number; j: number; sent_i: string; sent_j: string }
interface CnnArticle { id: string; article_sentences: string[] }

/** A small seeded generator, so the printed sample is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9;
    s ^= s >>> 13;
    return (s >>> 0) / 2 ** 32;
  };
}

function cnndm(): void {
  const pairs = readJsonl<Pair>(pairsFile);
  const articles = new Map(readJsonl<CnnArticle>(articlesFile).map((a) => [a.id, a]));
  interface Found { id: string; of: number; block: number; similarity: number; text: string; silver: boolean }
  const all: Found[] = [];
  const silverKeys = new Set(pairs.map((p) => `${p.id}:${p.i}:${p.j}`));
  let sentences = 0;
  for (const [id, a] of articles) {
    const blocks: Block[] = a.article_sentences.map((text, b) => ({ id: b, kind: 'paragraph', text }));
    sentences += blocks.length;
    for (const r of repeatsOf(blocks)) {
      all.push({ id, of: r.of, block: r.block, similarity: r.similarity, text: r.text, silver: silverKeys.has(`${id}:${r.of}:${r.block}`) });
    }
  }
  const foundKeys = new Set(all.map((f) => `${f.id}:${f.of}:${f.block}`));
  const pairsIn = pairs.filter((p) => articles.has(p.id));
  const hits = pairsIn.filter((p) => foundKeys.has(`${p.id}:${p.i}:${p.j}`));
  const extra = all.filter((f) => !f.silver);
  console.log(`## CNN/DailyMail near-duplicate sentence pairs (${articles.size} articles, ${sentences} sentences, ${pairsIn.length} silver pairs)`);
  console.log(`recall ${pct(hits.length, pairsIn.length)} (${hits.length}/${pairsIn.length}); pairs found ${all.length}: ${all.length - extra.length} silver, ${extra.length} not in the silver set`);
  console.log('missed silver pairs:');
  for (const p of pairsIn.filter((x) => !hits.includes(x))) console.log(`  - ${p.id} ${p.i}→${p.j}\n      earlier: ${clip(p.sent_i)}\n      later:   ${clip(p.sent_j)}`);
  const next = random(20250219);
  const shuffled = all.map((f) => ({ f, key: next() })).sort((x, y) => x.key - y.key).map((x) => x.f);
  const sample = shuffled.slice(0, SAMPLE_SIZE).sort((x, y) => x.id.localeCompare(y.id) || x.block - y.block);
  console.log(`sample of ${sample.length} found pairs (seeded), for a reader to judge whether the later text repeats the earlier:`);
  sample.forEach((f, n) => {
    const a = articles.get(f.id);
    console.log(`  ${n + 1}. ${f.id.slice(0, 16)} ${f.of}→${f.block} similarity ${f.similarity}${f.silver ? ' [silver]' : ' [not in silver]'}`);
    console.log(`      earlier: ${clip(a?.article_sentences[f.of] ?? '', 300)}`);
    console.log(`      marked:  ${clip(f.text, 300)}`);
  });
  if (verbose || extra.length <= SAMPLE_SIZE) {
    console.log(`all ${extra.length} pairs not in the silver set:`);
    for (const f of extra) console.log(`  - ${f.id.slice(0, 16)} ${f.of}→${f.block} (${f.similarity})\n      earlier: ${clip(articles.get(f.id)?.article_sentences[f.of] ?? '')}\n      marked:  ${clip(f.text)}`);
  }
  console.log();
}

seed001();
polnear();
cnndm();
