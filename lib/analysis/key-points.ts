// Key points: the article's own summary list when it has one; otherwise 3–5 of its sentences, scored by a
// few weighted signals (position, centrality, overlap with the title, length, names and figures) and checked
// for standing alone: no sentence that opens with "He said…" or "But…", no reaction quotes, no sentence
// saying again what a chosen one says.
import type { Block, Claim, KeyPoint, Quote, Sentence } from './types';
import { isBoilerplate } from './is-boilerplate';
import { findKeyPointList } from './key-point-list';
import { QUOTED } from './claims/cue-patterns';

// Long enough to state something, short enough to read at a glance.
const MIN_WORDS = 8;
const MAX_WORDS = 60;
// First words that point back to earlier text: the sentence cannot be read on its own.
const NEEDS_CONTEXT = new Set([
  'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'him', 'them',
  'such', 'but', 'and', 'or', 'so', 'also', 'however', 'meanwhile', 'still', 'yet', 'then', 'instead',
  'similarly', 'likewise', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise', 'thus',
  'therefore', 'hence', 'there', 'here', 'both', 'neither',
]);
// A connective in the opening clause ("Ukraine, however, has…") points back just the same.
const EARLY_CONNECTIVE =
  /^[^,]{1,40},\s(?:however|though|too|also|meanwhile|instead|therefore|nonetheless|nevertheless|in turn|for (?:its|his|her|their) part),/i;
// A sentence that is mostly quotation is a voice, not a summary of the news.
const MAX_QUOTED_SHARE = 0.4;
// A question does not summarise anything.
const QUESTION_END = /\?["'”’»)\]]*$/;
// "RIYADH, Saudi Arabia: " / "WASHINGTON (Reuters) — " / "(CNN)": a dateline is not part of the point.
const DATELINE =
  /^(?:\p{Lu}{3,}[\p{Lu} .'-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^)]{1,40}\))?\s*[:—–-]\s+|\((?:CNN|AP|Reuters|AFP)\)\s*(?:[—–-]\s*)?)/u;
// Two sentences sharing half their content words say the same thing (the second copy of a paragraph, a
// restatement in the conclusion).
const MAX_OVERLAP = 0.5;
// Three points for a short article, one more per further 30 candidate sentences, five at most.
const MIN_POINTS = 3;
const MAX_POINTS = 5;
const SENTENCES_PER_EXTRA_POINT = 30;

const STOPWORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it', 'its', 'he', 'she', 'they',
  'his', 'her', 'their', 'which', 'who', 'would', 'will', 'could', 'said', 'not', 'also', 'after', 'about',
  'into', 'over', 'than', 'there', 'what', 'when', 'while', 'we', 'i', 'our', 'you', 'them', 'him', 'all',
  'any', 'some', 'more', 'most', 'other', 'such', 'no', 'one', 'two', 'can', 'may', 'did', 'do', 'does',
]);

/** What a candidate sentence is scored on; each signal is roughly in 0..1. */
export interface KeyPointSignals {
  /** e^(-i/4) for the i-th body sentence: the lead carries the story. */
  position: number;
  /** 1 for the first candidate: news opens with its main point. */
  first: number;
  /** How much the sentence uses the article's recurring words (mean log frequency, scaled to the best). */
  centrality: number;
  /** Share of the title's content words the sentence contains (0 without a title). */
  title: number;
  /** Words / 40, capped at 1: longer sentences hold more of the story, and cost more of the reader's time. */
  length: number;
  /** A figure (digits): summaries keep the numbers. */
  figure: number;
  /** Name runs / 4, capped at 1: who and where. */
  names: number;
  /** The check-worthiness score, 0 when not a claim. */
  claim: number;
}

export type KeyPointWeights = Record<keyof KeyPointSignals, number>;

// Learned on CNN/DailyMail (scripts/eval-keypoints.ts --fit, on the 50 articles with an even line number,
// reported on the 50 others), then rounded; each weight says how much one unit of the signal is worth.
export const KEY_POINT_WEIGHTS: KeyPointWeights = {
  position: 0.6,
  first: 0,
  centrality: 0.3,
  title: 0,
  length: 0,
  figure: 0,
  names: 0,
  claim: 0.1,
};

export interface KeyPointOptions {
  /** The article's title, when known: sentences that restate it are the point of the story. */
  title?: string | null;
  weights?: KeyPointWeights;
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function quotedShare(s: Sentence, blockQuotes: Quote[]): number {
  let chars = 0;
  for (const m of s.text.matchAll(QUOTED)) chars += m[0].length;
  for (const q of blockQuotes) {
    if (q.start < s.end && q.end > s.start) {
      chars = Math.max(chars, Math.min(q.end, s.end) - Math.max(q.start, s.start));
    }
  }
  return chars / Math.max(1, s.text.length);
}

function standsAlone(s: Sentence, blockQuotes: Quote[]): boolean {
  const words = s.text.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  if (QUESTION_END.test(s.text) || isBoilerplate(s.text)) return false;
  if (/^["“‘']/.test(s.text)) return false;
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]+/gu, '');
  if (NEEDS_CONTEXT.has(first) || EARLY_CONNECTIVE.test(s.text)) return false;
  return quotedShare(s, blockQuotes) <= MAX_QUOTED_SHARE;
}

// Capitalised words after the first, in runs: "Secretary of State Marco Rubio" is one.
function nameRuns(text: string): number {
  const words = text.split(/\s+/).slice(1);
  let runs = 0;
  let inRun = false;
  for (const w of words) {
    const capital = /^["“‘(]?\p{Lu}/u.test(w);
    if (capital && !inRun) runs++;
    inRun = capital;
  }
  return runs;
}

function articleList(blocks: Block[], sentences: Sentence[]): KeyPoint[] | null {
  const list = findKeyPointList(blocks);
  if (!list) return null;
  const byId = new Map(blocks.map((b) => [b.id, b]));
  return list.items.map((id) => {
    const own = sentences.filter((s) => s.block === id);
    const point: KeyPoint = { text: byId.get(id)?.text ?? '', source: 'article', block: id };
    if (own.length === 1 && own[0]) point.sentence = own[0].id;
    return point;
  });
}

export interface ScoredCandidate {
  sentence: Sentence;
  signals: KeyPointSignals;
}

/** The body sentences that could be key points, with their signals, in reading order. */
export function keyPointCandidates(
  blocks: Block[], sentences: Sentence[], claims: Claim[], quotes: Quote[], title: string | null = null,
): ScoredCandidate[] {
  const kind = new Map(blocks.map((b) => [b.id, b.kind]));
  const blockText = new Map(blocks.map((b) => [b.id, b.text]));
  const directQuotes = new Map<number, Quote[]>();
  for (const q of quotes) if (q.kind === 'direct') directQuotes.set(q.block, [...(directQuotes.get(q.block) ?? []), q]);
  const body = sentences.filter((s) => kind.get(s.block) === 'paragraph' && !isBoilerplate(blockText.get(s.block) ?? ''));
  const candidates = body
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => standsAlone(s, directQuotes.get(s.block) ?? []));
  if (!candidates.length) return [];

  // How central a word is: how many sentences of the article use it.
  const frequency = new Map<string, number>();
  const wordsOf = new Map<number, Set<string>>();
  for (const s of body) {
    const words = contentWords(s.text);
    wordsOf.set(s.id, words);
    for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const centrality = candidates.map(({ s }) => {
    const words = wordsOf.get(s.id) ?? new Set<string>();
    let sum = 0;
    for (const w of words) sum += Math.log1p((frequency.get(w) ?? 1) - 1);
    return sum / Math.max(1, words.size);
  });
  const maxCentrality = centrality.reduce((a, b) => Math.max(a, b), 1e-9);
  const titleWords = contentWords(title ?? '');
  const claimScore = new Map(claims.map((c) => [c.sentence, c.score]));

  return candidates.map(({ s, index }, rank) => {
    const words = wordsOf.get(s.id) ?? new Set<string>();
    let inTitle = 0;
    for (const w of titleWords) if (words.has(w)) inTitle++;
    return {
      sentence: s,
      signals: {
        position: Math.exp(-index / 4),
        first: rank === 0 ? 1 : 0,
        centrality: (centrality[rank] ?? 0) / maxCentrality,
        title: titleWords.size ? inTitle / titleWords.size : 0,
        length: Math.min(1, s.text.split(/\s+/).length / 40),
        figure: /\d/.test(s.text) ? 1 : 0,
        names: Math.min(1, nameRuns(s.text) / 4),
        claim: claimScore.get(s.id) ?? 0,
      },
    };
  });
}

export function keyPointScore(signals: KeyPointSignals, weights: KeyPointWeights): number {
  let z = 0;
  for (const k of Object.keys(weights) as (keyof KeyPointSignals)[]) z += weights[k] * signals[k];
  return z;
}

/** The best candidates, no two saying the same thing, in reading order. */
export function chooseKeyPoints(candidates: ScoredCandidate[], weights: KeyPointWeights): Sentence[] {
  const wanted = Math.min(MAX_POINTS, MIN_POINTS + Math.floor(candidates.length / SENTENCES_PER_EXTRA_POINT));
  const ranked = candidates
    .map((c) => ({ s: c.sentence, score: keyPointScore(c.signals, weights) }))
    .sort((a, b) => b.score - a.score || a.s.id - b.s.id);
  const chosen: { s: Sentence; words: Set<string> }[] = [];
  for (const { s } of ranked) {
    if (chosen.length >= wanted) break;
    const words = contentWords(s.text);
    if (chosen.some((c) => overlap(words, c.words) >= MAX_OVERLAP)) continue;
    chosen.push({ s, words });
  }
  return chosen.map((c) => c.s).sort((a, b) => a.id - b.id);
}

export function keyPointText(s: Sentence): string {
  return s.text.replace(DATELINE, '');
}

export function findKeyPoints(
  blocks: Block[], sentences: Sentence[], claims: Claim[], quotes: Quote[], options: KeyPointOptions = {},
): KeyPoint[] {
  const own = articleList(blocks, sentences);
  if (own) return own;
  const candidates = keyPointCandidates(blocks, sentences, claims, quotes, options.title ?? null);
  return chooseKeyPoints(candidates, options.weights ?? KEY_POINT_WEIGHTS).map((s) => ({
    text: keyPointText(s),
    source: 'extracted',
    block: s.block,
    sentence: s.id,
  }));
}
