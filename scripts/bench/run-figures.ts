// What one run of the content script tells the bench, read the same way in both browsers: its final state,
// the report's stage timings and the spans it found (chromium-run.ts and firefox-run.ts add what each
// browser measures from outside: long tasks, heap, markup, errors and requests).
import type { PageState } from '../../lib/messages';
import type { CorpusPage } from './corpus';
import type { PageResult } from './page-result';
import { spansFound } from './report-spans';

type RunFigures = Omit<PageResult, 'browser' | 'longTaskMs' | 'heapAddedKB' | 'floors' | 'domChangedPainted' | 'domChangedRemoved' | 'errors' | 'requests'>;

/** `state` is the run's final PageState (undefined: none came); `clickToPaintMs` is null when no paint was seen. */
export function runFigures(corpusPage: CorpusPage, state: PageState | undefined, rangesPainted: number, clickToPaintMs: number | null): RunFigures {
  const report = state?.report;
  return {
    id: corpusPage.id,
    status: state ? state.status : 'timeout',
    message: state?.message,
    expectNotArticle: corpusPage.readerable === false,
    english: state?.status === 'ready' ? state.english : null,
    lang: report?.article.lang ?? corpusPage.lang,
    blocks: report?.blocks.length ?? 0,
    sentences: report?.sentences.length ?? 0,
    spansFound: state ? spansFound(state) : 0,
    unanchored: state?.unanchored ?? 0,
    rangesPainted,
    extractMs: report?.timingsMs.extract ?? null,
    extractSteps:
      report?.timingsMs.extractParse !== undefined
        ? { clone: report.timingsMs.extractClone ?? 0, parse: report.timingsMs.extractParse, blocks: report.timingsMs.extractBlocks ?? 0 }
        : null,
    analyzeWaitMs: report?.timingsMs.analyzeWait ?? null,
    analyzeMs: report?.timingsMs.analyze ?? null,
    paintMs: report?.timingsMs.paint ?? null,
    paintScriptMs: report?.timingsMs.paintScript ?? null,
    totalMs: state?.totalMs ?? null,
    clickToPaintMs,
    longestSliceMs: report?.timingsMs.longestSlice ?? null,
  };
}
