// The full backup: every row of the library as it is stored (articles with their whole reports, and every
// highlight, the reader's notes included). The index stores are left out: they are rebuilt from these rows.
import type { FactmarkDB } from './factmark-db';
import type { ArticleRecord, HighlightRecord } from './records';
import { LATEST_VERSION } from './schema';
import { storageError } from './storage-error';

export const BACKUP_FORMAT = 'factmark.backup/1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  exportedAt: string;
  /** The schema version the rows were read at. */
  schemaVersion: number;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
}

export async function exportBackup(db: FactmarkDB, now: Date = new Date()): Promise<string> {
  try {
    const backup = await db.transaction('r', db.articles, db.highlights, async (): Promise<Backup> => ({
      format: BACKUP_FORMAT,
      exportedAt: now.toISOString(),
      schemaVersion: LATEST_VERSION,
      articles: await db.articles.orderBy('id').toArray(),
      highlights: await db.highlights.orderBy('id').toArray(),
    }));
    return JSON.stringify(backup);
  } catch (error) {
    throw storageError('back up the library', error);
  }
}
