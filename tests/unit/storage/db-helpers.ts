import { Dexie } from 'dexie';
import { FactmarkDB } from '../../../lib/storage/factmark-db';

let counter = 0;

/** A database of the test's own (tests in a file share the fake IndexedDB). Close and delete with dropDb. */
export function freshDb(): FactmarkDB {
  return new FactmarkDB(`factmark-test-${process.pid}-${++counter}`);
}

export async function dropDb(db: FactmarkDB): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
