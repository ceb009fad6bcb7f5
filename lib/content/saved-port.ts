// The content script's way to the library: runtime messages to the background, which owns the IndexedDB (in a
// content script it would be the web page's origin, readable by the page). Failures come back as { error }
// (lib/background/respond.ts) and are thrown here with the background's message.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, SavedHighlight } from '../messages';
import type { SavedPort } from './saved-highlights';

async function ask<T>(request: BackgroundRequest): Promise<T> {
  const answer = (await browser.runtime.sendMessage(request)) as T | { error: string } | undefined;
  if (answer === undefined) throw new Error('the extension did not answer (reload the page)');
  if (answer !== null && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') throw new Error(answer.error);
  return answer as T;
}

export const savedPortViaBackground: SavedPort = {
  lookup: (url) => ask<SavedHighlight[]>({ type: 'factmark:saved-for', url }),
  add: (url, highlight, notFound) => ask<SavedHighlight>({ type: 'factmark:add-highlight', url, highlight, notFound }),
  updateNote: (id, note) => ask<SavedHighlight>({ type: 'factmark:update-note', id, note }),
  remove: async (id, url, notFound) => {
    await ask<{ deleted: number }>({ type: 'factmark:delete-highlight', id, url, notFound });
  },
};
