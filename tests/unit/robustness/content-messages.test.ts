// @vitest-environment happy-dom
// The content script answers its own extension only: a page's postMessage, its DOM events and a runtime
// message from any other sender change nothing (entrypoints/content.ts, with WXT's fake browser).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import contentScript from '@/entrypoints/content';
import type { PageState } from '@/lib/messages';

const SEED = resolve(import.meta.dirname, '../../../../shared/seeds/pages/seed000.html');

/** Delivers a runtime message as the browser would and returns the content script's answer (if any). */
async function deliver(message: unknown, senderId: string | undefined): Promise<PageState | undefined> {
  let answer: PageState | undefined;
  const replied = new Promise<void>((done) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown, r: (x: PageState) => void) => Promise<unknown[]>;
    void trigger(message, { id: senderId }, (x) => {
      answer = x;
      done();
    }).then((results) => {
      if (!results.includes(true)) done(); // the listener did not take the message
    });
  });
  await replied;
  return answer;
}

describe('the content script and messages it did not ask for', () => {
  beforeAll(() => {
    document.open();
    document.write(readFileSync(SEED, 'utf8'));
    document.close();
    void contentScript.main({} as never);
  });

  it('answers its own extension', async () => {
    const state = await deliver({ type: 'factmark:state' }, fakeBrowser.runtime.id);
    expect(state?.status).toBe('idle');
  });

  it.each([
    ['another extension', 'some-other-extension-id'],
    ['a sender without an id (a web page through externally_connectable)', undefined],
  ])('ignores runtime messages from %s', async (_who, id) => {
    for (const type of ['factmark:run', 'factmark:toggle', 'factmark:state']) {
      expect(await deliver({ type }, id)).toBeUndefined();
    }
    expect((await deliver({ type: 'factmark:state' }, fakeBrowser.runtime.id))?.status).toBe('idle');
  });

  it('ignores the page: postMessage and DOM events with Factmark message types start nothing', async () => {
    for (const type of ['factmark:run', 'factmark:toggle']) {
      window.postMessage({ type }, '*');
      document.dispatchEvent(new CustomEvent(type, { detail: { type } }));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((await deliver({ type: 'factmark:state' }, fakeBrowser.runtime.id))?.status).toBe('idle');
  });

  it('ignores messages of other shapes from its own extension', async () => {
    for (const message of [null, 'factmark:run', { type: 'run' }, { kind: 'factmark:run' }, 42]) {
      expect(await deliver(message, fakeBrowser.runtime.id)).toBeUndefined();
    }
  });
});
