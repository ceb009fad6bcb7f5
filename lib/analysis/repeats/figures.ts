// Facts that make two alike passages different statements. Passages that read alike but give different
// figures ("Clinton has at least 866 delegates" / "…at least 882 delegates") are an update, not a repeat:
// dimming the second would tell the reader it holds nothing new. Likewise a sentence lifted with its edge
// word changed from one name to another ("…won the Republican primary in Arkansas" / "…in Virginia") is the
// next item of a list, not the same item again.
import type { WordSpan } from './comparable-words';

// Number words, so "ten-year" and "10-year" give the same figure and "four reasons" differs from "three".
const NUMBER_WORDS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, String(i)]),
);
const DIGITS = /^\p{N}+$/u;

function figureOf(word: string): string | undefined {
  return DIGITS.test(word) ? word : NUMBER_WORDS.get(word);
}

/** The figures (and, with `names`, the capitalised words inside sentences) among words[from..to]. */
export function factsIn(words: WordSpan[], names: boolean, from = 0, to = words.length - 1): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i <= Math.min(to, words.length - 1); i++) {
    const w = words[i] as WordSpan;
    const fact = figureOf(w.word) ?? (names && w.capital && !w.initial ? w.word : undefined);
    if (fact !== undefined) out.add(fact);
  }
  return out;
}

/** Every word of the passage, figures written as digits: what a fact of the other side is looked up in (a
 * name may open a sentence on one side and sit inside one on the other). */
export function tokensOf(words: WordSpan[]): Set<string> {
  return new Set(words.map((w) => figureOf(w.word) ?? w.word));
}

/** Each side has a fact the other lacks: one was replaced. (A fact only added or only dropped is an edit of
 * the same statement: "When David Cameron visited…" for "When Cameron visited…".) */
export function factsDiffer(aFacts: Set<string>, aTokens: Set<string>, bFacts: Set<string>, bTokens: Set<string>): boolean {
  const missing = (facts: Set<string>, tokens: Set<string>) => [...facts].some((f) => !tokens.has(f));
  return missing(aFacts, bTokens) && missing(bFacts, aTokens);
}
