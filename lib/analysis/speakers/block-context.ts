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
  /** Per frame (same index as `frames`): the name runs that start in it and the quotations whose content starts in it. */
  frameRuns: NameRun[][];
  frameSpans: QuoteSpan[][];
  /** Most words capitalised ("Zelensky Holds Talks With Erdogan"): capitals say nothing about names here. */
  titleCase: boolean;
}

/** Title-case detection needs this many capitalised words to judge. */
const TITLE_CASE_MIN_WORDS = 3;
/** The only words a title-case headline leaves in lowercase ("Zelensky Holds Talks with Erdogan"). */
const TITLE_CASE_LOWERCASE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'by', 'of', 'in', 'as', 'vs', 'vs.', 'via',
  'per', 'with', 'from', 'into', 'over', 'amid', 'up', 'off', 'out', 'is', 'be', 'if', 'so', 'than', 'not',
  'after', 'about', 'says', 'said',
]);

/**
 * A headline in title case: several capitalised words and no lowercase word but the short ones titles keep
 * lowercase. A sentence full of names still has its verbs in lowercase ("Tom Haines met Laura Kim.").
 */
export function isTitleCase(tokens: readonly { kind: string; text: string; lower: string; cap: boolean; acronym: boolean }[]): boolean {
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !/\p{L}/u.test(t.text)) continue;
    if (t.cap || t.acronym) capital++;
    else if (!TITLE_CASE_LOWERCASE.has(t.lower)) return false;
  }
  return capital >= TITLE_CASE_MIN_WORDS;
}

/** Distributes items over frames by a position, in one pass (items and frames are both in reading order). */
export function byFrame<T>(frames: readonly { firstToken: number; endToken: number; start: number; end: number }[], items: readonly T[], at: (item: T) => number, inTokens: boolean): T[][] {
  const out: T[][] = frames.map(() => []);
  let f = 0;
  for (const item of items) {
    const pos = at(item);
    while (f < frames.length) {
      const frame = frames[f] as (typeof frames)[number];
      if (pos < (inTokens ? frame.endToken : frame.end)) break;
      f++;
    }
    if (f < frames.length) (out[f] as T[]).push(item);
  }
  return out;
}
