// Bounded approximate string matching: where does `pattern` occur in `text` with at most k edits (insertions,
// deletions, substitutions)? Myers' bit-vector algorithm (Myers 1999, "A fast bit-vector algorithm for
// approximate string matching based on dynamic programming", J. ACM 46(3)), in its block form for patterns
// longer than a 32-bit word (Fig. 9 there; Hyyrö 2003 for the carry between blocks). It computes the classic
// edit-distance table one text column at a time, 32 pattern rows per integer operation: O(n · ⌈m/32⌉).
//
// Hypothesis re-anchors quotes the same way (its client uses the approx-string-match package); this is our own
// small implementation so the extension gains no dependency, and it also reports every local best match (not
// only the globally best ones), so that the context around each candidate can pick between them.
// Pure: strings in, numbers out. UTF-16 code units, like every offset in lib/anchoring.

export interface ApproxMatch {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** Edits between the pattern and text.slice(start, end). */
  errors: number;
}

const WORD = 32;

interface Compiled {
  length: number;
  blocks: number;
  /** Per UTF-16 unit of the pattern: bit i of word b is set where pattern[b·32 + i] is that unit. */
  peq: Map<number, Uint32Array>;
  /** Per block, the bit of its last pattern row. */
  lastRow: Uint32Array;
  none: Uint32Array;
}

function compile(pattern: string): Compiled {
  const length = pattern.length;
  const blocks = Math.ceil(length / WORD);
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < length; i++) {
    const code = pattern.charCodeAt(i);
    let bits = peq.get(code);
    if (!bits) peq.set(code, (bits = new Uint32Array(blocks)));
    bits[(i / WORD) | 0]! |= 1 << i % WORD;
  }
  const lastRow = new Uint32Array(blocks).fill(1 << (WORD - 1));
  lastRow[blocks - 1] = 1 << (length - 1) % WORD;
  return { length, blocks, peq, lastRow, none: new Uint32Array(blocks) };
}

/**
 * The bottom row of the edit-distance table of `pattern` against text[from, to), one value per text position:
 * scores[j] is the distance of the pattern to the best substring ending at from + j + 1.
 * anchored = false: the substring may start anywhere (search). anchored = true: it must start at `from`
 * (row 0 grows by one per column instead of staying 0), so scores[j] = distance(pattern, text[from, from+j+1)).
 */
export function bottomRow(text: string, pattern: string, from = 0, to = text.length, anchored = false): Int32Array {
  const scores = new Int32Array(Math.max(0, to - from));
  if (pattern.length === 0) {
    if (anchored) for (let j = 0; j < scores.length; j++) scores[j] = j + 1;
    return scores;
  }
  const c = compile(pattern);
  // Vertical deltas of each block: all +1 in column 0 (distance i to the empty text).
  const pv = new Uint32Array(c.blocks).fill(0xffffffff);
  const mv = new Uint32Array(c.blocks);
  let score = c.length;
  for (let j = from; j < to; j++) {
    const eqs = c.peq.get(text.charCodeAt(j)) ?? c.none;
    // Horizontal delta entering the top of block 0: row 0 of the table.
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < c.blocks; b++) {
      const p = pv[b]!;
      const m = mv[b]!;
      const negIn = hin < 0 ? 1 : 0;
      const eq = eqs[b]! | negIn;
      const xv = eq | m;
      const xh = ((((eq & p) + p) >>> 0) ^ p) | eq;
      let ph = m | ~(xh | p);
      let mh = p & xh;
      const last = c.lastRow[b]!;
      const hout = ph & last ? 1 : mh & last ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | negIn;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    scores[j - from] = score;
  }
  return scores;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Where the best alignment of `pattern` that ends exactly at `end` starts: the start whose substring is closest
 * to the pattern, and of those the one whose length is closest to the pattern's. Searches back at most
 * pattern.length + maxErrors characters (an alignment with k edits is at most k longer than the pattern).
 */
export function alignStart(text: string, pattern: string, end: number, maxErrors: number, floor = 0): { start: number; errors: number } {
  const from = Math.max(floor, end - pattern.length - maxErrors);
  const window = reverse(text.slice(from, end));
  const scores = bottomRow(window, reverse(pattern), 0, window.length, true);
  // Zero characters: every pattern unit is an edit.
  let best = { start: end, errors: pattern.length };
  for (let i = 0; i < scores.length; i++) {
    const errors = scores[i]!;
    const start = end - (i + 1);
    const closer = Math.abs(end - start - pattern.length) < Math.abs(end - best.start - pattern.length);
    if (errors < best.errors || (errors === best.errors && closer)) best = { start, errors };
  }
  return best;
}

/**
 * Every place in text[from, to) where `pattern` matches with at most `maxErrors` edits, one per run of
 * neighbouring end positions (the run's best), best first (fewest errors, then earliest).
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  if (pattern.length === 0 || to <= from) return [];
  const k = Math.max(0, Math.min(Math.floor(maxErrors), pattern.length));
  const scores = bottomRow(text, pattern, from, to);
  const out: ApproxMatch[] = [];
  // A match ending at j usually also "matches" ending at j±1 with one more edit; keep each run's minimum.
  let runBest = -1;
  for (let j = 0; j <= scores.length; j++) {
    const s = j < scores.length ? scores[j]! : Infinity;
    if (s <= k) {
      if (runBest < 0 || s < scores[runBest]!) runBest = j;
      continue;
    }
    if (runBest >= 0) {
      const end = from + runBest + 1;
      const { start, errors } = alignStart(text, pattern, end, scores[runBest]!, from);
      out.push({ start, end, errors });
      runBest = -1;
    }
  }
  return out.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Edit distance between two whole strings (Levenshtein), with the same bit-vector machinery. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const scores = bottomRow(b, a, 0, b.length, true);
  return scores[scores.length - 1]!;
}

/**
 * How much of `expected` the text keeps right before `at` (side 'before') or right after it ('after'), from 0
 * to 1: 1 − edits / expected.length for the best alignment that touches `at`. Used to score the context of
 * a candidate match against a TextQuoteSelector's prefix and suffix.
 */
export function contextSimilarity(text: string, expected: string, at: number, side: 'before' | 'after'): number {
  if (expected.length === 0) return 1;
  // Up to twice the expected length, so an insertion inside the context does not count every shifted char.
  const span = expected.length * 2;
  let errors: number;
  if (side === 'after') {
    const scores = bottomRow(text, expected, at, Math.min(text.length, at + span), true);
    errors = scores.length ? Math.min(...scores) : expected.length;
  } else {
    const from = Math.max(0, at - span);
    const window = reverse(text.slice(from, at));
    const scores = bottomRow(window, reverse(expected), 0, window.length, true);
    errors = scores.length ? Math.min(...scores) : expected.length;
  }
  return 1 - Math.min(errors, expected.length) / expected.length;
}
