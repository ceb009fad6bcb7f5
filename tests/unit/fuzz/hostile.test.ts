// @vitest-environment happy-dom
// A sample of the hostile documents (the first SAMPLE seeds cover every kind several times) through the
// analyser and the content pipeline: no crash, no hang, no span outside its block, the page restored after
// removal, and each document within the time limit (CPU time: the machines are shared; see run-hostile.ts for
// the content pipeline's allowance on large DOMs in happy-dom). `npm run fuzz` runs 1,000 (scripts/bench/fuzz.ts).
import { describe, expect, it } from 'vitest';
import { HOSTILE_KINDS, hostileDocument, NESTING_DEPTH, HUGE_TEXT_CHARS } from './hostile-documents';
import { contentLimitMs, MAX_MS_PER_DOCUMENT, throughAnalyser, throughContentPipeline, throughTextAnalyser } from './run-hostile';

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
      expect(analyser.cpuMs).toBeLessThanOrEqual(MAX_MS_PER_DOCUMENT);
      const text = throughTextAnalyser(doc);
      expect(text.failures).toEqual([]);
      expect(text.cpuMs).toBeLessThanOrEqual(MAX_MS_PER_DOCUMENT);
      const content = await throughContentPipeline(doc, { doc: document, win: window });
      expect(content.failures).toEqual([]);
      expect(content.cpuMs).toBeLessThanOrEqual(contentLimitMs(doc.kind));
    }, 60_000);
  }
});
