// A sentence as a sparse bag of hashed features for the learned check-worthiness model: word unigrams and
// bigrams, character n-grams inside words, and the hand-made cues of claim-features.ts. The same function
// runs when training (scripts/train-claims.ts) and when scoring in the content script, so the two cannot
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

// FNV-1a, 32 bits: fast, no tables, and the same in every JavaScript engine.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The features of one sentence: indices into 2^bits buckets and their values. Each group (words, word
 * pairs, character n-grams, cues) is scaled by 1/sqrt(its size), so a long sentence does not outvote a
 * short one just by having more words.
 */
export function claimVector(context: ClaimContext, options: VectorOptions): SparseVector {
  const mask = (1 << options.bits) - 1;
  const tokens = claimTokens(context.text);
  const padded = ['<s>', ...tokens, '</s>'];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) bigrams.push(`b:${padded[i]} ${padded[i + 1]}`);
  const chars: string[] = [];
  for (const t of tokens) {
    const w = ` ${t} `;
    for (const n of options.charN) for (let i = 0; i + n <= w.length; i++) chars.push(`c:${w.slice(i, i + n)}`);
  }
  const cues: string[] = [`len:${Math.min(MAX_LENGTH_BUCKET, Math.floor(tokens.length / WORDS_PER_LENGTH_BUCKET))}`];
  for (const f of CLAIM_FEATURES) {
    const v = f.value(context);
    if (v) cues.push(`f:${f.name}:${v}`);
  }

  const acc = new Map<number, number>();
  for (const group of [tokens.map((t) => `w:${t}`), bigrams, chars, cues]) {
    if (!group.length) continue;
    const scale = 1 / Math.sqrt(group.length);
    for (const key of group) {
      const i = hash(key) & mask;
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
