// The content script's analysis: the blocks go to the background, which analyses them and answers with the
// report. Why there, and not in the page:
// - none of it blocks the page's main thread (analysis is pure text work: lib/analysis uses no DOM);
// - the background keeps its compiled code between pages, while a freshly injected content script starts
//   cold on every page (the first analysis in a new JavaScript context costs several times a warm one);
// - the analysis code (and any model it carries) is not injected into every page, so the content script
//   stays small.
// The report comes back without its blocks: the content script has them already.
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';
import type { AnalyseArticle, AnalysedArticle } from './analyse';

export const analyseInBackground: AnalyseArticle = async (article, timings) => {
  const answer = (await browser.runtime.sendMessage({ type: 'factmark:analyze', article, timings } satisfies BackgroundRequest)) as
    | AnalysedArticle
    | { error: string }
    | undefined;
  if (!answer || 'error' in answer) throw new Error(answer?.error ?? 'the extension did not answer (reload the page)');
  answer.report.blocks = article.blocks;
  return answer;
};
