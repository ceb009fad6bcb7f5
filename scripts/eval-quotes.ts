// Measures quote and speaker finding on PolNeAR dev (../shared/data/polnear/polnear_dev.jsonl).
//   npx tsx scripts/eval-quotes.ts [--verbose] [--limit N] [--split dev|train] [--only missed|spurious|silver|source]
//                                  [--context N]
// The train split (840 articles) is for checking that a fix generalises beyond the 84 dev articles.
// --only KIND prints one kind of disagreement (implies --verbose); --context N adds the N characters of article
// text before each quote (and its paragraph), so a disagreement can be judged without opening the article.
// First, the two seed articles against ../shared/seeds/gold.json (the whole analysis, as the extension runs it):
// direct and reported quotes found with the right speaker, speakers split or merged, people only mentioned and
// speakers the reference does not have (a country is no speaker) listed.
// Direct quotes: a gold attribution whose content starts with a quote mark is found when one of our direct
// quotes overlaps its content; one of our direct quotes is correct when it overlaps the content of any gold
// attribution (partial quotes sit inside indirect ones). Speakers, on found gold direct quotes:
//   silver - our speaker's names share the surname of the silver PERSON name (CoreNLP coreference, automatic);
//   source - our speaker is mentioned at the gold source span (the annotated "he", "Lavrov", "the campaign").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/analysis/analyze';
import { textToBlocks } from '../lib/analysis/text-to-blocks';
import { attributeQuotes } from '../lib/analysis/speakers/attribute-quotes';
import { splitSentences } from '../lib/analysis/sentences';
import type { Block, Speaker } from '../lib/analysis/types';
import { JUDGEMENTS } from './eval-quotes-judgements';

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
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const verbose = args.includes('--verbose') || only !== undefined;
const contextAt = args.indexOf('--context');
const contextChars = contextAt >= 0 ? Number(args[contextAt + 1]) : 0;
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

// ---- seeds ----------------------------------------------------------------------------------------------------
interface GoldSpeaker { name: string; aliases: string[] }
interface GoldSeed { speakers: GoldSpeaker[]; mentionedOnly: string[]; quotes: { kind: string; text: string; speaker: string; alsoAccept?: string[] }[] }

function scoreSeeds(): void {
  const seeds = resolve(import.meta.dirname, '../../shared/seeds');
  const gold = JSON.parse(readFileSync(resolve(seeds, 'gold.json'), 'utf8')) as { articles: Record<string, GoldSeed> };
  const straight = (t: string): string => t.replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'");
  const surname = (n: string): string => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(?:yy|y)$/u, 'i').split(/\s+/u).pop() ?? '';
  const pronoun = (n: string): boolean => /^(?:he|she|they|it)$/iu.test(n);
  const isSpeaker = (s: Speaker | undefined, name: string): boolean =>
    s !== undefined && [s.name, ...s.aliases].filter((f) => !pronoun(f)).map(surname).includes(surname(name));
  const totals = { direct: [0, 0, 0], indirect: [0, 0, 0], split: 0, merged: 0, mentioned: 0, extra: [] as string[] };
  for (const [file, g] of Object.entries(gold.articles)) {
    const result = analyze(textToBlocks(readFileSync(resolve(seeds, file), 'utf8')));
    const byId = new Map(result.speakers.map((sp) => [sp.id, sp]));
    for (const kind of ['direct', 'indirect'] as const) {
      const t = totals[kind];
      for (const q of g.quotes.filter((x) => x.kind === kind)) {
        t[0]!++;
        const needle = straight(q.text).replace(/\s+/gu, ' ').trim();
        const hits = result.quotes.filter((ours) => {
          const text = straight(result.blocks[ours.block]?.text ?? '');
          for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (ours.start < at + needle.length && at < ours.end) return true;
          return false;
        });
        if (hits.length > 0) t[1]!++;
        if (hits.some((h) => [q.speaker, ...(q.alsoAccept ?? [])].some((n) => isSpeaker(byId.get(h.speaker ?? ''), n)))) t[2]!++;
      }
    }
    totals.split += g.speakers.filter((gs) => result.speakers.filter((sp) => isSpeaker(sp, gs.name)).length > 1).length;
    totals.merged += result.speakers.filter((sp) => g.speakers.filter((gs) => isSpeaker(sp, gs.name)).length > 1).length;
    totals.mentioned += g.mentionedOnly.filter((n) => result.speakers.some((sp) => isSpeaker(sp, n))).length;
    totals.extra.push(...result.speakers.filter((sp) => !g.speakers.some((gs) => isSpeaker(sp, gs.name))).map((sp) => sp.name));
  }
  const [dq, df, dr] = totals.direct;
  const [iq, iF, ir] = totals.indirect;
  console.log(`seeds: direct quotes found ${df}/${dq}, right speaker ${dr}/${dq}; reported found ${iF}/${iq}, right speaker ${ir}/${iq}`);
  console.log(`seeds: speakers split ${totals.split}, merged ${totals.merged}, mentioned-only listed ${totals.mentioned}, not in the reference ${totals.extra.length}${totals.extra.length ? ` (${totals.extra.join(', ')})` : ''}`);
}

scoreSeeds();

// ---- PolNeAR --------------------------------------------------------------------------------------------------
const fold = (s: string): string[] => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/\b(?:mr|mrs|ms|dr|sen|rep|gov)\.?\s/gu, '').split(/[^\p{L}]+/u).filter((w) => w.length > 1);

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

let goldDirect = 0, found = 0, ours = 0, oursCorrect = 0;
let goldIndirect = 0, foundIndirect = 0, oursIndirect = 0, oursIndirectCorrect = 0;
let judgedRight = 0;
let silverTotal = 0, silverRight = 0, sourceTotal = 0, sourceRight = 0, attributed = 0;
const missed: string[] = [], wrong: string[] = [], spurious: string[] = [], offSource: string[] = [];

/** The article text before a span (to --context characters) and to the end of the span's paragraph, one line. */
function contextOf(text: string, at: number): string {
  if (contextChars <= 0) return '';
  const end = text.indexOf('\n', at);
  const before = text.slice(Math.max(0, at - contextChars), at);
  return `\n    ⟨${before.replace(/\n+/gu, ' ¶ ')}⟩${text.slice(at, end < 0 ? undefined : Math.min(end, at + 400))}`;
}

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
    else if (verbose) spurious.push(`${article.id}: «${d.q.text.slice(0, 100)}»${contextOf(article.text, d.span[0])}`);
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
  for (const [index, a] of article.attributions.entries()) {
    if (!a.is_direct_quote || !a.content) continue;
    goldDirect++;
    const hit = direct.find((d) => a.content?.spans.some((s) => overlaps(s, d.span)));
    if (!hit) {
      if (verbose) missed.push(`${article.id}: «${a.content.text.slice(0, 120)}»${contextOf(article.text, a.content.spans[0]?.[0] ?? 0)}`);
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
      else if (verbose) wrong.push(`${article.id}#${index}: silver=${silver} ours=${speaker?.name ?? 'none'} | src=${a.source?.text ?? ''} | «${a.content.text.slice(0, 80)}»${contextOf(article.text, a.content.spans[0]?.[0] ?? 0)}`);
      // Judged: the silver name, or where reading the article shows silver wrong, the name the reader gives.
      const judgement = split === 'dev' ? JUDGEMENTS.get(`${article.id}#${index}`) : undefined;
      const judgedFamily = judgement ? fold(judgement.speaker).pop() : family;
      if (judgedFamily && names.includes(judgedFamily)) judgedRight++;
    }
    if (a.source?.spans.length) {
      sourceTotal++;
      const at = mentions.filter((m) => a.source?.spans.some((s) => overlaps(s, m.span)));
      if (speaker && at.some((m) => m.m.speaker === speaker.id)) sourceRight++;
      else if (verbose) offSource.push(`${article.id}#${index}: src=${a.source.text} ours=${speaker?.name ?? 'none'} | «${a.content.text.slice(0, 80)}»${contextOf(article.text, Math.min(a.content.spans[0]?.[0] ?? 0, a.source.spans[0]?.[0] ?? Infinity))}`);
    }
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
if (verbose) {
  const kinds: [string, string, string[]][] = [
    ['missed', 'missed gold direct quotes', missed],
    ['spurious', 'our direct quotes outside every gold content', spurious],
    ['silver', 'speaker disagreements with silver', wrong],
    ['source', 'our speaker not mentioned at the gold source span', offSource],
  ];
  for (const [kind, title, lines] of kinds) {
    if (only !== undefined && only !== kind) continue;
    console.log(`--- ${title} (${lines.length})`);
    for (const line of lines) console.log(line);
  }
}
console.log(`PolNeAR ${split}: ${articles.length} articles`);
console.log(`direct quotes  recall ${ratio(found, goldDirect)} (${found}/${goldDirect})  precision ${ratio(oursCorrect, ours)} (${oursCorrect}/${ours})`);
console.log(`reported       recall ${ratio(foundIndirect, goldIndirect)} (${foundIndirect}/${goldIndirect})  precision ${ratio(oursIndirectCorrect, oursIndirect)} (${oursIndirectCorrect}/${oursIndirect})  [informational]`);
console.log(`speaker        silver ${ratio(silverRight, silverTotal)} (${silverRight}/${silverTotal})  source-span ${ratio(sourceRight, sourceTotal)} (${sourceRight}/${sourceTotal})  attributed ${ratio(attributed, found)}`);
if (split === 'dev') {
  console.log(`speaker judged ${ratio(judgedRight, silverTotal)} (${judgedRight}/${silverTotal})  [separate figure: silver name, except ${JUDGEMENTS.size} quotes where reading the article shows the silver name wrong (scripts/eval-quotes-judgements.ts)]`);
}
