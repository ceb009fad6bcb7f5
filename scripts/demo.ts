// `npm start`: the built extension in Debian Chromium on the first seed article, started with a real click on
// the toolbar button. With a display the window stays open until Ctrl-C; without one the browser runs headless,
// writes screenshots of the marked-up page and the popup to .output/demo/, prints the key points and exits.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PageState } from '../lib/messages';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startPageServer } from '../tests/e2e/support/page-server';
import { REPO_ROOT } from '../tests/e2e/support/paths';
import { poll } from '../tests/e2e/support/poll';

const DEMO_DIR = path.join(REPO_ROOT, '.output/demo');
const PAGE = 'seed000.html';

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  rmSync(DEMO_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_DIR, { recursive: true });

  const server = await startPageServer();
  const chromium = await launchChromium({ profileDir: path.join(DEMO_DIR, 'profile'), headless });
  const stop = async () => {
    await chromium.close().catch(() => undefined);
    await server.close();
  };

  try {
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    await page.goto(server.url(PAGE), { waitUntil: 'load' });
    await chromium.triggerAction(page); // the toolbar button: opens the popup, which starts Factmark
    const tabId = await chromium.tabIdOf(page.url());
    // A ready state carries totalMs once the highlights' frame has been painted.
    const settled = (s: PageState | null) => s !== null && s.status !== 'idle' && (s.status !== 'ready' || s.totalMs !== undefined);
    const state = await poll(() => chromium.pageState(tabId), settled, {
      timeout: 30_000,
      what: `Factmark to finish on ${PAGE}`,
    });
    printSummary(server.url(PAGE), state!);

    if (headless) {
      const pageShot = path.join(DEMO_DIR, 'seed000-highlighted.png');
      await page.screenshot({ path: pageShot, fullPage: true });
      const popup = await chromium.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.setViewportSize({ width: 420, height: 720 });
      // The popup renders from the page's state; give it the moment it needs to ask for it.
      await popup.waitForSelector('[data-testid="keypoint"], [data-testid="status"]', { timeout: 15_000 });
      const popupShot = path.join(DEMO_DIR, 'popup.png');
      await popup.screenshot({ path: popupShot, fullPage: true });
      console.log(`\nNo display (DISPLAY is unset), so the browser ran headless. Screenshots:\n  ${pageShot}\n  ${popupShot}`);
      await stop();
      return;
    }

    console.log('\nThe browser window stays open: hover a highlight, open the Factmark popup from the toolbar.');
    console.log('Press Ctrl-C here (or close the browser) to quit.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      chromium.context.once('close', () => resolve());
    });
    await stop();
  } catch (error) {
    await stop();
    throw error;
  }
}

function printSummary(url: string, state: PageState): void {
  console.log(`\nFactmark on ${url}`);
  if (state.status !== 'ready' || !state.report) {
    console.log(`  ${state.status}: ${state.message ?? ''}`);
    return;
  }
  const { report } = state;
  console.log(`  "${report.article.title}"`);
  console.log(`  painted in ${state.totalMs ?? '?'} ms: ${report.claims.length} claims, ${report.speakers.length} speakers, ` +
    `${report.quotes.length} quotes, ${report.repeats.length} repeated blocks`);
  console.log('\nKey points:');
  report.keyPoints.forEach((point, i) => console.log(`  ${i + 1}. ${point.text}`));
  if (report.speakers.length) console.log(`\nSpeakers: ${report.speakers.map((s) => s.name).join(', ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
