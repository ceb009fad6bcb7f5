// The content script's way to the background's analyser: over the port opened when the run starts, with the
// one-off message as the way when there is no port or it closes unanswered. The two ends are the real modules
// (lib/content/analyse-in-background.ts, lib/background/analysis-port.ts), joined by an in-memory port pair
// that copies each message as JSON, as the browser does; real browsers run the same path in tests/e2e.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { answerAnalysisPorts } from '@/lib/background/analysis-port';
import { analyseForContentScript } from '@/lib/content/analyse';
import { analyseInBackground, connectForAnalysis } from '@/lib/content/analyse-in-background';
import { textToBlocks } from '@/lib/analysis/text-to-blocks';
import { ANALYSE_PORT, type BackgroundRequest } from '@/lib/messages';

type Listener = (message: unknown) => void;

interface End {
  port: Browser.runtime.Port;
  disconnected: boolean;
}

/** Two connected ends: a message posted on one reaches the other's listeners in a later task, as a JSON copy. */
function portPair(name: string): [End, End] {
  const make = (): End & { message: Listener[]; disconnect: (() => void)[] } => {
    const message: Listener[] = [];
    const disconnect: (() => void)[] = [];
    const end = { message, disconnect, disconnected: false, port: null as unknown as Browser.runtime.Port };
    return end;
  };
  const a = make();
  const b = make();
  for (const [self, other] of [[a, b], [b, a]] as const) {
    self.port = {
      name,
      sender: { id: fakeBrowser.runtime.id },
      onMessage: { addListener: (l: Listener) => self.message.push(l) },
      onDisconnect: { addListener: (l: () => void) => self.disconnect.push(l) },
      postMessage: (m: unknown) => {
        if (self.disconnected) throw new Error('Attempting to use a disconnected port object');
        const copy = JSON.parse(JSON.stringify(m));
        setTimeout(() => other.message.forEach((l) => l(copy)), 0);
      },
      disconnect: () => {
        if (self.disconnected) return;
        self.disconnected = true;
        other.disconnected = true;
        setTimeout(() => other.disconnect.forEach((l) => l()), 0);
      },
    } as unknown as Browser.runtime.Port;
  }
  return [a, b];
}

const TEXT = 'The council voted 7 to 2 on Tuesday to build a bridge costing $42 million.\n\n"It will cut commutes," said Mayor Jane Holloway.';
const article = { meta: { url: 'http://127.0.0.1/a', title: 'Bridge', lang: 'en' }, blocks: textToBlocks(TEXT) };

describe('analyseInBackground', () => {
  let onConnect: ((port: Browser.runtime.Port) => void) | null;
  let ends: End[];

  beforeEach(() => {
    fakeBrowser.reset();
    ends = [];
    onConnect = null;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((l: (port: Browser.runtime.Port) => void) => {
      onConnect = l;
    }) as never);
    answerAnalysisPorts();
  });
  afterEach(() => vi.restoreAllMocks());

  /** runtime.connect as the browser does it: the background's listener gets the other end. */
  function connectWith(onBackgroundEnd?: (end: End) => void) {
    return vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name: string }) => {
      const [content, background] = portPair(info.name);
      ends.push(content, background);
      if (onBackgroundEnd) onBackgroundEnd(background);
      else onConnect?.(background.port);
      return content.port;
    }) as never);
  }

  it('analyses over the port opened when the run started, and closes it once answered', async () => {
    const connect = connectWith();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const release = connectForAnalysis();
    const { report, english } = await analyseInBackground(article, { extract: 1 });
    release();
    expect(connect).toHaveBeenCalledWith({ name: ANALYSE_PORT });
    expect(send).not.toHaveBeenCalled();
    expect(english).toBe(true);
    // The background's answer, with the blocks the content script already had put back.
    const expected = analyseForContentScript(article, { extract: 1 }).report;
    expect({ ...report, timingsMs: {} }).toEqual({ ...expected, blocks: article.blocks, timingsMs: {} });
    expect(ends.every((e) => e.disconnected)).toBe(true);
  });

  it('sends a one-off message when the port closes before it answers (a background stopped meanwhile)', async () => {
    connectWith((background) => {
      // This background end goes away as soon as the blocks arrive, unanswered.
      background.port.onMessage.addListener(() => background.port.disconnect());
    });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: BackgroundRequest) =>
      m.type === 'factmark:analyze' ? analyseForContentScript(m.article, m.timings) : undefined) as never);
    connectForAnalysis();
    const { report } = await analyseInBackground(article, { extract: 1 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(report.blocks).toBe(article.blocks);
    expect(report.claims.length + report.quotes.length).toBeGreaterThan(0);
  });

  it('sends a one-off message when no port could be opened', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => {
      throw new Error('Extension context invalidated.');
    }) as never);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: BackgroundRequest) =>
      m.type === 'factmark:analyze' ? analyseForContentScript(m.article, m.timings) : undefined) as never);
    connectForAnalysis();
    await expect(analyseInBackground(article, { extract: 1 })).resolves.toMatchObject({ english: true });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes the background error on, and says so when nothing answers', async () => {
    connectWith();
    connectForAnalysis();
    await expect(analyseInBackground({ meta: article.meta, blocks: null as never }, { extract: 1 })).rejects.toThrow();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => undefined) as never);
    await expect(analyseInBackground(article, { extract: 1 })).rejects.toThrow(/did not answer/);
  });

  it('closes a port the run did not use (the page was not an article)', () => {
    connectWith();
    const release = connectForAnalysis();
    release();
    expect(ends).toHaveLength(2);
    expect(ends.every((e) => e.disconnected)).toBe(true);
  });
});
