// Popup first render: the real toolbar popup, opened by the toolbar click (CDP Extensions.triggerAction) on a
// loaded article, exactly as a reader opens it, and timed by the popup document's own paint timing from its
// navigation start. First contentful paint is the shell the reader sees at once; "filled" is the largest
// contentful paint once the page's state (title, counts, key points) is in, the click's whole run included.
// Playwright does not attach to a popup (../shared/docs/browser-testing.md §3): the bench reaches it over the
// browser's CDP session, with Target.attachToTarget and Target.sendMessageToTarget.
import type { CDPSession } from 'playwright-core';
import type { ChromiumExtension } from '../../tests/e2e/support/chromium';
import type { CorpusPage } from './corpus';
import type { CorpusServer } from './corpus-server';

export interface PopupTiming {
  id: string;
  firstPaintMs: number | null;
  filledMs: number | null;
}

// Plain JavaScript, evaluated in the popup as it is (a function compiled by tsx would call helpers the page lacks).
// "Filled" is the frame in which the state's title, counts and key points are first seen (main[aria-busy=false]);
// largest contentful paint would not move if the shell's text stayed the largest element.
const POPUP_TIMING = `new Promise((resolve) => {
  const started = performance.now();
  let filledAt = null;
  const check = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    if (filledAt === null && document.querySelector('main[aria-busy="false"]') !== null) filledAt = performance.now();
    if ((fcp !== null && filledAt !== null) || performance.now() - started > 10000) resolve({ firstPaintMs: fcp, filledMs: filledAt });
    else requestAnimationFrame(check);
  };
  check();
})`;

// How long to wait for the popup to appear after the click, and for its timing once it is there.
const POPUP_APPEAR_MS = 10_000;
const POPUP_TIMING_MS = 15_000;

export async function measurePopup(chromium: ChromiumExtension, server: CorpusServer, pages: readonly CorpusPage[]): Promise<PopupTiming[]> {
  const cdp = await chromium.context.browser()!.newBrowserCDPSession();
  const out: PopupTiming[] = [];
  for (const corpusPage of pages) {
    const page = await chromium.context.newPage();
    try {
      await page.goto(server.urlOf(corpusPage), { waitUntil: 'load' });
      await chromium.triggerAction(page);
      const targetId = await popupTarget(cdp);
      if (targetId === null) continue;
      try {
        const timing = (await evaluateIn(cdp, targetId, POPUP_TIMING)) as { firstPaintMs: number | null; filledMs: number | null } | null;
        if (timing) out.push({ id: corpusPage.id, ...timing });
      } finally {
        await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      }
    } finally {
      await page.close();
    }
  }
  await cdp.detach().catch(() => undefined);
  return out;
}

/** The target id of the open toolbar popup, or null when none appears. */
async function popupTarget(cdp: CDPSession): Promise<string | null> {
  const deadline = Date.now() + POPUP_APPEAR_MS;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.type === 'page' && /^chrome-extension:\/\/[^/]+\/popup\.html/.test(t.url));
    if (popup) return popup.targetId;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

/** Evaluates `expression` (a promise) in the target's page and returns its value, or null on failure or timeout. */
async function evaluateIn(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const id = 1;
  try {
    return await new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => done(null), POPUP_TIMING_MS);
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const m = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (m.id === id) done(m.result?.result?.value ?? null);
      };
      const done = (value: unknown) => {
        clearTimeout(timer);
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => done(null));
    });
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}
