// @vitest-environment happy-dom
// Clicking a speaker in the popup: only that person is shown on the page, with previous / next buttons that
// step through their places; clicking again shows everyone. The list itself, then the popup's messages.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SpeakerList } from '../../../components/SpeakerList';
import { App } from '../../../entrypoints/popup/App';
import type { Quote, Report, Speaker } from '../../../lib/analysis/types';
import { ALL_KINDS_ON } from '../../../lib/highlight-kinds';
import type { PageState } from '../../../lib/messages';
import { saveSettings } from '../../../lib/settings';
import { sampleReport } from '../storage/sample-report';
import { allByTestId, byTestId, cleanup, find, mount } from './render';

afterEach(cleanup);

const speakers: Speaker[] = [
  { id: 's1', name: 'Jane Doe', aliases: [], roles: ['Mayor'], kind: 'person' },
  { id: 's2', name: 'City Council', aliases: [], roles: [], kind: 'organization' },
];
const quotes: Quote[] = [{ block: 0, start: 0, end: 1, text: 'a', speaker: 's1', kind: 'direct', cue: 'said' }];

describe('SpeakerList with onFocus', () => {
  it('detects a click on a speaker and asks to show only them, and a second click to show everyone', () => {
    const onFocus = vi.fn();
    const root = mount(<SpeakerList speakers={speakers} quotes={quotes} palette={['#111111']} onFocus={onFocus} focus={null} />);
    const buttons = allByTestId(root, 'speaker-focus') as HTMLButtonElement[];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    buttons[1]!.click();
    expect(onFocus).toHaveBeenLastCalledWith('s2');
    cleanup();
    const focused = mount(<SpeakerList speakers={speakers} quotes={quotes} palette={['#111111']} onFocus={onFocus} focus={{ speaker: 's2', index: 0, total: 3 }} />);
    const again = allByTestId(focused, 'speaker-focus') as HTMLButtonElement[];
    expect(again.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    again[1]!.click();
    expect(onFocus).toHaveBeenLastCalledWith(null);
  });

  it('detects the focused speaker’s position and steps both ways', () => {
    const onStep = vi.fn();
    const root = mount(<SpeakerList speakers={speakers} quotes={quotes} palette={[]} onFocus={vi.fn()} focus={{ speaker: 's1', index: 1, total: 4 }} onStep={onStep} />);
    expect(byTestId(root, 'speaker-position')?.textContent).toBe('2 of 4');
    expect(allByTestId(root, 'speaker-position')).toHaveLength(1);
    (byTestId(root, 'speaker-next') as HTMLButtonElement).click();
    (byTestId(root, 'speaker-previous') as HTMLButtonElement).click();
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
  });

  it('ignores clicks without onFocus: a plain list, as the library shows it', () => {
    const root = mount(<SpeakerList speakers={speakers} quotes={quotes} palette={[]} />);
    expect(allByTestId(root, 'speaker-focus')).toEqual([]);
    expect(allByTestId(root, 'speaker').map((s) => s.textContent)).toEqual(['Jane DoeMayor1 quote', 'City Council0 quotes']);
  });
});

describe('popup speaker focus', () => {
  const TAB = 42;
  let toTab: ReturnType<typeof vi.fn>;

  function ready(report: Report, patch: Partial<PageState> = {}): PageState {
    return { status: 'ready', url: 'https://news.example.com/bridge', report, kinds: ALL_KINDS_ON, painted: true, unanchored: 0, english: true, ...patch };
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    history.replaceState(null, '', `/popup.html?tabId=${TAB}`);
    await saveSettings({ autoSave: false });
  });

  it('detects a speaker click, shows the page’s answer, steps, and shows everyone again', async () => {
    const report = sampleReport();
    const first = report.speakers[0]!;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(ready(report));
    toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
      const m = message as { speaker: string | null; step?: 1 | -1 };
      return ready(report, m.speaker ? { focus: { speaker: m.speaker, index: m.step === 1 ? 1 : 0, total: 3 } } : {});
    }) as unknown as ReturnType<typeof vi.fn>;
    const root = mount(<App />);
    await find(root, 'speaker-focus');
    (allByTestId(root, 'speaker-focus')[0] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(toTab).toHaveBeenLastCalledWith(TAB, { type: 'factmark:focus-speaker', speaker: first.id }));
    expect((await find(root, 'speaker-position')).textContent).toBe('1 of 3');
    (byTestId(root, 'speaker-next') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(toTab).toHaveBeenLastCalledWith(TAB, { type: 'factmark:focus-speaker', speaker: first.id, step: 1 }));
    await vi.waitFor(() => expect(byTestId(root, 'speaker-position')?.textContent).toBe('2 of 3'));
    (allByTestId(root, 'speaker-focus')[0] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(toTab).toHaveBeenLastCalledWith(TAB, { type: 'factmark:focus-speaker', speaker: null }));
    await vi.waitFor(() => expect(byTestId(root, 'speaker-position')).toBeNull());
  });

  it('ignores speaker clicks while the highlights are hidden: nothing to show', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(ready(sampleReport(), { painted: false }));
    const root = mount(<App />);
    await find(root, 'speaker');
    expect(allByTestId(root, 'speaker-focus')).toEqual([]);
  });
});
