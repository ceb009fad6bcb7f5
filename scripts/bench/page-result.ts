// What the bench records for one page in one browser.
import type { FloorTimes } from './page/floors';

export interface PageResult {
  id: string;
  browser: 'chromium' | 'firefox';
  /** The content script's final status; 'timeout' when none came; 'skipped' when the bench could not measure the page. */
  status: 'ready' | 'not-article' | 'error' | 'idle' | 'timeout' | 'skipped';
  message?: string;
  /** The corpus says the page is not an article (Readability's readerable: false). */
  expectNotArticle: boolean;
  english: boolean | null;
  lang: string | null;
  blocks: number;
  sentences: number;
  /** Spans the paint plan asks for: claims, speakers' mentions and quotes, repeats. */
  spansFound: number;
  /** Spans the content script could not place (PageState.unanchored). */
  unanchored: number;
  /** Ranges actually registered in the page's CSS.highlights under factmark-* names. */
  rangesPainted: number;
  extractMs: number | null;
  /** Extraction's steps: clone (with text twins and bounds), Readability, blocks. */
  extractSteps?: { clone: number; parse: number; blocks: number } | null;
  /** The page's wait for the analysis in the background, transfer included. */
  analyzeWaitMs?: number | null;
  analyzeMs: number | null;
  paintMs: number | null;
  /** Of the paint: the script that registers the highlights, before the wait for the frame. */
  paintScriptMs?: number | null;
  /** In the content script: from the run request to the frame with the highlights (PageState.totalMs). */
  totalMs: number | null;
  /** From the toolbar click (or the activate message) to the frame with the highlights, seen from the page. */
  clickToPaintMs: number | null;
  /** Longest main-thread task between the trigger and the end of the run (longtask API; 0 = none over 50 ms). */
  longTaskMs: number | null;
  /** The content script's own longest synchronous slice (its scheduler measures each). */
  longestSliceMs: number | null;
  /** JS heap the page keeps after the run (after a full GC), compared with before it. */
  heapAddedKB: number | null;
  floors: FloorTimes | null;
  /** Markup changed while painted / after removal. */
  domChangedPainted: boolean;
  domChangedRemoved: boolean;
  /**
   * Factmark's: uncaught errors thrown in the content script's world or with an extension script on the stack
   * that a control load without Factmark does not throw too, ranges left after removal, the content script's
   * 'error' state, or no final state.
   */
  errors: string[];
  /**
   * The page's own uncaught errors between the trigger and the end of removal (listed, not counted): thrown by
   * the page's scripts (no extension script on the stack), or thrown again in the control load without Factmark.
   */
  pageErrors?: string[];
  /** Of pageErrors, how many the control load without Factmark threw too (undefined: no control load ran). */
  pageErrorsAlsoInControl?: number;
  /** The markup changed, but a control run without Factmark shows the page changing it by itself. */
  changesByItself?: boolean;
  /** Network requests the browser made between the trigger and the end of the page's run. */
  requests: string[];
}
