import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeN, rougeTokens } from '../../../scripts/rouge';

describe('ROUGE (scripts/rouge.ts)', () => {
  it('tokenises lowercased letters and digits only', () => {
    expect(rougeTokens("Locke's £2,100 deal -LRB- 3.7 miles -RRB-")).toEqual(['locke', 's', '2', '100', 'deal', 'lrb', '3', '7', 'miles', 'rrb']);
  });

  it.each([
    // candidate, reference, n, precision, recall
    ['the cat sat on the mat', 'the cat sat on the mat', 1, 1, 1],
    ['the cat', 'the cat sat on the mat', 1, 1, 2 / 6],
    ['the the the', 'the cat', 1, 1 / 3, 1 / 2], // clipped: "the" counts once
    ['the cat sat', 'the cat is here', 2, 1 / 2, 1 / 3],
    ['dogs bark', 'the cat sat', 1, 0, 0],
  ])('rouge-%#: %j vs %j', (candidate, reference, n, p, r) => {
    const s = rougeN(rougeTokens(candidate), rougeTokens(reference), n);
    expect(s.p).toBeCloseTo(p, 10);
    expect(s.r).toBeCloseTo(r, 10);
    expect(s.f).toBeCloseTo(p + r ? (2 * p * r) / (p + r) : 0, 10);
  });

  it('measures the longest common subsequence for ROUGE-L', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBe(3);
    expect(lcsLength([], ['a'])).toBe(0);
    const s = rouge('police killed the gunman', 'police kill the gunman');
    expect(s.rl.p).toBeCloseTo(3 / 4, 10);
    expect(s.r2.f).toBeCloseTo(1 / 3, 10);
  });
});
