// The earlier text a new passage is compared with: passages that are not repeats themselves, each kept with
// its words and found through a shingle index, so a comparison costs one index lookup per shingle plus an
// alignment with the few passages that share enough of them.
import type { PassageWords } from './passage-words';
import { ShingleIndex } from './shingle-index';

export interface Original {
  /** The block the passage is in (what a repeat's `of` names). */
  block: number;
  words: PassageWords;
}

// A passage is aligned with an earlier one only when they share a tenth of the shorter one's shingles: a
// restatement keeps far more (a copy with one word in ten changed keeps about half), and the alignment of
// passages that share one stock phrase would be wasted work.
const CANDIDATE_SHARE = 0.1;

export interface Candidates {
  /** Earlier passages sharing enough shingles to be worth aligning. */
  passages: Original[];
  /** Whether any earlier passage shares a shingle at all (if not, no part of this one can match either). */
  touched: boolean;
}

export class Originals {
  private readonly index = new ShingleIndex();
  private readonly passages = new Map<number, Original & { shingles: number }>();

  /** Keep passage `key` (a block or sentence id, unique in this set) for later comparisons. */
  add(key: number, original: Original): void {
    const own = new Set(original.words.sequence);
    this.index.add(key, own);
    this.passages.set(key, { block: original.block, words: original.words, shingles: own.size });
  }

  candidates(words: PassageWords): Candidates {
    const own = new Set(words.sequence);
    const passages: Original[] = [];
    const overlaps = this.index.overlaps(own);
    for (const [key, shared] of overlaps) {
      const other = this.passages.get(key);
      if (other && shared >= Math.max(1, CANDIDATE_SHARE * Math.min(own.size, other.shingles))) passages.push(other);
    }
    return { passages, touched: overlaps.size > 0 };
  }
}
