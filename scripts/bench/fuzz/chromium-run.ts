// The hostile documents in real Chromium with the built extension: the content pipeline where it really runs
// (the content script in the page's isolated world, the analysis in the extension's background), timed per
// document. One browser and one tab for the whole run; each document is served from 127.0.0.1 and loaded in
// that tab, and Factmark runs on it as the toolbar button runs it: the background injects the content script
// into the tab and asks it to run (lib/background/tab-session.ts, sendToTab). The toolbar click itself (the
// popup opening) is made once, on a first page of the same origin, to grant activeTab; Chromium keeps that
// grant across same-origin navigations, so the documents after it run without a popup competing for the two
// cores. Should the grant be lost (a new tab after a hang), the click is made again.
//
// Per document: load, let it settle, fingerprint the markup, trigger, wait for the run's answer (it comes after
// the frame that shows the highlights), then check it: a final state that is not an error, every span inside
// its block, every span painted (unless the page changed the text), Factmark's errors (thrown in the content
// script's world or with an extension script on the stack), the markup unchanged while painted and after
// removal (for a mutating page: equal to what the page's own edits made of it), no highlight left after
// removal. A run with no answer within HANG_MS is a hang; a renderer that dies is a crash.
import type { CDPSession, Page } from 'playwright-core';
import type { PageState } from '../../../lib/messages';
import type { ChromiumExtension } from '../../../tests/e2e/support/chromium';
import { HUGE_TEXT_CHARS, hostileKind, hostileMutates, NESTING_DEPTH, type HostileKind } from '../../../tests/unit/fuzz/hostile-documents';
import { spanProblems } from '../../../tests/unit/fuzz/run-hostile';
import { probe, type Evaluates } from '../call-probe';
import { spansFound } from '../report-spans';
import type { HostileServer } from './hostile-server';
import { PAGE_DEEPEN } from './page-deepen';
import { PAGE_FINGERPRINT } from './page-fingerprint';
import { PAGE_HUGE_TEXT } from './page-huge-text';
import { PAGE_MUTATOR } from './page-mutator';

export interface BrowserResult {
  seed: number;
  kind: HostileKind;
  mutates: boolean;
  /** The content script's final status, or what went wrong: 'hang', 'crash', 'skipped' (the browser could not load the page). */
  status: PageState['status'] | 'hang' | 'crash' | 'skipped';
  /** From the trigger (injection asked for) to the run's answer, which comes after the frame showing the highlights. */
  totalMs: number | null;
  /**
   * CPU time all the browser's processes spent over the same span (the page's renderer, the extension's service
   * worker, the browser and GPU processes), from CDP SystemInfo.getProcessInfo, to 10 ms. On a shared machine a
   * document may wait for a core far longer than it computes; this is what it computes.
   */
  cpuMs: number | null;
  /** The content script's own: from the run request to the painted frame (PageState.totalMs). */
  runMs: number | null;
  extractMs: number | null;
  /** The page's wait for the analysis in the background, transfer included. */
  analyzeWaitMs: number | null;
  /** The analysis itself, in the background. */
  analyzeMs: number | null;
  paintMs: number | null;
  /** Of the paint: the script that registers the highlights, before the frame. */
  paintScriptMs: number | null;
  /** Extraction's steps: clone (with text twins and bounds), Readability's parse, blocks. */
  extractSteps: string | null;
  /** Loading the page in the browser (not Factmark's): for the reader of a slow run. */
  loadMs: number;
  sentences: number;
  spans: number;
  rangesPainted: number;
  unanchored: number;
  /** The whole document in the harness: load, run, checks, removal (how long a run of the fuzzer takes). */
  wallMs: number;
  /** A mutating page's own edits that landed. */
  edits: number;
  failures: string[];
}

export interface HostileRunOptions {
  chromium: ChromiumExtension;
  server: HostileServer;
  onResult?: (result: BrowserResult) => void;
  /**
   * Load each page at a second address ("?again"): a document measured again must not meet its first run's
   * saved analysis (auto-save is on by default, and a page's saved highlights are placed again on a new visit).
   */
  again?: boolean;
}

// Far past the 1 s limit: a run that has not answered by then is stuck, not slow.
const HANG_MS = 30_000;
// Loading a 10 MB page takes a few seconds on a busy machine; the browser's own time, not Factmark's.
const LOAD_TIMEOUT_MS = 120_000;
// A mutating page's last edit waits for the highlights (page-mutator.ts); then re-anchoring runs.
const EDITS_TIMEOUT_MS = 15_000;
// After a mutating page's last edit: re-anchoring (a new extraction in slices) may still be going.
const SETTLE_MS = 200;
// The first page, for the toolbar click that grants activeTab, and the warm-up of the background's analysis.
const GRANT_SEED = 5; // a mutating-article seed: a small, ordinary article

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

interface Tab {
  page: Page;
  /** The browser's own CDP session, for its processes' CPU times. */
  browserCdp: CDPSession;
  cdp: CDPSession;
  tabId: number | null;
  /** Uncaught errors of the current document that may be Factmark's. */
  errors: string[];
  crashed: boolean;
  /** Factmark was asked to run on the current document (a renderer that dies before that is the browser's trouble). */
  triggered: boolean;
}

/** Runs the seeds one after another in a new tab; the context must have ../page/probes.ts as an init script. */
export async function runHostileInChromium(seeds: readonly number[], opts: HostileRunOptions): Promise<BrowserResult[]> {
  const results: BrowserResult[] = [];
  let tab = await openTab(opts);
  for (const seed of seeds) {
    let result: BrowserResult;
    const w0 = Date.now();
    try {
      if (tab.tabId === null) tab.tabId = await grant(tab, opts);
      result = await runDocument(tab, seed, opts);
    } catch (error) {
      // A document not measured is listed as a failed check (nothing was verified on it); a renderer that died
      // while Factmark ran is a crash.
      const crash = tab.crashed && tab.triggered;
      const why = crash ? 'the renderer crashed' : tab.crashed ? 'the renderer crashed loading the page' : 'not run';
      result = emptyResult(seed, crash ? 'crash' : 'skipped', [`${why}: ${String(error).split('\n')[0]!.slice(0, 200)}`]);
    }
    result.wallMs = Date.now() - w0;
    results.push(result);
    opts.onResult?.(result);
    // A stuck or dead renderer is not asked again: the next document gets a new tab (and a new grant).
    if (result.status === 'hang' || tab.crashed) {
      await tab.page.close({ runBeforeUnload: false }).catch(() => undefined);
      tab = await openTab(opts);
    }
  }
  await tab.page.close().catch(() => undefined);
  return results;
}

async function openTab(opts: HostileRunOptions): Promise<Tab> {
  const page = await opts.chromium.context.newPage();
  const cdp = await opts.chromium.context.newCDPSession(page);
  const browserCdp = await opts.chromium.context.browser()!.newBrowserCDPSession();
  const tab: Tab = { page, cdp, browserCdp, tabId: null, errors: [], crashed: false, triggered: false };
  page.on('crash', () => (tab.crashed = true));
  // Execution context ids of the content script's isolated world (origin chrome-extension://…).
  const ours = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) ours.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => ours.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => ours.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = [d.url ?? '', ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
    const inOurWorld = d.executionContextId !== undefined && ours.has(d.executionContextId);
    // The generated pages run no script of their own that throws; an error with no extension frame is still
    // left out, as the bench does, so that a browser quirk in a page is not blamed on Factmark.
    if (inOurWorld || frames.some((u) => u.startsWith('chrome-extension://'))) {
      tab.errors.push((d.exception?.description ?? d.text).split('\n')[0]!.slice(0, 200));
    }
  });
  await cdp.send('Runtime.enable');
  return tab;
}

/** The reader's toolbar click on a first page of the documents' origin: grants activeTab; returns the tab id. */
async function grant(tab: Tab, opts: HostileRunOptions): Promise<number> {
  const { chromium } = opts;
  const url = opts.server.urlOf(GRANT_SEED);
  await tab.page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await chromium.triggerAction(tab.page);
  const deadline = Date.now() + HANG_MS;
  for (;;) {
    const tabId = await chromium.tabIdOf(url).catch(() => null);
    const state = tabId === null ? null : await chromium.pageState(tabId);
    if (tabId !== null && state && state.status !== 'idle' && (state.status !== 'ready' || state.totalMs !== undefined)) {
      await closePopups(chromium);
      await inWorker(chromium, 'clear', tabId);
      return tabId;
    }
    if (Date.now() > deadline) throw new Error('the toolbar click on the first page did not run Factmark');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function closePopups(chromium: ChromiumExtension): Promise<void> {
  const cdp = await chromium.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type === 'page' && t.url.startsWith(`${chromium.origin}/popup.html`)) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  }
  await cdp.detach();
}

/** CPU ms so far of each of the browser's processes, by process id. */
async function processCpu(cdp: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.map((p) => [p.id, p.cpuTime * 1000]));
}

/** CPU ms the browser's processes spent between two readings (a process started meanwhile counts whole). */
function cpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let ms = 0;
  for (const [id, used] of after) ms += used - (before.get(id) ?? 0);
  return ms;
}

interface RunAnswer {
  state: PageState | null;
  ms: number;
  error?: string;
}

/**
 * In the extension's service worker, as the background's sendToTab does it: inject the content script unless the
 * tab has it, then ask it to run; timed there, from before the injection to the answer.
 */
async function inWorker(chromium: ChromiumExtension, what: 'run' | 'clear', tabId: number): Promise<RunAnswer> {
  const worker = await chromium.worker();
  const answer = await worker.evaluate(
    async ({ id, type, file }) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const t0 = performance.now();
      try {
        if (type === 'factmark:run') {
          const present = await api.tabs.sendMessage(id, { type: 'factmark:state' }).then(
            () => true,
            () => false,
          );
          if (!present) await api.scripting.executeScript({ target: { tabId: id }, files: [file as never] });
        }
        const state = (await api.tabs.sendMessage(id, { type })) as PageState;
        // One string: Playwright copies a large object (a report of thousands of spans) far more slowly.
        return { state: JSON.stringify(state), ms: performance.now() - t0 };
      } catch (error) {
        return { state: null, ms: performance.now() - t0, error: String(error) };
      }
    },
    { id: tabId, type: `factmark:${what}` as const, file: CONTENT_SCRIPT_FILE },
  );
  return { ...answer, state: answer.state === null ? null : (JSON.parse(answer.state) as PageState) };
}

function emptyResult(seed: number, status: BrowserResult['status'], failures: string[]): BrowserResult {
  return {
    seed, kind: hostileKind(seed), mutates: hostileMutates(seed), status, totalMs: null, cpuMs: null, runMs: null, extractMs: null,
    analyzeWaitMs: null, analyzeMs: null, paintMs: null, paintScriptMs: null, extractSteps: null, loadMs: 0, wallMs: 0, sentences: 0, spans: 0, rangesPainted: 0, unanchored: 0,
    edits: 0, failures,
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runDocument(tab: Tab, seed: number, opts: HostileRunOptions): Promise<BrowserResult> {
  const { chromium } = opts;
  const { page } = tab;
  const ev = page as unknown as Evaluates;
  const t0 = Date.now();
  const lap = (what: string) => process.env.FUZZ_DEBUG && process.stderr.write(`    ${what} +${Date.now() - t0} ms\n`);
  const kind = hostileKind(seed);
  const mutates = hostileMutates(seed);
  const url = `${opts.server.urlOf(seed)}${opts.again ? '?again' : ''}`;
  const result: BrowserResult = emptyResult(seed, 'hang', []);
  tab.triggered = false;
  const l0 = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  tab.errors = [];
  // The shapes, which the browser's parser does not keep as written (./page-deepen.ts, ./page-huge-text.ts).
  let deepText: string | null = null;
  if (kind === 'deep-nesting') {
    const depth = await page.evaluate<number>(`${PAGE_DEEPEN}(${NESTING_DEPTH}, 3)`);
    if (depth < NESTING_DEPTH) result.failures.push(`the page is only ${depth} deep`);
    // The start of the first paragraph down there, which extraction must reach (checked below).
    deepText = await page.evaluate<string>(`(document.querySelector('[style*="content-visibility"] p')?.textContent ?? '').slice(0, 40)`);
  }
  if (kind === 'huge-text-node') {
    const bytes = await page.evaluate<number>(PAGE_HUGE_TEXT);
    if (bytes < HUGE_TEXT_CHARS) result.failures.push(`the huge text node holds only ${bytes} bytes`);
  }
  await probe(ev, 'settledNow');
  lap('loaded');
  result.loadMs = Date.now() - l0;
  const markup0 = await page.evaluate<string>(PAGE_FINGERPRINT);
  if (mutates) await page.evaluate(`${PAGE_MUTATOR}; window.__fuzzMutator.start(${seed})`);

  lap('fingerprinted');
  const tabId = tab.tabId!;
  tab.triggered = true;
  const cpu0 = await processCpu(tab.browserCdp);
  const answer = await Promise.race([inWorker(chromium, 'run', tabId), settle(HANG_MS).then(() => null)]);
  if (answer === null) {
    result.failures.push(`no answer within ${HANG_MS / 1000} s`);
    return result;
  }
  result.cpuMs = cpuBetween(cpu0, await processCpu(tab.browserCdp));
  lap('ran');
  const failures = result.failures;
  if (answer.error) failures.push(`the run failed: ${answer.error.slice(0, 200)}`);
  if (answer.error && /permission|Cannot access/i.test(answer.error)) tab.tabId = null;
  const state = answer.state;
  result.status = state?.status ?? 'error';
  result.totalMs = answer.ms;
  if (state?.status === 'error') failures.push(`status error: ${state.message ?? ''}`.slice(0, 200));
  const report = state?.report;
  if (state && report) {
    const t = report.timingsMs;
    Object.assign(result, {
      runMs: state.totalMs ?? null,
      extractMs: t.extract ?? null,
      analyzeWaitMs: t.analyzeWait ?? null,
      analyzeMs: t.analyze ?? null,
      paintMs: t.paint ?? null,
      paintScriptMs: t.paintScript ?? null,
      extractSteps: t.extractParse === undefined ? null : `clone ${t.extractClone} + parse ${t.extractParse} + blocks ${t.extractBlocks}`,
      sentences: report.sentences.length,
      spans: spansFound(state),
      unanchored: state.unanchored,
    });
    failures.push(...spanProblems(report));
    if (deepText && !mutates && !report.blocks.some((b) => b.text.includes(deepText))) failures.push(`the text ${NESTING_DEPTH} levels deep was not extracted`);
  }

  lap('checked the report');
  let expected = markup0;
  if (mutates) {
    const done = await Promise.race([
      page.evaluate(() => (window as unknown as { __fuzzMutatorDone: Promise<{ expected: string; edits: number }> }).__fuzzMutatorDone),
      settle(EDITS_TIMEOUT_MS).then(() => null),
    ]);
    if (done === null) failures.push('the page’s own edits did not finish');
    else {
      expected = done.expected;
      result.edits = done.edits;
    }
  }
  // Only a page that edited itself may still be re-anchored (a new extraction in slices, then a repaint).
  if (mutates) {
    await settle(SETTLE_MS);
    await probe(ev, 'settledNow');
  }
  result.rangesPainted = await probe(ev, 'factmarkRangeCount');
  const markup1 = await page.evaluate<string>(PAGE_FINGERPRINT);
  // Every span painted: on a page that keeps still, anything unanchored is a fault of the mapping.
  if (!mutates && state?.painted && result.unanchored > 0) failures.push(`${result.unanchored} of ${result.spans} spans not painted`);
  if (!mutates && state?.painted && result.spans > 0 && result.rangesPainted === 0) failures.push('painted, but no highlight registered');
  if (!mutates && markup1 !== markup0) failures.push('the page markup changed while painted');

  lap('checked the paint');
  const cleared = await inWorker(chromium, 'clear', tabId);
  if (cleared.error) failures.push(`removal failed: ${cleared.error.slice(0, 200)}`);
  const leftover = await probe(ev, 'factmarkRangeCount');
  if (leftover > 0) failures.push(`${leftover} ranges still registered after removal`);
  const markup2 = await page.evaluate<string>(PAGE_FINGERPRINT);
  if (markup2 !== expected) failures.push(mutates ? 'the page markup after removal is not what the page’s own edits made' : 'the page markup changed after removal');
  lap('cleared and checked');
  failures.push(...tab.errors.map((e) => `uncaught: ${e}`));
  return result;
}
