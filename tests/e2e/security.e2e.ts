// Security of the built extension in real Chromium and Firefox ESR, on tests/fixtures/hostile.html, a page
// whose title, byline, site name and quotes all carry markup:
// - page text is shown as text in the popup, the library and the cards: the markup appears literally, no
//   element of it exists, nothing of it runs (the page's own world would be the place: cards live there);
// - the page cannot drive the content script: postMessage, DOM events and extension messaging do nothing;
// - the built manifests ask for the permissions the README lists and nothing more, keep a strict CSP for
//   extension pages, expose nothing to pages, and register no content script at install.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/messages';
import { createChromiumDriver } from './support/chromium-driver';
import { useBrowserSession } from './support/browser-session';
import type { BrowserName, DriverOptions, FactmarkDriver } from './support/driver';
import { createFirefoxDriver } from './support/firefox-driver';
import { documentMarkup, factmarkHighlights, pointOnHighlight, textsOf } from './support/page-probes';
import { startPageServer } from './support/page-server';
import { CHROME_BUILD, FIREFOX_BUILD, REPO_ROOT } from './support/paths';
import { poll } from './support/poll';

const FILE = 'hostile.html';
const PAYLOAD_MARK = '<img src=x onerror=';
const sel = (testId: string) => `[data-testid="${testId}"]`;

/** Elements a payload would create if page text were ever parsed as HTML, in a document or a shadow root. */
function injectedElements(rootSelector: string | null): string[] {
  const roots: ParentNode[] = [];
  if (rootSelector === null) roots.push(document);
  else for (const host of document.querySelectorAll(rootSelector)) if (host.shadowRoot) roots.push(host.shadowRoot);
  const found: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('img[src="x"], iframe, object, embed, script:not([src]), [onerror], [onload], b, svg[onload]')) {
      found.push(el.outerHTML.slice(0, 80));
    }
  }
  return found;
}

/** Whether any payload ran in this world. */
function pwned(): string | null {
  return (window as unknown as { __pwned?: string }).__pwned ?? null;
}

function attack(): { sent: string[]; runtime: string } {
  return (window as unknown as { __attack: () => { sent: string[]; runtime: string } }).__attack();
}

/** The shadow-root text of the card host(s) Factmark puts on <html> (the page has no shadow roots of its own). */
function cardText(): string {
  return [...document.querySelectorAll('html > *')]
    .filter((el) => el.shadowRoot)
    .map((el) => el.shadowRoot!.textContent ?? '')
    .join(' ');
}

function defineSecuritySuite(name: BrowserName, createDriver: (o: DriverOptions) => Promise<FactmarkDriver>): void {
  describe(`Factmark in ${name}: a hostile page`, () => {
    const session = useBrowserSession({ name, profile: `${name}-security`, createDriver, startServer: startPageServer });
    const { resultsDir } = session;

    it('shows its title, byline, site and quotes as text everywhere, runs none of it, and ignores its messages', async () => {
      const tab = await session.driver.openPage(session.server.url(FILE));
      const before = await tab.evaluate(documentMarkup, undefined);
      await session.driver.activate(tab);
      const tabId = await session.driver.tabIdOf(tab);
      const state = (await poll(() => session.driver.pageState(tabId), (s) => s?.status === 'ready' && s.painted && s.totalMs !== undefined, {
        timeout: 30_000,
        what: 'Factmark to paint the hostile page',
      })) as PageState;
      const report = state.report!;
      // The markup reached the report as text (nothing stripped it on the way): the tests below mean something.
      expect(report.article.title).toContain(PAYLOAD_MARK);
      expect(report.blocks.some((b) => b.text.includes(`${PAYLOAD_MARK}"window.__pwned='quote'">`))).toBe(true);
      expect(report.speakers.map((s) => s.name)).toContain('John Smith');
      const painted = await tab.evaluate(factmarkHighlights, undefined);
      expect(painted['factmark-claim'], JSON.stringify(painted)).toBeGreaterThan(0);

      // The page's every channel to the content script: nothing changes.
      const tried = await tab.evaluate(attack, undefined);
      expect(tried.sent).toHaveLength(4);
      expect(tried.runtime).not.toBe('sent');
      await new Promise((r) => setTimeout(r, 500));
      expect(await tab.evaluate(factmarkHighlights, undefined)).toEqual(painted);
      const after = await session.driver.pageState(tabId);
      expect(after?.painted).toBe(true);
      expect(after?.kinds).toEqual(state.kinds);

      // A card, opened by a real click on a highlight, in the page's document.
      const point = await tab.evaluate(pointOnHighlight, 'factmark-claim');
      expect(point).not.toBeNull();
      await tab.clickAt(point!.x, point!.y);
      await poll(() => tab.evaluate(cardText, undefined), (t) => t.length > 0, { what: 'the card to open' });
      expect(await tab.evaluate(injectedElements, 'html > *')).toEqual([]);
      expect(await tab.evaluate(pwned, undefined)).toBeNull();
      await tab.press('Escape');
      await poll(() => tab.evaluate(documentMarkup, undefined), (m) => m === before, { what: 'the page markup to be as it was' });

      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const [title] = await poll(() => popup.evaluate(textsOf, sel('title')), (t) => t.length === 1, { what: 'the popup title' });
      expect(title).toBe(report.article.title);
      const popupText = (await popup.evaluate(textsOf, 'main')).join(' ');
      expect(popupText).toContain(PAYLOAD_MARK);
      expect(await popup.evaluate(injectedElements, null)).toEqual([]);
      expect(await popup.evaluate(pwned, undefined)).toBeNull();
      await popup.screenshot(path.join(resultsDir, 'hostile-popup.png'));
      await popup.close();

      // Auto-save is on by default: the library lists the article under its literal title.
      const library = await session.driver.openExtensionPage('library.html');
      const listed = await poll(
        () => library.evaluate(textsOf, 'main'),
        (t) => t.join(' ').includes(PAYLOAD_MARK),
        { what: 'the library to list the hostile article by its literal title' },
      );
      expect(listed.join(' ')).toContain('Council <b>votes</b>');
      expect(await library.evaluate(injectedElements, null)).toEqual([]);
      expect(await library.evaluate(pwned, undefined)).toBeNull();
      await library.screenshot(path.join(resultsDir, 'hostile-library.png'));
      await library.close();

      expect(await tab.evaluate(pwned, undefined)).toBeNull();
      expect(session.proxy.foreign.filter((r) => !r.includes('googleapis.com') && !r.includes('accounts.google.com'))).toEqual([]);
      await tab.close();
    });
  });
}

defineSecuritySuite('chromium', createChromiumDriver);
defineSecuritySuite('firefox', createFirefoxDriver);

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_scripts?: unknown;
}

describe('the built manifests', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  // The README's permission table: "| `name` | why |" rows under "## Permissions".
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));
  const listed = new Set([...section.matchAll(/^\| `([\w.]+)`/gm)].map((m) => m[1]!));

  for (const [browser, dir] of [['chromium', CHROME_BUILD], ['firefox', FIREFOX_BUILD]] as const) {
    it(`${browser}: asks only for the permissions the README lists, with a strict CSP and nothing exposed to pages`, () => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
      expect(listed.size).toBeGreaterThan(0);
      for (const p of manifest.permissions ?? []) expect(listed, `README lists "${p}"`).toContain(p);
      for (const p of manifest.optional_permissions ?? []) expect(listed, `README lists "${p}"`).toContain(p);
      // Nothing granted at install: host access comes from activeTab, or one site at a time when asked for.
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      const csp = manifest.content_security_policy?.extension_pages ?? '';
      expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-|data:|blob:|https?:/);
    });
  }
});
