// Does a passage repeat an earlier one? Two ways: it restates the earlier passage (a copy, a teaser, a
// pull quote: its words recur there), or it contains it (a copy with a tail, a caption glued to new text:
// the earlier passage's words recur in it, and only that stretch is the repeat).
import { alignWords, type Alignment } from './align';
import { factsDiffer, factsIn, refilledTemplate, tokensOf } from './figures';
import type { Original } from './originals';
import type { PassageWords } from './passage-words';
import { MIN_SENTENCE_WORDS, restates, similarityOf, type Restatement } from './restates';

// A passage found inside longer new text must be eight words or more: up to seven words it is mostly a
// name or title mentioned again ("Fall of an Empire: The Story of Katherine of Alexandria" inside later
// sentences, "the Deferred Action for Childhood Arrivals program"), which an article repeats by nature.
export const MIN_CONTAINED_WORDS = 8;
// For the same reason a short passage (under eight words) found inside a longer earlier one is no repeat
// when half its words are capitalised or numbers: a caption naming someone ("US Secretary of State Marco
// Rubio"), a title. A short line printed twice whole (a twin, at most twice as long) still is.
const TWIN_GROWTH = 2;
const NAME_CAPITAL_SHARE = 0.5;
// A line of five words (the shortest block compared) is a repeat only of a line of its own length, give or
// take a word: "What we don't know" as a heading does not repeat "We don't know what we don't know".
const SHORTEST_PASSAGE_WORDS = 5;
// A short sentence standing as a line of its own (a caption, pull quote or fact-box line, closed by a full
// stop) is found inside later text from MIN_SENTENCE_WORDS on when it recurs word for word: the line is
// printed again, as a six-word line printed again on its own already is. A short sentence inside a paragraph
// that recurs later is an echo or a stock line ("When Trump used the words, 'I'm not quite there yet'…",
// "It takes 2,383 delegates to win."), and a name or caption without a stop is a label: both keep the
// eight-word floor (MIN_CONTAINED_WORDS). (A title inside its sentence is never a line of its own.)

// The facts of the other passage are read over its aligned stretch and a couple of words beyond it, where
// a replaced figure at the edge of the passage falls ("…with 55." against "…with 61. Ted Cruz has 11").
const FACT_EDGE_WORDS = 2;

/** Is `whole` (all of it restated) a different statement from the stretch of `other` it aligns with? Figures
 * count always; names only for a lifted passage, whose differing words sit at its edge (an edited copy's
 * changed words are anywhere, and a name among them is as likely a slip as a new fact), or for an edited
 * copy whose every change is a name or figure standing in for another (see refilledTemplate). */
function statesOtherFacts(whole: PassageWords, other: PassageWords, alignment: Alignment, how: Restatement): boolean {
  const names = how === 'lifted';
  if (how === 'edited' && refilledTemplate(whole.words, other.words)) return true;
  const own = factsIn(whole.words, names);
  if (!own.size || !alignment.inB) return false;
  // An edited copy is of about the extent of the other passage (see restates), so all of it is compared: its
  // shared runs may stop short of a figure changed near its end.
  const [from, to] = how === 'edited' ? [0, other.words.length - 1] : [alignment.inB[0] - FACT_EDGE_WORDS, alignment.inB[1] + FACT_EDGE_WORDS];
  const theirs = factsIn(other.words, names, from, to);
  return factsDiffer(own, tokensOf(whole.words), theirs, tokensOf(other.words));
}

function looksLikeName(words: PassageWords): boolean {
  const n = words.words.length;
  return n < MIN_CONTAINED_WORDS && words.words.filter((w) => w.capital).length >= NAME_CAPITAL_SHARE * n;
}

export interface Match {
  of: number;
  similarity: number;
  /** Set when the earlier passage is contained in this one: the words of this one it spans. */
  inside?: [number, number];
  /** The earlier passage is part of longer text: a sentence of a longer block (see Original.part), or a
   * block over twice as long as the passage restating it. */
  ofPart?: boolean;
}

/** Keep the better of two matches: restating beats containing, then higher similarity, then the earlier
 * source. */
export function better(a: Match | null, b: Match): Match {
  if (!a) return b;
  if (Boolean(a.inside) !== Boolean(b.inside)) return a.inside ? b : a;
  return b.similarity > a.similarity || (b.similarity === a.similarity && b.of < a.of) ? b : a;
}

/** The earlier passage that `own` restates best, if any. */
export function restated(own: PassageWords, candidates: Original[]): Match | null {
  let best: Match | null = null;
  const words = own.ids.length;
  const name = looksLikeName(own);
  for (const c of candidates) {
    if (name && c.words.ids.length > TWIN_GROWTH * words) continue;
    if (words <= SHORTEST_PASSAGE_WORDS && c.words.ids.length > words + 1) continue;
    const alignment = alignWords(own, c.words);
    const how = restates(alignment, words, c.words.ids.length);
    if (!how || statesOtherFacts(own, c.words, alignment, how)) continue;
    const ofPart = c.part || c.words.ids.length > TWIN_GROWTH * words;
    best = better(best, { of: c.block, similarity: similarityOf(alignment, words), ...(ofPart ? { ofPart } : {}) });
  }
  return best;
}

/** Every earlier passage that `own` contains (restates inside longer text), each with its stretch of `own`. */
export function contained(own: PassageWords, candidates: Original[]): Match[] {
  const found: Match[] = [];
  for (const c of candidates) {
    const words = c.words.ids.length;
    if (words < (c.words.ownLine ? MIN_SENTENCE_WORDS : MIN_CONTAINED_WORDS)) continue;
    const alignment = alignWords(c.words, own);
    if (words < MIN_CONTAINED_WORDS && alignment.run < words) continue;
    const how = restates(alignment, words, own.ids.length);
    if (how && alignment.inB && !statesOtherFacts(c.words, own, alignment, how)) found.push({ of: c.block, similarity: similarityOf(alignment, words), inside: alignment.inB });
  }
  return found;
}
