// Repeats smaller than a block: a sentence that restates earlier text (a pull quote or caption printed inside
// a longer block), or an earlier sentence restated inside a longer sentence (a caption glued to the text
// around it). Each becomes a Repeat with start/end in its block.
import type { Block, Repeat, Sentence } from '../types';
import { better, roundSimilarity, type Match } from './match-block';
import { matchedPassage } from './matched-passage';
import type { PassageWords } from './passage-words';
import { ShingleIndex } from './shingle-index';
import { distinct } from './shingles';

// A sentence of ten words or more; shorter ones share stock phrases ("said in a statement on Tuesday")
// by chance.
export const MIN_SENTENCE_WORDS = 10;
// 80% of a sentence's shingles in one earlier place: stricter than for blocks, since a sentence has fewer
// shingles and one shared clause would otherwise be enough.
export const SENTENCE_CONTAINMENT = 0.8;

interface IndexedSentence {
  block: number;
  shingles: Set<number>;
}

/** Earlier text to compare with: whole blocks (for sentences restating them) and single sentences (for
 * sentences restated inside longer ones). Only blocks that are not repeats themselves are added. */
export class EarlierText {
  readonly blocks = new ShingleIndex();
  private readonly sentences = new ShingleIndex();
  private readonly sentenceInfo = new Map<number, IndexedSentence>();

  addSentence(s: Sentence, words: PassageWords): void {
    if (words.words.length < MIN_SENTENCE_WORDS) return;
    const set = new Set(words.sequence);
    this.sentences.add(s.id, [...set]);
    this.sentenceInfo.set(s.id, { block: s.block, shingles: set });
  }

  /** The earlier sentence most fully contained in `own`, with its shingle set. */
  containedSentence(own: number[]): { match: Match; shingles: Set<number> } | null {
    let bestMatch: Match | null = null;
    let bestShingles: Set<number> | null = null;
    for (const [id, shared] of this.sentences.overlaps(own)) {
      const info = this.sentenceInfo.get(id);
      if (!info) continue;
      const similarity = roundSimilarity(shared / info.shingles.size);
      if (similarity < SENTENCE_CONTAINMENT) continue;
      const match = better(bestMatch, { of: info.block, similarity });
      if (match !== bestMatch) {
        bestMatch = match;
        bestShingles = info.shingles;
      }
    }
    return bestMatch && bestShingles ? { match: bestMatch, shingles: bestShingles } : null;
  }
}

function sentenceMatch(block: Block, s: Sentence, words: PassageWords, earlier: EarlierText): Repeat | null {
  if (words.words.length < MIN_SENTENCE_WORDS) return null;
  const own = distinct(words.sequence);
  // The sentence restates earlier text.
  let forward: Match | null = null;
  for (const [id, shared] of earlier.blocks.overlaps(own)) {
    const similarity = roundSimilarity(shared / own.length);
    if (similarity >= SENTENCE_CONTAINMENT) forward = better(forward, { of: id, similarity });
  }
  if (forward) return { block: s.block, of: forward.of, similarity: forward.similarity, text: s.text, start: s.start, end: s.end };
  // An earlier sentence is restated inside this one: mark only that passage.
  const contained = earlier.containedSentence(own);
  const span = contained && matchedPassage(block.text, words.words, words.sequence, contained.shingles);
  if (!contained || !span) return null;
  const { of, similarity } = contained.match;
  return { block: s.block, of, similarity, text: block.text.slice(span.start, span.end), ...span };
}

/** Passages of `block` that repeat earlier text; neighbouring sentences with one source are joined. */
export function sentenceRepeats(block: Block, sentences: Sentence[], words: PassageWords[], earlier: EarlierText): Repeat[] {
  const found: Repeat[] = [];
  let previous: Repeat | null = null;
  sentences.forEach((s, i) => {
    const match = sentenceMatch(block, s, words[i] as PassageWords, earlier);
    const last = found[found.length - 1];
    if (match && previous && last && last.of === match.of && last.end === previous.end) {
      last.end = match.end;
      last.similarity = Math.min(last.similarity, match.similarity);
      last.text = block.text.slice(last.start, last.end);
    } else if (match) {
      found.push(match);
    }
    previous = match;
  });
  return found;
}
