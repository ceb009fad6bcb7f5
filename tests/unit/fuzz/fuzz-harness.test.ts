// @vitest-environment happy-dom
// The fuzz run's own parts (scripts/bench/fuzz.ts, scripts/bench/fuzz/*): its arguments, the seeds it covers,
// the pages as the browser run serves them, the page script that nests an article 10,000 deep, and the
// verdict (what counts as a failure and sets the exit code). The browser run itself is `npm run fuzz`.
import { describe, expect, it } from 'vitest';
import { parseFuzzArgs, seedsOf } from '../../../scripts/bench/fuzz';
import type { FuzzResult } from '../../../scripts/bench/fuzz-worker';
import type { BrowserResult } from '../../../scripts/bench/fuzz/chromium-run';
import { servedDocument } from '../../../scripts/bench/fuzz/hostile-server';
import { PAGE_DEEPEN } from '../../../scripts/bench/fuzz/page-deepen';
import { exitCodeOf, judge, summaryLines, type FuzzOutcome } from '../../../scripts/bench/fuzz/summary';
import { escapeHtml, HOSTILE_KINDS, hostileDocument, hostileKind, hostileMutates } from './hostile-documents';

describe('npm run fuzz arguments', () => {
  it('runs seeds 0…999 in Node and Chromium by default', () => {
    const args = parseFuzzArgs([]);
    expect(args).toMatchObject({ count: 1000, from: 0, kind: null, browser: true, parallel: false, happyDom: false, workers: 1 });
    expect(seedsOf(args)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it.each([
    ['--kind huge-text-node', (s: number) => hostileKind(s) === 'huge-text-node'],
    ['--mutating', (s: number) => hostileMutates(s)],
  ])('keeps only the seeds %s asks for', (flag, keep) => {
    const seeds = seedsOf(parseFuzzArgs(['--count', '100', '--from', '50', ...flag.split(' ')]));
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds).toEqual(Array.from({ length: 100 }, (_, i) => 50 + i).filter(keep));
  });

  it.each([['--kind', 'nope'], ['--count', 'x'], ['--workers', '0'], ['--frobnicate'], ['--build']])('refuses %s %s', (...argv) => {
    expect(() => parseFuzzArgs(argv.filter(Boolean))).toThrow();
  });
});

describe('the pages as the browser run serves them', () => {
  it('serves a huge-text-node page with its huge paragraph apart, the rest unchanged', () => {
    const seed = HOSTILE_KINDS.indexOf('huge-text-node');
    const doc = hostileDocument(seed);
    const served = servedDocument(seed);
    expect(served.text?.length).toBeGreaterThanOrEqual(10 * 1024 * 1024 - 1);
    expect(served.html.length).toBeLessThan(10_000);
    // Put back, the text gives the page as generated.
    expect(served.html.replace('<p></p>', `<p>${escapeHtml(served.text!)}</p>`)).toBe(doc.html);
  });

  it('serves every other page as generated, and an empty one as a minimal document', () => {
    for (let seed = 0; seed < 2 * HOSTILE_KINDS.length; seed++) {
      if (hostileKind(seed) === 'huge-text-node') continue;
      const served = servedDocument(seed);
      expect(served.text).toBeNull();
      expect(served.html).toBe(hostileDocument(seed).html || '<!DOCTYPE html><title>empty</title>');
    }
  });
});

describe('the page script that nests the article', () => {
  it('moves the last paragraphs under a chain of the given depth, outside layout, keeping the text', () => {
    document.body.innerHTML = '<article><p>One.</p><p>Two.</p><div><span><p>Three.</p><p>Four.</p></span></div></article>';
    const before = document.querySelector('article')!.textContent;
    const deepen = new Function(`return ${PAGE_DEEPEN}`)() as (depth: number, inner: number) => number;
    const depth = deepen(300, 2);
    expect(depth).toBeGreaterThanOrEqual(300);
    const four = [...document.querySelectorAll('p')].find((p) => p.textContent === 'Four.')!;
    let levels = 0;
    for (let n: Element | null = four; n; n = n.parentElement) levels++;
    expect(levels).toBe(depth);
    expect(document.querySelector('article')!.textContent).toBe(before);
    expect((document.querySelector('article > div:last-child') as HTMLElement).style.contentVisibility).toBe('hidden');
    // How the browser run finds the deep text it then looks for in the report.
    expect(document.querySelector('[style*="content-visibility"] p')?.textContent).toBe('Three.');
  });
});

const nodeResult = (seed: number, over: Partial<FuzzResult['node']> = {}): FuzzResult => ({
  seed,
  kind: hostileKind(seed),
  mutates: false,
  node: { parseCpuMs: 5, extractCpuMs: 10, analyseCpuMs: 20, textCpuMs: 15, outcome: 'article', failures: [], ...over },
  happyDom: null,
});

const browserResult = (seed: number, over: Partial<BrowserResult> = {}): BrowserResult => ({
  seed, kind: hostileKind(seed), mutates: false, status: 'ready', totalMs: 80, cpuMs: 90, runMs: 70, extractMs: 10, analyzeWaitMs: 30,
  analyzeMs: 25, paintMs: 20, paintScriptMs: 2, extractSteps: null, loadMs: 100, wallMs: 300, sentences: 10, spans: 12,
  rangesPainted: 12, unanchored: 0, edits: 0, failures: [], ...over,
});

function outcome(over: Partial<FuzzOutcome> = {}): FuzzOutcome {
  return {
    seeds: [0, 1, 2],
    node: [0, 1, 2].map((s) => nodeResult(s)),
    nodeHangs: [],
    nodeCrashes: [],
    browser: [0, 1, 2].map((s) => browserResult(s)),
    browserRetries: new Map(),
    seconds: { node: 1, browser: 2 },
    ...over,
  };
}

describe('the fuzz verdict', () => {
  it.each<[string, Partial<FuzzOutcome>, { exit: number; over?: number; failed?: number; hangs?: number; crashes?: number }]>([
    ['passes a clean run', {}, { exit: 0, over: 0 }],
    ['ignores linkedom extraction over 1 s (a stand-in DOM, not judged)', { node: [nodeResult(0, { extractCpuMs: 3000 })] }, { exit: 0, over: 0 }],
    ['fails an analysis over 1 s of CPU in Node', { node: [nodeResult(0, { analyseCpuMs: 1200 })] }, { exit: 1, over: 1 }],
    ['fails the text path over 1 s of CPU in Node', { node: [nodeResult(0, { textCpuMs: 1001 })] }, { exit: 1, over: 1 }],
    [
      'passes a browser document over 1 s once and under it when measured again',
      { browser: [browserResult(0, { totalMs: 1300, cpuMs: 1250 })], browserRetries: new Map([[0, browserResult(0, { totalMs: 700, cpuMs: 800 })]]) },
      { exit: 0, over: 0 },
    ],
    [
      'fails a browser document over 1 s on both measurements',
      { browser: [browserResult(0, { totalMs: 1300, cpuMs: 1400 })], browserRetries: new Map([[0, browserResult(0, { totalMs: 1100, cpuMs: 1050 })]]) },
      { exit: 1, over: 1 },
    ],
    ['passes a document over 1 s of wall time that computed for less (it waited for a core)', { browser: [browserResult(0, { totalMs: 2500, cpuMs: 600 })] }, { exit: 0, over: 0 }],
    ['passes a document over 1 s of CPU that painted within 1 s (work in parallel)', { browser: [browserResult(0, { totalMs: 900, cpuMs: 1300 })] }, { exit: 0, over: 0 }],
    ['fails a document over 1 s of wall and CPU time when measured once', { browser: [browserResult(0, { totalMs: 1500, cpuMs: 1200 })] }, { exit: 1, over: 1 }],
    ['fails a failed check in the browser', { browser: [browserResult(1, { failures: ['the page markup changed after removal'] })] }, { exit: 1, failed: 1 }],
    ['fails a failed check in Node', { node: [nodeResult(2, { failures: ['page: sentence outside block'] })] }, { exit: 1, failed: 1 }],
    ['fails a hang in Node', { nodeHangs: [1] }, { exit: 1, hangs: 1 }],
    ['fails a hang in the browser', { browser: [browserResult(1, { status: 'hang', totalMs: null, failures: ['no answer'] })] }, { exit: 1, hangs: 1, failed: 0 }],
    ['fails a renderer crash', { browser: [browserResult(2, { status: 'crash', totalMs: null, failures: ['crashed'] })] }, { exit: 1, crashes: 1 }],
    ['fails a worker that died in a document', { nodeCrashes: [{ seed: 0, error: 'exit 134' }] }, { exit: 1, crashes: 1 }],
  ])('%s', (_, over, want) => {
    const o = outcome(over);
    const v = judge(o);
    expect(exitCodeOf(v)).toBe(want.exit);
    if (want.over !== undefined) expect(v.overOneSecond).toBe(want.over);
    if (want.failed !== undefined) expect(v.failed).toBe(want.failed);
    if (want.hangs !== undefined) expect(v.hangs).toBe(want.hangs);
    if (want.crashes !== undefined) expect(v.crashes).toBe(want.crashes);
    expect(v.documents).toBe(3);
    // The summary names every failure it counts.
    const text = summaryLines(o, v).join('\n');
    expect(text).toContain(`crashes: ${v.crashes}, hangs: ${v.hangs}, failed checks: ${v.failed}`);
  });
});
