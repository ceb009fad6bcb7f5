// The content script's analysis: the blocks go to the background, which analyses them and answers with the
// report. Why there, and not in the page:
// - none of it blocks the page's main thread (analysis is pure text work: lib/analysis uses no DOM);
// - the background keeps its compiled code between pages, while a freshly injected content script starts
//   cold on every page (the first analysis in a new JavaScript context costs several times a warm one);
// - the analysis code (and any model it carries) is not injected into every page, so the content script
//   stays small.
// The report comes back without its blocks: the content script has them already.
//
// The blocks travel over a port opened as the run starts (connectForAnalysis), while the page extracts, rather
// than with runtime.sendMessage, which sets up a new channel to the background for each message at the moment
// it is sent. In the bench (30 pages, the two builds alternated, two sessions on a loaded machine), the blocks
// reached the background 0.8 and 1.0 ms after they were sent instead of 2.0 and 2.4 (medians), and the page's
// wait beyond the analysis itself fell from 6.2 to 3.7 and from 7.5 to 6.2 ms. sendMessage stays the way when no port is open, or when the port closes before it answers (a
// background stopped meanwhile). The port is closed once answered: nothing stays connected between runs.
import { browser, type Browser } from 'wxt/browser';
import { ANALYSE_PORT, type BackgroundRequest } from '../messages';
// Types only: the analyser itself must not end up in the content script.
import type { AnalyseArticle, AnalysedArticle } from './analyse';

type Answer = AnalysedArticle | { error: string } | undefined;

// The run's port, between connectForAnalysis() and the analysis that uses it (or its release).
let waiting: Browser.runtime.Port | null = null;

/** Opens the channel to the background's analyser for the run about to extract; returns its release. */
export function connectForAnalysis(): () => void {
  if (!waiting) {
    try {
      const port = browser.runtime.connect({ name: ANALYSE_PORT });
      port.onDisconnect.addListener(() => {
        if (waiting === port) waiting = null;
      });
      waiting = port;
    } catch {
      // The extension was reloaded under this page: the analysis will say so (sendMessage fails the same way).
      waiting = null;
    }
  }
  const port = waiting;
  return () => {
    if (port && waiting === port) {
      waiting = null;
      port.disconnect();
    }
  };
}

function askOverPort(port: Browser.runtime.Port, request: BackgroundRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((answer: unknown) => resolve(answer as Answer));
    port.onDisconnect.addListener(() => reject(new Error('the analysis port closed')));
    port.postMessage(request);
  });
}

async function ask(request: BackgroundRequest): Promise<Answer> {
  const port = waiting;
  waiting = null;
  if (port) {
    try {
      return await askOverPort(port, request);
    } catch {
      // Closed before it answered: the one-off message below reaches a background started afresh.
    } finally {
      port.disconnect();
    }
  }
  return (await browser.runtime.sendMessage(request)) as Answer;
}

export const analyseInBackground: AnalyseArticle = async (article, timings) => {
  const answer = await ask({ type: 'factmark:analyze', article, timings });
  if (!answer || 'error' in answer) throw new Error(answer?.error ?? 'the extension did not answer (reload the page)');
  answer.report.blocks = article.blocks;
  return answer;
};
