// Debian Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi
// (see ../shared/docs/browser-testing.md §4 for the three workarounds used here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD } from './paths';
import { requireBrowser, requireBuild } from './find-browser';
import { poll } from './poll';

/** Pinned so moz-extension:// URLs (and the extension's IndexedDB origin) survive a restart. Any UUID works. */
export const FIREFOX_EXTENSION_UUID = '3f9d2c1e-7a4b-4c8d-9e0f-5a6b7c8d9e0f';

export interface FirefoxExtension {
  browser: Browser;
  /** "moz-extension://UUID" */
  origin: string;
  /** Opens an extension page in a window of its own and waits until it has loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  profileDir: string;
  /** Route every request, loopback included, through this proxy on 127.0.0.1. */
  proxyPort?: number;
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxExtension> {
  const executablePath = requireBrowser('firefox');
  const ext = requireBuild(FIREFOX_BUILD, 'npx wxt build -b firefox');
  const geckoId = geckoIdOf(ext);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: options.profileDir,
    // Lets BiDi navigate to moz-extension:// pages (doc §4 (a)).
    args: ['--remote-allow-system-access'],
    // Remote settings ignore services.settings.server in release builds unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // Grant optional permissions without a doorhanger: the options page asks for one site's host permission.
      'extensions.webextOptionalPermissionPrompts': false,
      // The temporary add-on is removed at shutdown and installed again after a restart; keep its data.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...quietPrefs(),
      ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
    },
  });
  try {
    await browser.installExtension(ext);
    const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    return {
      browser,
      origin,
      async openExtensionPage(pathAndQuery) {
        const page = await browser.newPage({ type: 'window' });
        await gotoExtensionPage(page, `${origin}/${pathAndQuery}`);
        return page;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/**
 * BiDi sends no load events for moz-extension:// documents, so goto() never resolves (doc §4 (c)): start the
 * navigation, then poll until the document is there. Evaluating mid-swap throws; those errors mean "not yet".
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  await poll(
    () => page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => null),
    (href) => href === url,
    { timeout: 15_000, what: `Firefox to load ${url}` },
  );
}

function geckoIdOf(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${buildDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Every request goes to the counting proxy, loopback included, with no fallback to a direct connection. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
  };
}

/**
 * The browser's own traffic, switched off so that the proxy's count is about the extension. puppeteer already
 * sets many of these (updates, safebrowsing, telemetry upload); the rest were found by watching the proxy.
 */
function quietPrefs(): Record<string, unknown> {
  return {
    // Remote settings (blocklists, etc.): the one source of traffic left with puppeteer's defaults.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'app.normandy.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.topsites.contile.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.trr.mode': 5,
    'dom.push.connection.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.unified': false,
  };
}
