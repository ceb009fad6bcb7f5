import { browser } from 'wxt/browser';
import { createPageSession, type PageSession } from '@/lib/content/page-session';
import { analyseInBackground, connectForAnalysis } from '@/lib/content/analyse-in-background';
import { savedPortViaBackground } from '@/lib/content/saved-port';
import { isContentRequest, type BackgroundRequest, type ContentRequest, type PageState } from '@/lib/messages';
import { loadSettings } from '@/lib/settings';

// Injected on demand (toolbar button, shortcut, or a site set to run automatically). It answers only this
// extension's messages: runtime.onMessage never carries the page's postMessage traffic.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    if (alreadyRunning()) return;
    const session = createPageSession({
      doc: document,
      win: window,
      location,
      loadSettings,
      onAnalyzed: reportAnalyzed,
      analyse: analyseInBackground,
      connectAnalysis: connectForAnalysis,
      saved: savedPortViaBackground,
    });
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
      Promise.resolve(handle(session, message)).then(sendResponse, (error: unknown) =>
        sendResponse({ ...session.state(), status: 'error', message: String(error) } satisfies PageState),
      );
      return true;
    });
  },
});

function handle(session: PageSession, message: ContentRequest): PageState | Promise<PageState> {
  switch (message.type) {
    case 'factmark:run': return session.run();
    case 'factmark:state': return session.state();
    case 'factmark:toggle': return session.toggle();
    case 'factmark:clear': return session.clear();
    case 'factmark:set-kinds': return session.setKinds(message.kinds);
    case 'factmark:scroll-to': return session.scrollTo(message.block, message.start, message.end);
    case 'factmark:highlight-selection': return session.highlightSelection();
    case 'factmark:focus-speaker': return session.focusSpeaker(message.speaker, message.step);
  }
}

function reportAnalyzed(state: PageState): void {
  browser.runtime.sendMessage({ type: 'factmark:analyzed', state } satisfies BackgroundRequest).catch(() => undefined);
}

// The background injects the script whenever it finds no listener; a second copy must not start a second
// session in the same page.
function alreadyRunning(): boolean {
  const flag = globalThis as { __factmarkLoaded?: boolean };
  if (flag.__factmarkLoaded) return true;
  flag.__factmarkLoaded = true;
  return false;
}
