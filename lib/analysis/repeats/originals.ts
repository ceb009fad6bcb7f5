// The earlier text a new passage is compared with: blocks that are not repeats themselves, with their
// sentences, found through a shingle index, so a comparison costs one index lookup per shingle plus an
// alignment with the few passages that share enough of them.
import type { PassageWords } from './passage-words';
import { ShingleIndex } from './shingle-index';

export interface Original {
  /** The block the passage is in (what a repeat's `of` names). */
  block: number;
  words: PassageWords;
  /** A sentence of a longer block, not the block's whole text. */
  part?: boolean;
}

interface Kept extends Original {
  shingles: number;
  /** The block's sentences that may be originals (for sentence-level comparisons), worked out the first
   * time a later passage touches the block: most blocks of a page never are. */
  sentences: () => PassageWords[];
}

// A passage is aligned with an earlier one only when they share a tenth of the shorter one's shingles: a
// restatement keeps far more (a copy with one word in ten changed keeps about 60%), and the alignment of
// passages that share one stock phrase would be wasted work.
const CANDIDATE_SHARE = 0.1;

const worthAligning = (shared: number, own: number, other: number) => shared >= Math.max(1, CANDIDATE_SHARE * Math.min(own, other));

export interface Candidates {
  /** Earlier blocks sharing enough shingles to be worth aligning. */
  blocks: Original[];
  /** Earlier blocks sharing any shingle (if none, no part of the passage can match earlier text either). */
  touched: Kept[];
}

export class Originals {
  private readonly index = new ShingleIndex();
  private readonly kept = new Map<number, Kept>();

  /** Keep block `block` (its words, and a way to get those of its sentences that may be originals). */
  add(block: number, words: PassageWords, sentences: () => PassageWords[] = () => []): void {
    const shingles = this.index.add(block, words.sequence);
    let memo: PassageWords[] | undefined;
    this.kept.set(block, { block, words, shingles, sentences: () => (memo ??= sentences()) });
  }

  candidates(words: PassageWords): Candidates {
    const own = words.sequence.length;
    const blocks: Original[] = [];
    const touched: Kept[] = [];
    for (const [block, shared] of this.index.overlaps(words.sequence)) {
      const kept = this.kept.get(block);
      if (!kept) continue;
      touched.push(kept);
      if (worthAligning(shared, own, kept.shingles)) blocks.push(kept);
    }
    return { blocks, touched };
  }

  /** Sentences of the `touched` blocks sharing enough shingles with `words` to be worth aligning. */
  sentencesSharing(words: PassageWords, touched: Kept[]): Original[] {
    const own = new Set(words.sequence);
    const found: Original[] = [];
    for (const kept of touched) {
      for (const s of kept.sentences()) {
        let shared = 0;
        for (const shingle of s.sequence) if (own.has(shingle)) shared++;
        if (worthAligning(shared, own.size, s.sequence.length)) found.push({ block: kept.block, words: s, part: s.ids.length < kept.words.ids.length });
      }
    }
    return found;
  }
}
