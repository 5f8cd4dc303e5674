/**
 * Counterpoint's one IndexedDB database, through Dexie. Owned by the background and the
 * extension pages (popup, side panel, options), which share the extension's origin and so the
 * same database; Dexie's live queries follow writes made in any of them. A content script must
 * never open it: it would open the *page's* IndexedDB. Content scripts ask the background.
 *
 * Schema history (add a version, never edit an old one; Dexie upgrades in order):
 *
 * - **v1** (issue #4)
 *   - `settings`: one row per setting, primary key `key` (see `SettingValues` for the keys and
 *     their types). A missing row means the default in `SETTING_DEFAULTS`.
 *   - `sites`: one row per host the user decided about, primary key `host` (the URL's hostname,
 *     lower case, exactly as the browser reports it: `www.example.com`). `enabled: false` is
 *     "off on this site"; a missing row means the default (on).
 *
 * - **v2** (issue #6) keeps `settings` and `sites` as they are and adds:
 *   - `packs`: one row per installed pack, primary key `id` (the pack's id). `pack` is the
 *     validated pack JSON; `source` says where it came from; `enabled` is the user's switch.
 *   - `ruleOverrides`: the user's per-rule switches, compound key `[packId+ruleId]`. A missing
 *     row means the rule is on. Kept apart from `packs` so replacing a pack (a new bundled
 *     version, a subscription update) never touches them.
 *   - `subscriptions`: one row per subscribed pack URL, primary key `url`.
 *   The upgrade from v1 seeds the bundled packs (enabled); a fresh install seeds them in
 *   `populate`; every open refreshes their JSON to the shipped version without touching
 *   `enabled` or overrides (`syncBundledPacks`). A test opens the committed v1 dump
 *   (tests/fixtures/db/v1.json) with this version.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import { BUNDLED_PACKS } from '@/rules/bundled';
import type { Pack } from '@/rules/schema/pack';
import type { BackupSubscription, PackSource } from '@/rules/import/backup-schema';

export const DB_NAME = 'counterpoint';

/** Every setting and the type of its value. Adding a key needs no schema change. */
export interface SettingValues {
  /** Global pause: no page is annotated while true. */
  paused: boolean;
  /** Reserved: trainer mode (issue #7). */
  trainerMode: boolean;
  /** Reserved: the extension's UI language ('auto' follows the browser). */
  uiLanguage: string;
}

export type SettingKey = keyof SettingValues;

export const SETTING_DEFAULTS: SettingValues = { paused: false, trainerMode: false, uiLanguage: 'auto' };

/** A `settings` row. Keyed by `key`; `value`'s type follows the key. */
export type SettingRow = { [K in SettingKey]: { key: K; value: SettingValues[K] } }[SettingKey];

/** A `sites` row. */
export interface SiteRow {
  host: string;
  enabled: boolean;
}

export type { PackSource };

/** A `packs` row (v2). */
export interface PackRow {
  id: string;
  pack: Pack;
  source: PackSource;
  /** The pack's own version (semver), copied out for display. */
  version: string;
  enabled: boolean;
  /** ISO timestamp of the last time this row's pack JSON was written. */
  updatedAt: string;
}

/** A `ruleOverrides` row (v2): the user's switch for one rule of one pack. */
export interface RuleOverrideRow {
  packId: string;
  ruleId: string;
  enabled: boolean;
}

/**
 * A `subscriptions` row (v2): the same record the backup format carries, so a backup is a plain
 * copy of the table. Timestamps are ISO 8601; hashes 64 lower-case hex digits.
 */
export type SubscriptionRow = BackupSubscription;

export class CounterpointDb extends Dexie {
  settings!: Table<SettingRow, SettingKey>;
  sites!: Table<SiteRow, string>;
  packs!: Table<PackRow, string>;
  ruleOverrides!: Table<RuleOverrideRow, [string, string]>;
  subscriptions!: Table<SubscriptionRow, string>;

  constructor(name = DB_NAME, bundled: readonly Pack[] = BUNDLED_PACKS) {
    super(name);
    // Only primary keys: booleans cannot be indexed in IndexedDB, and the tables are tiny.
    this.version(1).stores({ settings: 'key', sites: 'host' });
    this.version(2)
      .stores({ packs: 'id', ruleOverrides: '[packId+ruleId], packId', subscriptions: 'url' })
      .upgrade((tx) => seedBundled(tx, bundled));
    this.on('populate', (tx) => seedBundled(tx, bundled));
    // Every open (a new extension version included): bring bundled packs up to date.
    this.on('ready', (db) => syncBundledPacks(db as CounterpointDb, bundled));
  }
}

async function seedBundled(tx: Transaction, bundled: readonly Pack[]): Promise<void> {
  const now = new Date().toISOString();
  await tx.table<PackRow, string>('packs').bulkPut(bundled.map((pack) => bundledRow(pack, true, now)));
}

function bundledRow(pack: Pack, enabled: boolean, updatedAt: string): PackRow {
  return { id: pack.id, pack, source: { kind: 'bundled' }, version: pack.version, enabled, updatedAt };
}

/**
 * Writes the shipped copy of every bundled pack whose stored copy differs (new extension
 * version) or is missing, keeping the row's `enabled` and every rule override. A pack the user
 * replaced with a file or subscription of the same id is left alone.
 */
export async function syncBundledPacks(db: CounterpointDb, bundled: readonly Pack[] = BUNDLED_PACKS): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const now = new Date().toISOString();
    for (const pack of bundled) {
      const row = await db.packs.get(pack.id);
      if (!row) await db.packs.put(bundledRow(pack, true, now));
      else if (row.source.kind === 'bundled' && JSON.stringify(row.pack) !== JSON.stringify(pack))
        await db.packs.put(bundledRow(pack, row.enabled, now));
    }
  });
}

/** The database, opened lazily on first use. */
export const db = new CounterpointDb();
