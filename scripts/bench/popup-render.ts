// Popup first render: popup.html opened for a tab that Factmark has analysed (the way the e2e tests open it,
// with ?tabId=), timed by the popup document's own paint timing from its navigation start. First contentful
// paint is the shell the reader sees at once; "filled" is the largest contentful paint once the page's state
// (title, counts, key points) is in.
import type { ChromiumExtension } from '../../tests/e2e/support/chromium';
import type { CorpusPage } from './corpus';
import type { CorpusServer } from './corpus-server';
import { isFinal } from './chromium-run';

export interface PopupTiming {
  id: string;
  firstPaintMs: number | null;
  filledMs: number | null;
}

// Plain JavaScript, evaluated in the popup as it is (a function compiled by tsx would call helpers the page lacks).
// Largest contentful paint stands for the render that put the state's title, counts and key points up.
const POPUP_TIMING = `new Promise((resolve) => {
  let lcp = null;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  const started = performance.now();
  const check = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const filled = document.querySelector('main[aria-busy="false"]') !== null;
    if ((fcp !== null && filled) || performance.now() - started > 10000) {
      requestAnimationFrame(() => setTimeout(() => resolve({ firstPaintMs: fcp, filledMs: filled ? lcp : null }), 0));
    } else requestAnimationFrame(check);
  };
  check();
})`;

export async function measurePopup(chromium: ChromiumExtension, server: CorpusServer, pages: readonly CorpusPage[]): Promise<PopupTiming[]> {
  const out: PopupTiming[] = [];
  for (const corpusPage of pages) {
    const page = await chromium.context.newPage();
    try {
      const url = server.urlOf(corpusPage);
      await page.goto(url, { waitUntil: 'load' });
      await chromium.triggerAction(page);
      let tabId: number | null = null;
      for (let i = 0; i < 200 && tabId === null; i++) {
        tabId = await chromium.tabIdOf(url).catch(() => null);
        if (tabId === null) await new Promise((r) => setTimeout(r, 50));
      }
      if (tabId === null) continue;
      for (let i = 0; i < 300; i++) {
        const s = await chromium.pageState(tabId);
        if (s && isFinal(s)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const popup = await chromium.openExtensionPage(`popup.html?tabId=${tabId}`);
      const timing = (await popup.evaluate(POPUP_TIMING)) as { firstPaintMs: number | null; filledMs: number | null };
      out.push({ id: corpusPage.id, ...timing });
      await popup.close();
    } finally {
      await page.close();
    }
  }
  return out;
}
