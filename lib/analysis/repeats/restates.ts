// When an alignment (see align.ts) makes a passage a restatement of earlier text rather than a passage that
// happens to share a phrase or a fact with it.
import type { Alignment } from './align';

// From ten words on, a passage repeats earlier text in one of two ways:
// - copied with edits: 80% of its words recur in order and the earlier passage is of about the same extent
//   (80% of its words recur too): an editor's note with a word changed, a copy with one word in ten edited;
// - lifted: 80% of its words recur in runs of five words or more (a teaser, a pull quote, a caption, a copy
//   with a word changed at an edge or a clause put in: "She could face…" for "Altice could face…").
// A sentence that reuses many words of a longer earlier one, mixed with its own, meets neither ("Politifact
// seized on Trump's claim that there have been 'thousands of shootings' in Chicago this year alone" after
// "Politifact did a fact-check on Donald Trump's claim that there have been 'thousands of shootings' in
// gun-controlled Chicago this year alone"): that restates a fact, it does not repeat a passage.
// 80%: a copy with one word in ten changed keeps about 90% of its words in order (all 15 edited copies of
// the project's repeats set are found), while sentences that merely share a clause keep well under 80%.
export const LONG_PASSAGE_WORDS = 10;
export const MIN_RESTATED_SHARE = 0.8;
// A shorter passage has too few words for a share to mean much ("She does not wish to come" shares five of
// its six words with "she does not wish to defend herself"; "You know what gives her the nerve?" six of
// seven with "…to demand to know what gives her the nerve"): it must recur whole as one run, or all but one
// word of it from eight words on.
const SHORT_ONE_OFF_WORDS = 8;

/** How a passage restates another: all of it as one run; an edited copy of the same extent (most words in
 * order, on both sides); or lifted from longer text, most of it in runs, other words at an edge. */
export type Restatement = 'verbatim' | 'edited' | 'lifted';

/** Is the passage of `words` words a repeat of a passage of `otherWords` words, given their alignment? */
export function restates(alignment: Alignment, words: number, otherWords: number): Restatement | null {
  if (alignment.run >= words) return 'verbatim';
  if (words < LONG_PASSAGE_WORDS) return words >= SHORT_ONE_OFF_WORDS && alignment.run >= words - 1 ? 'lifted' : null;
  if (alignment.matched >= MIN_RESTATED_SHARE * Math.max(words, otherWords)) return 'edited';
  return alignment.covered >= MIN_RESTATED_SHARE * words ? 'lifted' : null;
}

/** The similarity a repeat carries: the share of its words found in order in the original. */
export function similarityOf(alignment: Alignment, words: number): number {
  return words ? Math.round(Math.min(1, alignment.matched / words) * 1000) / 1000 : 0;
}
