// Where, inside a longer text, the words of an earlier passage are: the stretch of shingle positions whose
// shingles belong to the earlier passage, turned back into character offsets.
import type { WordSpan } from './comparable-words';
import { SHINGLE_SIZE } from './shingles';

export interface PassageSpan {
  start: number;
  end: number;
}

// The longest stretch of `sequence` made of shingles in `source`, as a range of shingle positions. Gaps
// up to a shingle long (one changed word spoils five shingles) are bridged.
export function matchedShingles(sequence: number[], source: Set<number>): [number, number] | null {
  let best: [number, number] | null = null;
  let runStart = -1;
  let lastHit = -Infinity;
  for (let i = 0; i < sequence.length; i++) {
    if (!source.has(sequence[i] as number)) continue;
    if (i - lastHit > SHINGLE_SIZE) runStart = i;
    lastHit = i;
    if (!best || i - runStart > best[1] - best[0]) best = [runStart, i];
  }
  return best;
}

/**
 * The span of `text` that restates the passage whose shingles are `source`, or null. `words` are the words
 * of the stretch of `text` searched and `sequence` their shingles (offsets stay those of `text`).
 */
export function matchedPassage(text: string, words: WordSpan[], sequence: number[], source: Set<number>): PassageSpan | null {
  const range = matchedShingles(sequence, source);
  if (!range) return null;
  const first = words[range[0]];
  const last = words[Math.min(range[1] + SHINGLE_SIZE - 1, words.length - 1)];
  if (!first || !last) return null;
  // Take in the punctuation that closes the last word and the quote mark that opens the first.
  const closing = text.slice(last.end, last.end + 8).match(/^[.!?…]*["'”’»)\]]*/)?.[0].length ?? 0;
  const opening = text.slice(Math.max(0, first.start - 8), first.start).match(/["“‘«([]*$/)?.[0].length ?? 0;
  return { start: first.start - opening, end: last.end + closing };
}
