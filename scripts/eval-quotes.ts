// Measures quote and speaker finding on PolNeAR dev (../shared/data/polnear/polnear_dev.jsonl).
//   npx tsx scripts/eval-quotes.ts [--verbose] [--limit N] [--split dev|train]
// The train split (840 articles) is for checking that a fix generalises beyond the 84 dev articles.
// Direct quotes: a gold attribution whose content starts with a quote mark is found when one of our direct
// quotes overlaps its content; one of our direct quotes is correct when it overlaps the content of any gold
// attribution (partial quotes sit inside indirect ones). Speakers, on found gold direct quotes:
//   silver - our speaker's names share the surname of the silver PERSON name (CoreNLP coreference, automatic);
//   source - our speaker is mentioned at the gold source span (the annotated "he", "Lavrov", "the campaign").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { attributeQuotes } from '../lib/analysis/speakers/attribute-quotes';
import { splitSentences } from '../lib/analysis/sentences';
import type { Block } from '../lib/analysis/types';

interface Spans { spans: [number, number][]; text: string }
interface Attribution {
  source?: Spans;
  cue?: Spans;
  content?: Spans;
  is_direct_quote: boolean;
  source_person_coref_silver?: string | null;
  source_person_in_span?: string | null;
}
interface Article { id: string; text: string; attributions: Attribution[] }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? (args[splitAt + 1] ?? 'dev') : 'dev';
const file = resolve(import.meta.dirname, `../../shared/data/polnear/polnear_${split}.jsonl`);
const articles: Article[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article).slice(0, limit);

/** Paragraph blocks with their offsets in the article text. */
function blocksOf(text: string): { blocks: Block[]; offsets: number[] } {
  const blocks: Block[] = [];
  const offsets: number[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    blocks.push({ id: blocks.length, kind: 'paragraph', text: m[0] });
    offsets.push(m.index);
  }
  return { blocks, offsets };
}

const fold = (s: string): string[] => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/\b(?:mr|mrs|ms|dr|sen|rep|gov)\.?\s/gu, '').split(/[^\p{L}]+/u).filter((w) => w.length > 1);

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

let goldDirect = 0, found = 0, ours = 0, oursCorrect = 0;
let goldIndirect = 0, foundIndirect = 0, oursIndirect = 0, oursIndirectCorrect = 0;
let silverTotal = 0, silverRight = 0, sourceTotal = 0, sourceRight = 0, attributed = 0;
const missed: string[] = [], wrong: string[] = [], spurious: string[] = [], offSource: string[] = [];

for (const article of articles) {
  const { blocks, offsets } = blocksOf(article.text);
  const result = attributeQuotes(blocks, splitSentences(blocks));
  const speakerById = new Map(result.speakers.map((s) => [s.id, s]));
  const direct = result.quotes.filter((q) => q.kind === 'direct').map((q) => ({
    q, span: [(offsets[q.block] ?? 0) + q.start, (offsets[q.block] ?? 0) + q.end] as [number, number],
  }));
  const mentions = result.mentions.map((m) => ({ m, span: [(offsets[m.block] ?? 0) + m.start, (offsets[m.block] ?? 0) + m.end] as [number, number] }));
  const contents = article.attributions.filter((a) => a.content).map((a) => a.content?.spans ?? []);
  ours += direct.length;
  for (const d of direct) {
    if (contents.some((spans) => spans.some((s) => overlaps(s, d.span)))) oursCorrect++;
    else if (verbose) spurious.push(`${article.id}: «${d.q.text.slice(0, 100)}»`);
  }
  // Reported speech (informational: PolNeAR also annotates beliefs and non-speech sources such as surveys).
  const indirect = result.quotes.filter((q) => q.kind === 'indirect').map((q) => [(offsets[q.block] ?? 0) + q.start, (offsets[q.block] ?? 0) + q.end] as [number, number]);
  oursIndirect += indirect.length;
  oursIndirectCorrect += indirect.filter((span) => contents.some((spans) => spans.some((s) => overlaps(s, span)))).length;
  for (const a of article.attributions) {
    if (a.is_direct_quote || !a.content) continue;
    goldIndirect++;
    if (indirect.some((span) => a.content?.spans.some((s) => overlaps(s, span)))) foundIndirect++;
  }
  for (const a of article.attributions) {
    if (!a.is_direct_quote || !a.content) continue;
    goldDirect++;
    const hit = direct.find((d) => a.content?.spans.some((s) => overlaps(s, d.span)));
    if (!hit) {
      if (verbose) missed.push(`${article.id}: «${a.content.text.slice(0, 120)}»`);
      continue;
    }
    found++;
    const speaker = hit.q.speaker ? speakerById.get(hit.q.speaker) : undefined;
    if (speaker) attributed++;
    const names = speaker ? [speaker.name, ...speaker.aliases].flatMap(fold) : [];
    const silver = a.source_person_coref_silver;
    if (silver) {
      silverTotal++;
      const family = fold(silver).pop();
      if (family && names.includes(family)) silverRight++;
      else if (verbose) wrong.push(`${article.id}: silver=${silver} ours=${speaker?.name ?? 'none'} | src=${a.source?.text ?? ''} | «${a.content.text.slice(0, 80)}»`);
    }
    if (a.source?.spans.length) {
      sourceTotal++;
      const at = mentions.filter((m) => a.source?.spans.some((s) => overlaps(s, m.span)));
      if (speaker && at.some((m) => m.m.speaker === speaker.id)) sourceRight++;
      else if (verbose) offSource.push(`${article.id}: src=${a.source.text} ours=${speaker?.name ?? 'none'} | «${a.content.text.slice(0, 80)}»`);
    }
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
if (verbose) {
  console.log('--- missed gold direct quotes'); for (const m of missed) console.log(m);
  console.log('--- our direct quotes outside every gold content'); for (const s of spurious) console.log(s);
  console.log('--- speaker disagreements with silver'); for (const w of wrong) console.log(w);
  console.log('--- our speaker not mentioned at the gold source span'); for (const w of offSource) console.log(w);
}
console.log(`PolNeAR ${split}: ${articles.length} articles`);
console.log(`direct quotes  recall ${ratio(found, goldDirect)} (${found}/${goldDirect})  precision ${ratio(oursCorrect, ours)} (${oursCorrect}/${ours})`);
console.log(`reported       recall ${ratio(foundIndirect, goldIndirect)} (${foundIndirect}/${goldIndirect})  precision ${ratio(oursIndirectCorrect, oursIndirect)} (${oursIndirectCorrect}/${oursIndirect})  [informational]`);
console.log(`speaker        silver ${ratio(silverRight, silverTotal)} (${silverRight}/${silverTotal})  source-span ${ratio(sourceRight, sourceTotal)} (${sourceRight}/${sourceTotal})  attributed ${ratio(attributed, found)}`);
