// Analysis as the page session sees it: extracted blocks in, a report out, asynchronously. The extension
// runs it in the background (analyse-in-background.ts), off the page's main thread; tests, the fuzzer and any
// host without a background run it here (analyseHere).
import { isEnglish } from '../analysis/language';
import type { Report } from '../analysis/types';
import { reportForArticle, type ArticleInput, type StageTimings } from '../report/analyze-article';
import { capForAnalysis } from './analysis-cap';

export type { ArticleInput, StageTimings } from '../report/analyze-article';

export interface AnalysedArticle {
  report: Report;
  /** Claims and speakers are English-only: false means the report has repeats and key points only. */
  english: boolean;
}

export type AnalyseArticle = (article: ArticleInput, timings: StageTimings) => Promise<AnalysedArticle>;

/** Analyses in the calling thread (synchronous work, returned as a promise). */
export function analyseNow(input: ArticleInput, timings: StageTimings): AnalysedArticle {
  // The page session caps what it sends; a caller that did not is capped here (./analysis-cap.ts).
  const article = { ...input, blocks: capForAnalysis(input.blocks).blocks };
  const report = reportForArticle(article, timings);
  const english = isEnglish(article.blocks.map((b) => b.text).join('\n'), article.meta.lang ?? null);
  return { report, english };
}

export const analyseHere: AnalyseArticle = async (article, timings) => analyseNow(article, timings);

/**
 * The background's answer to the content script's 'factmark:analyze' (analyse-in-background.ts): the report
 * without its blocks, which the content script already has and puts back.
 */
export function analyseForContentScript(article: ArticleInput, timings: StageTimings): AnalysedArticle {
  const { report, english } = analyseNow(article, timings);
  return { report: { ...report, blocks: [] }, english };
}
