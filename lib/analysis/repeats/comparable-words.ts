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
  /** Written with a capital or as a number ("Obama", "USA", "2013"): the stuff of names and titles. */
  capital: boolean;
  /** Opens the text or follows a full stop or colon: its capital says nothing about being a name. */
  initial: boolean;
}

const CAPITAL = /^[\p{Lu}\p{N}]/u;
// Punctuation between two words that makes the second open a sentence (or a caption after "Pictured:").
const SENTENCE_BREAK = /[.!?…:;]/;

// Compatibility forms (full-width letters, ligatures) are folded so text typed two ways compares equal.
const fold = (w: string) => (ASCII.test(w) ? w : w.normalize('NFKC')).toLowerCase();

/** The words of `text`, folded, with their offsets in `text`. */
export function comparableWordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const initial = previousEnd < 0 || SENTENCE_BREAK.test(text.slice(previousEnd, start));
    previousEnd = start + m[0].length;
    spans.push({ word: fold(m[0]), start, end: start + m[0].length, capital: CAPITAL.test(m[0]), initial });
  }
  return spans;
}

export function comparableWords(text: string): string[] {
  return comparableWordSpans(text).map((w) => w.word);
}
