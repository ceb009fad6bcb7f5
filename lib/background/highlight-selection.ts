// Two of the three ways to save the reader's selection as their highlight go through the background: the
// context menu item and the keyboard shortcut (the third, the button beside the selection, is the page's own).
// Both grant activeTab, so the content script can be injected if Factmark has not run on the page yet.
import { browser } from 'wxt/browser';
import { sendToTab } from './tab-session';

export const HIGHLIGHT_MENU_ID = 'factmark-highlight-selection';
/** The command's name in wxt.config.ts (suggested key Alt+Shift+H). */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_TITLE = 'Highlight with Factmark';

export async function highlightSelectionIn(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'factmark:highlight-selection' });
}

/** The shortcut: the selection in the active tab of the current window. Returns false for other commands. */
export async function onHighlightCommand(command: string): Promise<boolean> {
  if (command !== HIGHLIGHT_COMMAND) return false;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await highlightSelectionIn(tab.id).catch((e: unknown) => console.warn('[factmark] highlight failed', e));
  return true;
}

/**
 * The context menu item, shown on selected text only. Created on every start of the background: removeAll
 * first, because Chrome keeps items across service-worker restarts (a second create with the same id fails)
 * while Firefox drops them with a suspended event page.
 */
export async function registerHighlightMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: HIGHLIGHT_MENU_TITLE, contexts: ['selection'] });
}

export async function onHighlightMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<boolean> {
  if (info.menuItemId !== HIGHLIGHT_MENU_ID || tab?.id === undefined) return false;
  await highlightSelectionIn(tab.id).catch((e: unknown) => console.warn('[factmark] highlight failed', e));
  return true;
}
