// FactmarkDriver for Firefox ESR. BiDi cannot click the toolbar button, so Firefox starts Factmark the other
// way a reader can: the options page makes the test server's origin "run automatically" (which asks for that
// origin's optional host permission, granted without a prompt by the test profile), then the page is loaded.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import type { PageState } from '../../../lib/messages';
import type { DriverOptions, FactmarkDriver, TabHandle } from './driver';
import { launchFirefox, type FirefoxExtension } from './firefox';
import { poll } from './poll';

interface FirefoxTab extends TabHandle {
  page: Page;
}

function wrap(page: Page): FirefoxTab {
  return {
    page,
    url: () => page.url(),
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    async screenshot(file) {
      const png = Buffer.from(await page.screenshot({ fullPage: true }));
      await writeFile(file, png);
      return png;
    },
    async click(selector, nth = 0) {
      const element = (await page.$$(selector))[nth];
      if (!element) throw new Error(`no element #${nth} matches ${selector} in ${page.url()}`);
      await element.click();
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    async type(selector, text) {
      const element = await page.$(selector);
      if (!element) throw new Error(`no element matches ${selector} in ${page.url()}`);
      await element.type(text);
    },
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

export async function createFirefoxDriver(options: DriverOptions): Promise<FactmarkDriver> {
  let firefox: FirefoxExtension;
  /** An extension page kept open: tabs.query and tabs.sendMessage need an extension context. */
  let helper: FirefoxTab | null = null;
  const autoRunOrigins = new Set<string>();

  async function launch(): Promise<void> {
    firefox = await launchFirefox({ profileDir: options.profileDir, proxyPort: options.proxyPort });
    helper = null;
  }
  await launch();

  async function helperPage(): Promise<FirefoxTab> {
    helper ??= wrap(await firefox.openExtensionPage('options.html'));
    return helper;
  }

  /** Adds the origin of the open tab `url` in the options page, and waits until the extension can reach that tab. */
  async function enableAutoRun(url: string): Promise<void> {
    const origin = new URL(url).origin;
    const options = await helperPage(); // options.html, already loaded
    await options.type('[data-testid="autorun-input"]', origin);
    await options.click('[data-testid="autorun-add"]');
    await poll(
      () =>
        options.evaluate(async ({ o, u }) => {
          const listed = [...document.querySelectorAll('[data-testid="autorun-site"]')].some((e) => e.textContent?.includes(o));
          // Firefox shows a tab's URL to an extension only with a host permission that really covers it; a
          // granted pattern that does not (e.g. one with a port) is listed by permissions.getAll() all the same.
          const reachable = (await browser.tabs.query({})).some((t) => t.url === u);
          return { listed, reachable, granted: (await browser.permissions.getAll()).origins ?? [] };
        }, { o: origin, u: url }),
      (r) => r.listed && r.reachable,
      { what: `the options page to list ${origin} and the extension to reach ${url}` },
    );
    autoRunOrigins.add(origin);
  }

  return {
    name: 'firefox',
    // BiDi network events do not cover the extension's background page; the proxy counts for Firefox.
    requestsSeen: [],
    async openPage(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async activate(tab) {
      if (!autoRunOrigins.has(new URL(tab.url()).origin)) await enableAutoRun(tab.url());
      await (tab as FirefoxTab).page.reload({ waitUntil: 'load' });
    },
    async tabIdOf(tab) {
      const url = tab.url();
      const { ids, granted } = await (await helperPage()).evaluate(async (u) => {
        const tabs = (await browser.tabs.query({})).filter((t) => t.url === u);
        return { ids: tabs.map((t) => t.id ?? -1), granted: (await browser.permissions.getAll()).origins ?? [] };
      }, url);
      if (ids.length !== 1) {
        throw new Error(
          `expected one tab the extension can see at ${url}, found ${ids.length}; granted host permissions: ` +
            `${JSON.stringify(granted)} (Firefox ignores a granted pattern that names a port)`,
        );
      }
      return ids[0]!;
    },
    openExtensionPage: async (pathAndQuery) => wrap(await firefox.openExtensionPage(pathAndQuery)),
    async pageState(tabId) {
      return (await helperPage()).evaluate(
        async (id) => (await browser.tabs.sendMessage(id, { type: 'factmark:state' }).catch(() => null)) as PageState | null,
        tabId,
      );
    },
    async restart() {
      await firefox.close();
      await launch();
    },
    close: () => firefox.close(),
  };
}
