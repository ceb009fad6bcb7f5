// Names for the speaker filter as the reader types: read from the entries' speaker index by prefix, so a
// library of thousands of articles is never read whole for it.
import { speakerKey } from '../library/speaker-key';
import type { FactmarkDB } from './factmark-db';
import { storageError } from './storage-error';

export interface SpeakerSuggestion {
  key: string;
  name: string;
}

// Enough rows to find a handful of distinct names; a popular name fills them with its own articles.
const SCAN_LIMIT = 200;

/** Up to `limit` speakers whose full name or surname starts with the typed text (folded like the keys). */
export async function speakerSuggestions(db: FactmarkDB, typed: string, limit = 8): Promise<SpeakerSuggestion[]> {
  const prefix = speakerKey(typed.trim()) || typed.trim().toLowerCase();
  if (!prefix) return [];
  try {
    const entries = await db.entries.where('speakerKeys').startsWith(prefix).limit(SCAN_LIMIT).toArray();
    const out = new Map<string, string>();
    for (const e of entries) {
      for (const s of e.speakers) {
        if (out.size >= limit) break;
        if (!out.has(s.key) && (s.key.startsWith(prefix) || s.key.split(' ').some((w) => w.startsWith(prefix)))) out.set(s.key, s.name);
      }
    }
    return [...out].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    throw storageError('read the saved speakers', error);
  }
}
