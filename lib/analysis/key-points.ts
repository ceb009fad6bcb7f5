// Key points: the article's own summary list when it has one; otherwise 3–5 of its sentences, chosen the
// way news is written (the lead carries the story) and checked for standing alone: no sentence that opens
// with "He said…" or "But…", no reaction quotes, no sentence saying again what a chosen one says.
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
// "RIYADH, Saudi Arabia: " / "WASHINGTON (Reuters) — ": a dateline is not part of the point.
const DATELINE =
  /^\p{Lu}{3,}[\p{Lu} .'-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^)]{1,40}\))?\s*[:—–-]\s+/u;
// Weights of the three signals. Position dominates: LEAD-3 is the baseline extractive summarisers
// struggle to beat on news. Content-word centrality and claim score pick, among early sentences, the ones
// that carry the story's main names and facts.
const POSITION_WEIGHT = 0.6;
const CENTRALITY_WEIGHT = 0.3;
const CLAIM_WEIGHT = 0.1;
// Position score halves about every three candidate sentences (e^(-r/4)).
const POSITION_DECAY = 4;
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

export function findKeyPoints(blocks: Block[], sentences: Sentence[], claims: Claim[], quotes: Quote[]): KeyPoint[] {
  const own = articleList(blocks, sentences);
  if (own) return own;

  const kind = new Map(blocks.map((b) => [b.id, b.kind]));
  const blockText = new Map(blocks.map((b) => [b.id, b.text]));
  const directQuotes = new Map<number, Quote[]>();
  for (const q of quotes) if (q.kind === 'direct') directQuotes.set(q.block, [...(directQuotes.get(q.block) ?? []), q]);
  const candidates = sentences.filter(
    (s) =>
      kind.get(s.block) === 'paragraph' &&
      !isBoilerplate(blockText.get(s.block) ?? '') &&
      standsAlone(s, directQuotes.get(s.block) ?? []),
  );
  if (!candidates.length) return [];

  // How central a word is: how many sentences of the article use it.
  const frequency = new Map<string, number>();
  const wordsOf = new Map<number, Set<string>>();
  for (const s of sentences) {
    const words = contentWords(s.text);
    wordsOf.set(s.id, words);
    for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const centrality = candidates.map((s) => {
    const words = wordsOf.get(s.id) ?? new Set<string>();
    let sum = 0;
    for (const w of words) sum += Math.log1p((frequency.get(w) ?? 1) - 1);
    return sum / Math.max(1, words.size);
  });
  const maxCentrality = centrality.reduce((a, b) => Math.max(a, b), 1e-9);
  const claimScore = new Map(claims.map((c) => [c.sentence, c.score]));

  const ranked = candidates
    .map((s, rank) => ({
      s,
      score:
        POSITION_WEIGHT * Math.exp(-rank / POSITION_DECAY) +
        CENTRALITY_WEIGHT * ((centrality[rank] ?? 0) / maxCentrality) +
        CLAIM_WEIGHT * (claimScore.get(s.id) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || a.s.id - b.s.id);

  const wanted = Math.min(MAX_POINTS, MIN_POINTS + Math.floor(candidates.length / SENTENCES_PER_EXTRA_POINT));
  const chosen: Sentence[] = [];
  for (const { s } of ranked) {
    if (chosen.length >= wanted) break;
    const words = wordsOf.get(s.id) ?? new Set<string>();
    if (chosen.some((c) => overlap(words, wordsOf.get(c.id) ?? new Set<string>()) >= MAX_OVERLAP)) continue;
    chosen.push(s);
  }
  return chosen
    .sort((a, b) => a.id - b.id)
    .map((s) => ({ text: s.text.replace(DATELINE, ''), source: 'extracted', block: s.block, sentence: s.id }));
}
