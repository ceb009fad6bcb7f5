// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../../entrypoints/popup/App';
import { startPopup } from '../../../entrypoints/popup/use-popup';
import type { Report } from '../../../lib/analysis/types';
import { ALL_KINDS_ON } from '../../../lib/highlight-kinds';
import type { PageState } from '../../../lib/messages';
import { loadSettings, saveSettings } from '../../../lib/settings';
import { getDb } from '../../../lib/storage/get-db';
import { listArticles } from '../../../lib/storage/list-articles';
import { sampleReport } from '../storage/sample-report';
import { allByTestId, byTestId, cleanup, find, mount } from './render';

const TAB = 42;
const HOSTILE = '<img src=x onerror=alert(1)>';

function readyState(report: Report = sampleReport(), patch: Partial<PageState> = {}): PageState {
  return { status: 'ready', url: report.article.url ?? 'https://news.example.com/bridge', report, kinds: ALL_KINDS_ON, painted: true, unanchored: 0, english: true, ...patch };
}

let activate: ReturnType<typeof vi.fn>;
let toTab: ReturnType<typeof vi.fn>;

function answerWith(state: PageState | unknown) {
  activate = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(state) as unknown as ReturnType<typeof vi.fn>;
}

beforeEach(async () => {
  fakeBrowser.reset();
  history.replaceState(null, '', `/popup.html?tabId=${TAB}`);
  toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined) as unknown as ReturnType<typeof vi.fn>;
  await saveSettings({ autoSave: false });
  const db = getDb();
  await Promise.all([db.articles.clear(), db.highlights.clear()]);
});
afterEach(cleanup);

describe('popup', () => {
  it('renders its shell at once, before the page answers', () => {
    activate = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {})) as unknown as ReturnType<typeof vi.fn>;
    const started = performance.now();
    const root = mount(<App />);
    const elapsed = performance.now() - started;
    expect(byTestId(root, 'status')?.textContent).toBe('Reading this page…');
    expect(byTestId(root, 'open-library')).not.toBeNull();
    expect(elapsed).toBeLessThan(100);
  });

  it('uses the requests main.tsx sends before the first render, and sends no second one', async () => {
    answerWith(readyState());
    const start = startPopup();
    const root = mount(<App start={start} />);
    await vi.waitFor(() => expect(byTestId(root, 'title')).not.toBeNull());
    expect(activate).toHaveBeenCalledOnce();
    expect(activate).toHaveBeenCalledWith({ type: 'factmark:activate', tabId: TAB });
  });

  it('asks the background to activate the tab named in its URL', async () => {
    answerWith(readyState());
    mount(<App />);
    await vi.waitFor(() => expect(activate).toHaveBeenCalledWith({ type: 'factmark:activate', tabId: TAB }));
  });

  it('asks about the active tab of its window when its URL names none', async () => {
    history.replaceState(null, '', '/popup.html');
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    answerWith(readyState());
    mount(<App />);
    await vi.waitFor(() => expect(activate).toHaveBeenCalledWith({ type: 'factmark:activate', tabId: 7 }));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('shows the title, site, key points in order, speakers, counts and switches of a ready page', async () => {
    answerWith(readyState(sampleReport(), { kinds: { claims: true, speakers: false, repeats: true, user: true } }));
    const root = mount(<App />);
    expect((await find(root, 'title')).textContent).toBe('Bridge to open in May');
    expect(byTestId(root, 'site')?.textContent).toBe('Example News');
    expect(byTestId(root, 'status')?.textContent).toBe('Marked up on this page.');
    expect(allByTestId(root, 'keypoint').map((k) => k.textContent)).toEqual([
      'The new bridge will cost $40 million and open on May 3, Mayor Jane Doe said on Monday.',
      'Costs rose 10% since 2024.',
    ]);
    const speakers = allByTestId(root, 'speaker').map((s) => s.textContent);
    expect(speakers).toEqual(['Jane DoeMayor2 quotes', 'a resident1 quote']);
    expect(byTestId(root, 'claim-count')?.textContent).toBe('2');
    expect(byTestId(root, 'repeat-count')?.textContent).toBe('1');
    const checked = (id: string) => (byTestId(root, id) as HTMLInputElement).checked;
    expect([checked('switch-claims'), checked('switch-speakers'), checked('switch-repeats')]).toEqual([true, false, true]);
    expect(byTestId(root, 'toggle')?.textContent).toBe('Hide highlights');
  });

  it('takes the site from the address when the page names none', async () => {
    answerWith(readyState(sampleReport({ siteName: null })));
    const root = mount(<App />);
    expect((await find(root, 'site')).textContent).toBe('news.example.com');
  });

  it.each([
    ['a key point from a sentence scrolls to that sentence', 0, { block: 1, start: 0, end: 86 }],
    ['a key point without a sentence scrolls to its whole block', 1, { block: 3, start: 0, end: 26 }],
  ])('%s', async (_name, index, span) => {
    answerWith(readyState());
    const root = mount(<App />);
    await find(root, 'keypoint');
    allByTestId(root, 'keypoint')[index]!.click();
    await vi.waitFor(() => expect(toTab).toHaveBeenCalledWith(TAB, { type: 'factmark:scroll-to', ...span }));
  });

  it('switches a kind of highlight on the page and keeps the choice in settings', async () => {
    answerWith(readyState());
    const root = mount(<App />);
    (await find(root, 'switch-repeats')).click();
    await vi.waitFor(() =>
      expect(toTab).toHaveBeenCalledWith(TAB, { type: 'factmark:set-kinds', kinds: { claims: true, speakers: true, repeats: false, user: true } }),
    );
    await vi.waitFor(async () => expect((await loadSettings()).kinds).toEqual({ claims: true, speakers: true, repeats: false, user: true }));
    expect((byTestId(root, 'switch-repeats') as HTMLInputElement).checked).toBe(false);
  });

  it('turns the highlights off and on, following the page’s answer', async () => {
    answerWith(readyState());
    const root = mount(<App />);
    toTab.mockResolvedValueOnce(readyState(sampleReport(), { painted: false }));
    (await find(root, 'toggle')).click();
    await vi.waitFor(() => expect(byTestId(root, 'toggle')?.textContent).toBe('Show highlights'));
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'factmark:toggle' });
    expect(byTestId(root, 'status')?.textContent).toBe('Highlights are off on this page.');
  });

  it('says so when the page does not answer a request', async () => {
    answerWith(readyState());
    const root = mount(<App />);
    toTab.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    (await find(root, 'toggle')).click();
    expect((await find(root, 'action-error')).textContent).toMatch(/^The page did not answer \(Could not establish connection/);
  });

  it('saves on a click when auto-save is off, and says "Saved"', async () => {
    answerWith(readyState());
    const root = mount(<App />);
    const save = await find(root, 'save');
    expect(byTestId(root, 'saved')).toBeNull();
    expect(await listArticles(getDb())).toEqual([]);
    save.click();
    expect((await find(root, 'saved')).textContent).toBe('Saved');
    expect(byTestId(root, 'save')).toBeNull();
    expect((await listArticles(getDb())).map((a) => a.url)).toEqual(['https://news.example.com/bridge']);
  });

  it('saves by itself when auto-save is on', async () => {
    await saveSettings({ autoSave: true });
    answerWith(readyState());
    const root = mount(<App />);
    await find(root, 'saved');
    expect(byTestId(root, 'save')).toBeNull();
    expect((await listArticles(getDb())).map((a) => a.title)).toEqual(['Bridge to open in May']);
  });

  it('saves a report that has no URL under the tab’s address', async () => {
    answerWith(readyState(sampleReport({ url: null }), { url: 'https://news.example.com/from-tab' }));
    const root = mount(<App />);
    (await find(root, 'save')).click();
    await find(root, 'saved');
    expect((await listArticles(getDb()))[0]?.url).toBe('https://news.example.com/from-tab');
  });

  it('says the storage is full, and offers to try again, when saving hits the quota', async () => {
    await saveSettings({ autoSave: true });
    vi.spyOn(getDb().highlights, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    answerWith(readyState());
    const root = mount(<App />);
    const error = await find(root, 'save-error');
    expect(error.textContent).toMatch(/^Storage is full: /);
    expect(error.getAttribute('role')).toBe('alert');
    expect(byTestId(root, 'save')).not.toBeNull();
    expect(byTestId(root, 'saved')).toBeNull();
    expect(await listArticles(getDb())).toEqual([]);
  });

  it.each([
    ['a page with no article', { status: 'not-article', message: 'No article found on this page', url: 'https://x.example/', kinds: ALL_KINDS_ON, painted: false, unanchored: 0, english: true }, 'No article found on this page', 'status'],
    ['an error from the background', { error: 'Cannot access a chrome:// URL' }, 'Factmark cannot run on this page: Cannot access a chrome:// URL', 'alert'],
    ['no answer at all', undefined, 'Factmark did not answer. Reload the page and try again.', 'alert'],
  ])('shows only the status for %s', async (_name, answer, text, role) => {
    answerWith(answer);
    const root = mount(<App />);
    await vi.waitFor(() => expect(byTestId(root, 'status')?.textContent).toBe(text));
    expect(byTestId(root, 'status')?.getAttribute('role')).toBe(role);
    for (const id of ['title', 'keypoint', 'save', 'saved', 'toggle', 'switch-claims']) expect(byTestId(root, id)).toBeNull();
    expect(byTestId(root, 'open-library')).not.toBeNull();
  });

  it('says claims and speakers are English-only on a page in another language', async () => {
    answerWith(readyState(sampleReport({ lang: 'de' }), { english: false, unanchored: 2 }));
    const root = mount(<App />);
    await find(root, 'title');
    expect(byTestId(root, 'status')?.textContent).toBe(
      'Marked up on this page.2 passages could not be found on the page.Claims and speakers are English-only for now.',
    );
  });

  it('follows a new analysis of its tab, and ignores other tabs', async () => {
    answerWith({ status: 'idle', url: 'https://news.example.com/bridge', kinds: ALL_KINDS_ON, painted: false, unanchored: 0, english: true });
    const root = mount(<App />);
    await vi.waitFor(() => expect(activate).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown) => Promise<unknown>;
    await trigger({ type: 'factmark:analyzed', state: readyState() }, { tab: { id: TAB } });
    expect((await find(root, 'title')).textContent).toBe('Bridge to open in May');
    await trigger({ type: 'factmark:analyzed', state: readyState(sampleReport({ title: 'Other tab' })) }, { tab: { id: TAB + 1 } });
    await new Promise((r) => setTimeout(r, 10));
    expect(byTestId(root, 'title')?.textContent).toBe('Bridge to open in May');
  });

  it('opens the library in a tab', async () => {
    answerWith(readyState());
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = mount(<App />);
    (await find(root, 'open-library')).click();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/library.html') });
  });

  it('shows a hostile title and quote as text', async () => {
    answerWith(readyState(sampleReport({ title: HOSTILE, siteName: HOSTILE, quote: HOSTILE })));
    const root = mount(<App />);
    expect((await find(root, 'title')).textContent).toBe(HOSTILE);
    expect(byTestId(root, 'site')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });
});
