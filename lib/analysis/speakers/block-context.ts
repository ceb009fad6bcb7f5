// Everything the attribution passes know about one block: its tokens, frames and names.

import type { Frame } from './build-frames';
import type { QuoteSpan } from './find-quote-spans';
import type { NameRun } from './find-name-runs';
import type { Token } from './tokenize-block';

export interface BlockContext {
  block: number;
  text: string;
  tokens: Token[];
  frames: Frame[];
  spans: QuoteSpan[];
  runs: NameRun[];
  /** Token index -> the name run that starts there. */
  runAt: Map<number, NameRun>;
  /** Most words capitalised ("Zelensky Holds Talks With Erdogan"): capitals say nothing about names here. */
  titleCase: boolean;
}

/** Title-case detection needs this many long words to judge. */
const TITLE_CASE_MIN_WORDS = 3;
/** Share of long words capitalised above which an unpunctuated block is a headline in title case. */
const TITLE_CASE_SHARE = 0.75;
/** A block ending like a sentence is a headline only with this many long words, nearly all capitalised:
 * "Tom Haines met Senator Laura Kim on Monday." is a sentence full of names. */
const TITLE_CASE_SENTENCE_WORDS = 5;
const TITLE_CASE_SENTENCE_SHARE = 0.9;

export function isTitleCase(tokens: readonly { kind: string; text: string; cap: boolean; acronym: boolean }[]): boolean {
  let long = 0;
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.acronym || t.text.length < 4) continue;
    long++;
    if (t.cap) capital++;
  }
  if (long < TITLE_CASE_MIN_WORDS) return false;
  const share = capital / long;
  const last = tokens[tokens.length - 1];
  const endsSentence = last !== undefined && (last.kind === 'quote' || ['.', '!', '?'].includes(last.text));
  return endsSentence ? long >= TITLE_CASE_SENTENCE_WORDS && share >= TITLE_CASE_SENTENCE_SHARE : share >= TITLE_CASE_SHARE;
}
