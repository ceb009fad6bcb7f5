// Messages between the extension's parts. The content script answers only messages whose sender is this
// extension (runtime.onMessage never delivers page messages), and only these types.
import type { Report } from './analysis/types';
import type { KindSwitches } from './highlight-kinds';

export type PageStatus = 'idle' | 'not-article' | 'ready' | 'error';

/** What the content script knows about its page; the popup renders it. */
export interface PageState {
  status: PageStatus;
  /** For 'not-article' and 'error': the sentence shown to the reader. */
  message?: string;
  url: string;
  report?: Report;
  kinds: KindSwitches;
  /** True while highlights are on the page. */
  painted: boolean;
  /** Spans analysis found that could not be placed on the live page. */
  unanchored: number;
  /** Claims and speakers are English-only for now. */
  english: boolean;
  /** Milliseconds from the trigger to painted highlights. */
  totalMs?: number;
}

export const NOT_ARTICLE_MESSAGE = 'No article found on this page';

/** To the content script (browser.tabs.sendMessage). */
export type ContentRequest =
  | { type: 'factmark:run' }
  | { type: 'factmark:state' }
  | { type: 'factmark:toggle' }
  | { type: 'factmark:clear' }
  | { type: 'factmark:set-kinds'; kinds: KindSwitches }
  | { type: 'factmark:scroll-to'; block: number; start: number; end: number };

/** To the background (browser.runtime.sendMessage). */
export type BackgroundRequest =
  | { type: 'factmark:activate'; tabId: number }
  | { type: 'factmark:analyzed'; state: PageState };

export function isContentRequest(m: unknown): m is ContentRequest {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('factmark:');
}
