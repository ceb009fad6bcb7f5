import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeText, BADGE_COLOR, clearBadgeOnLoad, refreshBadge, savedCountOnPage } from '@/lib/background/badge';
import type { FactmarkDB } from '@/lib/storage/factmark-db';
import { highlightsFor } from '@/lib/storage/highlights-for';
import { saveReport } from '@/lib/storage/save-report';
import { addUserHighlight } from '@/lib/storage/user-highlights';
import { dropDb, freshDb } from '../storage/db-helpers';
import { sampleReport } from '../storage/sample-report';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [1, '1'],
    [212, '212'],
    [999, '999'],
    [1000, '999+'],
  ])('shows %s as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('the badge of a tab', () => {
  let db: FactmarkDB;
  const url = sampleReport().article.url!;
  let action: { setBadgeText: ReturnType<typeof vi.fn>; setBadgeBackgroundColor: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    db = freshDb();
    action = { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) };
    (fakeBrowser as unknown as { action: object }).action = action;
  });
  afterEach(() => dropDb(db));

  it("counts the page's saved highlights, the reader's own included, less those not found on the page", async () => {
    const report = sampleReport();
    await saveReport(db, report);
    const own = await addUserHighlight(db, url, {
      quote: { type: 'TextQuoteSelector', exact: 'Costs rose', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
      text: 'Costs rose',
    });
    const all = highlightsFor(report, 1).length + 1;
    expect(await savedCountOnPage(db, url, [])).toBe(all);
    expect(await savedCountOnPage(db, url, [own.id])).toBe(all - 1);
    expect(await savedCountOnPage(db, 'https://elsewhere.example/', [])).toBe(0);

    await refreshBadge(db, 4, url, [own.id]);
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 4, color: BADGE_COLOR });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: String(all - 1) });
  });

  it('shows no badge on a page with nothing saved, and none for a tab it does not know', async () => {
    await refreshBadge(db, 4, 'https://nothing.example/', []);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '' });
    action.setBadgeText.mockClear();
    await refreshBadge(db, undefined, url, []);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  it('clears the badge when the tab starts loading another page, not on other updates', async () => {
    await clearBadgeOnLoad(3, { status: 'complete' });
    expect(action.setBadgeText).not.toHaveBeenCalled();
    await clearBadgeOnLoad(3, { status: 'loading' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '' });
  });
});
