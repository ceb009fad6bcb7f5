// Every schema version the database has had, oldest first. Never edit a released entry: add a new one, with an
// `upgrade` when existing rows must change, and a case in tests/unit/storage/migrations.test.ts.
import type { Transaction } from 'dexie';
import { entryFor, termsFor, type LibraryEntry, type TermsRecord } from './library-entry';
import type { ArticleRecord } from './records';

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
  {
    version: 2,
    stores: {
      articles: '++id, &url, savedAt',
      highlights: '++id, articleId, kind, speakerId',
      // One small row per article for the result list, its filters (site, speaker, kind, date) and sorts, so a
      // page of results never reads whole reports. The key is the article's id.
      entries: 'id, savedAt, date, titleKey, site, *speakerKeys, *kinds',
      // The search words of each article ("q:lavrov"), multi-entry, looked up by prefix.
      terms: 'id, *words',
    },
    // v1 had no reader's highlights ('user'), so each entry comes from its article alone.
    upgrade: indexEveryArticle,
  },
];

// Articles are read a page at a time: a library of thousands of whole reports would not fit in memory at once.
const UPGRADE_PAGE = 200;

async function indexEveryArticle(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRecord, number>('articles');
  const entries = tx.table<LibraryEntry, number>('entries');
  const terms = tx.table<TermsRecord, number>('terms');
  let last = -Infinity;
  for (;;) {
    const page = await articles.where(':id').above(last).limit(UPGRADE_PAGE).toArray();
    if (!page.length) return;
    await entries.bulkPut(page.map((a) => entryFor(a, [])));
    await terms.bulkPut(page.map((a) => termsFor(a, [])));
    last = page.at(-1)!.id;
  }
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
