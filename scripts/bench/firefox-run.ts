// The bench in Firefox ESR (puppeteer-core over WebDriver BiDi), on a sample of pages. BiDi cannot click the
// toolbar button, so the run starts the way the popup starts it: 'factmark:activate' from an extension page to
// the background, which injects the content script into the tab. The tab is reachable through the site's
// optional host permission, granted once through the options page (which also makes the site run
// automatically; the bench then turns automatic runs off again, keeping the permission, so that each page is
// started by the bench and measured from that moment).
// Firefox has neither long tasks nor long animation frames, nor CDP heap figures: for the longest task it
// reports the content script's own longest slice; heap is not measured.
import type { Page } from 'puppeteer-core';
import { launchFirefox } from '../../tests/e2e/support/firefox';
import type { CountingProxy } from '../../tests/e2e/support/counting-proxy';
import { poll } from '../../tests/e2e/support/poll';
import type { PageState } from '../../lib/messages';
import { probe, type Evaluates } from './call-probe';
import { controlLoad } from './control-load';
import type { CorpusPage } from './corpus';
import type { CorpusServer } from './corpus-server';
import type { PageResult } from './page-result';
import type { FloorTimes } from './page/floors';
import { runFigures } from './run-figures';

export interface FirefoxRunOptions {
  profileDir: string;
  server: CorpusServer;
  proxy: CountingProxy;
  probesScript: string;
  /** page/floors.ts bundled, or null to skip the floors. */
  floorsScript: string | null;
  onPage?: (result: PageResult, index: number) => void;
}

const RUN_TIMEOUT_MS = 30_000;
const PAINT_GRACE_MS = 2_000;

export async function runFirefox(pages: readonly CorpusPage[], opts: FirefoxRunOptions): Promise<PageResult[]> {
  const firefox = await launchFirefox({ profileDir: opts.profileDir, proxyPort: opts.proxy.port });
  const results: PageResult[] = [];
  try {
    const helper = await firefox.openExtensionPage('options.html');
    const page = await firefox.browser.newPage();
    await page.evaluateOnNewDocument(opts.probesScript);
    await grantSite(helper, page, opts.server);
    for (const [i, corpusPage] of pages.entries()) {
      const result = await benchPage(page, helper, corpusPage, i % 2 === 1, opts);
      results.push(result);
      opts.onPage?.(result, i);
    }
  } finally {
    await firefox.close().catch(() => undefined);
  }
  return results;
}

/** The reader's way of giving Factmark a site: add it in the options page (a real click asks for the permission). */
async function grantSite(helper: Page, page: Page, server: CorpusServer): Promise<void> {
  const origin = server.origin;
  await page.goto(`${origin}/`, { waitUntil: 'load' }).catch(() => undefined);
  const input = await helper.$('[data-testid="autorun-input"]');
  if (!input) throw new Error('the options page has no autorun input');
  await input.type(origin);
  await (await helper.$('[data-testid="autorun-add"]'))?.click();
  await poll(
    () => helper.evaluate(async () => (await browser.permissions.getAll()).origins ?? []),
    (origins) => origins.some((o) => o.startsWith('http://127.0.0.1')),
    { what: 'the host permission for the bench server' },
  );
  // Keep the permission, stop automatic runs: each page is started by the bench, and timed from there.
  await helper.evaluate(async () => {
    const stored = ((await browser.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await browser.storage.local.set({ settings: { ...stored, autoRunSites: [] } });
  });
}

async function tabIdOf(helper: Page, url: string): Promise<number | null> {
  return helper.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

async function measureFloors(page: Page, script: string | null): Promise<FloorTimes | null> {
  if (script === null) return null;
  try {
    await page.evaluate(script);
    return (await page.evaluate(() =>
      (globalThis as unknown as { __factmarkBench: { measureFloors(): Promise<FloorTimes> } }).__factmarkBench.measureFloors(),
    )) as FloorTimes;
  } catch (error) {
    process.stderr.write(`  floors failed on ${page.url()}: ${String(error).slice(0, 200)}\n`);
    return null;
  }
}

async function benchPage(page: Page, helper: Page, corpusPage: CorpusPage, floorsFirst: boolean, opts: FirefoxRunOptions): Promise<PageResult> {
  const { proxy } = opts;
  const url = opts.server.urlOf(corpusPage);
  const ev = page as unknown as Evaluates;
  const errors: string[] = [];
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  const loadedAt = Date.now();
  let floors: FloorTimes | null = null;
  if (floorsFirst) floors = await measureFloors(page, opts.floorsScript);

  await probe(ev, 'settledNow');
  const markup0 = await probe(ev, 'markupFingerprint');
  const proxyFrom = { foreign: proxy.foreign.length, forwarded: proxy.forwarded.length };
  const pageMade: string[] = [];
  const onRequest = (r: { url(): string }) => pageMade.push(r.url());
  // As in chromium-run.ts: an error with an extension script on its stack may be Factmark's; the rest are
  // the page's own (listed, not counted), and so is any error a control load without Factmark throws too.
  const extensionErrors: string[] = [];
  const pageErrors: string[] = [];
  let controlErrors: Set<string> | null = null;
  const onError = (e: unknown) => {
    const text = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 200);
    if (controlErrors) controlErrors.add(text);
    else if (e instanceof Error && e.stack?.includes('moz-extension://')) extensionErrors.push(text);
    else pageErrors.push(text);
  };
  page.on('request', onRequest);
  page.on('pageerror', onError);

  const tabId = await tabIdOf(helper, url);
  await probe(ev, 'watchForPaint', RUN_TIMEOUT_MS);
  const triggerAt = await probe(ev, 'nowInPage');
  let state: PageState | null = null;
  if (tabId === null) errors.push('the extension cannot see the tab (no host permission?)');
  else {
    state = (await Promise.race([
      helper.evaluate(
        async (id) => (await browser.runtime.sendMessage({ type: 'factmark:activate', tabId: id })) as PageState,
        tabId,
      ),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), RUN_TIMEOUT_MS)),
    ])) as PageState | null;
  }
  const painted = state?.status === 'ready' && state.painted ? await probe(ev, 'paintedAt', PAINT_GRACE_MS) : null;
  const rangesPainted = await probe(ev, 'factmarkRangeCount');
  const markup1 = await probe(ev, 'markupFingerprint');
  if (tabId !== null) {
    await helper.evaluate(async (id) => {
      await browser.tabs.sendMessage(id, { type: 'factmark:clear' }).catch(() => undefined);
    }, tabId);
  }
  await probe(ev, 'settledNow');
  const markup2 = await probe(ev, 'markupFingerprint');
  // The control load watches as long as this load had lasted by now (see chromium-run.ts).
  const sinceLoadMs = Date.now() - loadedAt;
  const leftover = await probe(ev, 'factmarkRangeCount');
  page.off('request', onRequest);
  const proxied = [...proxy.foreign.slice(proxyFrom.foreign), ...proxy.forwarded.slice(proxyFrom.forwarded)];
  const unexplained = proxied.filter((line) => !pageMade.some((u) => line === u || line.endsWith(` ${u}`)));
  if (!floorsFirst) floors = await measureFloors(page, opts.floorsScript);
  // A control run without Factmark, as in chromium-run.ts: a page that changes its markup or makes the same
  // requests on its own then is not Factmark's doing.
  let changesByItself = false;
  let requests = unexplained;
  const seen = new Set<string>();
  const ranControl = markup1 !== markup0 || markup2 !== markup0 || unexplained.length > 0 || extensionErrors.length > 0 || pageErrors.length > 0;
  if (ranControl) {
    controlErrors = seen;
    const control = await controlLoad(page, ev, proxy, url, sinceLoadMs);
    changesByItself = control.changesByItself;
    const seenInControl = new Set(control.proxied);
    requests = unexplained.filter((r) => !seenInControl.has(r));
  }
  page.off('pageerror', onError);
  for (const t of extensionErrors) (seen.has(t) ? pageErrors : errors).push(seen.has(t) ? t : `extension script: ${t}`);
  if (leftover > 0) errors.push(`${leftover} ranges still registered after removal`);

  return {
    ...runFigures(corpusPage, state ?? undefined, rangesPainted, painted === null ? null : painted - triggerAt),
    browser: 'firefox',
    longTaskMs: null,
    heapAddedKB: null,
    floors,
    changesByItself,
    domChangedPainted: markup1 !== markup0,
    domChangedRemoved: markup2 !== markup0,
    errors: [...errors, ...(state?.status === 'error' ? [`status error: ${state.message}`] : [])],
    pageErrors,
    pageErrorsAlsoInControl: ranControl ? pageErrors.filter((t) => seen.has(t)).length : undefined,
    requests,
  };
}
