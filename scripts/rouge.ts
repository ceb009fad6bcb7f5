// ROUGE (Lin, 2004) for the key-point evaluation, written out so that ours and LEAD-3 are scored by the
// same code. Tokens are lowercased ASCII letters and digits (everything else separates tokens), with no
// stemming and no stopword removal, like Google's rouge-score without its stemmer. Each score is the
// F-measure (F1) of precision and recall against one reference:
//   ROUGE-N  clipped n-gram overlap of the whole summary with the whole reference;
//   ROUGE-L  longest common subsequence of the two token sequences (the summary's sentences joined; this is
//            rouge-score's "rougeL", not the summary-level "rougeLsum" that pyrouge reports).
// Published CNN/DailyMail figures use pyrouge with Porter stemming, so they run about a point higher.

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

function prf(overlap: number, candidate: number, reference: number): Prf {
  const p = candidate ? overlap / candidate : 0;
  const r = reference ? overlap / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] as number;
}

export function rougeL(candidate: string[], reference: string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

export interface RougeScores {
  r1: Prf;
  r2: Prf;
  rl: Prf;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}
