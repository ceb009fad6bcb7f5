// Word n-grams ("shingles"). Two passages that share most of their shingles share most of their wording in
// the same order, which is what a repeated paragraph is. Shingles are hashed to numbers: on a 50,000-word
// page string keys cost several times the time and most of the garbage.

/** Five-word shingles: long enough that a shared one is rarely chance, short enough that one changed word
 * spoils only five of them. On the project's repeats set 5-word containment finds 95% of repeats. */
export const SHINGLE_SIZE = 5;

/** Word -> small integer, exact (no collisions between words). One per analysis. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(word, id);
    }
    return id;
  }
}

// A shingle is a 30-bit hash of its word ids: numbers that small are stored unboxed ("Smi") by the engine,
// which keeps the index's maps several times faster than with 53-bit keys. On a 50,000-word page a few of
// the ~10^5 shingles may share a hash; that only proposes a passage for alignment, and the alignment checks
// the words themselves.
const SHINGLE_BITS = 0x3fffffff;

function hashRange(ids: number[], from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ (ids[i] as number), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return (h ^ (h >>> 16)) & SHINGLE_BITS;
}

/** The shingle starting at each word position (position i covers words i..i+n-1); a passage shorter than
 * n words is one shingle of all of them. */
export function shingleSequence(ids: number[], n = SHINGLE_SIZE): number[] {
  if (ids.length <= n) return ids.length ? [hashRange(ids, 0, ids.length)] : [];
  const out: number[] = new Array(ids.length - n + 1);
  for (let i = 0; i + n <= ids.length; i++) out[i] = hashRange(ids, i, i + n);
  return out;
}
