// An inverted index from shingle to the passages that contain it, so finding the earlier passages a new one
// overlaps costs one lookup per shingle instead of a comparison with every earlier passage.

// A shingle found in many passages is page furniture or a stock phrase ("said in a statement on"); its
// posting list is capped so such shingles cannot make the search quadratic. The earliest passages are kept,
// since a repeat points at the earliest copy.
const MAX_POSTINGS = 8;

export class ShingleIndex {
  // Most shingles occur in one passage only: they get a number, not an array (on a 50,000-word page the
  // arrays were most of the garbage collector's work).
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();

  /** Index passage `id` under its shingles; returns how many distinct ones it has (a shingle repeated
   * inside the passage is indexed and counted once). */
  add(id: number, shingles: readonly number[]): number {
    let distinct = 0;
    for (const s of shingles) {
      const one = this.first.get(s);
      if (one === undefined) {
        this.first.set(s, id);
        distinct++;
      } else if (one !== id) {
        const list = this.more.get(s);
        if (!list) {
          this.more.set(s, [id]);
          distinct++;
        } else if (list[list.length - 1] !== id) {
          if (list.length < MAX_POSTINGS - 1) list.push(id);
          distinct++;
        }
      }
    }
    return distinct;
  }

  /** For each indexed passage, at how many positions of `shingles` it has the shingle (a prefilter: a
   * shingle repeated inside `shingles` counts each time). */
  overlaps(shingles: readonly number[]): Map<number, number> {
    const counts = new Map<number, number>();
    for (const s of shingles) {
      const one = this.first.get(s);
      if (one === undefined) continue;
      counts.set(one, (counts.get(one) ?? 0) + 1);
      const list = this.more.get(s);
      if (list) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}
