// Facts that make two alike passages different statements. Passages that read alike but give different
// figures ("Clinton has at least 866 delegates" / "…at least 882 delegates") are an update, not a repeat:
// dimming the second would tell the reader it holds nothing new. Likewise a sentence lifted with its edge
// word changed from one name to another ("…won the Republican primary in Arkansas" / "…in Virginia") is the
// next item of a list, not the same item again.
import type { WordSpan } from './comparable-words';

// Number words, so "ten-year" and "10-year" give the same figure and "four reasons" differs from "three";
// ordinals too, so "the second film adaptation" differs from "the first film adaptation".
const NUMBER_WORDS = new Map([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, String(i)] as const),
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].map((w, i) => [w, String(i + 1)] as const),
]);
const DIGITS = /^\p{N}+$/u;
// "21st", "3rd": an ordinal written in digits is its number.
const DIGIT_ORDINAL = /^(\p{N}+)(?:st|nd|rd|th)$/u;

function figureOf(word: string): string | undefined {
  return DIGITS.test(word) ? word : NUMBER_WORDS.get(word) ?? word.match(DIGIT_ORDINAL)?.[1];
}

/** A word as facts and tokens hold it: its figure, or the word. */
export const figureOrWord = (w: WordSpan): string => figureOf(w.word) ?? w.word;

/** How often each figure (and, with `names`, each capitalised word inside a sentence) occurs among
 * words[from..to]. */
export function factsIn(words: WordSpan[], names: boolean, from = 0, to = words.length - 1): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = Math.max(0, from); i <= Math.min(to, words.length - 1); i++) {
    const w = words[i] as WordSpan;
    const fact = figureOf(w.word) ?? (names && w.capital && !w.initial ? w.word : undefined);
    if (fact !== undefined) out.set(fact, (out.get(fact) ?? 0) + 1);
  }
  return out;
}

/** Every word of the passage with how often it occurs, figures written as digits: what a fact of the other
 * side is looked up in (a name may open a sentence on one side and sit inside one on the other). */
export function tokensOf(words: WordSpan[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const token = figureOrWord(w);
    out.set(token, (out.get(token) ?? 0) + 1);
  }
  return out;
}

/** Each side has a fact the other lacks: one was replaced. (A fact only added or only dropped is an edit of
 * the same statement: "When David Cameron visited…" for "When Cameron visited…".) A figure counts as often
 * as it occurs, so a figure changed into one the passage already holds is seen ("1 Green, 2 Red, 1 Yellow"
 * after "1 Green, 1 Red, 1 Yellow": a line of a template filled in again, not the same line); a name is
 * present or not (a copy naming someone twice is no new fact). */
export function factsDiffer(aFacts: Map<string, number>, aTokens: Map<string, number>, bFacts: Map<string, number>, bTokens: Map<string, number>): boolean {
  const missing = (facts: Map<string, number>, tokens: Map<string, number>) =>
    [...facts].some(([fact, n]) => (tokens.get(fact) ?? 0) < (DIGITS.test(fact) ? n : 1));
  return missing(aFacts, bTokens) && missing(bFacts, aTokens);
}

// Template lines are lines: longer passages are not read as one (and the word diff below stays small).
const TEMPLATE_MAX_WORDS = 60;

/** The stretches where `a` and `b` differ, each as the words of `a` and of `b` in it (a longest common
 * subsequence of their words, read back from its table). */
function differingStretches(a: WordSpan[], b: WordSpan[]): [WordSpan[], WordSpan[]][] {
  const x = a.map(figureOrWord);
  const y = b.map(figureOrWord);
  const width = y.length + 1;
  const table = new Uint8Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * width + j] = x[i] === y[j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const out: [WordSpan[], WordSpan[]][] = [];
  let open: [WordSpan[], WordSpan[]] | null = null;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      open = null;
      i++;
      j++;
      continue;
    }
    if (!open) out.push((open = [[], []]));
    if (j >= y.length || (i < x.length && (table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number))) open[0].push(a[i++] as WordSpan);
    else open[1].push(b[j++] as WordSpan);
  }
  return out;
}

// A slot of a template: a name or a figure ("Hulu", "Netflix", "2", "Columbus" opening the line); a pronoun
// or article opening the line is capitalised but no name ("He" for "Mr Cameron", "She" for "Altice"), though
// it may open a slot ("The Square").
const NOT_NAMES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const isName = (w: WordSpan) => w.capital && !(w.initial && NOT_NAMES.has(w.word));
const isSlot = (words: WordSpan[]) => words.some(isName) && words.every((w) => w.capital);

/** A line of a template filled in again ("The Square is currently streaming on Hulu and…" after "Faces
 * Places is currently streaming on Netflix and…"): wherever the two differ, a name or figure stands in for
 * another. An edited copy changes common words, or drops or adds words, and so does a template line
 * reworded as well as refilled ("…available to rent…" for "…available to digitally rent…"): those stay
 * edited copies, as a copy with one word in ten edited may happen to swap a name. */
export function refilledTemplate(a: WordSpan[], b: WordSpan[]): boolean {
  if (a.length > TEMPLATE_MAX_WORDS || b.length > TEMPLATE_MAX_WORDS) return false;
  const stretches = differingStretches(a, b);
  return stretches.length > 0 && stretches.every(([inA, inB]) => isSlot(inA) && isSlot(inB));
}
