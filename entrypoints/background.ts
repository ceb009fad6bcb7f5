import { browser } from 'wxt/browser';
import { sendToTab, unreachableState } from '@/lib/background/tab-session';
import { shouldAutoRun } from '@/lib/background/auto-run';
import { respond } from '@/lib/background/respond';
import { clearBadgeOnLoad } from '@/lib/background/badge';
import { onHighlightCommand, onHighlightMenuClick, registerHighlightMenu } from '@/lib/background/highlight-selection';
import { addHighlight, afterAnalysis, removeHighlight, savedFor, updateHighlightNote } from '@/lib/background/library-requests';
import { analyseForContentScript } from '@/lib/content/analyse';
import { answerAnalysisPorts } from '@/lib/background/analysis-port';
import type { BackgroundRequest, PageState } from '@/lib/messages';

// The background only routes: the toolbar popup and the shortcut ask it to run Factmark in a tab, sites the
// reader chose run on load, and finished analyses are saved when auto-save is on.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: BackgroundRequest, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (message?.type === 'factmark:activate') return respond(activate(message.tabId), sendResponse);
    if (message?.type === 'factmark:analyzed') return respond(afterAnalysis(sender.tab?.id, message.state), sendResponse);
    // The page's saved highlights and the reader's own (the content script cannot open the library).
    if (message?.type === 'factmark:saved-for') return respond(savedFor(message.url), sendResponse);
    if (message?.type === 'factmark:add-highlight') {
      return respond(addHighlight(sender.tab?.id, message.url, message.highlight, message.notFound), sendResponse);
    }
    if (message?.type === 'factmark:update-note') return respond(updateHighlightNote(message.id, message.note), sendResponse);
    if (message?.type === 'factmark:delete-highlight') {
      return respond(removeHighlight(sender.tab?.id, message.id, message.url, message.notFound), sendResponse);
    }
    if (message?.type === 'factmark:analyze') {
      return respond(Promise.resolve().then(() => analyseForContentScript(message.article, message.timings)), sendResponse);
    }
    return undefined;
  });
  // The content script's analyses, over the port it opens when a run starts (lib/background/analysis-port.ts).
  answerAnalysisPorts();

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-factmark') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'factmark:toggle' }).catch(() => undefined);
  });

  // The reader's own highlights: the shortcut (Alt+Shift+H) and the context menu on selected text.
  browser.commands.onCommand.addListener((command) => void onHighlightCommand(command));
  void registerHighlightMenu().catch((e: unknown) => console.warn('[factmark] context menu not created', e));
  browser.contextMenus.onClicked.addListener((info, tab) => void onHighlightMenuClick(info, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => void clearBadgeOnLoad(tabId, change));

  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete' || !(await shouldAutoRun(tab.url))) return;
    await sendToTab(tabId, { type: 'factmark:run' }).catch(() => undefined);
  });
});

async function activate(tabId: number): Promise<PageState> {
  try {
    return await sendToTab(tabId, { type: 'factmark:run' });
  } catch (error) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return unreachableState(tab?.url ?? '', error);
  }
}
