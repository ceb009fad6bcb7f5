// A sentence as a sparse bag of hashed features for the learned check-worthiness model: word unigrams and
// bigrams, character n-grams inside words, and the hand-made cues of claim-features.ts. The same function
// runs when training (scripts/train-claims.ts) and when scoring in the extension, so the two cannot
// drift apart.
import { CLAIM_FEATURES, type ClaimContext } from './claim-features';

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

/**
 * The features of one sentence: indices into 2^bits buckets and their values. Each group (words, word
 * pairs, character n-grams, cues) is scaled by 1/sqrt(its size), so a long sentence does not outvote a
 * short one just by having more words.
 */
export function claimVector(context: ClaimContext, options: VectorOptions): SparseVector {
  const mask = (1 << options.bits) - 1;
  const tokens = claimTokens(context.text);
  const words = tokens.map((t) => hash(`w:${t}`));
  const padded = ['<s>', ...tokens, '</s>'];
  const bigrams: number[] = [];
  for (let i = 0; i + 1 < padded.length; i++) bigrams.push(hash(`b:${padded[i]} ${padded[i + 1]}`));
  const chars: number[] = [];
  for (const t of tokens) {
    const w = ` ${t} `;
    for (const n of options.charN) for (let i = 0; i + n <= w.length; i++) chars.push(hashFrom(CHAR_PREFIX, w, i, i + n) >>> 0);
  }
  const cues: number[] = [hash(`len:${Math.min(MAX_LENGTH_BUCKET, Math.floor(tokens.length / WORDS_PER_LENGTH_BUCKET))}`)];
  for (const f of CLAIM_FEATURES) {
    const v = f.value(context);
    if (v) cues.push(hash(`f:${f.name}:${v}`));
  }

  const acc = new Map<number, number>();
  for (const group of [words, bigrams, chars, cues]) {
    if (!group.length) continue;
    const scale = 1 / Math.sqrt(group.length);
    for (const h of group) {
      const i = h & mask;
      acc.set(i, (acc.get(i) ?? 0) + scale);
    }
  }
  const index = new Int32Array(acc.size);
  const value = new Float32Array(acc.size);
  let k = 0;
  for (const [i, v] of acc) {
    index[k] = i;
    value[k] = v;
    k++;
  }
  return { index, value };
}
