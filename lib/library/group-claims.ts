// The same claim told by several saved articles, grouped; and the figures the articles give for it that
// disagree ("over four hours" against "4.5-hour"). Pure: the library gives it the sentences of the articles on
// screen, so its cost is bounded by what the reader is looking at, not by the size of the library.
//
// Two sentences of different articles match when the words they share carry most of the weight of the
// shorter one (weights are IDF over the sentences compared, so "Ukraine" in a library about Ukraine weighs
// little and "flag" a lot), either as whole sentences or clause against clause (a long sentence often reports
// the claim in one clause). Matches chain into groups.
import { claimTerms } from './claim-terms';
import { figuresDisagree, figuresIn, type Figure } from './figures';

export interface ClaimSource {
  articleId: number;
  sentences: ReadonlyArray<{ text: string; isClaim: boolean }>;
}

export interface ClaimMember {
  articleId: number;
  text: string;
  /** Whether the article's own analysis flagged this sentence as a claim. */
  isClaim: boolean;
  figures: Figure[];
}

export interface FigureDisagreement {
  unit: string;
  /** The figures as each article gives them. */
  figures: Array<{ articleId: number; text: string }>;
}

export interface ClaimGroup {
  members: ClaimMember[];
  articleIds: number[];
  /** How alike the closest pair is, 0–1: groups sort by it. */
  score: number;
  disagreements: FigureDisagreement[];
}

// Tuned on the two seed articles (two reports of the Riyadh talks): every pair gold.json lists scores 0.40 or
// more, and below 0.36 unrelated sentences about the same event start to chain groups together.
export const MATCH_THRESHOLD = 0.36;
// A headline fragment or "Security guarantees" shares too little to say it is the same claim.
const MIN_WORDS = 6;
// Names say who, not what: two statements by one person share them without being one claim.
const NAME_WEIGHT = 0.3;
// A figure's unit on both sides ("hours") is strong evidence that the sentences report one measured fact.
const FIGURE_WEIGHT = 2;
// A clause matching a clause is weaker evidence than whole sentences matching.
const CLAUSE_DISCOUNT = 0.8;
// Fewer shared content words than this is coincidence, however rare the words.
const MIN_SHARED = 2;
// Clauses (split at commas, dashes, quote marks) with fewer content words than this are not compared alone.
const MIN_CLAUSE_TERMS = 3;
// A word in more than this share of the sentences generates no candidate pairs (it still counts in scores).
const COMMON_SHARE = 0.2;

interface Unit {
  articleId: number;
  text: string;
  isClaim: boolean;
  terms: Set<string>;
  clauses: Array<Set<string>>;
}

const isName = (t: string) => t.startsWith('@');
const contentCount = (terms: Iterable<string>) => [...terms].filter((t) => !isName(t)).length;

function unitsOf(sources: readonly ClaimSource[]): Unit[] {
  const units: Unit[] = [];
  for (const source of sources) {
    const seen = new Set<string>();
    for (const s of source.sentences) {
      // A page that prints its body twice has each sentence twice: one is enough.
      if (seen.has(s.text) || s.text.split(/\s+/).length < MIN_WORDS) continue;
      seen.add(s.text);
      const clauses = s.text.split(/[,;:—–"“”()]+/).map((c) => new Set(claimTerms(c))).filter((c) => contentCount(c) >= MIN_CLAUSE_TERMS);
      units.push({ articleId: source.articleId, text: s.text, isClaim: s.isClaim, terms: new Set(claimTerms(s.text)), clauses });
    }
  }
  return units;
}

export function groupClaims(sources: readonly ClaimSource[]): ClaimGroup[] {
  const units = unitsOf(sources);
  const df = new Map<string, number>();
  for (const u of units) for (const t of u.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = (t: string) => Math.log((units.length + 1) / (df.get(t) ?? 0.5)) * (isName(t) ? NAME_WEIGHT : t.startsWith('#') ? FIGURE_WEIGHT : 1);
  const total = (terms: Set<string>) => [...terms].reduce((n, t) => n + weight(t), 0);

  const overlap = (a: Set<string>, b: Set<string>): number => {
    const shared = [...a].filter((t) => b.has(t));
    if (contentCount(shared) < MIN_SHARED) return 0;
    return shared.reduce((n, t) => n + weight(t), 0) / Math.min(total(a), total(b));
  };
  const similarity = (a: Unit, b: Unit): number => {
    let best = overlap(a.terms, b.terms);
    for (const ca of a.clauses) for (const cb of b.clauses) best = Math.max(best, overlap(ca, cb) * CLAUSE_DISCOUNT);
    return best;
  };

  // Candidate pairs: sentences of different articles that share a content word not too common to tell anything.
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const t of u.terms) if (!isName(t)) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i);
  });
  const maxPosting = Math.max(2, Math.floor(units.length * COMMON_SHARE));
  const candidates = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > maxPosting) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!, j = list[y]!;
        if (units[i]!.articleId !== units[j]!.articleId) candidates.add(i * units.length + j);
      }
    }
  }

  // Union-find over the pairs that match; each group remembers its best pair's score.
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const best = new Map<number, number>();
  for (const key of candidates) {
    const i = Math.floor(key / units.length), j = key % units.length;
    const score = similarity(units[i]!, units[j]!);
    if (score < MATCH_THRESHOLD) continue;
    const a = find(i), b = find(j);
    const top = Math.max(score, best.get(a) ?? 0, best.get(b) ?? 0);
    if (a !== b) parent[b] = a;
    best.set(a, top);
  }

  const members = new Map<number, number[]>();
  units.forEach((_, i) => {
    const root = find(i);
    if (best.has(root)) (members.get(root) ?? members.set(root, []).get(root)!).push(i);
  });
  const groups: ClaimGroup[] = [];
  for (const [root, indexes] of members) {
    const list = indexes.map((i) => {
      const u = units[i]!;
      return { articleId: u.articleId, text: u.text, isClaim: u.isClaim, figures: figuresIn(u.text) };
    });
    groups.push({ members: list, articleIds: [...new Set(list.map((m) => m.articleId))], score: best.get(root)!, disagreements: disagreementsIn(list) });
  }
  return groups.sort((a, b) => b.articleIds.length - a.articleIds.length || b.score - a.score);
}

/** Units whose figures differ between articles, with each article's figures for that unit. */
function disagreementsIn(members: readonly ClaimMember[]): FigureDisagreement[] {
  const byUnit = new Map<string, Array<{ articleId: number; figure: Figure }>>();
  for (const m of members) for (const f of m.figures) if (f.unit) (byUnit.get(f.unit) ?? byUnit.set(f.unit, []).get(f.unit)!).push({ articleId: m.articleId, figure: f });
  const out: FigureDisagreement[] = [];
  for (const [unit, list] of byUnit) {
    const differs = list.some((a) => list.some((b) => a.articleId !== b.articleId && figuresDisagree(a.figure, b.figure)));
    if (!differs) continue;
    const seen = new Set<string>();
    const figures = list.filter(({ articleId, figure }) => !seen.has(`${articleId}|${figure.text}`) && seen.add(`${articleId}|${figure.text}`))
      .map(({ articleId, figure }) => ({ articleId, text: figure.text }));
    out.push({ unit, figures });
  }
  return out;
}
