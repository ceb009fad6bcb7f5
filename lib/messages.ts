// Messages between the extension's parts. The content script answers only messages whose sender is this
// extension (runtime.onMessage never delivers page messages), and only these types.
import type { Report } from './analysis/types';
import type { AnchorStrategy } from './anchoring/anchor-quote';
import type { KindSwitches } from './highlight-kinds';
import type { ArticleInput, StageTimings } from './report/analyze-article';
import type { NewUserHighlight } from './storage/user-highlights';
import type { HighlightKind as SavedKind, HighlightRecord } from './storage/records';

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
  /** A further line for the popup about this analysis (e.g. a very long page analysed in part). Added in round 2 (issue 7). */
  note?: string;
  /** The highlights saved for this page (looked up when Factmark ran here), and how they were found again. */
  saved?: SavedOnPage;
  /**
   * The speaker shown alone on the page (the popup's speaker list), how many places of theirs there are, and
   * which one the page was last scrolled to (0-based). Added in round 2 (issue 3).
   */
  focus?: SpeakerFocus;
  /**
   * With kinds.hideRepeats: how many repeated paragraphs are out of view. A repeat that is one sentence of a
   * longer paragraph stays on the page, dimmed. Added in round 3 (issue 5).
   */
  hiddenRepeats?: number;
}

/** See PageState.focus. */
export interface SpeakerFocus {
  speaker: string;
  index: number;
  total: number;
}

/** Saved highlights of a page, re-anchored on the page as it is now. Added in round 2 (issue 6). */
export interface SavedOnPage {
  /** Saved highlights of this address, the reader's own included. */
  total: number;
  /** How many were found again, by the strategy that found them (lib/anchoring/anchor-quote.ts). */
  found: Record<AnchorStrategy, number>;
  /** The reader's highlights made on this visit (on the page by construction). */
  added: number;
  /** Saved highlights that could not be placed: the popup lists them, never drops them silently. */
  notFound: SavedMiss[];
  /** The reader's own highlights placed on the page. */
  own: number;
  /** Time spent re-anchoring them, ms. */
  anchorMs: number;
  /** Set when the library could not be read: the highlights are missing for that reason, not lost. */
  error?: string;
}

export interface SavedMiss {
  id: number;
  kind: SavedKind;
  text: string;
  note?: string;
}

export const NOT_ARTICLE_MESSAGE = 'No article found on this page';

/** To the content script (browser.tabs.sendMessage). */
export type ContentRequest =
  | { type: 'factmark:run' }
  | { type: 'factmark:state' }
  | { type: 'factmark:toggle' }
  | { type: 'factmark:clear' }
  | { type: 'factmark:set-kinds'; kinds: KindSwitches }
  | { type: 'factmark:scroll-to'; block: number; start: number; end: number }
  // The context menu item or the shortcut: save the reader's selection as their own highlight.
  | { type: 'factmark:highlight-selection' }
  // The popup's speaker list: show only this speaker's mentions and quotes (null: everything again), and with
  // `step` go to their next (1) or previous (-1) place. Added in round 2 (issue 3).
  | { type: 'factmark:focus-speaker'; speaker: string | null; step?: 1 | -1 };

/**
 * The name of the port the content script opens to the background when a run starts, for its one
 * 'factmark:analyze' request (lib/content/analyse-in-background.ts, lib/background/analysis-port.ts). Added in
 * round 4 (issue 7).
 */
export const ANALYSE_PORT = 'factmark:analyze';

/** To the background (browser.runtime.sendMessage). */
export type BackgroundRequest =
  | { type: 'factmark:activate'; tabId: number }
  | { type: 'factmark:analyzed'; state: PageState }
  // From the content script: analyse extracted blocks off the page's main thread (lib/content/analyse-in-background.ts).
  // Answered with an AnalysedArticle whose report has no blocks. Added in round 2 (issue 7). Sent on the port the
  // content script opens when a run starts (ANALYSE_PORT above), or as a one-off message.
  | { type: 'factmark:analyze'; article: ArticleInput; timings: StageTimings }
  // From the content script, which cannot open the extension's IndexedDB (it would be the page's origin).
  // `notFound`: ids of this page's saved highlights the content script could not place (for the badge count).
  | { type: 'factmark:saved-for'; url: string }
  | { type: 'factmark:add-highlight'; url: string; highlight: NewUserHighlight; notFound: number[] }
  | { type: 'factmark:update-note'; id: number; note: string }
  | { type: 'factmark:delete-highlight'; id: number; url: string; notFound: number[] };

/** What the background answers to 'factmark:saved-for'. */
export type SavedHighlight = HighlightRecord;

export function isContentRequest(m: unknown): m is ContentRequest {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('factmark:');
}
