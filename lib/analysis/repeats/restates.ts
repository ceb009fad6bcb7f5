// When an alignment (see align.ts) makes a passage a restatement of earlier text rather than a passage that
// happens to share a phrase or a fact with it.
import type { Alignment } from './align';
import { SHINGLE_SIZE } from './shingles';

// From ten words on, a passage repeats earlier text in one of two ways:
// - copied with edits: 80% of its words recur in order and the earlier passage is of about the same extent
//   (80% of its words recur too): an editor's note with a word changed, a copy with one word in ten edited;
// - lifted: 80% of its words recur in runs of five words or more, with few breaks inside (see BREAK_COST):
//   a teaser, a pull quote, a caption, a copy with a word changed at an edge or a clause put in ("She could
//   face…" for "Altice could face…").
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
// word of it from eight words on, the word that differs opening it (a subject or attribution swapped:
// "Facebook says she became engaged in July 2013" for "It also says…"). A short sentence whose last word
// differs says something else, as its end carries its news ("It's going to be a real wall." after "It's
// going to be a real deal.").
const SHORT_ONE_OFF_WORDS = 8;
// A sentence restating earlier text is a repeat from six words on ("See, Obama is a baby killer." printed
// again as a pull quote); shorter ones are stock phrases ("He declined to comment.").
export const MIN_SENTENCE_WORDS = 6;
// A lifted passage is a stretch cut from longer text: its edges may differ (where it was cut, or a word put
// on: "She could face…" for "Altice could face…"), but a break inside the stretch (words dropped, put in or
// changed) is an edit, and each costs the SHINGLE_SIZE - 1 shared shingles that span it. A lifted passage may
// lose to its breaks no more than the share of its shingles it may lose overall (1 - MIN_RESTATED_SHARE),
// the 5-word-shingle containment of 0.8 the data sets' labels use: one break from 24 words on. Shorter, a
// sentence made of two shared phrases around an edit and its own opening is a rewrite ("The losses mean
// Trump may not have paid federal income taxes for nearly two decades" after "Clinton says it means Trump
// 'may not have paid a dime' in federal income taxes for nearly two decades"), not a lifted copy.
const BREAK_COST = SHINGLE_SIZE - 1;

/** Does a lifted passage of `words` words keep enough of its shingles across its `breaks`? */
export function fewBreaks(breaks: number, words: number): boolean {
  const shingles = Math.max(0, words - SHINGLE_SIZE + 1);
  return shingles - breaks * BREAK_COST >= MIN_RESTATED_SHARE * shingles;
}

/** How a passage restates another: all of it as one run; an edited copy of the same extent (most words in
 * order, on both sides); or lifted from longer text, most of it in runs, other words at an edge. */
export type Restatement = 'verbatim' | 'edited' | 'lifted';

/** Is the passage of `words` words a repeat of a passage of `otherWords` words, given their alignment? */
export function restates(alignment: Alignment, words: number, otherWords: number): Restatement | null {
  if (alignment.run >= words) return 'verbatim';
  if (words < LONG_PASSAGE_WORDS) return words >= SHORT_ONE_OFF_WORDS && alignment.run >= words - 1 && alignment.runToEnd ? 'lifted' : null;
  if (alignment.matched >= MIN_RESTATED_SHARE * Math.max(words, otherWords)) return 'edited';
  return alignment.covered >= MIN_RESTATED_SHARE * words && fewBreaks(alignment.breaks, words) ? 'lifted' : null;
}

/** The similarity a repeat carries: the share of its words found in order in the original. */
export function similarityOf(alignment: Alignment, words: number): number {
  return words ? Math.round(Math.min(1, alignment.matched / words) * 1000) / 1000 : 0;
}
