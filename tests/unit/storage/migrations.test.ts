// One case per schema version: open the database as the version before left it (with data, where there was a
// version before), open it with FactmarkDB, and check the result. Adding a version to lib/storage/schema.ts
// without a case here fails the first test.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/analysis/types';
import { FactmarkDB } from '../../../lib/storage/factmark-db';
import { highlightsFor } from '../../../lib/storage/highlights-for';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../lib/storage/schema';
import { sampleReport } from './sample-report';

interface MigrationCase {
  to: number;
  name: string;
  /** Creates the database as version `to - 1` left it. Absent for version 1: there is nothing before it. */
  before?: (name: string) => Promise<void>;
  check: (db: FactmarkDB, name: string) => Promise<void>;
}

/** The object stores and their indexes as IndexedDB itself has them, read without Dexie. */
async function rawSchema(name: string): Promise<{ version: number; stores: Record<string, { keyPath: unknown; autoIncrement: boolean; indexes: Record<string, boolean> }> }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  const stores: Awaited<ReturnType<typeof rawSchema>>['stores'] = {};
  for (const storeName of idb.objectStoreNames) {
    const store = tx.objectStore(storeName);
    const indexes: Record<string, boolean> = {};
    for (const indexName of store.indexNames) indexes[indexName] = store.index(indexName).unique;
    stores[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  const version = idb.version;
  idb.close();
  return { version, stores };
}

/**
 * Creates database `name` exactly as schema version `version` defined it (with Dexie, not FactmarkDB, so later
 * versions do not run) and lets `seed` add rows. A v2 case's `before` is `(name) => seedAt(name, 1, addV1Rows)`.
 */
async function seedAt(name: string, version: number, seed: (db: Dexie) => Promise<unknown>): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  await seed(old);
  old.close();
}

const CASES: MigrationCase[] = [
  {
    to: 1,
    name: 'a fresh open creates every store with its indexes, at the latest version',
    check: async (db, name) => {
      expect(db.verno).toBe(LATEST_VERSION);
      db.close();
      const raw = await rawSchema(name);
      // Dexie stores version × 10 in IndexedDB.
      expect(raw.version).toBe(LATEST_VERSION * 10);
      expect(raw.stores).toEqual({
        articles: { keyPath: 'id', autoIncrement: true, indexes: { url: true, savedAt: false } },
        highlights: { keyPath: 'id', autoIncrement: true, indexes: { articleId: false, kind: false, speakerId: false } },
        entries: {
          keyPath: 'id', autoIncrement: false,
          indexes: { savedAt: false, date: false, titleKey: false, site: false, speakerKeys: false, kinds: false },
        },
        terms: { keyPath: 'id', autoIncrement: false, indexes: { words: false } },
      });
    },
  },
  {
    to: 2,
    name: 'v1 articles and highlights survive, and each article gets its library entry and search words',
    before: (name) =>
      seedAt(name, 1, async (old) => {
        // Rows exactly as v1's saveReport wrote them.
        const a = await old.table('articles').add(v1Article(sampleReport({ url: 'https://a.example/1' }), 1000));
        const b = await old.table('articles').add(v1Article(sampleReport({ url: 'https://www.b.example/2', title: 'Tunnel delayed' }), 2000));
        await old.table('highlights').bulkAdd([...highlightsFor(sampleReport(), a as number), ...highlightsFor(sampleReport(), b as number)]);
      }),
    check: async (db) => {
      expect(db.verno).toBe(2);
      const articles = await db.articles.orderBy('id').toArray();
      expect(articles.map((a) => [a.url, a.title, a.savedAt])).toEqual([
        ['https://a.example/1', 'Bridge to open in May', 1000],
        ['https://www.b.example/2', 'Tunnel delayed', 2000],
      ]);
      expect(articles[0]!.report).toEqual(sampleReport({ url: 'https://a.example/1' }));
      expect(await db.highlights.count()).toBe(24);
      const entries = await db.entries.orderBy('id').toArray();
      expect(entries.map((e) => [e.id, e.title, e.site, e.savedAt, e.date])).toEqual([
        [articles[0]!.id, 'Bridge to open in May', 'a.example', 1000, Date.parse('2026-05-01T08:00:00Z')],
        [articles[1]!.id, 'Tunnel delayed', 'b.example', 2000, Date.parse('2026-05-01T08:00:00Z')],
      ]);
      expect(entries[0]!.speakers).toEqual([{ key: 'jane doe', name: 'Jane Doe', roles: ['Mayor'], quotes: 2 }]);
      expect(entries[0]!.counts).toEqual({ claim: 2, quote: 4, mention: 3, repeat: 1, 'key-point': 2 });
      // Searchable at once: the migrated rows are in the words index.
      expect(await db.terms.where('words').startsWith('tunn').primaryKeys()).toEqual([articles[1]!.id]);
      expect((await db.terms.where('words').startsWith('ready').primaryKeys()).sort()).toEqual(articles.map((a) => a.id));
    },
  },
  {
    to: 2,
    name: 'an empty v1 database opens with empty index stores',
    before: (name) => seedAt(name, 1, async () => {}),
    check: async (db) => {
      expect(db.verno).toBe(2);
      expect(await db.entries.count()).toBe(0);
      expect(await db.terms.count()).toBe(0);
    },
  },
];

/** An article row as schema v1 wrote it (no id: the store gives one). */
function v1Article(report: Report, savedAt: number) {
  const { url, title, siteName, byline, publishedTime, lang } = report.article;
  return { url, title, siteName, byline, publishedTime, lang, savedAt, updatedAt: savedAt, report };
}

let counter = 0;
const freshName = () => `factmark-migration-${++counter}`;

describe('schema migrations', () => {
  it('has a case for every schema version', () => {
    expect([...new Set(CASES.map((c) => c.to))]).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  });

  it.each(CASES)('version $to: $name', async ({ before, check }) => {
    const name = freshName();
    if (before) await before(name);
    const db = new FactmarkDB(name);
    await db.open();
    try {
      await check(db, name);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('reopening a database at the latest version keeps its rows', async () => {
    const name = freshName();
    await seedAt(name, LATEST_VERSION, (old) => old.table('articles').add({ url: 'https://a.example/1', savedAt: 1 }));
    const db = new FactmarkDB(name);
    try {
      expect((await db.articles.toArray()).map((a) => a.url)).toEqual(['https://a.example/1']);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
