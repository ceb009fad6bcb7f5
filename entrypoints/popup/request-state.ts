// Asks the background to activate Factmark on a tab and turns whatever comes back into a PageState, so the
// popup always has one to render: the background answers a PageState, or { error } (lib/background/respond.ts),
// or nothing at all when it is not listening.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, PageState } from '../../lib/messages';
import { ALL_KINDS_ON } from '../../lib/highlight-kinds';

export function errorState(message: string): PageState {
  return { status: 'error', message, url: '', kinds: ALL_KINDS_ON, painted: false, unanchored: 0, english: true };
}

export function isPageState(value: unknown): value is PageState {
  return typeof value === 'object' && value !== null && typeof (value as PageState).status === 'string' &&
    typeof (value as PageState).kinds === 'object';
}

export function toPageState(response: unknown): PageState {
  if (isPageState(response)) return response;
  const error = (response as { error?: unknown } | undefined)?.error;
  return errorState(typeof error === 'string' ? `Factmark cannot run on this page: ${error}` : 'Factmark did not answer. Reload the page and try again.');
}

export async function requestState(tabId: number): Promise<PageState> {
  try {
    return toPageState(await browser.runtime.sendMessage({ type: 'factmark:activate', tabId } satisfies BackgroundRequest));
  } catch (error) {
    return errorState(`Factmark cannot run on this page: ${error instanceof Error ? error.message : String(error)}`);
  }
}
