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
 * Issue #6 adds packs, rule overrides and subscriptions as `version(2)` with an upgrade
 * function and a test that opens a v1 database with saved example rows.
 */
import { Dexie, type Table } from 'dexie';

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

export class CounterpointDb extends Dexie {
  settings!: Table<SettingRow, SettingKey>;
  sites!: Table<SiteRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Only primary keys: booleans cannot be indexed in IndexedDB, and the tables are tiny.
    this.version(1).stores({ settings: 'key', sites: 'host' });
  }
}

/** The database, opened lazily on first use. */
export const db = new CounterpointDb();
