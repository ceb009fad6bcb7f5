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
/** Share of long words capitalised above which a block is a headline in title case. */
const TITLE_CASE_SHARE = 0.75;

export function isTitleCase(tokens: readonly { kind: string; text: string; cap: boolean; acronym: boolean }[]): boolean {
  let long = 0;
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.acronym || t.text.length < 4) continue;
    long++;
    if (t.cap) capital++;
  }
  return long >= TITLE_CASE_MIN_WORDS && capital / long >= TITLE_CASE_SHARE;
}
