// A block's words, word ids and shingles, computed once and shared by the block-level and sentence-level
// comparisons (a sentence's shingles are a stretch of its block's).
import type { Sentence } from '../types';
import { comparableWordSpans, type WordSpan } from './comparable-words';
import { SHINGLE_SIZE, shingleSequence, type Vocabulary } from './shingles';

export interface PassageWords {
  words: WordSpan[];
  /** One id per word (equal words, equal ids). */
  ids: number[];
  /** The shingle at each word position. */
  sequence: number[];
  /** A line of its own: the sentence is its block's whole text and ends as a sentence does (full stop,
   * question or exclamation mark, ellipsis), so it is no label or cut-off caption. Set for sentences only. */
  ownLine?: boolean;
}

// A sentence's closing mark, with the quote marks and brackets that may follow it.
const CLOSED = /[.!?…]["'”’»)\]]*\s*$/u;

export function blockWords(text: string, vocabulary: Vocabulary): PassageWords {
  const words = comparableWordSpans(text);
  const ids = words.map((w) => vocabulary.id(w.word));
  return { words, ids, sequence: shingleSequence(ids) };
}

/** The words and shingles of each sentence of the block, in one pass (shingles that cross into the next
 * sentence are left out). `sentences` are the block's, in order. */
export function sentencesWords(block: PassageWords, sentences: Sentence[]): PassageWords[] {
  const out: PassageWords[] = [];
  let from = 0;
  for (const s of sentences) {
    while (from < block.words.length && (block.words[from] as WordSpan).start < s.start) from++;
    let to = from;
    while (to < block.words.length && (block.words[to] as WordSpan).end <= s.end) to++;
    const words = block.words.slice(from, to);
    const ids = block.ids.slice(from, to);
    const sequence = words.length >= SHINGLE_SIZE ? block.sequence.slice(from, to - SHINGLE_SIZE + 1) : shingleSequence(ids);
    out.push({ words, ids, sequence, ownLine: sentences.length === 1 && CLOSED.test(s.text) });
    from = to;
  }
  return out;
}

/** The words of `passage` outside the character ranges `cut` (their shingles re-joined across each cut). */
export function wordsOutside(passage: PassageWords, cut: { start: number; end: number }[]): PassageWords {
  if (!cut.length) return passage;
  const keep = passage.words.map((w) => !cut.some((c) => w.start < c.end && c.start < w.end));
  const ids = passage.ids.filter((_, i) => keep[i]);
  return { words: passage.words.filter((_, i) => keep[i]), ids, sequence: shingleSequence(ids) };
}
