// Which tab the popup is about. A real popup asks for the active tab of its window; a popup opened as a tab
// (end-to-end tests, see ../shared/docs/browser-testing.md §3) would find itself there, so it is told the tab
// in its URL: popup.html?tabId=N.
import { browser } from 'wxt/browser';

/** The tab id in "?tabId=N", or null when absent or not a whole number. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export async function popupTabId(search: string = location.search): Promise<number> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('There is no tab to look at.');
  return tab.id;
}
