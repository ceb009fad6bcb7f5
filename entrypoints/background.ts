import { browser } from 'wxt/browser';
import { sendToTab, unreachableState } from '@/lib/background/tab-session';
import { shouldAutoRun } from '@/lib/background/auto-run';
import { autoSave } from '@/lib/background/auto-save';
import { respond } from '@/lib/background/respond';
import { analyseForContentScript } from '@/lib/content/analyse';
import type { BackgroundRequest, PageState } from '@/lib/messages';

// The background only routes: the toolbar popup and the shortcut ask it to run Factmark in a tab, sites the
// reader chose run on load, and finished analyses are saved when auto-save is on.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: BackgroundRequest, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (message?.type === 'factmark:activate') return respond(activate(message.tabId), sendResponse);
    if (message?.type === 'factmark:analyzed') return respond(autoSave(message.state), sendResponse);
    if (message?.type === 'factmark:analyze') {
      return respond(Promise.resolve().then(() => analyseForContentScript(message.article, message.timings)), sendResponse);
    }
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-factmark') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'factmark:toggle' }).catch(() => undefined);
  });

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
