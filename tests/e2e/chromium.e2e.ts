// Factmark in Debian Chromium (playwright-core). The toolbar click is CDP Extensions.triggerAction: the real
// popup opens and the tab gets activeTab, exactly as when a reader clicks the button.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { createChromiumDriver } from './support/chromium-driver';
import { defineFactmarkSuite } from './support/factmark-suite';
import { defineLibrarySuite } from './support/library-suite';
import { defineMemorySuite } from './support/memory-suite';
import { startPageServer, type PageServer } from './support/page-server';
import { PROFILES_DIR } from './support/paths';
import { poll } from './support/poll';

defineFactmarkSuite({
  name: 'chromium',
  createDriver: createChromiumDriver,
  // Requests Debian Chromium 156 makes with no extension loaded at all, with every flag in support/chromium.ts:
  // the on-device model manifest check (update.googleapis.com) and the signed-in-accounts check
  // (accounts.google.com). They come from the browser process, never from a page or an extension.
  browserServiceHosts: ['update.googleapis.com', 'accounts.google.com'],
});

// Saved highlights on a revisit of a changed page, the reader's own highlights, the badge (issue 6).
defineMemorySuite({
  name: 'chromium',
  createDriver: createChromiumDriver,
  browserServiceHosts: ['update.googleapis.com', 'accounts.google.com'],
});

// The library: search, the links between the two seeds, export and import (issue 6).
defineLibrarySuite({ name: 'chromium', createDriver: createChromiumDriver });

describe('Factmark in chromium: the toolbar button', () => {
  let server: PageServer;
  let chromium: ChromiumExtension;

  beforeAll(async () => {
    const profileDir = path.join(PROFILES_DIR, 'chromium-toolbar');
    rmSync(profileDir, { recursive: true, force: true });
    server = await startPageServer();
    chromium = await launchChromium({ profileDir });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('has no access to a page before the click, and the click opens the real popup, which starts Factmark', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('seed000.html'));
    const worker = await chromium.worker();
    // No host permission at install: the extension can neither see the tab's URL nor script it.
    const before = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const tabs = await api.tabs.query({});
      const scripted = await Promise.all(
        tabs.map((t) =>
          api.scripting.executeScript({ target: { tabId: t.id! }, func: () => 1 }).then(() => 'ran', (e: unknown) => String(e)),
        ),
      );
      return { urls: tabs.map((t) => t.url ?? null), scripted };
    });
    expect(before.urls.some((u) => u?.startsWith(server.origin))).toBe(false);
    expect(before.scripted.length).toBeGreaterThan(0);
    for (const result of before.scripted) expect(result).toMatch(/Cannot access|permission/i);

    await chromium.triggerAction(page);
    const popups = await poll(
      () => worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
        return (await api.runtime.getContexts({ contextTypes: ['POPUP' as never] })).map((c) => c.documentUrl ?? '');
      }, undefined),
      (urls) => urls.length > 0,
      { what: 'the real popup to open' },
    );
    expect(popups[0]).toMatch(/\/popup\.html$/);

    // Only the real popup has asked for Factmark here; no test page is involved.
    const tabId = await chromium.tabIdOf(page.url());
    const state = await poll(
      () => chromium.pageState(tabId),
      (s) => s?.status === 'ready' && s.painted,
      { timeout: 30_000, what: 'the real popup to start Factmark' },
    );
    expect(state?.report?.claims.length).toBeGreaterThan(0);
    await page.close();
  });
});
