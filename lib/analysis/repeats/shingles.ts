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

// Two independent 32-bit FNV-1a style hashes over the word ids, joined into one 53-bit integer (exact in
// a double): a collision among the ~10^5 shingles of a long page has odds around 10^-6.
function hashRange(ids: number[], from: number, to: number): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ (to - from);
  for (let i = from; i < to; i++) {
    const id = ids[i] as number;
    a = Math.imul(a ^ id, 0x01000193);
    b = Math.imul(b ^ (id * 0x9e3779b1), 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** The shingle starting at each word position (position i covers words i..i+n-1); a passage shorter than
 * n words is one shingle of all of them. */
export function shingleSequence(ids: number[], n = SHINGLE_SIZE): number[] {
  if (ids.length <= n) return ids.length ? [hashRange(ids, 0, ids.length)] : [];
  const out: number[] = new Array(ids.length - n + 1);
  for (let i = 0; i + n <= ids.length; i++) out[i] = hashRange(ids, i, i + n);
  return out;
}

export function distinct(sequence: number[]): number[] {
  return [...new Set(sequence)];
}
