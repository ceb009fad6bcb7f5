// The control for a page whose markup, requests or errors changed during a measured run: load it again
// without Factmark and watch it as long. What the page does then by itself (its own timers, lazy loading,
// beacons) is not Factmark's doing. Shared by the Chromium and the Firefox runs.
import type { CountingProxy } from '../../tests/e2e/support/counting-proxy';
import { probe, type Evaluates } from './call-probe';

/** Playwright's and Puppeteer's pages both navigate this way. */
export interface Navigates {
  goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown>;
}

export interface ControlLoad {
  /** The markup changed while the page was watched without Factmark. */
  changesByItself: boolean;
  /** What the proxy saw during the control load (foreign lines, then forwarded ones). */
  proxied: string[];
}

/** `ev` is the same page, typed for the probes (as the runs cast it). */
export async function controlLoad(page: Navigates, ev: Evaluates, proxy: CountingProxy, url: string, watchMs: number): Promise<ControlLoad> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  await probe(ev, 'settledNow');
  const before = await probe(ev, 'markupFingerprint');
  const from = { foreign: proxy.foreign.length, forwarded: proxy.forwarded.length };
  await new Promise((r) => setTimeout(r, watchMs));
  const changesByItself = (await probe(ev, 'markupFingerprint')) !== before;
  return { changesByItself, proxied: [...proxy.foreign.slice(from.foreign), ...proxy.forwarded.slice(from.forwarded)] };
}
