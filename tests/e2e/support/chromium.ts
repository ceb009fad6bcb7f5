// Debian Chromium with the built extension, driven by playwright-core (see ../shared/docs/browser-testing.md §3).
// The toolbar click is real: CDP Extensions.triggerAction runs the extension's action on a tab, which opens
// the real popup and grants activeTab exactly as a reader's click does.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageState } from '../../../lib/messages';
import { CHROME_BUILD } from './paths';
import { requireBrowser, requireBuild } from './find-browser';

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  /** "chrome-extension://ID" */
  origin: string;
  /** Clicks the toolbar button for the tab showing `page`. */
  triggerAction(page: Page): Promise<void>;
  /** Opens an extension page (e.g. "popup.html?tabId=3") in a window of its own, so the article tab stays visible. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** The browser's tab id for the only tab showing `url` (visible to the extension once it has activeTab there). */
  tabIdOf(url: string): Promise<number>;
  /** The extension's service worker, for calls only extension contexts may make (tabs.sendMessage, getContexts). */
  worker(): Promise<Worker>;
  /** The content script's PageState ({type:'factmark:state'}), or null when the tab has no content script. */
  pageState(tabId: number): Promise<PageState | null>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  profileDir: string;
  /** Route every request, loopback included, through this proxy on 127.0.0.1. */
  proxyPort?: number;
  /** Default true; the demo shows a window when there is a display. */
  headless?: boolean;
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumExtension> {
  const executablePath = preferUnwrapped(requireBrowser('chromium'));
  const ext = requireBuild(CHROME_BUILD, 'npx wxt build');
  const headless = options.headless ?? true;
  writeQuietPreferences(options.profileDir);
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath,
    // Playwright's own headless switch is the old one; pass the new headless mode ourselves (doc §3).
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      // Opens the CDP Extensions domain (triggerAction) over Playwright's --remote-debugging-pipe.
      '--enable-unsafe-extension-debugging',
      '--disable-gpu',
      // Full-page screenshots of one page are compared pixel by pixel; a scrollbar that comes and goes with
      // window focus would change their width.
      '--hide-scrollbars',
      '--no-first-run',
      '--no-default-browser-check',
      // Quiet the browser's own traffic so the proxy's count is about the extension.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--no-pings',
      ...(options.proxyPort
        ? [
            `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
            // "<-loopback>" removes the implicit loopback bypass: 127.0.0.1 goes through the proxy too.
            '--proxy-bypass-list=<-loopback>',
          ]
        : []),
    ],
  });
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const pwBrowser = context.browser();
    if (!pwBrowser) throw new Error('playwright-core returned no Browser for the persistent context');
    // Extensions.* and Target.* on tabs need the browser-level session, not a page's.
    const cdp: CDPSession = await pwBrowser.newBrowserCDPSession();

    return {
      context,
      extensionId,
      origin,
      async triggerAction(page) {
        const targetId = await tabTargetId(cdp, page.url());
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId });
      },
      async openExtensionPage(pathAndQuery) {
        const url = `${origin}/${pathAndQuery}`;
        const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 15_000 });
        await cdp.send('Target.createTarget', { url, newWindow: true });
        const page = await opened;
        await page.waitForLoadState('load');
        return page;
      },
      async tabIdOf(url) {
        const ids = await (await extensionWorker(context)).evaluate(async (u) => {
          const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
          return (await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
        }, url);
        if (ids.length !== 1) throw new Error(`expected one tab the extension can see at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
      worker: () => extensionWorker(context),
      async pageState(tabId) {
        return (await extensionWorker(context)).evaluate(async (id) => {
          const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
          return (await api.tabs.sendMessage(id, { type: 'factmark:state' }).catch(() => null)) as PageState | null;
        }, tabId);
      },
      close: () => context.close(),
    };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/**
 * Profile preferences for a new profile: autofill and the password manager ask a Google server about every
 * form (content-autofill.googleapis.com, seen on the login fixture), and no command-line switch stops that.
 */
function writeQuietPreferences(profileDir: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  if (existsSync(file)) return; // a restarted profile keeps what Chromium wrote there
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      autofill: { enabled: false, profile_enabled: false, credit_card_enabled: false },
      credentials_enable_service: false,
      profile: { password_manager_enabled: false },
    }),
  );
}

/**
 * Debian's /usr/bin/chromium is a shell wrapper that exports Google API keys and adds
 * --enable-remote-extensions and an empty --load-extension=; the binary it wraps takes our flags as they are.
 */
function preferUnwrapped(executable: string): string {
  const wrapped = '/usr/lib/chromium/chromium';
  return executable === '/usr/bin/chromium' && existsSync(wrapped) ? wrapped : executable;
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** triggerAction wants the id of the "tab" target, which differs from the page target Playwright attaches to. */
async function tabTargetId(cdp: CDPSession, url: string): Promise<string> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
  if (tabs.length !== 1) throw new Error(`expected one tab at ${url}, found ${tabs.length}`);
  return tabs[0]!.targetId;
}
