// One FactmarkDB per extension page (popup, library) or background: Dexie opens it on first use.
import { FactmarkDB } from './factmark-db';

let db: FactmarkDB | undefined;

export function getDb(): FactmarkDB {
  db ??= new FactmarkDB();
  return db;
}
