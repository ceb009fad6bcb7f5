// One page's Factmark session, in the content script: check the page is an article, extract it from a clone,
// analyse the text, paint the spans on the live page, and answer the popup. Everything the page sees is
// highlights in the CSS highlight registry; removal leaves the page exactly as it was.
import { isEnglish } from '../analysis/language';
import type { Report } from '../analysis/types';
import { extractArticle, isArticlePage, type ExtractedArticle } from '../extraction/extract-article';
import { createPainter, type Painter } from '../highlighting/painter';
import type { KindSwitches } from '../highlight-kinds';
import { NOT_ARTICLE_MESSAGE, type PageState } from '../messages';
import { reportForArticle } from '../report/analyze-article';
import type { Settings } from '../settings';
import { paintItemsFor } from './paint-items';

export interface PageSessionDeps {
  doc: Document;
  win: Window;
  location: Pick<Location, 'href'>;
  loadSettings: () => Promise<Settings>;
  /** Called after each finished analysis (the background saves it when auto-save is on). */
  onAnalyzed?: (state: PageState) => void;
}

export interface PageSession {
  run(): Promise<PageState>;
  toggle(): Promise<PageState>;
  clear(): PageState;
  setKinds(kinds: KindSwitches): PageState;
  scrollTo(block: number, start: number, end: number): PageState;
  state(): PageState;
}

export function createPageSession(deps: PageSessionDeps): PageSession {
  const { doc, win, location } = deps;
  let state: PageState = {
    status: 'idle',
    url: location.href,
    kinds: { claims: true, speakers: true, repeats: true },
    painted: false,
    unanchored: 0,
    english: true,
  };
  let article: ExtractedArticle | null = null;
  let painter: Painter | null = null;
  // The popup, the shortcut and an automatic run can ask at the same moment; they share one run.
  let running: Promise<PageState> | null = null;

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

  function jumpToBlock(block: number): void {
    const text = state.report?.blocks[block]?.text ?? '';
    const range = rangeOf(block, 0, text.length);
    if (range && painter) painter.scrollTo(range);
  }

  function paint(report: Report, settings: Settings): void {
    painter?.clear();
    painter = createPainter({ doc, win, colors: settings.colors, onEscape: () => session.clear() });
    const locate = (block: number, start: number, end: number) => article?.locate(block, start, end) ?? null;
    const plan = paintItemsFor(report, locate, makeRange, jumpToBlock, settings.colors.speakers.length);
    painter.paint(plan.items);
    painter.setVisible(state.kinds);
    state = { ...state, painted: true, unanchored: plan.unanchored };
  }

  async function analysePage(settings: Settings): Promise<PageState> {
    const t0 = performance.now();
    if (!isArticlePage(doc)) return { ...state, status: 'not-article', message: NOT_ARTICLE_MESSAGE };
    article = extractArticle(doc, { url: location.href, mapToLive: true });
    if (!article || article.blocks.length === 0) {
      return { ...state, status: 'not-article', message: NOT_ARTICLE_MESSAGE };
    }
    const t1 = performance.now();
    const report = reportForArticle({ meta: { ...article.meta, url: location.href }, blocks: article.blocks }, { extract: t1 - t0 });
    const english = isEnglish(article.blocks.map((b) => b.text).join('\n'), article.meta.lang);
    const t2 = performance.now();
    state = { ...state, status: 'ready', message: undefined, report, english, kinds: settings.kinds };
    paint(report, settings);
    await nextFrame(win);
    const t3 = performance.now();
    report.timingsMs.paint = Math.round((t3 - t2) * 10) / 10;
    return { ...state, totalMs: Math.round((t3 - t0) * 10) / 10 };
  }

  async function runOnce(): Promise<PageState> {
    const settings = await deps.loadSettings();
    try {
      if (state.status === 'ready' && state.report) {
        paint(state.report, settings);
      } else {
        state = await analysePage(settings);
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
      painter?.clear();
      painter = null;
      state = { ...state, painted: false };
      return state;
    },
    setKinds(kinds) {
      state = { ...state, kinds };
      painter?.setVisible(kinds);
      return state;
    },
    scrollTo(block, start, end) {
      const range = rangeOf(block, start, end);
      if (range && painter) painter.scrollTo(range);
      return state;
    },
    state: () => state,
  };
  return session;
}

function errorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Factmark could not analyse this page: ${detail}`;
}

/** Resolves after the browser has had a chance to paint the highlights. */
function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
}
