// The library database. Opened only from extension pages (popup, library) and the background, never from a
// content script: there IndexedDB would belong to the web page's origin, and the page could read it.
import { Dexie, type EntityTable } from 'dexie';
import type { LibraryEntry, TermsRecord } from './library-entry';
import type { ArticleRecord, HighlightRecord } from './records';
import { SCHEMA_VERSIONS } from './schema';

export const DB_NAME = 'factmark';

export class FactmarkDB extends Dexie {
  declare articles: EntityTable<ArticleRecord, 'id'>;
  declare highlights: EntityTable<HighlightRecord, 'id'>;
  /** Schema v2: the library's index, one row each per article (lib/storage/library-entry.ts). */
  declare entries: EntityTable<LibraryEntry, 'id'>;
  declare terms: EntityTable<TermsRecord, 'id'>;

  /** `name` is for tests, which each want a database of their own. */
  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
