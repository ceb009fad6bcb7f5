// The toolbar badge: how many of the page's saved highlights are on it, per tab. Counted from the library as it
// is after any save (a re-save of the page replaces the analysis's highlights with this visit's, all of which
// are on the page), less those the content script reported it could not place.
import { browser } from 'wxt/browser';
import type { FactmarkDB } from '../storage/factmark-db';
import { highlightsForUrl } from '../storage/user-highlights';

// Only about four characters fit on the badge.
const MAX_SHOWN = 999;
// GitHub's accent blue: white text on it is legible (contrast 4.6:1), and it is not a highlight colour.
export const BADGE_COLOR = '#1f6feb';

export function badgeText(count: number): string {
  if (!(count > 0)) return '';
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
}

export async function savedCountOnPage(db: FactmarkDB, url: string, notFound: readonly number[]): Promise<number> {
  const missing = new Set(notFound);
  return (await highlightsForUrl(db, url)).filter((h) => !missing.has(h.id)).length;
}

export async function showSavedCount(tabId: number, count: number): Promise<void> {
  const text = badgeText(count);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text });
}

/** Recounts and shows; a badge that cannot be updated (the tab closed meanwhile) is not worth an error. */
export async function refreshBadge(db: FactmarkDB, tabId: number | undefined, url: string, notFound: readonly number[]): Promise<void> {
  if (tabId === undefined || !url) return;
  try {
    await showSavedCount(tabId, await savedCountOnPage(db, url, notFound));
  } catch (error) {
    console.warn('[factmark] badge not updated', error);
  }
}

/**
 * A tab that starts loading a page has none of the old page's highlights. Firefox resets a tab's badge on
 * navigation by itself; Chrome keeps it until the tab closes.
 */
export async function clearBadgeOnLoad(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status === 'loading') await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
