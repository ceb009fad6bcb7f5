// Words for comparing passages: case, quote style, dashes, punctuation and spacing are how copies of one
// paragraph differ on a page (the same text set by two templates), so all of them are dropped.

// Runs of letters, digits and combining marks; everything else separates words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Only non-ASCII words can have compatibility forms; skipping normalize() for the rest halves the cost.
const ASCII = /^[\x20-\x7e]*$/;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Compatibility forms (full-width letters, ligatures) are folded so text typed two ways compares equal.
const fold = (w: string) => (ASCII.test(w) ? w : w.normalize('NFKC')).toLowerCase();

/** The words of `text`, folded, with their offsets in `text`. */
export function comparableWordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    spans.push({ word: fold(m[0]), start, end: start + m[0].length });
  }
  return spans;
}

export function comparableWords(text: string): string[] {
  return comparableWordSpans(text).map((w) => w.word);
}
