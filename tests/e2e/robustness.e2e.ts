// Robustness of the built extension in real Chromium and Firefox ESR on the shapes of page that break
// extensions (robustness-pages.ts): frames and shadow roots, a 30,000-cell table, a 50,000-word page, a DOM
// 10,000 elements deep (2,000 in Chromium, whose renderer dies at about 4,000 on its own), right-to-left and
// non-English articles, and a page that rewrites its article after
// Factmark painted it. On each: no error, markup unchanged while painted and after removal, every span
// analysis found painted, no request; non-English pages get repeats and the popup's English-only line.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ONLY_TEXT } from '../../entrypoints/popup/status-lines';
import type { PageState } from '../../lib/messages';
import { createChromiumDriver } from './support/chromium-driver';
import { useBrowserSession } from './support/browser-session';
import type { BrowserName, DriverOptions, FactmarkDriver, TabHandle } from './support/driver';
import { createFirefoxDriver } from './support/firefox-driver';
import { documentMarkup, factmarkHighlights, textsOf } from './support/page-probes';
import { poll } from './support/poll';
import { robustnessPages, type RobustnessPage } from './robustness-pages';

interface Served {
  origin: string;
  url(file: string): string;
  close(): Promise<void>;
}

async function serve(pages: readonly RobustnessPage[]): Promise<Served> {
  const byPath = new Map(pages.map((p) => [`/${p.file}`, p.html]));
  const server = http.createServer((req, res) => {
    const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** Factmark's registered ranges, and how many of them point into text the page has since removed. */
function paintedRanges(): { total: number; detached: number } {
  let total = 0;
  let detached = 0;
  CSS.highlights.forEach((h, name) => {
    if (!name.startsWith('factmark-')) return;
    for (const r of h) {
      total++;
      if (!r.startContainer.isConnected || !r.endContainer.isConnected) detached++;
    }
  });
  return { total, detached };
}

function rewriteArticle(): void {
  (window as unknown as { __rewrite: () => void }).__rewrite();
}

const settled = (s: PageState | null) =>
  s !== null && ((s.status === 'ready' && s.painted && s.totalMs !== undefined) || s.status === 'not-article' || s.status === 'error');

function defineRobustnessSuite(name: BrowserName, createDriver: (o: DriverOptions) => Promise<FactmarkDriver>): void {
  describe(`Factmark in ${name}: pages that break extensions`, () => {
    const pages = robustnessPages();
    const session = useBrowserSession({ name, profile: `${name}-robustness`, createDriver, startServer: () => serve(pages) });

    async function start(file: string): Promise<{ tab: TabHandle; tabId: number; state: PageState; markup: string }> {
      const tab = await session.driver.openPage(session.server.url(file));
      const markup = await tab.evaluate(documentMarkup, undefined);
      await session.driver.activate(tab);
      const tabId = await session.driver.tabIdOf(tab);
      const state = (await poll(() => session.driver.pageState(tabId), settled, { timeout: 60_000, what: `Factmark to settle on ${file}` }))!;
      return { tab, tabId, state, markup };
    }

    for (const spec of pages.filter((p) => p.file !== 'robust-live.html')) {
      it(`${spec.file}: analysed and painted without an error, the page unchanged, then removed cleanly`, async () => {
        const { tab, tabId, state, markup } = await start(spec.file);
        expect(state.status, state.message).toBe('ready');
        const report = state.report!;
        console.log(
          `[${name}] ${spec.file}: ${report.blocks.length} blocks, ${report.sentences.length} sentences, totalMs=${state.totalMs}, ` +
            `timings ${JSON.stringify(report.timingsMs)}${state.note ? `, note: ${state.note}` : ''}`,
        );
        expect(state.unanchored).toBe(0);
        expect(state.english).toBe(spec.english);
        const sizes = await tab.evaluate(factmarkHighlights, undefined);
        expect(Object.values(sizes).reduce((a, b) => a + b, 0), JSON.stringify(sizes)).toBeGreaterThan(0);
        expect((await tab.evaluate(paintedRanges, undefined)).detached).toBe(0);
        if (!spec.english) {
          expect(report.claims).toEqual([]);
          expect(report.speakers).toEqual([]);
          expect(report.repeats.length).toBeGreaterThan(0);
          expect(sizes['factmark-repeat'], JSON.stringify(sizes)).toBeGreaterThan(0);
          const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
          await poll(() => popup.evaluate(textsOf, '[data-testid="status"]'), (t) => t.join(' ').includes(ENGLISH_ONLY_TEXT), {
            what: 'the popup to say claims and speakers are English-only',
          });
          await popup.close();
        }
        expect(await tab.evaluate(documentMarkup, undefined)).toBe(markup);

        await tab.press('Escape');
        await poll(() => tab.evaluate(factmarkHighlights, undefined), (s) => Object.keys(s).length === 0, { what: 'Escape to remove the highlights' });
        expect(await tab.evaluate(documentMarkup, undefined)).toBe(markup);
        await tab.close();
      });
    }

    it('robust-live.html: when the page rewrites its article, stale highlights go and the rest stay in place', async () => {
      const { tab, tabId, state } = await start('robust-live.html');
      expect(state.status, state.message).toBe('ready');
      const before = await tab.evaluate(paintedRanges, undefined);
      expect(before.total).toBeGreaterThan(0);
      expect(before.detached).toBe(0);
      await tab.evaluate(rewriteArticle, undefined);
      // The watcher waits for the page to be quiet, then re-extracts in slices and paints again.
      const after = await poll(() => tab.evaluate(paintedRanges, undefined), (r) => r.detached === 0 && r.total < before.total, {
        timeout: 10_000,
        what: 'the highlights of the rewritten text to go',
      });
      expect(after.total).toBeGreaterThan(0);
      const now = await session.driver.pageState(tabId);
      expect(now?.painted).toBe(true);
      expect(now?.unanchored).toBeGreaterThan(0);
      await tab.close();
    });

    it('made no network request', () => {
      expect(session.proxy.foreign.filter((r) => !/googleapis\.com|accounts\.google\.com/.test(r))).toEqual([]);
    });
  });
}

defineRobustnessSuite('chromium', createChromiumDriver);
defineRobustnessSuite('firefox', createFirefoxDriver);
