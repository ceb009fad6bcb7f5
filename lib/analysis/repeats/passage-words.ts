// A block's words, word ids and shingles, computed once and shared by the block-level and sentence-level
// comparisons (a sentence's shingles are a stretch of its block's).
import type { Sentence } from '../types';
import { comparableWordSpans, type WordSpan } from './comparable-words';
import { SHINGLE_SIZE, shingleSequence, type Vocabulary } from './shingles';

export interface PassageWords {
  words: WordSpan[];
  /** The shingle at each word position. */
  sequence: number[];
}

export function blockWords(text: string, vocabulary: Vocabulary): PassageWords & { ids: number[] } {
  const words = comparableWordSpans(text);
  const ids = words.map((w) => vocabulary.id(w.word));
  return { words, ids, sequence: shingleSequence(ids) };
}

/** The words and shingles of each sentence of the block, in one pass (shingles that cross into the next
 * sentence are left out). `sentences` are the block's, in order. */
export function sentencesWords(block: PassageWords & { ids: number[] }, sentences: Sentence[]): PassageWords[] {
  const out: PassageWords[] = [];
  let from = 0;
  for (const s of sentences) {
    while (from < block.words.length && (block.words[from] as WordSpan).start < s.start) from++;
    let to = from;
    while (to < block.words.length && (block.words[to] as WordSpan).end <= s.end) to++;
    const words = block.words.slice(from, to);
    const sequence =
      words.length >= SHINGLE_SIZE
        ? block.sequence.slice(from, to - SHINGLE_SIZE + 1)
        : shingleSequence(block.ids.slice(from, to));
    out.push({ words, sequence });
    from = to;
  }
  return out;
}
