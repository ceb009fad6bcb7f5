// Key points: the article's own summary list when it has one; otherwise 3–5 of its sentences. Only
// sentences that stand alone qualify: none that opens with "He said…" or "But…", no reaction quotes, no
// sentence saying again what a chosen one says. Among them, a small learned model says how likely each word
// of the article is to be in a summary of it (first seen early, repeated, in the title, a name, a figure
// the lead reports, the writer's word rather than a quoted one), and the chosen three are the set whose
// words a summary can be expected to share most, for their length (the expected ROUGE-1 F-measure).
import type { Block, KeyPoint, Quote, Sentence } from './types';
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
// Quoted words, for the word model: double quotes, or curly single ones, where a ’ before a letter is an
// apostrophe ("‘Britain’s wettest county’"), not the end of the quote.
const QUOTED_WORDS = /["“][^"”]{3,}["”]|‘(?:[^’]|’(?=\p{L})){3,}’(?!\p{L})/gu;
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
// The best three are searched among every triple of the first 20 candidates (1,140 triples): the points
// of a news story are in its first half, and a triple, unlike one sentence at a time, can trade one long
// sentence for two short ones.
const SEARCH_POOL = 20;
// The length of the summary a reader would write, in words: the mean length of the CNN/DailyMail
// highlights (51 tokens) rounded. It prices each added word in the expected-overlap score below.
const SUMMARY_WORDS = 50;
// Picture references inside sentences ("(pictured)", "(left)", "(file photo)") are page furniture.
const PICTURE_NOTE =
  /\s*\((?:(?:not |also |both )?pictured(?: (?:left|right|centre|center|above|below|here|with [^)]{1,30}))?|(?:far |second |third )?(?:left|right|centre|center)|above|below|inset|top|bottom|file (?:picture|photo|image))\)/gi;

// Function words: ROUGE counts them, so they matter to the overlap a summary can expect, but they say
// nothing about what the story is.
const STOPWORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it', 'its', 'he', 'she', 'they',
  'his', 'her', 'their', 'which', 'who', 'would', 'will', 'could', 'said', 'not', 'also', 'after', 'about',
  'into', 'over', 'than', 'there', 'what', 'when', 'while', 'we', 'i', 'our', 'you', 'them', 'him', 'all',
  'any', 'some', 'more', 'most', 'other', 'such', 'no', 'one', 'two', 'can', 'may', 'did', 'do', 'does',
]);

/**
 * What makes a word of the article likely to be in a summary of it, each in 0..1 (but logTf). The names
 * are the keys of WORD_WEIGHTS.
 */
export const WORD_SIGNALS = [
  'bias', // 1: the base rate
  'title', // the word is in the title
  'logTf', // log(1 + how often the article uses it)
  'firstSeen', // e^(-i/3) for the first sentence i that uses it: the lead introduces the story's words
  'firstSeenNow', // e^(-i): the lede's own words, beyond the lead's (the two decays together shape the curve)
  'firstSeenLate', // e^(-i/10): a word first met by the tenth sentence is still the story's, not background
  'inFirst', // in the first sentence
  'inLead', // share of the first three sentences using it
  'stopword', // a function word
  'capitalised', // share of its uses capitalised mid-sentence: names
  'number', // a figure
  'numberEarly', // a figure, times e^(-i/3): the new fact the lead reports (a toll, an age, a sum), not a later detail
  'quoted', // share of its uses inside quotation marks: summaries paraphrase what people said
  'spread', // share of the sentences using it: what the article keeps coming back to
  'long', // characters / 10, capped at 1: short words are mostly grammar
] as const;
export type WordSignal = (typeof WORD_SIGNALS)[number];

// Poisson regression of how often each word appears in the reference summary, fitted on CNN/DailyMail
// (scripts/eval-keypoints.ts --fit: the 50 articles on even lines; the 50 others are held out). A weight
// multiplies the expected count by e^weight per unit of its signal.
export const WORD_WEIGHTS: Record<WordSignal, number> = {
  bias: -4.21,
  title: 0.58,
  logTf: 0.88,
  firstSeen: 2.1,
  firstSeenNow: -1.31,
  firstSeenLate: 0.97,
  inFirst: -0.09,
  inLead: 0.09,
  stopword: 0.06,
  capitalised: 0.33,
  number: 0.25,
  numberEarly: 0.38,
  quoted: -0.66,
  spread: 0.32,
  long: -0.02,
};

export interface KeyPointOptions {
  /** The article's title, when known: its words are likelier to be the story's. */
  title?: string | null;
  weights?: Record<WordSignal, number>;
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

// A word of the word model: a run of letters and digits (matchAll and match copy or reset it, so one
// shared expression is safe); a capital at its start may make it a name.
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;
// A figure: a word of the word model that starts with a digit.
const NUMBER_WORD = /^\p{N}/u;

/** A word as ROUGE and the word model see it: lowercased letters and digits. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function keyPointText(s: Sentence): string {
  return s.text.replace(DATELINE, '').replace(PICTURE_NOTE, '');
}

/** What the choice works on: the candidate sentences, in reading order, and the signals of every word. */
export interface KeyPointArticle {
  candidates: Sentence[];
  /** For each word of the body, its signals in WORD_SIGNALS order. */
  words: Map<string, number[]>;
}

export function keyPointArticle(
  blocks: Block[], sentences: Sentence[], quotes: Quote[], title: string | null = null,
): KeyPointArticle {
  const kind = new Map(blocks.map((b) => [b.id, b.kind]));
  // Furniture is judged once per block, not once per sentence of it.
  const furniture = new Map(blocks.map((b) => [b.id, isBoilerplate(b.text)]));
  const directQuotes = new Map<number, Quote[]>();
  for (const q of quotes) if (q.kind === 'direct') directQuotes.set(q.block, [...(directQuotes.get(q.block) ?? []), q]);
  const body = sentences.filter((s) => kind.get(s.block) === 'paragraph' && !furniture.get(s.block));
  const candidates = body.filter((s) => standsAlone(s, directQuotes.get(s.block) ?? []));

  interface Stats {
    uses: number; first: number; sentences: number; lastSentence: number; capitalised: number; lead: number; quoted: number;
  }
  const stats = new Map<string, Stats>();
  body.forEach((s, i) => {
    const quoted = [...s.text.matchAll(QUOTED_WORDS)].map((m) => [m.index, m.index + m[0].length] as const);
    let k = 0;
    for (const m of s.text.matchAll(WORD)) {
      const token = m[0];
      const w = token.toLowerCase();
      let st = stats.get(w);
      if (!st) {
        st = { uses: 0, first: i, sentences: 0, lastSentence: -1, capitalised: 0, lead: 0, quoted: 0 };
        stats.set(w, st);
      }
      st.uses++;
      if (k++ > 0 && CAPITALISED.test(token)) st.capitalised++;
      for (const [from, to] of quoted) {
        if (m.index >= from && m.index < to) {
          st.quoted++;
          break;
        }
      }
      if (st.lastSentence !== i) {
        st.sentences++;
        st.lastSentence = i;
        if (i < 3) st.lead++;
      }
    }
  });
  const titleWords = new Set(wordTokens(title ?? ''));
  const words = new Map<string, number[]>();
  for (const [w, st] of stats) {
    const firstSeen = Math.exp(-st.first / 3);
    const number = NUMBER_WORD.test(w);
    // In WORD_SIGNALS order (a test holds the two together); an array literal rather than a record mapped
    // through WORD_SIGNALS: this runs for every distinct word of the article.
    words.set(w, [
      1, // bias
      titleWords.has(w) ? 1 : 0, // title
      Math.log1p(st.uses), // logTf
      firstSeen, // firstSeen
      Math.exp(-st.first), // firstSeenNow
      Math.exp(-st.first / 10), // firstSeenLate
      st.first === 0 ? 1 : 0, // inFirst
      st.lead / 3, // inLead
      STOPWORDS.has(w) ? 1 : 0, // stopword
      st.capitalised / st.uses, // capitalised
      number ? 1 : 0, // number
      number ? firstSeen : 0, // numberEarly
      st.quoted / st.uses, // quoted
      st.sentences / body.length, // spread
      Math.min(1, w.length / 10), // long
    ]);
  }
  return { candidates, words };
}

// A selection repeating a word c times can expect to match min(c, Y) of the reference's Y uses. Only the
// first two uses count: a third use adds little, and summed over the lead's repeated names and function
// words it rewarded sentences saying the same thing again (on the even half, ROUGE-1 1.033 × LEAD-3 with
// two against 1.027 with three; the held-out half 1.033 against 1.032).
const MAX_COUNTED_REPEATS = 2;

/**
 * For each word, the overlap a selection using it once or twice can expect with a summary: the sum over
 * k ≤ c of P(Y ≥ k), with Y Poisson-distributed around the word model's expected count.
 */
function expectedMatches(article: KeyPointArticle, weights: Record<WordSignal, number>): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const w = WORD_SIGNALS.map((k) => weights[k]);
  for (const [word, x] of article.words) {
    let z = 0;
    for (let i = 0; i < x.length; i++) z += (x[i] as number) * (w[i] as number);
    const lambda = Math.exp(z);
    let pk = Math.exp(-lambda);
    let cdf = 0;
    let sum = 0;
    const row: number[] = [];
    for (let k = 1; k <= MAX_COUNTED_REPEATS; k++) {
      cdf += pk;
      pk *= lambda / k;
      sum += 1 - cdf;
      row.push(sum);
    }
    table.set(word, row);
  }
  return table;
}

/** The best candidates, no two saying the same thing, in reading order. */
export function chooseKeyPoints(article: KeyPointArticle, weights: Record<WordSignal, number> = WORD_WEIGHTS): Sentence[] {
  const { candidates } = article;
  if (!candidates.length) return [];
  const matches = expectedMatches(article, weights);
  const texts = candidates.map(keyPointText);
  const content = texts.map(contentWords);
  // The search asks about the same pairs hundreds of times: compare each pair once (0 not yet, 1 distinct, 2 not).
  const n = candidates.length;
  const pairs = new Int8Array(n * n);
  const distinctPair = (i: number, j: number) => {
    const k = i * n + j;
    if (!pairs[k]) pairs[k] = overlap(content[i] as Set<string>, content[j] as Set<string>) < MAX_OVERLAP ? 1 : 2;
    return pairs[k] === 1;
  };
  const distinct = (i: number, chosen: readonly number[]) => {
    for (const j of chosen) if (!distinctPair(i, j)) return false;
    return true;
  };
  // Words as small integers, so that scoring a set is array arithmetic (about 1,400 sets per article).
  const ids = new Map<string, number>();
  const rows: number[][] = [];
  // A plain loop: Int32Array.from with a mapping function is several times slower in V8.
  const tokenIds = texts.map((t) => {
    const words = wordTokens(t);
    const out = new Int32Array(words.length);
    words.forEach((word, k) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = rows.length;
        ids.set(word, id);
        rows.push(matches.get(word) ?? [0, 0, 0]);
      }
      out[k] = id;
    });
    return out;
  });
  // P(Y ≥ c) for each word and c = 1, 2: what the c-th use of a word adds to the expected overlap.
  const gain = new Float64Array(rows.length * MAX_COUNTED_REPEATS);
  rows.forEach((row, id) => {
    for (let c = 0; c < MAX_COUNTED_REPEATS; c++) gain[id * MAX_COUNTED_REPEATS + c] = (row[c] ?? 0) - (c ? (row[c - 1] ?? 0) : 0);
  });
  const uses = new Int32Array(rows.length);
  // The F-measure a set of sentences can expect against a summary of SUMMARY_WORDS words: twice the
  // expected overlap over the two lengths. Adding a sentence pays only if enough of its words are likely.
  const expectedF = (set: number[]) => {
    let length = 0;
    let overlapSum = 0;
    for (const i of set) {
      const words = tokenIds[i] as Int32Array;
      length += words.length;
      for (const id of words) {
        const c = (uses[id] as number) + 1;
        uses[id] = c;
        if (c <= MAX_COUNTED_REPEATS) overlapSum += gain[id * MAX_COUNTED_REPEATS + c - 1] as number;
      }
    }
    for (const i of set) for (const id of tokenIds[i] as Int32Array) uses[id] = 0;
    return (2 * overlapSum) / (length + SUMMARY_WORDS);
  };

  // The best set of three (or fewer, when fewer are distinct) among the pool, by exhaustive search.
  const pool = Math.min(candidates.length, SEARCH_POOL);
  let best: number[] = [];
  let bestF = -1;
  // The counts of the set being searched: a sentence's words are added on the way down and taken out on the
  // way back, so each set costs one sentence's words rather than all of them. The overlap is summed in the
  // same order as expectedF sums it and restored, not subtracted, so every F is bit for bit expectedF's.
  let length = 0;
  let overlapSum = 0;
  // `chosen` is one array, grown and shrunk along the search (a copy is kept only for a new best set).
  const chosen: number[] = [];
  const search = (from: number) => {
    // A tie goes to the set found first, the earlier sentences (1e-9: sums in another order differ in the
    // last bits, and the second copy of a repeated paragraph must not win on rounding).
    const f = chosen.length ? (2 * overlapSum) / (length + SUMMARY_WORDS) : -1;
    if (chosen.length > best.length || (chosen.length === best.length && f > bestF + 1e-9)) {
      best = [...chosen];
      bestF = f;
    }
    if (chosen.length === MIN_POINTS) return;
    for (let i = from; i < pool; i++) {
      if (!distinct(i, chosen)) continue;
      const words = tokenIds[i] as Int32Array;
      const sumBefore = overlapSum;
      length += words.length;
      for (const id of words) {
        const c = (uses[id] as number) + 1;
        uses[id] = c;
        if (c <= MAX_COUNTED_REPEATS) overlapSum += gain[id * MAX_COUNTED_REPEATS + c - 1] as number;
      }
      chosen.push(i);
      search(i + 1);
      chosen.pop();
      for (const id of words) uses[id] = (uses[id] as number) - 1;
      length -= words.length;
      overlapSum = sumBefore;
    }
  };
  search(0);

  // Longer articles get up to two more, each the one that raises the expected F-measure most.
  const wanted = Math.min(MAX_POINTS, MIN_POINTS + Math.floor(candidates.length / SENTENCES_PER_EXTRA_POINT));
  while (best.length < wanted) {
    let next = -1;
    let nextF = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (best.includes(i) || !distinct(i, best)) continue;
      const f = expectedF([...best, i]);
      if (f > nextF + 1e-9) {
        nextF = f;
        next = i;
      }
    }
    if (next < 0) break;
    best.push(next);
  }
  return best.sort((a, b) => a - b).map((i) => candidates[i] as Sentence);
}

export function findKeyPoints(
  blocks: Block[], sentences: Sentence[], quotes: Quote[], options: KeyPointOptions = {},
): KeyPoint[] {
  const own = articleList(blocks, sentences);
  if (own) return own;
  const article = keyPointArticle(blocks, sentences, quotes, options.title ?? null);
  return chooseKeyPoints(article, options.weights).map((s) => ({
    text: keyPointText(s),
    source: 'extracted',
    block: s.block,
    sentence: s.id,
  }));
}
