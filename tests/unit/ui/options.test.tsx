// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../../entrypoints/options/App';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../lib/settings';
import { allByTestId, byTestId, cleanup, find, mount } from './render';

let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser does not implement permissions; the browser's answer is the test's to choose.
  request = vi.fn().mockResolvedValue(true);
  remove = vi.fn().mockResolvedValue(true);
  Object.assign(fakeBrowser.permissions, { request, remove });
});
afterEach(cleanup);

function type(input: HTMLElement, value: string) {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(input: HTMLElement, value: string) {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options: sites that run automatically', () => {
  it('adds a site after the browser grants access to it, asking during the click', async () => {
    const root = mount(<App />);
    type(await find(root, 'autorun-input'), 'example.com');
    byTestId(root, 'autorun-add')!.click();
    // Asked before the click handler returned: browsers prompt only during a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://example.com/*'] });
    await vi.waitFor(() => expect(allByTestId(root, 'autorun-site').map((s) => s.textContent)).toEqual(['https://example.com']));
    expect((await loadSettings()).autoRunSites).toEqual(['https://example.com']);
    expect((byTestId(root, 'autorun-input') as HTMLInputElement).value).toBe('');
    await vi.waitFor(() => expect(byTestId(root, 'note')?.textContent).toBe('Factmark now runs automatically on https://example.com.'));
  });

  it('says it is waiting while the browser asks the reader', async () => {
    request.mockReturnValue(new Promise(() => {}));
    const root = mount(<App />);
    type(await find(root, 'autorun-input'), 'example.com');
    byTestId(root, 'autorun-add')!.click();
    await vi.waitFor(() => expect(byTestId(root, 'note')?.textContent).toBe('Asking your browser for access to https://example.com…'));
    expect(allByTestId(root, 'autorun-site')).toEqual([]);
  });

  it('does not add a site when the browser refuses access', async () => {
    request.mockResolvedValue(false);
    const root = mount(<App />);
    type(await find(root, 'autorun-input'), 'https://example.com');
    byTestId(root, 'autorun-add')!.click();
    await vi.waitFor(() =>
      expect(byTestId(root, 'note')?.textContent).toBe('Factmark was not allowed to read https://example.com, so it will not run there automatically.'),
    );
    expect(allByTestId(root, 'autorun-site')).toEqual([]);
    expect((await loadSettings()).autoRunSites).toEqual([]);
  });

  it.each([['an empty field', ''], ['something that is not an address', 'not a site'], ['a non-web address', 'ftp://example.com']])(
    'asks for a web address instead of %s',
    async (_name, input) => {
      const root = mount(<App />);
      type(await find(root, 'autorun-input'), input);
      byTestId(root, 'autorun-add')!.click();
      expect((await find(root, 'note')).textContent).toBe('Enter a web address, such as https://example.com.');
      expect(request).not.toHaveBeenCalled();
    },
  );

  it('removes a site and the access that came with it', async () => {
    await saveSettings({ autoRunSites: ['https://example.com', 'https://news.example.org'] });
    const root = mount(<App />);
    await find(root, 'autorun-site');
    allByTestId(root, 'autorun-remove')[0]!.click();
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://example.com/*'] }));
    await vi.waitFor(() => expect(allByTestId(root, 'autorun-site').map((s) => s.textContent)).toEqual(['https://news.example.org']));
    expect((await loadSettings()).autoRunSites).toEqual(['https://news.example.org']);
  });
});

describe('options: saving, highlights and colours', () => {
  it('shows the stored settings', async () => {
    await saveSettings({ autoSave: false, kinds: { claims: true, speakers: false, repeats: true, user: true }, colors: { ...DEFAULT_SETTINGS.colors, claim: '#123456' } });
    const root = mount(<App />);
    const checked = async (id: string) => ((await find(root, id)) as HTMLInputElement).checked;
    expect([await checked('autosave'), await checked('kind-claims'), await checked('kind-speakers'), await checked('kind-repeats')]).toEqual([false, true, false, true]);
    expect((byTestId(root, 'color-claim') as HTMLInputElement).value).toBe('#123456');
    expect((byTestId(root, 'color-repeat') as HTMLInputElement).value).toBe('#808080');
  });

  it.each([
    ['auto-save', 'autosave', (s: Awaited<ReturnType<typeof loadSettings>>) => s.autoSave, false],
    ['claims', 'kind-claims', (s: Awaited<ReturnType<typeof loadSettings>>) => s.kinds.claims, false],
    ['speakers', 'kind-speakers', (s: Awaited<ReturnType<typeof loadSettings>>) => s.kinds.speakers, false],
    ['repeats', 'kind-repeats', (s: Awaited<ReturnType<typeof loadSettings>>) => s.kinds.repeats, false],
  ])('keeps %s switched off', async (_name, id, read, expected) => {
    const root = mount(<App />);
    (await find(root, id)).click();
    await vi.waitFor(async () => expect(read(await loadSettings())).toBe(expected));
  });

  it('keeps the colours the reader picks, and resets them', async () => {
    const root = mount(<App />);
    pick(await find(root, 'color-claim'), '#112233');
    await vi.waitFor(async () => expect((await loadSettings()).colors.claim).toBe('#112233'));
    pick(byTestId(root, 'color-repeat')!, '#445566');
    await vi.waitFor(async () => expect((await loadSettings()).colors.repeat).toBe('#445566'));
    pick(byTestId(root, 'color-speaker-2')!, '#778899');
    await vi.waitFor(async () => expect((await loadSettings()).colors.speakers[2]).toBe('#778899'));
    expect((await loadSettings()).colors.claim).toBe('#112233');
    byTestId(root, 'colors-reset')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).colors).toEqual(DEFAULT_SETTINGS.colors));
    await vi.waitFor(() => expect((byTestId(root, 'color-claim') as HTMLInputElement).value).toBe('#d55e00'));
  });

  it('follows a change made elsewhere (the popup’s switches)', async () => {
    const root = mount(<App />);
    await find(root, 'kind-claims');
    await saveSettings({ kinds: { claims: false, speakers: true, repeats: true, user: true } });
    await vi.waitFor(() => expect((byTestId(root, 'kind-claims') as HTMLInputElement).checked).toBe(false));
  });
});
