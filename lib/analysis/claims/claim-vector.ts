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
  /** Add word trigrams as well as unigrams and bigrams. */
  trigrams: boolean;
  /** n-gram lengths over the abstract sentence shape (function words kept, other words as suffix classes). */
  shapeN?: number[];
  /** Leave out the hand-made cues. */
  noCues?: boolean;
}

// Closed-class words: the grammar of a sentence (who, when, whether, how sure), kept as they are in the
// abstract shape, where every other word becomes its class. The shape carries across topics: a debate on
// trade and one on health both say "we have lost # X-s".
const FUNCTION_WORDS = new Set(
  ("a an the this that these those some any no every each all both either neither much many more most " +
  "few fewer less least other another such what which who whom whose when where why how whether if " +
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
  "myself ourselves yourself himself herself itself themselves one " +
  "be am is are was were been being have has had having do does did done doing " +
  "will would shall should can could may might must ought going gonna wanna " +
  "not n't never nothing nobody none nor no yes " +
  "and or but so because since although though while as than then there here now just only also even " +
  "still yet again already ever very too really about above after against along among around at before " +
  "behind below between by down during for from in into near of off on onto out over per through to " +
  "toward under until up upon with within without " +
  "said say says think know want believe going get got let " +
  "i'm i've i'll i'd we're we've we'll you're you've they're they've he's she's it's that's there's " +
  "don't doesn't didn't can't won't wouldn't isn't aren't wasn't weren't haven't hasn't " +
  "% $ # first last percent million billion trillion thousand hundred year years").split(' '),
);

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

// Numbers are replaced by their shape ("2,000" -> "0,000" -> "#"): the model learns that a figure is
// there, not which figure, so a count it never saw counts the same.
const DIGITS = /\d+(?:[.,]\d+)*/g;
// Words, numbers, and the signs that carry meaning in claims ("%", "$").
const TOKEN = /[\p{L}\p{N}#]+(?:['’][\p{L}]+)*|[%$€£]/gu;

export function claimTokens(text: string): string[] {
  return (text.replace(DIGITS, '#').match(TOKEN) ?? []).map((t) => t.replace(/’/g, "'"));
}

function shapeOf(token: string, first: boolean): string {
  const lower = token.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  const cap = !first && /^\p{Lu}/u.test(token) ? 'C' : 'x';
  const suffix = /(?:ed|ing|ly|s|er|est|ion|ment)$/.exec(lower)?.[0] ?? '';
  return `${cap}${suffix}`;
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
 * The features of one sentence: indices into 2^bits buckets and their values, each group scaled so that a
 * long sentence does not outvote a short one (values are 1/sqrt(count) per group).
 */
export function claimVector(context: ClaimContext, options: VectorOptions): SparseVector {
  const mask = (1 << options.bits) - 1;
  const original = claimTokens(context.text);
  const tokens = original.map((t) => t.toLowerCase());
  const groups: string[][] = [];
  const words = tokens.map((t) => `w:${t}`);
  const padded = ['<s>', ...tokens, '</s>'];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) bigrams.push(`b:${padded[i]} ${padded[i + 1]}`);
  groups.push(words, bigrams);
  if (options.trigrams) {
    const trigrams: string[] = [];
    for (let i = 0; i + 2 < padded.length; i++) trigrams.push(`t:${padded[i]} ${padded[i + 1]} ${padded[i + 2]}`);
    groups.push(trigrams);
  }
  if (options.charN.length) {
    const chars: string[] = [];
    for (const t of tokens) {
      const w = ` ${t} `;
      for (const n of options.charN) for (let i = 0; i + n <= w.length; i++) chars.push(`c:${w.slice(i, i + n)}`);
    }
    groups.push(chars);
  }
  if (options.shapeN?.length) {
    const shapes = ['<s>', ...original.map((t, i) => shapeOf(t, i === 0)), '</s>'];
    const grams: string[] = [];
    for (const n of options.shapeN) for (let i = 0; i + n <= shapes.length; i++) grams.push(`s${n}:${shapes.slice(i, i + n).join(' ')}`);
    groups.push(grams);
  }
  const cues: string[] = [];
  if (!options.noCues) for (const f of CLAIM_FEATURES) {
    const v = f.value(context);
    if (v) cues.push(`f:${f.name}:${Math.min(v, 3)}`);
  }
  cues.push(`len:${Math.min(8, Math.floor(tokens.length / 4))}`);
  groups.push(cues);

  const acc = new Map<number, number>();
  for (const g of groups) {
    if (!g.length) continue;
    const scale = 1 / Math.sqrt(g.length);
    for (const key of g) {
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
