import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CONTENT_SCRIPT_FILE, sendToTab } from '@/lib/background/tab-session';

const ready = { status: 'ready', url: 'http://127.0.0.1/a', painted: true };

describe('sendToTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the content script when the tab has none, then sends the request', async () => {
    let injected = false;
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return msg.type === 'factmark:run' ? ready : { status: 'idle' };
    }) as never);
    const exec = vi.fn(async () => {
      injected = true;
      return [];
    });
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript: exec };

    await expect(sendToTab(7, { type: 'factmark:run' })).resolves.toEqual(ready);
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] });
    expect(send).toHaveBeenLastCalledWith(7, { type: 'factmark:run' });
  });

  it('does not inject a second copy into a tab that already answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ready) as never);
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript: exec };

    await sendToTab(3, { type: 'factmark:toggle' });
    expect(exec).not.toHaveBeenCalled();
  });
});
