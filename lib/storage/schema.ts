// Every schema version the database has had, oldest first. Never edit a released entry: add a new one, with an
// `upgrade` when existing rows must change, and a case in tests/unit/storage/migrations.test.ts.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie schema strings: the first key is the primary key; "&" is unique, "++" auto-increment. */
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // url is unique: saving a page again replaces its row. savedAt orders the library, newest first.
      articles: '++id, &url, savedAt',
      // articleId finds (and deletes) an article's highlights; kind and speakerId serve filters in the library.
      highlights: '++id, articleId, kind, speakerId',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
