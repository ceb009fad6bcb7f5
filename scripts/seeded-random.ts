// mulberry32: a small, fast, well-mixed 32-bit generator that can be seeded (Math.random cannot), so generated
// test data, fixtures and evaluation sets are the same on every run. One copy for the scripts and tests; the
// fuzzer's page script carries its own, as plain JavaScript (scripts/bench/fuzz/page-mutator.ts).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
