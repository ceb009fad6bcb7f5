// Reading memory in a real browser: saved highlights come back when the reader revisits an article that changed
// since (an ad moved, a paragraph edited, one inserted, a sentence deleted), the reader's own highlights are
// made from a selection, noted and deleted from their card, and the toolbar badge counts the page's saved
// highlights. The page is served from one address whose content the test replaces between visits.
// Tests run in order on one profile: each visit builds on what the previous one saved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageState, SavedHighlight } from '../../../lib/messages';
import { editedVersion, savedVersion, USER_PASSAGES } from '../../fixtures/edited-seed';
import { useBrowserSession } from './browser-session';
import type { BrowserName, DriverOptions, FactmarkDriver, TabHandle } from './driver';
import { highlightTexts, pointOnHighlightText, selectPassage, shadowPoint, shadowValue } from './memory-probes';
import { documentMarkup, factmarkHighlights, textsOf } from './page-probes';
import { SEED_PAGES_DIR } from './paths';
import { poll } from './poll';
import { startVersionedServer } from './versioned-server';

export interface MemorySuiteOptions {
  name: BrowserName;
  createDriver(options: DriverOptions): Promise<FactmarkDriver>;
  /** Hosts the browser itself contacts with no extension loaded (see factmark-suite.ts). */
  browserServiceHosts: string[];
}

const ARTICLE = '/memory/article.html';
const USER = 'factmark-user';
const CARD = 'factmark-card';
const BUTTON = 'factmark-selection';
const part = (name: string) => `[data-factmark="${name}"]`;

// Functions run in an extension page (the options page): the badge, the library through the background, and a
// request to the content script exactly as the context menu and the shortcut send it. Each is serialised into
// the page, so each names the extension API itself (Chromium's pages have `chrome`, Firefox's `browser`).
function badgeOf(tabId: number): Promise<string> {
  const ext = (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ?? (globalThis as unknown as { chrome: typeof browser }).chrome;
  return ext.action.getBadgeText({ tabId });
}
function savedFor(url: string): Promise<SavedHighlight[]> {
  const ext = (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ?? (globalThis as unknown as { chrome: typeof browser }).chrome;
  return ext.runtime.sendMessage({ type: 'factmark:saved-for', url });
}
function highlightSelectionIn(tabId: number): Promise<PageState> {
  const ext = (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ?? (globalThis as unknown as { chrome: typeof browser }).chrome;
  return ext.tabs.sendMessage(tabId, { type: 'factmark:highlight-selection' });
}

export function defineMemorySuite({ name, createDriver, browserServiceHosts }: MemorySuiteOptions): void {
  describe(`Reading memory in ${name}`, () => {
    const session = useBrowserSession({ name, profile: `${name}-memory`, createDriver, startServer: startVersionedServer });
    let helper: TabHandle;
    let tab: TabHandle;
    let tabId: number;
    let url: string;
    let cleanMarkup = '';
    const seed = readFileSync(path.join(SEED_PAGES_DIR, 'seed000.html'), 'utf8');
    const { resultsDir } = session;
    const shot = (file: string) => path.join(resultsDir, `memory-${file}`);
    // Playwright's CSS selectors pierce open shadow roots; puppeteer's need its deep combinator.
    const inCard = (selector: string) => (name === 'firefox' ? `${CARD} >>> ${selector}` : selector);

    beforeAll(async () => {
      url = session.server.url(ARTICLE);
      helper = await session.driver.openExtensionPage('options.html');
    });

    const state = () => session.driver.pageState(tabId);
    const settled = (s: PageState | null) => s?.status === 'ready' && s.painted && s.saved !== undefined;
    const badge = () => helper.evaluate(badgeOf, tabId);
    const library = () => helper.evaluate(savedFor, url);
    const own = async () => (await library()).filter((h) => h.kind === 'user');

    /** Starts Factmark on the tab as the reader would, and waits until the saved highlights are placed too. */
    async function markUp(): Promise<PageState> {
      await session.driver.activate(tab);
      tabId = await session.driver.tabIdOf(tab);
      return (await poll(state, settled, { timeout: 30_000, what: 'Factmark to mark up the page with its saved highlights' }))!;
    }

    /** Clicks the selection button beside the selected passage. */
    async function pressSelectionButton(): Promise<void> {
      const at = await poll(() => tab.evaluate(shadowPoint, { host: BUTTON, selector: part('highlight-selection') }), (p) => p !== null, {
        what: 'the Highlight button to appear beside the selection',
      });
      await tab.clickAt(at!.x, at!.y);
    }

    it('first visit: the page is saved, and the badge counts its saved highlights', async () => {
      session.server.set(ARTICLE, savedVersion(seed));
      tab = await session.driver.openPage(url);
      cleanMarkup = await tab.evaluate(documentMarkup, undefined);
      const s = await markUp();
      expect(s.saved).toMatchObject({ total: 0, notFound: [] });
      const saved = await poll(library, (rows) => rows.length > 0, { what: 'auto-save to save the page' });
      const shown = await poll(badge, (text) => text === String(saved.length), { what: `the badge to show ${saved.length}` });
      console.log(`[${name}] memory: first visit saved ${saved.length} highlights; badge "${shown}"`);
    });

    it('saves a selected passage with the button beside it, and the note typed in its card', async () => {
      const before = Number(await badge());
      expect(await tab.evaluate(selectPassage, USER_PASSAGES.kept)).toBe(true);
      await pressSelectionButton();
      // The card opens on the new highlight with the caret in its note field.
      await poll(() => tab.evaluate(shadowValue, { host: CARD, selector: part('note') }), (v) => v === '', { what: 'the card of the new highlight' });
      const note = 'Check against the State Department readout.';
      await tab.type(inCard(part('note')), note);
      await tab.click(inCard(part('save-note')));
      const rows = await poll(own, (r) => r.some((h) => h.note === note), { what: 'the note to be saved in the library' });
      expect(rows.map((h) => h.text)).toEqual([USER_PASSAGES.kept]);
      await poll(() => tab.evaluate(highlightTexts, USER), (t) => t.includes(USER_PASSAGES.kept), { what: 'the passage to be painted as factmark-user' });
      await poll(badge, (text) => Number(text) === before + 1, { what: `the badge to count the new highlight (${before + 1})` });
      // With the card closed and nothing selected, the page's markup is what the site sent.
      await poll(() => tab.evaluate(documentMarkup, undefined), (m) => m === cleanMarkup, { what: 'the card to close and leave the markup as it was' });
      await tab.screenshot(shot('own-highlight.png'));
    });

    it('saves a selection the way the context menu and the shortcut do (factmark:highlight-selection)', async () => {
      for (const passage of [USER_PASSAGES.reworded, USER_PASSAGES.deleted]) {
        expect(await tab.evaluate(selectPassage, passage)).toBe(true);
        await helper.evaluate(highlightSelectionIn, tabId);
        await poll(() => tab.evaluate(highlightTexts, USER), (t) => t.includes(passage), { what: `"${passage.slice(0, 30)}…" to be painted` });
        // The card offers the note field; leave it empty.
        await tab.press('Escape');
      }
      expect((await own()).map((h) => h.text).sort()).toEqual(Object.values(USER_PASSAGES).sort());
    });

    it('revisit after the page changed: saved highlights are painted again, the missing ones listed in the popup', async () => {
      const before = await library();
      session.server.set(ARTICLE, editedVersion(seed));
      if (name === 'chromium') {
        // Chromium: a reload drops the content script; the toolbar click starts it again. (Firefox's activate
        // reloads the tab itself, and the site runs automatically.)
        const origin = await tab.evaluate(() => performance.timeOrigin, undefined);
        await tab.evaluate(() => location.reload(), undefined).catch(() => undefined);
        await poll(() => tab.evaluate(() => document.readyState === 'complete' && performance.timeOrigin, undefined).catch(() => false),
          (o) => o !== false && o !== origin, { what: 'the edited page to load' });
      }
      const s = await markUp();
      const saved = s.saved!;
      const placed = saved.found.exact + saved.found.position + saved.found.fuzzy;
      console.log(
        `[${name}] re-anchoring on the edited page: ${placed}/${saved.total} saved highlights placed ` +
          `(${((100 * placed) / saved.total).toFixed(1)}%): exact ${saved.found.exact}, position ${saved.found.position}, ` +
          `fuzzy ${saved.found.fuzzy}; not found ${saved.notFound.length}: ${JSON.stringify(saved.notFound.map((m) => `${m.kind}: ${m.text}`))}; ` +
          `${saved.anchorMs} ms`,
      );
      expect(saved.total).toBe(before.length);
      expect(placed + saved.notFound.length).toBe(saved.total);
      expect(saved.found.position).toBeGreaterThan(0);
      expect(saved.found.fuzzy).toBeGreaterThan(0);
      expect(saved.notFound.map((m) => m.text)).toContain(USER_PASSAGES.deleted);
      expect(saved.own).toBe(2);

      // The reader's two surviving passages are painted again: the kept one as saved, the reworded one as it reads now.
      const painted = await tab.evaluate(highlightTexts, USER);
      expect(painted).toContain(USER_PASSAGES.kept);
      expect(painted.some((t) => t.startsWith('The talks, which lasted for about four and a half hours'))).toBe(true);
      expect((await tab.evaluate(factmarkHighlights, undefined))[USER]).toBeGreaterThanOrEqual(2);

      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const listed = await poll(() => popup.evaluate(textsOf, '[data-testid="not-found"]'), (t) => t.length > 0, {
        what: 'the popup to list the highlights not found on this page',
      });
      expect(listed.length).toBe(saved.notFound.length);
      expect(listed.some((t) => t.includes(USER_PASSAGES.deleted))).toBe(true);
      await popup.screenshot(shot('popup-not-found.png'));
      await popup.close();
      // The badge counts what is saved now and placed on this page (the re-save keeps the reader's highlights).
      const rows = await library();
      await poll(badge, (text) => Number(text) === rows.length - 1, { what: `the badge to show ${rows.length - 1} (one saved highlight is not on the page)` });
      await tab.screenshot(shot('revisited.png'));
    });

    it('edits the note of a highlight and deletes another from their cards', async () => {
      const start = Number(await badge());
      // The kept passage: its card shows the note saved on the first visit; change it.
      const point = await tab.evaluate(pointOnHighlightText, { name: USER, prefix: USER_PASSAGES.kept.slice(0, 20) });
      expect(point).not.toBeNull();
      await tab.clickAt(point!.x, point!.y);
      const shownNote = await poll(() => tab.evaluate(shadowValue, { host: CARD, selector: part('note') }), (v) => v !== null, { what: 'the card to open' });
      expect(shownNote).toBe('Check against the State Department readout.');
      await tab.type(inCard(part('note')), ' Readout checked.');
      await tab.click(inCard(part('save-note')));
      await poll(own, (r) => r.some((h) => h.note === 'Check against the State Department readout. Readout checked.'), {
        what: 'the edited note to be saved',
      });

      // The reworded passage: delete it from its card.
      const other = await tab.evaluate(pointOnHighlightText, { name: USER, prefix: 'The talks, which lasted' });
      expect(other).not.toBeNull();
      await tab.clickAt(other!.x, other!.y);
      await poll(() => tab.evaluate(shadowPoint, { host: CARD, selector: part('delete-highlight') }), (p) => p !== null, { what: 'the card to open' });
      await tab.click(inCard(part('delete-highlight')));
      await poll(own, (r) => !r.some((h) => h.text === USER_PASSAGES.reworded), { what: 'the highlight to be deleted from the library' });
      await poll(() => tab.evaluate(highlightTexts, USER), (t) => !t.some((x) => x.startsWith('The talks, which lasted')), {
        what: 'the deleted highlight to be unpainted',
      });
      await poll(badge, (text) => Number(text) === start - 1, { what: `the badge to show ${start - 1}` });
      expect((await state())?.saved?.own).toBe(1);
    });

    it('made no network request of its own (the note field is not spell-checked: no dictionary download)', () => {
      const hostOf = (line: string) => {
        const target = line.split(' ')[1] ?? '';
        return line.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
      };
      expect(session.proxy.foreign.filter((line) => !browserServiceHosts.includes(hostOf(line)))).toEqual([]);
      expect(session.server.requests.filter((p) => p !== ARTICLE && p !== '/favicon.ico')).toEqual([]);
    });
  });
}
