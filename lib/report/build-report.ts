// Assembles the report of ../shared/docs/analysis-report.md from what extraction and analysis produced.
// Pure: no DOM, no clock; the callers measure the stages and pass the timings in.
import { REPORT_SCHEMA, type Analysis, type ArticleMeta, type Report } from '../analysis/types';

/** The article facts a caller knows; missing ones become null (title: ''). */
export type ReportMetaInput = Partial<Omit<ArticleMeta, 'textLength'>>;

export interface ReportInput {
  meta: ReportMetaInput;
  analysis: Analysis;
  timingsMs: Report['timingsMs'];
}

/** Characters of article text analysed: the blocks' text, without separators. */
export function textLengthOf(analysis: Analysis): number {
  let n = 0;
  for (const block of analysis.blocks) n += block.text.length;
  return n;
}

// Timings are for people and evaluation scripts; a tenth of a millisecond is below the noise.
function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function buildReport({ meta, analysis, timingsMs }: ReportInput): Report {
  const article: ArticleMeta = {
    url: meta.url ?? null,
    title: meta.title ?? '',
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    lang: meta.lang ?? null,
    publishedTime: meta.publishedTime ?? null,
    excerpt: meta.excerpt ?? null,
    textLength: textLengthOf(analysis),
  };
  const timings: Report['timingsMs'] = { extract: 0, analyze: 0 };
  for (const [stage, ms] of Object.entries(timingsMs)) timings[stage] = roundMs(ms);
  return {
    schema: REPORT_SCHEMA,
    article,
    blocks: analysis.blocks,
    sentences: analysis.sentences,
    claims: analysis.claims,
    speakers: analysis.speakers,
    quotes: analysis.quotes,
    mentions: analysis.mentions,
    repeats: analysis.repeats,
    keyPoints: analysis.keyPoints,
    timingsMs: timings,
  };
}
