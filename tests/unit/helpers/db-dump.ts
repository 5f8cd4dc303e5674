/**
 * Dumping and loading a Counterpoint IndexedDB as JSON (fake-indexeddb in tests, or the script
 * tests/fixtures/db/make-v1.ts). A dump is what a migration test starts from and what an
 * "invalid input changes nothing" test compares before and after.
 */
import { Dexie } from 'dexie';

export interface DbDump {
  name: string;
  /** The Dexie version that wrote it. */
  version: number;
  /** Dexie `stores()` spec of that version, table → key spec. */
  stores: Record<string, string>;
  /** Every row of every table, sorted by primary key. */
  tables: Record<string, unknown[]>;
}

/** The exact schema of version 1 (storage/db.ts before issue #6), frozen here. */
export const V1_STORES = { settings: 'key', sites: 'host' } as const;

/** Reads every table of an open Dexie database. */
export async function dumpDb(db: Dexie, version = db.verno): Promise<DbDump> {
  const tables: Record<string, unknown[]> = {};
  const stores: Record<string, string> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.bulkGet(keys);
    tables[table.name] = rows;
    const { primKey, indexes } = table.schema;
    stores[table.name] = [primKey.src, ...indexes.map((i) => i.src)].join(', ');
  }
  return { name: db.name, version, stores, tables };
}

/** Writes a dump into a fresh database of the dump's version and closes it. */
export async function loadDump(dump: DbDump, name = dump.name): Promise<void> {
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(dump.version).stores(dump.stores);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(dump.tables)) await db.table(table).bulkAdd(rows);
  });
  db.close();
}
