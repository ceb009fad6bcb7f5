// FactmarkDriver for Chromium: the toolbar click is CDP Extensions.triggerAction (real popup, real activeTab).
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './chromium';
import type { DriverOptions, FactmarkDriver, TabHandle } from './driver';

interface ChromiumTab extends TabHandle {
  page: Page;
}

function wrap(page: Page): ChromiumTab {
  return {
    page,
    url: () => page.url(),
    // Playwright types the argument as Unboxed<A>; ours are plain JSON values, for which that is A itself.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    async screenshot(file) {
      const png = await page.screenshot({ fullPage: true });
      await writeFile(file, png);
      return png;
    },
    click: (selector, nth = 0) => page.locator(selector).nth(nth).click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

export async function createChromiumDriver(options: DriverOptions): Promise<FactmarkDriver> {
  const requestsSeen: string[] = [];
  let chromium: ChromiumExtension;

  async function launch(): Promise<void> {
    chromium = await launchChromium({ profileDir: options.profileDir, proxyPort: options.proxyPort });
    // Pages (article and extension pages) and the service worker; the real popup is not attached by Playwright.
    chromium.context.on('request', (request) => requestsSeen.push(request.url()));
  }
  await launch();

  return {
    name: 'chromium',
    requestsSeen,
    async openPage(url) {
      const page = await chromium.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async activate(tab) {
      await chromium.triggerAction((tab as ChromiumTab).page);
    },
    tabIdOf: (tab) => chromium.tabIdOf(tab.url()),
    openExtensionPage: async (pathAndQuery) => wrap(await chromium.openExtensionPage(pathAndQuery)),
    pageState: (tabId) => chromium.pageState(tabId),
    async restart() {
      await chromium.close();
      await launch();
    },
    close: () => chromium.close(),
  };
}
