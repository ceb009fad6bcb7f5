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

  /** Index passage `id` under its distinct shingles. */
  add(id: number, shingles: Iterable<number>): void {
    for (const s of shingles) {
      const one = this.first.get(s);
      if (one === undefined) {
        this.first.set(s, id);
        continue;
      }
      if (one === id) continue;
      const list = this.more.get(s);
      if (!list) this.more.set(s, [id]);
      else if (list.length < MAX_POSTINGS - 1 && list[list.length - 1] !== id) list.push(id);
    }
  }

  /** For each indexed passage, how many of the distinct `shingles` it contains. */
  overlaps(shingles: Iterable<number>): Map<number, number> {
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
