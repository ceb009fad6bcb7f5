// The keyboard shortcut and the context menu item (neither can be driven in a headless browser): both must
// ask the content script of the right tab to save its selection, injecting the script first when needed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  HIGHLIGHT_MENU_TITLE,
  onHighlightCommand,
  onHighlightMenuClick,
  registerHighlightMenu,
} from '@/lib/background/highlight-selection';
import { CONTENT_SCRIPT_FILE } from '@/lib/background/tab-session';

const ready = { status: 'ready', url: 'http://127.0.0.1/a', painted: true };

/** A tab with (or without) the content script: records what it is sent and what gets injected. */
function tabWithContentScript(present: boolean) {
  let injected = present;
  const sent: Array<[number, { type: string }]> = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: { type: string }) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.push([tabId, msg]);
    return ready;
  }) as never);
  const executeScript = vi.fn(async () => {
    injected = true;
    return [];
  });
  (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
  return { sent, executeScript };
}

describe('the highlight shortcut', () => {
  beforeEach(() => fakeBrowser.reset());

  const activeTab = (id: number) => vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id } as never]);

  it('asks the active tab to save its selection', async () => {
    const id = 9;
    const query = activeTab(id);
    const { sent } = tabWithContentScript(true);
    await expect(onHighlightCommand(HIGHLIGHT_COMMAND)).resolves.toBe(true);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent.at(-1)).toEqual([id, { type: 'factmark:highlight-selection' }]);
  });

  it('injects the content script first on a page Factmark has not run on', async () => {
    const id = 12;
    activeTab(id);
    const { sent, executeScript } = tabWithContentScript(false);
    await onHighlightCommand(HIGHLIGHT_COMMAND);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] });
    expect(sent.at(-1)).toEqual([id, { type: 'factmark:highlight-selection' }]);
  });

  it('ignores the other command', async () => {
    const { sent } = tabWithContentScript(true);
    await expect(onHighlightCommand('toggle-factmark')).resolves.toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('the context menu item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is created once, on selected text only, after clearing what a previous start left', async () => {
    const calls: string[] = [];
    const create = vi.fn(() => calls.push('create'));
    const removeAll = vi.fn(async () => void calls.push('removeAll'));
    (fakeBrowser as unknown as { contextMenus: object }).contextMenus = { create, removeAll };
    await registerHighlightMenu();
    expect(calls).toEqual(['removeAll', 'create']);
    expect(create).toHaveBeenCalledWith({ id: HIGHLIGHT_MENU_ID, title: HIGHLIGHT_MENU_TITLE, contexts: ['selection'] });
  });

  it('asks the clicked tab to save its selection', async () => {
    const { sent } = tabWithContentScript(true);
    await expect(onHighlightMenuClick({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 5 })).resolves.toBe(true);
    expect(sent.at(-1)).toEqual([5, { type: 'factmark:highlight-selection' }]);
  });

  it.each([
    ['another item', { menuItemId: 'other' }, { id: 5 }],
    ['a click without a tab (a menu outside any page)', { menuItemId: HIGHLIGHT_MENU_ID }, undefined],
  ])('does nothing for %s', async (_name, info, tab) => {
    const { sent } = tabWithContentScript(true);
    await expect(onHighlightMenuClick(info, tab)).resolves.toBe(false);
    expect(sent).toEqual([]);
  });
});
