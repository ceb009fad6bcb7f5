// A sentence as a sparse bag of hashed features for the learned check-worthiness model: word unigrams and
// bigrams, character n-grams inside words, and the hand-made cues of claim-features.ts. The same function
// runs when training (scripts/train-claims.ts) and when scoring in the extension, so the two cannot
// drift apart.
import { CLAIM_FEATURES, claimFeatureValues, type ClaimContext } from './claim-features';

export interface VectorOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram lengths, inside " word " padding; [] for none. */
  charN: number[];
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

// Numbers become "#" ("2,000", "4.5" -> "#"): the model learns that a figure is there, not which figure,
// so a count it never saw counts the same.
const DIGITS = /\d+(?:[.,]\d+)*/g;
// Words (with their clitics: "don't", "we're"), and the signs that carry meaning in claims.
const TOKEN = /[\p{L}\p{N}#]+(?:['’]\p{L}+)*|[%$€£]/gu;
// Longer sentences are capped in the length feature: past 32 words length says nothing more.
const MAX_LENGTH_BUCKET = 8;
const WORDS_PER_LENGTH_BUCKET = 4;

export function claimTokens(text: string): string[] {
  return (text.toLowerCase().replace(DIGITS, '#').match(TOKEN) ?? []).map((t) => t.replace(/’/g, "'"));
}

// FNV-1a, 32 bits: fast, no tables, and the same in every JavaScript engine. `hashFrom` continues a hash
// over s[start, end), so "c:" + a slice of a word hashes without building the slice.
const FNV_OFFSET = 0x811c9dc5;
function hashFrom(h0: number, s: string, start = 0, end = s.length): number {
  let h = h0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const hash = (s: string) => hashFrom(FNV_OFFSET, s) >>> 0;
const CHAR_PREFIX = hashFrom(FNV_OFFSET, 'c:');
// The other prefixes, hashed once: continuing from them gives the hash of "w:" + word (or "b:" + a + " " + b)
// without building that string for every word of every sentence.
const WORD_PREFIX = hashFrom(FNV_OFFSET, 'w:');
const PAIR_PREFIX = hashFrom(FNV_OFFSET, 'b:');
const SPACE = ' '.charCodeAt(0);
// The hash of "c:" + the n characters of " " + word + " " from position `from`, feeding the two padding
// spaces to the hash instead of building the padded string for every word.
function paddedGramHash(word: string, from: number, n: number): number {
  let h = CHAR_PREFIX;
  for (let j = from; j < from + n; j++) {
    h ^= j === 0 || j === word.length + 1 ? SPACE : word.charCodeAt(j - 1);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function pairHash(a: string, b: string): number {
  const h = Math.imul(hashFrom(PAIR_PREFIX, a) ^ SPACE, 0x01000193);
  return hashFrom(h, b) >>> 0;
}

// The sums per bucket, reused from sentence to sentence and left all zero after each: a sentence touches a
// few hundred of the 2^bits buckets, and a Map per sentence was the single costliest step of scoring.
// `order` lists the buckets in the order they were first touched, so the dot product in claim-model.ts adds
// its terms in the same order as before, to the last bit.
let buckets = new Float64Array(0);

/**
 * The features of one sentence: indices into 2^bits buckets and their values. Each group (words, word
 * pairs, character n-grams, cues) is scaled by 1/sqrt(its size), so a long sentence does not outvote a
 * short one just by having more words.
 */
export function claimVector(context: ClaimContext, options: VectorOptions): SparseVector {
  const mask = (1 << options.bits) - 1;
  const tokens = claimTokens(context.text);
  const words = tokens.map((t) => hashFrom(WORD_PREFIX, t) >>> 0);
  const padded = ['<s>', ...tokens, '</s>'];
  const bigrams: number[] = [];
  for (let i = 0; i + 1 < padded.length; i++) bigrams.push(pairHash(padded[i] as string, padded[i + 1] as string));
  const chars: number[] = [];
  for (const t of tokens) {
    const paddedLength = t.length + 2; // " " + t + " "
    for (const n of options.charN) for (let i = 0; i + n <= paddedLength; i++) chars.push(paddedGramHash(t, i, n));
  }
  const cues: number[] = [hash(`len:${Math.min(MAX_LENGTH_BUCKET, Math.floor(tokens.length / WORDS_PER_LENGTH_BUCKET))}`)];
  const values = claimFeatureValues(context);
  CLAIM_FEATURES.forEach((f, i) => {
    const v = values[i];
    if (v) cues.push(hash(`f:${f.name}:${v}`));
  });

  if (buckets.length !== mask + 1) buckets = new Float64Array(mask + 1);
  const order: number[] = [];
  for (const group of [words, bigrams, chars, cues]) {
    if (!group.length) continue;
    const scale = 1 / Math.sqrt(group.length);
    for (const h of group) {
      const i = h & mask;
      // Every scale is positive, so a bucket still at 0 is one this sentence has not touched yet.
      if (buckets[i] === 0) order.push(i);
      buckets[i] = (buckets[i] as number) + scale;
    }
  }
  const index = Int32Array.from(order);
  const value = new Float32Array(order.length);
  order.forEach((i, k) => {
    value[k] = buckets[i] as number;
    buckets[i] = 0;
  });
  return { index, value };
}
