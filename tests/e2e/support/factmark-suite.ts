// The end-to-end suite both browsers run: the built extension on the seed pages served from 127.0.0.1, every
// request routed through a counting session.proxy. Tests run in order and share one browser profile: the restart test
// reads what the earlier tests saved.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../../lib/messages';
import { NOT_ARTICLE_MESSAGE } from '../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { useBrowserSession } from './browser-session';
import type { BrowserName, DriverOptions, FactmarkDriver, TabHandle } from './driver';
import { fold, goldKeyPoints } from './gold';
import {
  documentMarkup,
  factmarkHighlights,
  hiddenCopies,
  pointOnHighlight,
  repeatPlacement,
  scrollAndVisibility,
  scrollToBottom,
  scrollToSecondCopy,
  textsOf,
} from './page-probes';
import { startPageServer } from './page-server';
import { countChangedPixels, decodePng } from './png';
import { poll } from './poll';

export interface SuiteOptions {
  name: BrowserName;
  createDriver(options: DriverOptions): Promise<FactmarkDriver>;
  /**
   * Hosts the browser contacts on its own, measured with no extension loaded at all (see the README of the
   * tests). Requests to them are listed but not counted against the extension.
   */
  browserServiceHosts: string[];
}

// About two lines of highlighted text at 1280 px: a page with claims and speakers painted changes far more.
const MIN_PAINTED_PIXELS = 20_000;
// Removal must restore the page's pixels; a few stray anti-aliased pixels are tolerated, no highlight is.
const MAX_RESIDUAL_PIXELS = 50;
// A second-copy block counts as painted when this share of its characters is inside factmark-repeat ranges.
const MIN_REPEAT_COVERAGE = 0.9;

const SEEDS = ['seed000.html', 'seed001.html'] as const;
const NON_ARTICLES = ['login.html', 'empty.html'] as const;
const SEED000_TEXT = '000_38bd7e3bd0a3190e.txt';

const sel = (testId: string) => `[data-testid="${testId}"]`;
const isSpeaker = (name: string) => /^factmark-speaker-\d+$/.test(name);

export function defineFactmarkSuite({ name, createDriver, browserServiceHosts }: SuiteOptions): void {
  describe(`Factmark in ${name}`, () => {
    const session = useBrowserSession({ name, profile: name, createDriver, startServer: startPageServer });
    const { resultsDir } = session;
    /** Paths this suite loaded from the page server, the only ones it may see requested. */
    const loaded = new Set<string>(['/favicon.ico']);
    const baseline = new Map<string, { markup: string; png: Buffer }>();
    const savedTitles: string[] = [];
    const shot = (file: string) => path.join(resultsDir, file);

    async function open(file: string): Promise<TabHandle> {
      loaded.add(`/${file}`);
      return session.driver.openPage(session.server.url(file));
    }

    /** Starts Factmark on a freshly opened page and waits until it has settled; returns its tab id and state. */
    async function start(file: string, settled: (s: PageState) => boolean) {
      const tab = await open(file);
      if (session.driver.name === 'chromium') {
        // Chromium paints in this very document, so its markup before the click is checked too.
        expect(await tab.evaluate(documentMarkup, undefined), `${file} before the click`).toBe(baseline.get(file)?.markup);
      }
      const started = Date.now();
      await session.driver.activate(tab);
      const tabId = await session.driver.tabIdOf(tab);
      const state = await poll(() => session.driver.pageState(tabId), (s) => s !== null && settled(s), {
        timeout: 30_000,
        what: `Factmark to settle on ${file}`,
      });
      return { tab, tabId, state: state!, wallMs: Date.now() - started };
    }

    // totalMs arrives with the state once the highlights' frame has been painted.
    const painted = (s: PageState) => (s.status === 'ready' && s.painted && s.totalMs !== undefined) || s.status === 'error';

    async function paintedPixels(tab: TabHandle, file: string, label: string): Promise<number> {
      const before = baseline.get(file);
      if (!before) throw new Error(`no baseline screenshot of ${file}`);
      const after = await tab.screenshot(shot(`${file.replace('.html', '')}-${label}.png`));
      return countChangedPixels(decodePng(before.png), decodePng(after));
    }

    it('leaves pages alone until asked (no content script, no highlight)', async () => {
      for (const file of [...SEEDS, ...NON_ARTICLES]) {
        const tab = await open(file);
        expect(await tab.evaluate(factmarkHighlights, undefined), file).toEqual({});
        baseline.set(file, {
          markup: await tab.evaluate(documentMarkup, undefined),
          png: await tab.screenshot(shot(`${file.replace('.html', '')}-before.png`)),
        });
        await tab.close();
      }
    });

    it('seed000: paints claims and speakers, keeps the markup, lists the 7 key points, scrolls to one', async () => {
      const { tab, tabId, state, wallMs } = await start('seed000.html', painted);
      expect(state.status, state.message).toBe('ready');
      console.log(`[${name}] seed000: totalMs=${state.totalMs} (trigger to painted, in the page), ${wallMs} ms seen from the test`);
      savedTitles.push(state.report!.article.title);

      const sizes = await tab.evaluate(factmarkHighlights, undefined);
      expect(sizes['factmark-claim'], JSON.stringify(sizes)).toBeGreaterThan(0);
      expect(Object.entries(sizes).some(([n, size]) => isSpeaker(n) && size > 0), JSON.stringify(sizes)).toBe(true);
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get('seed000.html')!.markup);
      const changed = await paintedPixels(tab, 'seed000.html', 'painted');
      console.log(`[${name}] seed000: ${changed} pixels changed by painting; highlights ${JSON.stringify(sizes)}`);
      expect(changed).toBeGreaterThan(MIN_PAINTED_PIXELS);

      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const gold = goldKeyPoints(SEED000_TEXT);
      const shown = await poll(() => popup.evaluate(textsOf, sel('keypoint')), (t) => t.length >= gold.length, {
        what: 'the popup to list the key points',
      });
      expect(shown.map(fold)).toEqual(gold.map(fold));
      await poll(() => popup.evaluate(textsOf, sel('saved')), (t) => t.length > 0, { what: 'the popup to say the article is saved' });
      await popup.screenshot(shot('seed000-popup.png'));

      const target = 3; // a point in the middle of the list: the page is scrolled away from it first
      const bottom = await tab.evaluate(scrollToBottom, undefined);
      expect(bottom).toBeGreaterThan(0);
      expect((await tab.evaluate(scrollAndVisibility, gold[target]!)).inView).toBe(false);
      await popup.click(sel('keypoint'), target);
      const where = await poll(() => tab.evaluate(scrollAndVisibility, gold[target]!), (w) => w.inView, {
        what: `the page to scroll to key point ${target + 1}`,
      });
      expect(where.scrollY).toBeLessThan(bottom);
      await popup.close();
      await tab.close();
    });

    it('seed000: a speaker clicked in the popup is all that is painted, next / previous step through them, a second click brings everything back', async () => {
      const { tab, tabId, state } = await start('seed000.html', painted);
      expect(state.status, state.message).toBe('ready');
      const speakers = state.report!.speakers;
      const index = speakers.findIndex((s) => s.name === 'Sergey Lavrov');
      expect(index, speakers.map((s) => s.name).join(', ')).toBeGreaterThanOrEqual(0);
      const lavrov = speakers[index]!;
      const all = await tab.evaluate(factmarkHighlights, undefined);
      // One colour per speaker, by order of appearance: all of Lavrov's places are in one highlight.
      const own = `factmark-speaker-${index % DEFAULT_SETTINGS.colors.speakers.length}`;
      expect(all[own], JSON.stringify(all)).toBeGreaterThan(0);
      expect(all['factmark-claim'], JSON.stringify(all)).toBeGreaterThan(0);

      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const names = await poll(() => popup.evaluate(textsOf, sel('speaker-focus')), (t) => t.length === speakers.length, {
        what: 'the popup to list the speakers as buttons',
      });
      expect(names[index]).toContain('Sergey Lavrov');
      await popup.click(sel('speaker-focus'), index);
      const focused = await poll(() => tab.evaluate(factmarkHighlights, undefined), (h) => h['factmark-claim'] === undefined, {
        what: 'only Lavrov to stay painted',
      });
      const shownNames = Object.keys(focused).filter((n) => n !== 'factmark-flash');
      expect(shownNames, JSON.stringify(focused)).toEqual([own]);
      expect(focused[own]).toBeLessThanOrEqual(all[own]!);
      const first = await poll(() => session.driver.pageState(tabId), (s) => s?.focus?.speaker === lavrov.id, { what: 'the page to report the focus' });
      expect(first!.focus!.index).toBe(0);
      expect(first!.focus!.total).toBeGreaterThan(1);
      expect((await poll(() => popup.evaluate(textsOf, sel('speaker-position')), (t) => t.length === 1, { what: 'the position line' }))[0])
        .toBe(`1 of ${first!.focus!.total}`);
      await popup.screenshot(shot('seed000-popup-speaker.png'));
      await tab.screenshot(shot('seed000-speaker-focused.png'));

      await popup.click(sel('speaker-next'));
      await poll(() => session.driver.pageState(tabId), (s) => s?.focus?.index === 1, { what: 'next to go to the second place' });
      await poll(() => popup.evaluate(textsOf, sel('speaker-position')), (t) => t[0] === `2 of ${first!.focus!.total}`, { what: 'the popup to say 2 of N' });
      await popup.click(sel('speaker-previous'));
      await popup.click(sel('speaker-previous'));
      await poll(() => session.driver.pageState(tabId), (s) => s?.focus?.index === first!.focus!.total - 1, { what: 'previous to wrap round to the last place' });

      await popup.click(sel('speaker-focus'), index);
      const back = await poll(() => tab.evaluate(factmarkHighlights, undefined), (h) => (h['factmark-claim'] ?? 0) > 0, {
        what: 'a second click to paint everything again',
      });
      expect(back[own]).toBe(all[own]);
      expect(Object.keys(back).filter(isSpeaker).sort()).toEqual(Object.keys(all).filter(isSpeaker).sort());
      expect((await session.driver.pageState(tabId))?.focus).toBeUndefined();
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get('seed000.html')!.markup);
      await popup.close();
      await tab.close();
    });

    it('seed001: paints the second copy as repeats and nothing of the first copy', async () => {
      const { tab, state, wallMs } = await start('seed001.html', painted);
      expect(state.status, state.message).toBe('ready');
      console.log(`[${name}] seed001: totalMs=${state.totalMs} (trigger to painted, in the page), ${wallMs} ms seen from the test`);
      savedTitles.push(state.report!.article.title);

      const sizes = await tab.evaluate(factmarkHighlights, undefined);
      expect(sizes['factmark-claim'], JSON.stringify(sizes)).toBeGreaterThan(0);
      expect(Object.entries(sizes).some(([n, size]) => isSpeaker(n) && size > 0), JSON.stringify(sizes)).toBe(true);
      const placement = await tab.evaluate(repeatPlacement, undefined);
      console.log(`[${name}] seed001: ${placement.ranges} repeat ranges, report.repeats=${state.report!.repeats.length}`);
      expect(placement.firstCopy).toBe(25);
      expect(placement.secondCopy).toBe(25);
      expect(placement.ranges).toBeGreaterThan(0);
      expect(placement.rangesInFirstCopy).toBe(0);
      const uncovered = placement.coverage.flatMap((c, i) => (c < MIN_REPEAT_COVERAGE ? [`block ${i + 1}: ${c.toFixed(2)}`] : []));
      expect(uncovered).toEqual([]);
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get('seed001.html')!.markup);
      const changed = await paintedPixels(tab, 'seed001.html', 'painted');
      console.log(`[${name}] seed001: ${changed} pixels changed by painting`);
      expect(changed).toBeGreaterThan(MIN_PAINTED_PIXELS);
      await tab.close();
    });

    it('seed001: the popup switch hides the 25 repeated paragraphs, and turning it off shows the page as it was', async () => {
      const file = 'seed001.html';
      const { tab, tabId } = await start(file, painted);
      const at = await tab.evaluate(scrollToSecondCopy, undefined);
      const dimmed = await tab.screenshot(shot('seed001-dimmed.png'));
      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await poll(() => popup.evaluate(textsOf, sel('switch-hide-repeats')), (t) => t.length === 1, { what: 'the hide-repeats switch' });

      await popup.click(sel('switch-hide-repeats'));
      const hidden = await poll(() => tab.evaluate(hiddenCopies, undefined), (h) => h.second === 25, { what: 'the second copy to be hidden' });
      expect(hidden.first).toBe(0);
      expect((await session.driver.pageState(tabId))?.hiddenRepeats).toBe(25);
      await poll(() => popup.evaluate(textsOf, '.fm-switch'), (t) => t.some((s) => s.includes('Hide repeated passages (25 hidden)')), {
        what: 'the switch to say how many paragraphs it hid',
      });
      await popup.screenshot(shot('seed001-popup-hidden.png'));
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get(file)!.markup);
      await tab.evaluate(scrollToSecondCopy, undefined);
      await tab.screenshot(shot('seed001-repeats-hidden.png'));

      await popup.click(sel('switch-hide-repeats'));
      await poll(() => tab.evaluate(hiddenCopies, undefined), (h) => h.second === 0 && h.first === 0, { what: 'the second copy to come back' });
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get(file)!.markup);
      expect(await tab.evaluate(scrollToSecondCopy, undefined)).toBe(at);
      const shown = await tab.screenshot(shot('seed001-repeats-shown-again.png'));
      expect(countChangedPixels(decodePng(dimmed), decodePng(shown))).toBeLessThanOrEqual(MAX_RESIDUAL_PIXELS);
      await popup.close();
      await tab.close();
    });

    it('removes every mark with Escape and with the popup toggle, leaving markup and pixels as they were', async () => {
      const file = 'seed000.html';
      const { tab, tabId } = await start(file, painted);
      const noMarks = (sizes: Record<string, number>) => Object.values(sizes).every((size) => size === 0);

      await tab.press('Escape');
      await poll(() => tab.evaluate(factmarkHighlights, undefined), noMarks, { what: 'Escape to remove the highlights' });
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get(file)!.markup);
      expect(await paintedPixels(tab, file, 'after-escape')).toBeLessThanOrEqual(MAX_RESIDUAL_PIXELS);

      // Opening the popup starts Factmark again (as a click on the toolbar button does); its toggle removes it,
      // including the card of a highlight the reader clicked.
      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await poll(() => tab.evaluate(factmarkHighlights, undefined), (s) => (s['factmark-claim'] ?? 0) > 0, {
        what: 'the popup to paint the page again',
      });
      const point = await tab.evaluate(pointOnHighlight, 'factmark-claim');
      expect(point).not.toBeNull();
      await tab.clickAt(point!.x, point!.y);
      // The card is the one thing Factmark adds to the document (a shadow-root host), and only while it is open.
      await poll(() => tab.evaluate(documentMarkup, undefined), (m) => m !== baseline.get(file)!.markup, {
        what: 'a click on a highlight to open its card',
      });
      await poll(() => popup.evaluate(textsOf, sel('toggle')), (t) => t.length === 1, { what: 'the popup toggle' });
      await popup.click(sel('toggle'));
      await poll(() => tab.evaluate(factmarkHighlights, undefined), noMarks, { what: 'the toggle to remove the highlights' });
      expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get(file)!.markup);
      expect(await paintedPixels(tab, file, 'after-toggle')).toBeLessThanOrEqual(MAX_RESIDUAL_PIXELS);
      expect((await session.driver.pageState(tabId))?.painted).toBe(false);
      await popup.close();
      await tab.close();
    });

    it('says "No article found on this page" on a login form and an empty page, and paints nothing', async () => {
      for (const file of NON_ARTICLES) {
        const { tab, tabId, state } = await start(file, (s) => s.status !== 'idle');
        expect(state.status, `${file}: ${state.message}`).toBe('not-article');
        const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
        const status = await poll(() => popup.evaluate(textsOf, sel('status')), (t) => t.some((s) => s.includes(NOT_ARTICLE_MESSAGE)), {
          what: `the popup on ${file} to say "${NOT_ARTICLE_MESSAGE}"`,
        });
        expect(status.join(' ')).toContain(NOT_ARTICLE_MESSAGE);
        await popup.screenshot(shot(`${file.replace('.html', '')}-popup.png`));
        expect(Object.values(await tab.evaluate(factmarkHighlights, undefined)).every((size) => size === 0)).toBe(true);
        expect(await tab.evaluate(documentMarkup, undefined)).toBe(baseline.get(file)!.markup);
        expect(await paintedPixels(tab, file, 'after')).toBeLessThanOrEqual(MAX_RESIDUAL_PIXELS);
        await popup.close();
        await tab.close();
      }
    });

    it('keeps saved articles across a restart; the library shows them with the page server stopped', async () => {
      expect(savedTitles, 'the seed000 and seed001 tests must have marked up (and so saved) their articles').toHaveLength(2);
      await session.server.close();
      await session.driver.restart();
      const library = await session.driver.openExtensionPage('library.html');
      const titles = await poll(() => library.evaluate(textsOf, sel('article-title')), (t) => t.length >= 2, {
        what: 'the library to list the two saved seeds',
      });
      for (const title of savedTitles) expect(titles.map(fold)).toContain(fold(title));
      const counts = await library.evaluate(
        (ids) => Object.fromEntries(ids.map((id) => [id, document.querySelectorAll(`[data-testid="${id}"]`).length])),
        ['keypoint', 'claim', 'speaker-group', 'quote', 'repeat'],
      );
      console.log(`[${name}] library after restart: ${JSON.stringify(counts)}`);
      expect(counts.keypoint).toBeGreaterThanOrEqual(goldKeyPoints(SEED000_TEXT).length);
      expect(counts.claim).toBeGreaterThan(0);
      expect(counts['speaker-group']).toBeGreaterThan(0);
      expect(counts.repeat).toBeGreaterThanOrEqual(25);
      await library.screenshot(shot('library-offline.png'));
      await library.close();
    });

    it('made no network request: the page server saw only the pages the tests loaded, and nothing else went out', () => {
      const hostOf = (line: string) => {
        const target = line.split(' ')[1] ?? '';
        return line.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
      };
      const browserOwn = session.proxy.foreign.filter((line) => browserServiceHosts.includes(hostOf(line)));
      const elsewhere = session.proxy.foreign.filter((line) => !browserServiceHosts.includes(hostOf(line)));
      const unexpectedPaths = session.server.requests.filter((p) => !loaded.has(p));
      const extensionContexts = session.driver.requestsSeen.filter(
        (url) => !url.startsWith(session.server.origin) && !/^(chrome-extension|moz-extension|data|blob|about):/.test(url),
      );
      console.log(
        `[${name}] network: ${session.server.requests.length} page-server requests, ${session.proxy.forwarded.length} forwarded, ` +
          `${elsewhere.length} elsewhere, ${browserOwn.length} by the browser itself ${JSON.stringify(browserOwn.map(hostOf))}`,
      );
      expect(elsewhere).toEqual([]);
      expect(extensionContexts).toEqual([]);
      expect(unexpectedPaths).toEqual([]);
    });
  });
}
