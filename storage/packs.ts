/**
 * Installed packs, rule overrides and backups (issue #6): plain async functions over the
 * database, used by the background's message handlers, the options page's reads and the tests.
 *
 * Every write that changes what pages see goes through the background (entrypoints/background/pack-messages.ts),
 * which then resets the engine cache and tells open tabs.
 */
import { BUNDLED_PACKS, checkImportedPack } from '@/rules/index';
import { parseBackup, readPackFile, serializeBackup, type BackupInput, type PackError } from '@/rules/import/index';
import type { Pack, Rule } from '@/rules/schema/pack';
import { db as defaultDb, syncBundledPacks, type CounterpointDb, type PackRow, type PackSource } from './db';

/** Packs in display order: bundled first (in shipped order), then the rest by title. */
export async function listPacks(db: CounterpointDb = defaultDb): Promise<PackRow[]> {
  return sortPacks(await db.packs.toArray());
}

export function sortPacks(rows: PackRow[]): PackRow[] {
  const order = new Map(BUNDLED_PACKS.map((p, i) => [p.id, i] as const));
  const rank = (row: PackRow) => (row.source.kind === 'bundled' ? (order.get(row.id) ?? 999) : 1000);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.pack.title.localeCompare(b.pack.title));
}

/**
 * The packs pages are scanned with: enabled packs, each without the rules the user switched
 * off. A pack whose every rule is off is left out (the schema wants at least one rule).
 */
export async function activePacks(db: CounterpointDb = defaultDb): Promise<Pack[]> {
  return db.transaction('r', db.packs, db.ruleOverrides, async () => {
    const rows = sortPacks(await db.packs.toArray()).filter((row) => row.enabled);
    const off = new Set(
      (await db.ruleOverrides.toArray()).filter((o) => !o.enabled).map((o) => `${o.packId}\u0000${o.ruleId}`),
    );
    const packs: Pack[] = [];
    for (const { pack } of rows) {
      const rules = pack.rules.filter((rule: Rule) => !off.has(`${pack.id}\u0000${rule.id}`));
      if (rules.length > 0) packs.push(rules.length === pack.rules.length ? pack : { ...pack, rules });
    }
    return packs;
  });
}

export async function setPackEnabled(
  packId: string,
  enabled: boolean,
  db: CounterpointDb = defaultDb,
): Promise<boolean> {
  return (await db.packs.update(packId, { enabled })) > 0;
}

export async function setRuleEnabled(
  packId: string,
  ruleId: string,
  enabled: boolean,
  db: CounterpointDb = defaultDb,
): Promise<void> {
  // An override equal to the default (on) is just removed: "no row" means on.
  if (enabled) await db.ruleOverrides.delete([packId, ruleId]);
  else await db.ruleOverrides.put({ packId, ruleId, enabled });
}

export type ImportResult =
  | { ok: true; pack: Pack; kind: 'counterpoint' | 'claimreview'; replaced: boolean }
  | { ok: false; errors: PackError[] }
  /** A pack with this id is installed and `replace` was not given: ask the user first. */
  | { ok: false; exists: { id: string; title: string; version: string; source: PackSource['kind'] }; errors: [] };

/**
 * Imports a pack file (our JSON or ClaimReview JSON-LD). All or nothing: an invalid file
 * changes nothing; an existing id changes nothing unless `replace` is true. A replaced pack
 * keeps its on/off switch and rule overrides.
 */
export async function importPackFile(
  text: string,
  byteLength: number,
  options: { fileName?: string; replace?: boolean; now?: Date } = {},
  db: CounterpointDb = defaultDb,
): Promise<ImportResult> {
  // A bundled pack's id, or a bundled assessment or actor id, is refused (issue #14).
  const read = readPackFile(text, byteLength, { now: options.now, validate: checkImportedPack });
  if (!read.ok) return { ok: false, errors: read.errors };
  const source: PackSource = options.fileName ? { kind: 'file', fileName: options.fileName } : { kind: 'file' };
  return db.transaction('rw', db.packs, db.subscriptions, async () => {
    const existing = await db.packs.get(read.pack.id);
    if (existing && !options.replace) {
      return {
        ok: false,
        exists: {
          id: existing.id,
          title: existing.pack.title,
          version: existing.version,
          source: existing.source.kind,
        },
        errors: [],
      } as const;
    }
    if (existing?.source.kind === 'subscription') {
      // The subscription would overwrite the file on its next update: unsubscribe it.
      await db.subscriptions.delete(existing.source.url);
    }
    await db.packs.put({
      id: read.pack.id,
      pack: read.pack,
      source,
      version: read.pack.version,
      enabled: existing?.enabled ?? true,
      updatedAt: (options.now ?? new Date()).toISOString(),
    });
    return { ok: true, pack: read.pack, kind: read.kind, replaced: existing !== undefined } as const;
  });
}

/**
 * Removes a pack that is not bundled (and its overrides and subscription). Bundled packs can
 * only be switched off: they come back with every update anyway.
 */
export async function removePack(packId: string, db: CounterpointDb = defaultDb): Promise<boolean> {
  return db.transaction('rw', db.packs, db.ruleOverrides, db.subscriptions, async () => {
    const row = await db.packs.get(packId);
    if (!row || row.source.kind === 'bundled') return false;
    await db.packs.delete(packId);
    await db.ruleOverrides.where('packId').equals(packId).delete();
    if (row.source.kind === 'subscription') await db.subscriptions.delete(row.source.url);
    return true;
  });
}

/**
 * "Restore bundled defaults": every bundled pack back to its shipped copy and on, every rule
 * override cleared. Imported packs and subscriptions stay (switch them off or remove them), also
 * one that an older version let take a bundled pack's id: it is never overwritten.
 */
export async function restoreBundledDefaults(db: CounterpointDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.packs, db.ruleOverrides, async () => {
    await db.ruleOverrides.clear();
    const now = new Date().toISOString();
    const taken = new Set(
      (await db.packs.toArray()).filter((row) => row.source.kind !== 'bundled').map((row) => row.id),
    );
    const rows = BUNDLED_PACKS.filter((pack) => !taken.has(pack.id));
    await db.packs.bulkPut(
      rows.map((pack) => ({
        id: pack.id,
        pack,
        source: { kind: 'bundled' } as const,
        version: pack.version,
        enabled: true,
        updatedAt: now,
      })),
    );
  });
}

/** Everything the backup file holds, read in one transaction. */
export async function backupInput(db: CounterpointDb = defaultDb): Promise<BackupInput> {
  return db.transaction('r', [db.settings, db.sites, db.packs, db.ruleOverrides, db.subscriptions], async () => {
    const [settings, sites, packs, overrides, subscriptions] = await Promise.all([
      db.settings.toArray(),
      db.sites.toArray(),
      db.packs.toArray(),
      db.ruleOverrides.toArray(),
      db.subscriptions.toArray(),
    ]);
    return {
      settings: settings.map((s) => ({ key: s.key, value: s.value })),
      sites: sites.map((s) => ({ host: s.host, enabled: s.enabled })),
      packs: sortPacks(packs).map((row) => ({
        pack: row.pack,
        source: row.source,
        enabled: row.enabled,
        ruleOverrides: overrides
          .filter((o) => o.packId === row.id)
          .map((o) => ({ ruleId: o.ruleId, enabled: o.enabled })),
      })),
      subscriptions: subscriptions.map((s) => ({ ...s })),
    };
  });
}

export async function exportBackup(db: CounterpointDb = defaultDb, now: Date = new Date()): Promise<string> {
  return serializeBackup(await backupInput(db), now);
}

/**
 * Restores a backup file: checked completely first (`parseBackup`), then every table is
 * replaced in ONE transaction, so a failure leaves the previous state. Bundled packs keep the
 * copy shipped with this version (the backup may come from an older one).
 */
export async function restoreBackup(
  text: string,
  db: CounterpointDb = defaultDb,
): Promise<{ ok: true } | { ok: false; errors: PackError[] }> {
  // Bundled packs are checked against the registries, the others as imports (rules/import/backup-packs.ts).
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  const now = new Date().toISOString();
  await db.transaction('rw', [db.settings, db.sites, db.packs, db.ruleOverrides, db.subscriptions], async () => {
    await Promise.all([
      db.settings.clear(),
      db.sites.clear(),
      db.packs.clear(),
      db.ruleOverrides.clear(),
      db.subscriptions.clear(),
    ]);
    await db.settings.bulkPut(backup.settings.map((s) => ({ key: s.key, value: s.value }) as never));
    await db.sites.bulkPut(backup.sites);
    // A bundled pack is restored as the copy this version ships, whatever the file holds.
    const shipped = new Map(BUNDLED_PACKS.map((p) => [p.id, p] as const));
    const packOf = (entry: (typeof backup.packs)[number]) =>
      entry.source.kind === 'bundled' ? (shipped.get(entry.pack.id) ?? entry.pack) : entry.pack;
    await db.packs.bulkPut(
      backup.packs.map((entry) => ({
        id: entry.pack.id,
        pack: packOf(entry),
        source: entry.source,
        version: packOf(entry).version,
        enabled: entry.enabled,
        updatedAt: now,
      })),
    );
    await db.ruleOverrides.bulkPut(
      backup.packs.flatMap((entry) =>
        entry.ruleOverrides.map((o) => ({ packId: entry.pack.id, ruleId: o.ruleId, enabled: o.enabled })),
      ),
    );
    await db.subscriptions.bulkPut(backup.subscriptions);
  });
  // A backup without some bundled pack, or from an older version: bring those back.
  await syncBundledPacks(db);
  return { ok: true };
}
