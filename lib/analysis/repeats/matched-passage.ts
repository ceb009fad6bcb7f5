// A stretch of words turned back into character offsets, taking in the quote mark that opens the first word
// and the punctuation that closes the last, so a marked passage reads as the sentence it is.
import type { WordSpan } from './comparable-words';

export interface PassageSpan {
  start: number;
  end: number;
}

// Punctuation looked at beyond the edge words: a closing ".”)" or an opening "“(" is a few characters.
const EDGE_CHARS = 8;

/** Offsets in `text` of words[first..last] (indexes into `words`, whose offsets are in `text`). */
export function wordRangeSpan(text: string, words: WordSpan[], first: number, last: number): PassageSpan | null {
  const a = words[first];
  const b = words[last];
  if (!a || !b || last < first) return null;
  const closing = text.slice(b.end, b.end + EDGE_CHARS).match(/^[.!?…]*["'”’»)\]]*/)?.[0].length ?? 0;
  const opening = text.slice(Math.max(0, a.start - EDGE_CHARS), a.start).match(/["“‘«([]*$/)?.[0].length ?? 0;
  return { start: a.start - opening, end: b.end + closing };
}
