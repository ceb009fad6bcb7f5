// The bench in Chromium: one browser, one tab at a time. For each page: load it, let it settle, click the
// toolbar button (CDP Extensions.triggerAction: the real popup opens and asks the background to run Factmark,
// exactly as for a reader), wait for the highlights, then measure markup, heap, long tasks and errors, remove
// the highlights, and measure the floors on the same page. Pages alternate which runs first, extension or
// floors, so that neither always meets a warmer page.
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import type { ChromiumExtension } from '../../tests/e2e/support/chromium';
import type { PageState } from '../../lib/messages';
import type { CorpusPage } from './corpus';
import type { CorpusServer } from './corpus-server';
import type { CountingProxy } from '../../tests/e2e/support/counting-proxy';
import type { PageResult } from './page-result';
import type { FloorTimes } from './page/floors';
import { probe, type Evaluates } from './call-probe';
import { controlLoad } from './control-load';
import { runFigures } from './run-figures';

export interface ChromiumRunOptions {
  chromium: ChromiumExtension;
  server: CorpusServer;
  proxy: CountingProxy;
  /** page/probes.ts bundled: installed in every page before its own scripts. */
  probesScript: string;
  /** page/floors.ts bundled: evaluated when the floors are measured; null skips them. */
  floorsScript: string | null;
  /** Hosts the browser itself contacts with no extension loaded (tests/e2e/chromium.e2e.ts). */
  browserServiceHosts: string[];
  onPage?: (result: PageResult, index: number) => void;
}

// A run that has not finished after this long is reported as 'timeout' (the largest page takes about 1 s).
const RUN_TIMEOUT_MS = 30_000;
// After the state is final: the answer to the popup and the report to the background are still being sent.
const SETTLE_AFTER_RUN_MS = 100;
// How long to wait for the page's watcher once the content script says it has painted.
const PAINT_GRACE_MS = 2_000;

export async function runChromium(pages: readonly CorpusPage[], opts: ChromiumRunOptions): Promise<PageResult[]> {
  const { chromium } = opts;
  const context: BrowserContext = chromium.context;
  await context.addInitScript({ content: opts.probesScript });
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  const results: PageResult[] = [];
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors: ErrorLog = { extension: [], page: [], tracking: false, control: null };
  // Execution context id -> whether it is the extension's isolated world.
  const ourContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.origin.startsWith('chrome-extension://')) {
      ourContexts.add(c.id);
      if (process.env.BENCH_DEBUG) process.stderr.write(`    content script world created at ${Date.now() % 100000}\n`);
    }
  });
  // Context ids start again in each new renderer process: forget them when the page's contexts go.
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => ourContexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => ourContexts.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const text = (d.exception?.description ?? d.text).split('\n')[0]!.slice(0, 200);
    // In a control load without Factmark every error is the page's own: remembered to compare with.
    if (errors.control) {
      errors.control.add(text);
      return;
    }
    // Errors in the content script's world, or with an extension script on the stack, may be ours. The page's
    // own scripts throw all the time on these saved pages (their libraries fail to load); those thrown after
    // the trigger are listed, not counted.
    const ourWorld = d.executionContextId !== undefined && ourContexts.has(d.executionContextId);
    const frames = [d.url ?? '', ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
    if (ourWorld || frames.some((u) => u.startsWith('chrome-extension://'))) errors.extension.push(text);
    else if (errors.tracking) errors.page.push(text);
  });
  await cdp.send('Runtime.enable');
  // Requests the page's own document made, with their initiator: a request started by the content script
  // carries a chrome-extension:// script in its initiator stack.
  const pageRequests: PageRequest[] = [];
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const stack = JSON.stringify(initiator.stack ?? '') + (initiator.url ?? '');
    pageRequests.push({ url: request.url, ours: stack.includes('chrome-extension://') });
  });
  await cdp.send('Network.enable');

  for (const [i, corpusPage] of pages.entries()) {
    Object.assign(errors, { extension: [], page: [], tracking: false, control: null });
    pageRequests.length = 0;
    let result: PageResult;
    try {
      result = await benchPage(page, cdp, browserCdp, corpusPage, i % 2 === 1, opts, errors, pageRequests);
    } catch (error) {
      // The bench's own trouble with a page (it navigated away, the tab died): recorded, and the run goes on.
      result = failedPage(corpusPage, String(error).split('\n')[0]!.slice(0, 200));
      result.pageErrors = [...errors.page];
      // No control load ran for it: an error with an extension script on its stack is counted as ours.
      result.errors = errors.extension.map((t) => `extension script: ${t}`);
      errors.control = null;
      await closePopups(browserCdp).catch(() => undefined);
    }
    results.push(result);
    opts.onPage?.(result, i);
  }
  await page.close();
  return results;
}

interface PageRequest {
  url: string;
  ours: boolean;
}

/** One page's uncaught errors, sorted into Factmark's and the page's own once the control load has run. */
interface ErrorLog {
  /** Thrown in the content script's world or with an extension script on the stack. */
  extension: string[];
  /** Thrown by the page's own scripts between the trigger and the end of removal. */
  page: string[];
  /** Whether page errors are being recorded (from the trigger to the end of removal). */
  tracking: boolean;
  /** Set during a control load without Factmark: every error text seen then. */
  control: Set<string> | null;
}

/** "GET http://h/p" or "CONNECT h:443" (the proxy's refusals) or a forwarded URL -> host and URL. */
function proxyTarget(line: string): { host: string; url: string } {
  const [method, target = ''] = line.includes(' ') ? line.split(' ') : ['GET', line];
  if (method === 'CONNECT') return { host: target.replace(/:\d+$/, ''), url: `https://${target}` };
  try {
    return { host: new URL(target).hostname, url: target };
  } catch {
    return { host: '', url: target };
  }
}

/**
 * The host without its first label, when what is left still names a site's own sub-domain (two dots or more):
 * pages' ad and ad-block-detection scripts draw a random first label on each load (ign.com asks for
 * wedifdlr.g02.ign.com, then for another name under g02.ign.com in the control load), so the control's
 * requests explain ours by this parent. "co.uk" or "ign.com" alone are too broad: null.
 */
function randomLabelParent(host: string): string | null {
  const parent = host.slice(host.indexOf('.') + 1);
  return host.includes('.') && parent.split('.').length >= 3 ? parent : null;
}

/**
 * Requests in the trigger-to-removal window that the page's own document did not make: everything the proxy
 * saw that no page request explains (the extension's worker and popup are not page requests), plus page
 * requests started from the content script. The browser's own service hosts are left out, and so is the
 * page's tab icon: Chromium's browser process fetches the icon the page declares (or /favicon.ico) for the tab
 * strip, not the page, sometimes only after the trigger, and a control load then finds it cached (seen once on
 * readability/aclu, not again in two runs of that page alone).
 */
function extensionRequests(proxied: string[], pageMade: PageRequest[], browserServiceHosts: string[], tabIcons: ReadonlySet<string>): string[] {
  const pageHosts = new Set<string>();
  const pageUrls = new Set<string>();
  const out: string[] = [];
  for (const r of pageMade) {
    if (r.ours) out.push(`content script: ${r.url}`);
    else {
      pageUrls.add(r.url);
      try {
        pageHosts.add(new URL(r.url).hostname);
      } catch {
        // data: and blob: URLs never reach the network.
      }
    }
  }
  for (const line of proxied) {
    const { host, url } = proxyTarget(line);
    if (browserServiceHosts.includes(host) || tabIcons.has(url)) continue;
    if (pageUrls.has(url) || (line.startsWith('CONNECT') && pageHosts.has(host))) continue;
    out.push(line);
  }
  return out;
}

/** A page the bench could not measure (it navigated away by itself, the tab died): listed, not counted. */
export function failedPage(corpusPage: CorpusPage, why: string, browser: PageResult['browser'] = 'chromium'): PageResult {
  return {
    id: corpusPage.id, browser, status: 'skipped', message: why, expectNotArticle: corpusPage.readerable === false,
    english: null, lang: corpusPage.lang, blocks: 0, sentences: 0, spansFound: 0, unanchored: 0, rangesPainted: 0,
    extractMs: null, analyzeMs: null, paintMs: null, totalMs: null, clickToPaintMs: null, longTaskMs: null,
    longestSliceMs: null, heapAddedKB: null, floors: null, domChangedPainted: false, domChangedRemoved: false,
    errors: [], requests: [],
  };
}

async function heapUsedKB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024;
}

async function measureFloors(page: Page, pageScript: string | null): Promise<FloorTimes | null> {
  if (pageScript === null) return null;
  try {
    await page.evaluate(pageScript);
    return await page.evaluate(() =>
      (globalThis as unknown as { __factmarkBench: { measureFloors(): Promise<FloorTimes> } }).__factmarkBench.measureFloors(),
    );
  } catch (error) {
    process.stderr.write(`  floors failed on ${page.url()}: ${String(error).slice(0, 200)}\n`);
    return null;
  }
}

async function closePopups(browserCdp: CDPSession): Promise<void> {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type === 'page' && /^chrome-extension:\/\/[^/]+\/popup\.html/.test(t.url)) {
      await browserCdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    }
  }
}

async function stateOf(chromium: ChromiumExtension, tabId: number | null, url: string): Promise<PageState | null> {
  if (tabId === null) {
    tabId = await chromium.tabIdOf(url).catch(() => null);
    if (tabId === null) return null;
  }
  return chromium.pageState(tabId);
}

/** Analysed and painted (the state says 'ready' already while the paint waits for its frame), or given up. */
export function isFinal(state: PageState): boolean {
  return state.status === 'ready' ? state.totalMs !== undefined : state.status !== 'idle';
}

async function waitForFinalState(
  chromium: ChromiumExtension,
  url: () => string,
  gone: () => boolean,
): Promise<{ state: PageState | null; tabId: number | null }> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  let tabId: number | null = null;
  for (;;) {
    if (gone()) return { state: null, tabId };
    // The tab's URL is visible to the extension only once the click has granted activeTab. It is read again
    // each time: a page may rewrite its own address (history.replaceState) while it runs.
    tabId ??= await chromium.tabIdOf(url()).catch(() => null);
    const state = tabId === null ? null : await stateOf(chromium, tabId, url());
    if (state && isFinal(state)) return { state, tabId };
    if (Date.now() > deadline) return { state, tabId };
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function benchPage(
  page: Page,
  cdp: CDPSession,
  browserCdp: CDPSession,
  corpusPage: CorpusPage,
  floorsFirst: boolean,
  opts: ChromiumRunOptions,
  errors: ErrorLog,
  pageRequests: PageRequest[],
): Promise<PageResult> {
  const { chromium, proxy } = opts;
  const url = opts.server.urlOf(corpusPage);
  const ev = page as unknown as Evaluates;
  const t0 = Date.now();
  const lap = (what: string) => process.env.BENCH_DEBUG && process.stderr.write(`    ${what} +${Date.now() - t0} ms\n`);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
  // A page whose own script sends it elsewhere (to a host the proxy refuses) is not there to measure.
  if (page.url() !== url) throw new Error(`the page navigated away by itself, to ${page.url()}`);
  // Nor is one that reloads itself while Factmark runs (a meta refresh, a script): the content script goes with it.
  let navigated = false;
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame()) navigated = true;
  };
  page.on('framenavigated', onNavigated);
  const loadedAt = Date.now();
  const tabIcons = new Set(
    await page
      .evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon" i]')].map((l) => l.href).concat(new URL('/favicon.ico', location.href).href))
      .catch(() => [] as string[]),
  );
  lap('loaded');
  let floors: FloorTimes | null = null;
  if (floorsFirst) floors = await measureFloors(page, opts.floorsScript);

  await probe(ev, 'settledNow');
  const markup0 = await probe(ev, 'markupFingerprint');
  const heap0 = await heapUsedKB(cdp);
  lap('heap0');
  const proxyFrom = { foreign: proxy.foreign.length, forwarded: proxy.forwarded.length };
  const pageFrom = pageRequests.length;

  errors.tracking = true;
  await probe(ev, 'watchForPaint', RUN_TIMEOUT_MS);
  const triggerAt = await probe(ev, 'nowInPage');
  if (process.env.BENCH_DEBUG) process.stderr.write(`    trigger at ${Date.now() % 100000}\n`);
  await chromium.triggerAction(page);
  lap('triggered');
  const { state, tabId } = await waitForFinalState(chromium, () => page.url(), () => navigated);
  page.off('framenavigated', onNavigated);
  if (navigated && !(state && isFinal(state))) throw new Error('the page reloaded itself while Factmark ran');
  lap('final state');
  if (process.env.BENCH_DEBUG && state?.report) process.stderr.write(`    timings ${JSON.stringify(state.report.timingsMs)}\n`);
  // Highlights appear before the state turns final, so the watcher has seen them unless there were none.
  const painted = state?.status === 'ready' && state.painted ? await probe(ev, 'paintedAt', PAINT_GRACE_MS) : null;
  await new Promise((r) => setTimeout(r, SETTLE_AFTER_RUN_MS));
  const perf = await probe(ev, 'perfSince', triggerAt);
  if (process.env.BENCH_DEBUG) for (const f of perf.frames) process.stderr.write(`    ${f}\n`);
  const rangesPainted = await probe(ev, 'factmarkRangeCount');
  const markup1 = await probe(ev, 'markupFingerprint');
  const heap1 = await heapUsedKB(cdp);
  lap('heap1');

  // Removal, as the popup's switch or Escape does it.
  if (tabId !== null) {
    await (await chromium.worker()).evaluate(
      async ({ id }) => {
        const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
        await api.tabs.sendMessage(id, { type: 'factmark:clear' }).catch(() => undefined);
      },
      { id: tabId },
    );
  }
  await probe(ev, 'settledNow');
  const markup2 = await probe(ev, 'markupFingerprint');
  // The control load below watches the page for as long as this one had been loaded by now: a page's own
  // timer that fired during Factmark's run fires within that time of its load too (aktualne's ad teasers).
  const sinceLoadMs = Date.now() - loadedAt;
  const leftover = await probe(ev, 'factmarkRangeCount');
  errors.tracking = false;
  const unexplained = extensionRequests(
    [...proxy.foreign.slice(proxyFrom.foreign), ...proxy.forwarded.slice(proxyFrom.forwarded)],
    pageRequests.slice(pageFrom),
    opts.browserServiceHosts,
    tabIcons,
  );
  await closePopups(browserCdp);
  lap('cleared');

  if (!floorsFirst) floors = await measureFloors(page, opts.floorsScript);
  if (process.env.BENCH_DEBUG && floors) process.stderr.write(`    floors ${JSON.stringify(floors)}\n`);

  lap('floors');
  // The markup changed: load the page again and watch it as long, without Factmark. A page that changes
  // by itself then too (its own timers, lazy loading) is listed apart; Factmark's work is not to blame.
  // The same control for requests: one the page also makes on its own then (a lazy chunk, a beacon on a
  // timer) is the page's. And for errors: one the page also throws without Factmark (from its load on) is
  // the page's own, whatever its stack.
  let changesByItself = false;
  let requests = unexplained;
  let controlErrors: ReadonlySet<string> = new Set();
  const ranControl = markup1 !== markup0 || markup2 !== markup0 || unexplained.length > 0 || errors.extension.length > 0 || errors.page.length > 0;
  if (ranControl) {
    const seen = new Set<string>();
    errors.control = seen;
    try {
      const { changesByItself: byItself, proxied: controlLines } = await controlLoad(page, ev, proxy, url, sinceLoadMs);
      changesByItself = byItself;
      const control = new Set(controlLines);
      const controlParents = new Set(controlLines.map((l) => randomLabelParent(proxyTarget(l).host)).filter((h): h is string => h !== null));
      requests = unexplained.filter((r) => {
        const parent = randomLabelParent(proxyTarget(r).host);
        return !control.has(r) && !(parent !== null && controlParents.has(parent));
      });
    } finally {
      errors.control = null;
    }
    controlErrors = seen;
  }
  const ourErrors = errors.extension.filter((t) => !controlErrors.has(t));
  const pageOwnErrors = [...errors.extension.filter((t) => controlErrors.has(t)), ...errors.page];
  const counted = ourErrors.map((t) => `extension script: ${t}`);
  if (leftover > 0) counted.push(`${leftover} ranges still registered after removal`);
  return {
    ...runFigures(corpusPage, state ?? undefined, rangesPainted, painted === null ? null : painted - triggerAt),
    browser: 'chromium',
    longTaskMs: perf.supported ? perf.longTaskMs : null,
    heapAddedKB: heap1 - heap0,
    floors,
    changesByItself,
    domChangedPainted: markup1 !== markup0,
    domChangedRemoved: markup2 !== markup0,
    errors: [...counted, ...(state?.status === 'error' ? [`status error: ${state.message}`] : [])],
    pageErrors: pageOwnErrors,
    pageErrorsAlsoInControl: ranControl ? pageOwnErrors.filter((t) => controlErrors.has(t)).length : undefined,
    requests,
  };
}
