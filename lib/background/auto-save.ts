// Saves a finished analysis when the reader has auto-save on. The database lives in the extension's origin,
// so the content script hands its report here instead of opening IndexedDB in the page's origin.
import type { PageState } from '../messages';
import { loadSettings } from '../settings';
import { FactmarkDB } from '../storage/factmark-db';
import { saveReport } from '../storage/save-report';

let db: FactmarkDB | null = null;

export async function autoSave(state: PageState): Promise<{ saved: number | null }> {
  if (state.status !== 'ready' || !state.report) return { saved: null };
  if (!(await loadSettings()).autoSave) return { saved: null };
  db ??= new FactmarkDB();
  return { saved: await saveReport(db, state.report) };
}
