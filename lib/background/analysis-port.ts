// The background's end of the content script's analysis port (lib/content/analyse-in-background.ts): each
// 'factmark:analyze' message posted on it is answered on it with the report without its blocks, or { error }
// (./respond.ts, as for the same request sent with runtime.sendMessage).
import { browser, type Browser } from 'wxt/browser';
import { analyseForContentScript } from '../content/analyse';
import { ANALYSE_PORT, type BackgroundRequest } from '../messages';
import { respond } from './respond';

export function answerAnalysisPorts(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ANALYSE_PORT || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((message: BackgroundRequest) => {
      if (message?.type !== 'factmark:analyze') return;
      respond(Promise.resolve().then(() => analyseForContentScript(message.article, message.timings)), (answer) => {
        try {
          port.postMessage(answer);
        } catch {
          // The page went away (or navigated) while its article was analysed: nobody to answer.
        }
      });
    });
  });
}
