// @vitest-environment happy-dom
// A sample of the hostile documents (the first SAMPLE seeds cover every kind several times) through the
// analyser and the content pipeline: no crash, no hang, no span outside its block, the page restored after
// removal, and no document near a hang (HANG_GUARD_MS of CPU). The issue's ≤ 1 s per document is a speed
// figure: `npm run fuzz` (scripts/bench/fuzz.ts) runs 1,000 documents and reports every one over
// MAX_MS_PER_DOCUMENT; a unit test on a shared two-core machine is no place for a speed limit.
import { describe, expect, it } from 'vitest';
import { HOSTILE_KINDS, hostileDocument, NESTING_DEPTH, HUGE_TEXT_CHARS } from './hostile-documents';
import { contentLimitMs, MAX_MS_PER_DOCUMENT, throughAnalyser, throughContentPipeline, throughTextAnalyser } from './run-hostile';

// Ten times the per-document limit: far above any document's normal cost, far below a hang.
const HANG_GUARD_MS = 10 * MAX_MS_PER_DOCUMENT;

// Five of each kind: the whole sample adds about a minute to npm test on two cores.
const SAMPLE = 5 * HOSTILE_KINDS.length;

describe('the hostile document generator', () => {
  it('gives the same document for the same seed', () => {
    expect(hostileDocument(42).html).toBe(hostileDocument(42).html);
    expect(hostileDocument(42).html).not.toBe(hostileDocument(42 + HOSTILE_KINDS.length).html);
  });

  it('covers every kind in any run of consecutive seeds as long as the list of kinds', () => {
    const kinds = new Set(Array.from({ length: HOSTILE_KINDS.length }, (_, i) => hostileDocument(1000 + i).kind));
    expect(kinds.size).toBe(HOSTILE_KINDS.length);
  });

  it('makes the documents the issue names: 10,000 deep, a 10 MB text node', () => {
    const deep = hostileDocument(HOSTILE_KINDS.indexOf('deep-nesting'));
    expect(deep.html.match(/<(div|span|section|blockquote|em|article)>/g)?.length).toBeGreaterThanOrEqual(NESTING_DEPTH);
    const huge = hostileDocument(HOSTILE_KINDS.indexOf('huge-text-node'));
    expect(Math.max(...huge.html.split(/<\/?p>/).map((s) => s.length))).toBeGreaterThanOrEqual(HUGE_TEXT_CHARS);
  });
});

describe(`${SAMPLE} hostile documents`, () => {
  for (let seed = 0; seed < SAMPLE; seed++) {
    const doc = hostileDocument(seed);
    it(`seed ${seed} (${doc.kind}${doc.mutates ? ', mutating' : ''}) passes the analyser (page and text) and the content pipeline`, async () => {
      const analyser = throughAnalyser(doc);
      expect(analyser.failures).toEqual([]);
      expect(analyser.cpuMs).toBeLessThanOrEqual(HANG_GUARD_MS);
      const text = throughTextAnalyser(doc);
      expect(text.failures).toEqual([]);
      expect(text.cpuMs).toBeLessThanOrEqual(HANG_GUARD_MS);
      const content = await throughContentPipeline(doc, { doc: document, win: window });
      expect(content.failures).toEqual([]);
      expect(content.cpuMs).toBeLessThanOrEqual(Math.max(HANG_GUARD_MS, contentLimitMs(doc.kind)));
    }, 60_000);
  }
});
