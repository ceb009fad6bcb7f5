// The robustness pages from the saved corpus, through the content pipeline (a page session on a
// happy-dom window, analysis in-process, the <mark> fallback since happy-dom has no Highlight API):
// - right-to-left (rtl-1 … rtl-4) and non-English articles: extraction and repeats work, claims and speakers
//   stay off (English-only), every span is painted, and the popup says claims and speakers are English-only;
// - pages the corpus marks as not articles (readerable: false): the clear message, nothing painted.
// Each page's markup must be the same after removal. The same pages run in real browsers in `npm run bench`.
import { Window as HappyWindow } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ONLY_TEXT, statusLines } from '@/entrypoints/popup/status-lines';
import { analyseHere } from '@/lib/content/analyse';
import { createPageSession } from '@/lib/content/page-session';
import { NOT_ARTICLE_MESSAGE, type PageState } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

interface Outcome {
  state: PageState;
  /** <mark> elements the fallback painter put in the page. */
  marks: number;
  /** The page's markup after removal is the markup before the run. */
  restored: boolean;
}

/** One corpus page through a page session, run and cleared. The page's scripts, styles and frames never load. */
async function runOn(page: string): Promise<Outcome> {
  const happy = new HappyWindow({
    url: 'http://127.0.0.1/corpus/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = happy.document as unknown as Document;
    doc.write(readFileSync(resolve(CORPUS, page, 'source.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const session = createPageSession({
      doc,
      win: happy as unknown as Window,
      location: { href: `http://127.0.0.1/corpus/${page}` },
      loadSettings: async () => DEFAULT_SETTINGS,
      analyse: analyseHere,
    });
    const state = await session.run();
    const marks = doc.querySelectorAll('mark').length;
    session.clear();
    return { state, marks, restored: doc.documentElement.outerHTML === before };
  } finally {
    await happy.happyDOM.abort();
    await happy.happyDOM.close();
  }
}

describe('right-to-left and non-English corpus articles', () => {
  it.each([
    ['readability/rtl-1', true],
    ['readability/rtl-2', true],
    ['readability/rtl-3', true],
    ['readability/rtl-4', true],
    ['readability/heise', false], // German, nothing printed twice
    ['aeb/wday.ru-3c6d3381', true], // Russian
  ])('analyses %s: repeats found (%s) and painted, claims and speakers off, the popup says English-only', async (page, repeats) => {
    const { state, marks, restored } = await runOn(page);
    expect(state.status, state.message).toBe('ready');
    expect(state.english).toBe(false);
    const report = state.report!;
    expect(report.blocks.length).toBeGreaterThan(0);
    expect(report.repeats.length > 0).toBe(repeats);
    expect(report.claims).toEqual([]);
    expect(report.speakers).toEqual([]);
    expect(state.unanchored).toBe(0);
    // Every repeat is painted (one <mark> at least per repeated span).
    expect(marks).toBeGreaterThanOrEqual(report.repeats.length);
    expect(statusLines(state).lines).toContain(ENGLISH_ONLY_TEXT);
    expect(restored).toBe(true);
  }, 30_000);
});

describe('corpus pages that are not articles (readerable: false)', () => {
  it.each([
    ['readability/005-unescape-html-entities'],
    ['readability/invalid-attributes'],
    ['readability/js-link-replacement'],
    ['readability/lazy-image-3'],
    ['readability/mathjax'],
    ['readability/mozilla-2'],
    ['readability/ol'],
    ['readability/remove-aria-hidden'],
  ])('tells the reader %s is not an article and paints nothing', async (page) => {
    const { state, marks, restored } = await runOn(page);
    expect(state.status).toBe('not-article');
    expect(state.message).toBe(NOT_ARTICLE_MESSAGE);
    expect(state.painted).toBe(false);
    expect(marks).toBe(0);
    expect(statusLines(state).lines).toEqual([NOT_ARTICLE_MESSAGE]);
    expect(restored).toBe(true);
  }, 30_000);
});
