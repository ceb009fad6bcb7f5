// One case per schema version: open the database as the version before left it (with data, where there was a
// version before), open it with FactmarkDB, and check the result. Adding a version to lib/storage/schema.ts
// without a case here fails the first test.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FactmarkDB } from '../../../lib/storage/factmark-db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../lib/storage/schema';

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
    name: 'a fresh open creates the articles and highlights stores with their indexes',
    check: async (db, name) => {
      expect(db.verno).toBe(1);
      db.close();
      const raw = await rawSchema(name);
      // Dexie stores version × 10 in IndexedDB.
      expect(raw.version).toBe(10);
      expect(raw.stores).toEqual({
        articles: { keyPath: 'id', autoIncrement: true, indexes: { url: true, savedAt: false } },
        highlights: { keyPath: 'id', autoIncrement: true, indexes: { articleId: false, kind: false, speakerId: false } },
      });
    },
  },
];

let counter = 0;
const freshName = () => `factmark-migration-${++counter}`;

describe('schema migrations', () => {
  it('has a case for every schema version', () => {
    expect(CASES.map((c) => c.to)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
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
