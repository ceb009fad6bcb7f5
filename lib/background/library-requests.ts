// The content script's requests to the library: the page's saved highlights, and the reader's own highlights
// made, re-noted or deleted on the page. The background owns the database (in a content script IndexedDB
// would belong to the web page's origin). Each change recounts the tab's badge.
import type { PageState } from '../messages';
import { getDb } from '../storage/get-db';
import type { HighlightRecord } from '../storage/records';
import { addUserHighlight, deleteHighlight, highlightsForUrl, updateNote, type NewUserHighlight } from '../storage/user-highlights';
import { autoSave } from './auto-save';
import { refreshBadge } from './badge';

export function savedFor(url: string): Promise<HighlightRecord[]> {
  return highlightsForUrl(getDb(), url);
}

export async function addHighlight(tabId: number | undefined, url: string, highlight: NewUserHighlight, notFound: readonly number[]): Promise<HighlightRecord> {
  const record = await addUserHighlight(getDb(), url, highlight);
  await refreshBadge(getDb(), tabId, url, notFound);
  return record;
}

export function updateHighlightNote(id: number, note: string): Promise<HighlightRecord> {
  return updateNote(getDb(), id, note);
}

export async function removeHighlight(tabId: number | undefined, id: number, url: string, notFound: readonly number[]): Promise<{ deleted: number }> {
  await deleteHighlight(getDb(), id);
  await refreshBadge(getDb(), tabId, url, notFound);
  return { deleted: id };
}

/** After an analysis: auto-save (when on), then the badge, counted from what is saved now. */
export async function afterAnalysis(tabId: number | undefined, state: PageState): Promise<{ saved: number | null }> {
  const result = await autoSave(state);
  await refreshBadge(getDb(), tabId, state.url, state.saved?.notFound.map((m) => m.id) ?? []);
  return result;
}
