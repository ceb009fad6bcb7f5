// Talks to the content script in one tab, injecting it first when the tab has none. The script is injected
// on demand (the toolbar button, the shortcut, or a site the reader chose to run automatically), so pages the
// reader never asks about are never touched.
import { browser } from 'wxt/browser';
import type { ContentRequest, PageState } from '../messages';
import { warmAnalysis } from './warm-analysis';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function sendToTab(tabId: number, request: ContentRequest): Promise<PageState> {
  await ensureInjected(tabId);
  const answer = browser.tabs.sendMessage(tabId, request) as Promise<PageState>;
  // A run asks for an analysis in a moment: the page extracts its article meanwhile, and the background has time
  // to compile the analyser if it has just started (./warm-analysis.ts; nothing to do once warm).
  if (request.type === 'factmark:run' || request.type === 'factmark:toggle') warmAnalysis();
  return await answer;
}

async function ensureInjected(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'factmark:state' } satisfies ContentRequest);
    return;
  } catch {
    // No receiver: the script is not in this tab yet (or the tab navigated since).
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** A PageState for a tab Factmark cannot reach (browser pages, the web store, a permission refused). */
export function unreachableState(url: string, error: unknown): PageState {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    status: 'error',
    message: `Factmark cannot run on this page (${reason}).`,
    url,
    kinds: { claims: true, speakers: true, repeats: true, user: true },
    painted: false,
    unanchored: 0,
    english: true,
  };
}
