// One page's Factmark session, in the content script: check the page is an article, extract it from a clone,
// analyse the text, paint the spans on the live page, and answer the popup. Everything the page sees is
// highlights in the CSS highlight registry; removal leaves the page exactly as it was.
import type { Report } from '../analysis/types';
import { extractArticleInSlices, isArticlePage, type ExtractedArticle, type ExtractionStep } from '../extraction/extract-article';
import { hideElements, type HiddenElements } from '../highlighting/hide-elements';
import { createPainter, type Painter } from '../highlighting/painter';
import type { KindSwitches } from '../highlight-kinds';
import { NOT_ARTICLE_MESSAGE, type PageState } from '../messages';
import type { Settings } from '../settings';
import type { AnalyseArticle } from './analyse';
import { capForAnalysis, cappedNote } from './analysis-cap';
import { watchPaintedText, type PageWatch } from './page-watch';
import { paintItemsFor } from './paint-items';
import { repeatedBlockElements } from './repeated-elements';
import { createSavedHighlights, type SavedPort } from './saved-highlights';
import { createSlicer, SLICE_BUDGET_MS, type Slicer } from './slicer';

export interface PageSessionDeps {
  doc: Document;
  win: Window;
  location: Pick<Location, 'href'>;
  loadSettings: () => Promise<Settings>;
  /** Called after each finished analysis (the background saves it when auto-save is on). */
  onAnalyzed?: (state: PageState) => void;
  /** Analysis of the extracted blocks: in the background for the extension, analyseHere elsewhere (./analyse.ts). */
  analyse: AnalyseArticle;
  /**
   * Called as a run starts extracting: opens the way to `analyse` meanwhile (the background's port,
   * ./analyse-in-background.ts); returns what closes it if the run ends without analysing.
   */
  connectAnalysis?: () => () => void;
  /** The library, through the background: this page's saved highlights, and the reader's own made here. */
  saved?: SavedPort;
}

export interface PageSession {
  run(): Promise<PageState>;
  toggle(): Promise<PageState>;
  clear(): PageState;
  setKinds(kinds: KindSwitches): PageState;
  scrollTo(block: number, start: number, end: number): PageState;
  /** Shows only one speaker's places (null: all again); `step` scrolls to their next or previous place. */
  focusSpeaker(speaker: string | null, step?: 1 | -1): PageState;
  /** Saves the reader's selection as their own highlight (context menu, shortcut); runs Factmark first if needed. */
  highlightSelection(): Promise<PageState>;
  state(): PageState;
}

export function createPageSession(deps: PageSessionDeps): PageSession {
  const { doc, win, location } = deps;
  let state: PageState = {
    status: 'idle',
    url: location.href,
    kinds: { claims: true, speakers: true, repeats: true, user: true },
    painted: false,
    unanchored: 0,
    english: true,
  };
  let article: ExtractedArticle | null = null;
  let painter: Painter | null = null;
  // The repeated paragraphs taken out of view by the popup's "hide" switch (kinds.hideRepeats).
  let hidden: HiddenElements | null = null;
  // The popup, the shortcut and an automatic run can ask at the same moment; they share one run.
  let running: Promise<PageState> | null = null;
  // The painted text, watched for the page's own edits (./page-watch.ts); see reanchor().
  let watch: PageWatch | null = null;
  let reanchoring: Promise<void> | null = null;
  let reextractions = 0;

  // StaticRange costs the page nothing when it edits its own DOM (live Ranges are updated on every edit);
  // a browser without it gets a live Range.
  const StaticRangeCtor = (win as unknown as { StaticRange?: typeof StaticRange }).StaticRange;
  const makeRange = (init: StaticRangeInit): AbstractRange => {
    if (StaticRangeCtor) return new StaticRangeCtor(init);
    const range = doc.createRange();
    range.setStart(init.startContainer, init.startOffset);
    range.setEnd(init.endContainer, init.endOffset);
    return range;
  };
  const rangeOf = (block: number, start: number, end: number): AbstractRange | null => {
    const init = article?.locate(block, start, end);
    return init ? makeRange(init) : null;
  };

  // The page's saved highlights (the reader's own included): placed again on each analysis, painted with it.
  let lastSettings: Settings | null = null;
  const saved = deps.saved
    ? createSavedHighlights(deps.saved, {
        doc,
        win,
        url: () => location.href,
        makeRange,
        repaint: () => {
          if (state.report && lastSettings && state.painted) paint(state.report, lastSettings);
        },
        showCard: (rows, at) => painter?.showCard(rows, at),
        changed: (summary) => (state = { ...state, saved: summary }),
        isOwnNode: (node) => painter?.isOwnNode(node) ?? false,
        marks: () => {
          const p = painter;
          return p?.mode === 'marks' ? { unmapPoint: (node, offset) => p.unmapPoint(node, offset), unpaint: () => p.clear() } : null;
        },
      })
    : null;

  function jumpToBlock(block: number): void {
    const text = state.report?.blocks[block]?.text ?? '';
    const range = rangeOf(block, 0, text.length);
    if (range && painter) painter.scrollTo(range);
  }

  function newPainter(settings: Settings): Painter {
    return createPainter({ doc, win, colors: settings.colors, onEscape: () => session.clear() });
  }

  /** Paints the report; `prepared` is a painter made (and its stylesheet installed) while the analysis ran. */
  function paint(report: Report, settings: Settings, prepared?: Painter): void {
    painter?.clear();
    painter = prepared ?? newPainter(settings);
    const locate = (block: number, start: number, end: number) => article?.locate(block, start, end) ?? null;
    const plan = paintItemsFor(report, locate, makeRange, jumpToBlock, settings.colors.speakers.length);
    painter.paint(saved ? [...plan.items, ...saved.items()] : plan.items);
    painter.setVisible(state.kinds);
    // A repaint (re-anchoring after the page's edits) keeps the speaker the reader chose, where it was.
    if (state.focus) {
      const total = painter.focus(state.focus.speaker);
      state = { ...state, focus: total > 0 ? { ...state.focus, total, index: Math.min(state.focus.index, total - 1) } : undefined };
    }
    watchPainted(plan.items.flatMap((item) => item.ranges));
    lastSettings = settings;
    saved?.watchSelection(true);
    state = { ...state, painted: true, unanchored: plan.unanchored };
    hideRepeats();
  }

  /** Takes the repeated paragraphs out of view while kinds.hideRepeats is on; puts them back otherwise. */
  function hideRepeats(): void {
    hidden?.remove();
    hidden = null;
    const report = state.report;
    if (!state.kinds.hideRepeats || !state.painted || !report || !article) {
      state = { ...state, hiddenRepeats: undefined };
      return;
    }
    hidden = hideElements(doc, win, repeatedBlockElements(report, (block, start, end) => article?.locate(block, start, end) ?? null));
    state = { ...state, hiddenRepeats: hidden.count };
  }

  // StaticRanges do not follow the page's edits. Only with the Highlight API: the <mark> fallback edits the
  // painted text itself.
  function watchPainted(ranges: readonly AbstractRange[]): void {
    watch?.stop();
    watch = null;
    if (painter?.mode !== 'highlights') return;
    const nodes = new Set<Text>();
    for (const r of ranges) {
      if (r.startContainer.nodeType === TEXT_NODE) nodes.add(r.startContainer as Text);
      if (r.endContainer.nodeType === TEXT_NODE) nodes.add(r.endContainer as Text);
    }
    watch = watchPaintedText({ win, nodes, isOwnNode: (n) => painter?.isOwnNode(n) ?? false, onStale: () => void reanchor() });
  }

  // The page rewrote text we painted. Extract again (in slices): if the article reads the same, the report
  // still holds and only the places are new; otherwise the spans whose text changed are dropped and counted as
  // unanchored (locate() refuses text that differs from what was analysed), and the rest stay painted.
  function reanchor(): Promise<void> {
    reanchoring ??= (async () => {
      const report = state.report;
      if (running || !state.painted || !report || !lastSettings) return;
      if (reextractions < MAX_REEXTRACTIONS) {
        reextractions++;
        const slicer = createSlicer(win);
        const fresh = await extractArticleInSlices(doc, { url: location.href, mapToLive: true }, pauseBefore(slicer)).catch(() => null);
        slicer.finish();
        if (fresh && sameText(fresh.blocks, report.blocks)) article = fresh;
      }
      if (state.painted && state.report === report && lastSettings) paint(report, lastSettings);
    })().finally(() => (reanchoring = null));
    return reanchoring;
  }

  // The work is split into slices with a new task between them (./slicer.ts), so the page stays responsive:
  // check and clone | Readability | blocks | (analysis, elsewhere) | paint, where a short slice is merged with
  // the next step (pauseBefore). Times are wall-clock, from the run request, pauses included.
  async function analysePage(settingsReady: Promise<Settings>): Promise<PageState> {
    const t0 = performance.now();
    const slicer = createSlicer(win);
    // The quick test shares the clone's slice: it takes a millisecond at most (measurements.md: 1.0 ms max).
    if (!isArticlePage(doc)) {
      slicer.finish();
      return { ...state, status: 'not-article', message: NOT_ARTICLE_MESSAGE };
    }
    const steps: Record<string, number> = {};
    article = await extractArticleInSlices(doc, { url: location.href, mapToLive: true, timings: steps }, pauseBefore(slicer));
    if (!article || article.blocks.length === 0) {
      slicer.finish();
      return { ...state, status: 'not-article', message: NOT_ARTICLE_MESSAGE };
    }
    const t1 = performance.now();
    const capped = capForAnalysis(article.blocks);
    const analysis = deps.analyse({ meta: { ...article.meta, url: location.href }, blocks: capped.blocks }, { extract: t1 - t0 });
    // Awaited below; this keeps a failure while the settings are awaited from counting as unhandled.
    analysis.catch(() => undefined);
    // While the analysis runs elsewhere: the painter and its stylesheet. The page's style recalculation for a new
    // stylesheet then happens in a frame during the wait, not in the frame that shows the highlights.
    const settings = await slicer.wait(settingsReady);
    const prepared = newPainter(settings);
    prepared.prepare();
    let analysed: Awaited<typeof analysis>;
    try {
      analysed = await slicer.wait(analysis);
    } catch (error) {
      prepared.clear();
      throw error;
    }
    const { report, english } = analysed;
    const t2 = performance.now();
    // Before painting, so the saved highlights go on in the same paint; the lookup ran during the analysis.
    if (saved) await saved.place(article, report);
    const note = capped.omittedChars > 0 ? cappedNote(capped.analysedWords) : undefined;
    state = { ...state, status: 'ready', message: undefined, note, report, english, kinds: settings.kinds };
    if (saved) state = { ...state, saved: saved.summary() };
    paint(report, settings, prepared);
    slicer.finish();
    const tPainted = performance.now();
    await nextFrame(win);
    const t3 = performance.now();
    report.timingsMs.paintScript = ms(tPainted - t2);
    // analyze: the analysis itself, wherever it ran; analyzeWait: the page's wait for it, transfer included.
    report.timingsMs.analyzeWait = ms(t2 - t1);
    report.timingsMs.paint = ms(t3 - t2);
    report.timingsMs.longestSlice = ms(slicer.longestMs);
    // Extraction's steps (extractClone, extractParse, extractBlocks), for the benchmark.
    for (const [step, value] of Object.entries(steps)) report.timingsMs[`extract${step[0]!.toUpperCase()}${step.slice(1)}`] = ms(value);
    return { ...state, totalMs: ms(t3 - t0) };
  }

  async function runOnce(): Promise<PageState> {
    // Read while the page is extracted: the settings are needed only to paint.
    const settingsReady = deps.loadSettings();
    settingsReady.catch(() => undefined);
    try {
      if (state.status === 'ready' && state.report) {
        paint(state.report, await settingsReady);
      } else {
        saved?.prefetch();
        const release = deps.connectAnalysis?.();
        try {
          state = await analysePage(settingsReady);
        } finally {
          release?.();
        }
        if (state.status === 'ready') deps.onAnalyzed?.(state);
      }
    } catch (error) {
      painter?.clear();
      state = { ...state, status: 'error', painted: false, message: errorMessage(error) };
    }
    return state;
  }

  const session: PageSession = {
    run() {
      if (state.status === 'ready' && state.painted) return Promise.resolve(state);
      running ??= runOnce().finally(() => (running = null));
      return running;
    },
    async toggle() {
      return state.painted ? session.clear() : session.run();
    },
    clear() {
      watch?.stop();
      watch = null;
      saved?.watchSelection(false);
      painter?.clear();
      painter = null;
      state = { ...state, painted: false, focus: undefined };
      hideRepeats();
      return state;
    },
    setKinds(kinds) {
      state = { ...state, kinds };
      painter?.setVisible(kinds);
      hideRepeats();
      return state;
    },
    scrollTo(block, start, end) {
      const range = rangeOf(block, start, end);
      if (range && painter) painter.scrollTo(range);
      return state;
    },
    focusSpeaker(speaker, step) {
      if (!painter) return state;
      if (speaker === null) {
        painter.focus(null);
        state = { ...state, focus: undefined };
        return state;
      }
      // Choosing a speaker goes to their first place; the arrows then step from wherever the reader is.
      if (state.focus?.speaker !== speaker && painter.focus(speaker) === 0) {
        state = { ...state, focus: undefined };
        return state;
      }
      const at = painter.step(state.focus?.speaker === speaker ? (step ?? 1) : 1);
      state = { ...state, focus: at ? { speaker, ...at } : undefined };
      return state;
    },
    async highlightSelection() {
      if (!(state.status === 'ready' && state.painted)) await session.run();
      if (!saved || state.status !== 'ready') return state;
      try {
        await saved.highlightSelection();
      } catch (error) {
        // No selection, or one outside the article: say so where the reader is looking.
        painter?.showCard([{ title: 'Factmark', detail: error instanceof Error ? error.message : String(error) }], { x: 24, y: 24 });
      }
      return state;
    },
    state: () => state,
  };
  return session;
}

// Before each extraction step, a new task only if the current slice has already run this long (ms). Readability
// takes about 2 to 5 times as long as the clone before it (bench, per page), so a clone slice under 5 ms and the
// parse stay well under a 50 ms task together; the blocks step takes at most about half as long as the parse,
// so it joins a slice that has run under SLICE_BUDGET_MS. Merged slices save a task switch each, and a frame
// when one is due.
const PAUSE_BEFORE: Record<ExtractionStep, number> = { parse: 5, blocks: SLICE_BUDGET_MS };

function pauseBefore(slicer: Slicer): (next: ExtractionStep) => Promise<void> | void {
  return (next) => slicer.pauseIfDue(PAUSE_BEFORE[next]) ?? undefined;
}

// Node.TEXT_NODE (no DOM globals in tests that pass their own window).
const TEXT_NODE = 3;
// A page that keeps rewriting its article (a live blog) would have us extracting again and again; after this
// many re-extractions, stale highlights are only dropped.
const MAX_REEXTRACTIONS = 5;

function sameText(a: readonly { text: string }[], b: readonly { text: string }[]): boolean {
  return a.length === b.length && a.every((block, i) => block.text === b[i]!.text);
}

/** Milliseconds to a tenth, as the report's timings are kept. */
function ms(value: number): number {
  return Math.round(value * 10) / 10;
}

function errorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Factmark could not analyse this page: ${detail}`;
}

/** Resolves after the browser has had a chance to paint the highlights. */
function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
}
