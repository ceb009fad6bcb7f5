// One pipeline for every caller: blocks (from a page or from plain text) -> analysis -> report, with the
// time each stage took. The content script and the command line both end here, so their reports agree.
import { analyze } from '../analysis/analyze';
import { textToBlocks } from '../analysis/text-to-blocks';
import type { Block, Report } from '../analysis/types';
import { buildReport, type ReportMetaInput } from './build-report';

export interface ArticleInput {
  meta: ReportMetaInput;
  blocks: Block[];
}

/** Stages timed before analysis: always extraction, and whatever else the caller measured (e.g. "parse"). */
export type StageTimings = { extract: number } & Record<string, number>;

/** Analyses extracted blocks; `timingsMs` are the earlier stages, which the caller timed. */
export function reportForArticle(article: ArticleInput, timingsMs: StageTimings): Report {
  const t0 = performance.now();
  const analysis = analyze(article.blocks, { lang: article.meta.lang, title: article.meta.title });
  const analyzeMs = performance.now() - t0;
  return buildReport({ meta: article.meta, analysis, timingsMs: { ...timingsMs, analyze: analyzeMs } });
}

/**
 * Plain text: no extraction, blank lines or newlines separate blocks. The "extract" time is the split into
 * blocks. Returns null when the text has no words at all.
 */
export function reportForText(text: string, meta: ReportMetaInput = {}): Report | null {
  const t0 = performance.now();
  const blocks = textToBlocks(text);
  const extractMs = performance.now() - t0;
  if (!blocks.length) return null;
  return reportForArticle({ meta, blocks }, { extract: extractMs });
}
