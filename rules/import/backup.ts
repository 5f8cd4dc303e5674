/**
 * Backing up and restoring everything as one JSON file (issue #6).
 *
 * `parseBackup` is all or nothing: it returns a fully checked backup (every pack validated like
 * an import, no duplicate keys, hosts, pack ids or subscription URLs) or the complete list of
 * problems with their paths, so a restore never applies half a file. `serializeBackup` writes
 * keys in a fixed order and sorts the unordered lists (settings, sites), so two backups of the
 * same state are byte-identical.
 */
import { formatPath, type PackResult } from '../schema/validate';
import { backupPackErrors, backupPackValidator } from './backup-packs';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup, type BackupPack } from './backup-schema';
import { capErrors, isRecord, own, underPath, type PackError } from './errors';
import { PACK_KEY_ORDER, withKeyOrder, type KeyOrder } from './export-pack';
import { nestedDeeperThan, parseJsonText } from './json-text';

/** Backups hold several packs; 50 MB is far beyond any real one. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupResult = { ok: true; backup: Backup } | { ok: false; errors: PackError[] };

export interface ParseBackupOptions {
  /** Pack validator (default: `checkPack` for bundled packs, `checkImportedPack` for the others). */
  validate?: (input: unknown) => PackResult;
}

export function parseBackup(text: string, options: ParseBackupOptions = {}): BackupResult {
  try {
    return parse(text, options.validate);
  } catch (e) {
    return fail(`could not read the backup: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parse(text: string, validateAll: ((input: unknown) => PackResult) | undefined): BackupResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('the file is empty');
  if (text.length > MAX_BACKUP_BYTES) return fail(`the file is larger than ${MAX_BACKUP_BYTES / (1024 * 1024)} MB`);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (nestedDeeperThan(doc, 40)) return fail('objects or arrays are nested too deeply');
  if (!isRecord(doc) || own(doc, 'format') !== BACKUP_FORMAT)
    return fail(`not a Counterpoint backup (expected "format": "${BACKUP_FORMAT}")`);
  const version = own(doc, 'version');
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          message: `made by a newer Counterpoint (backup version ${version}); update the extension to restore it`,
        },
      ],
    };
  }
  const result = backupSchema.safeParse(doc, { reportInput: true });
  if (!result.success) {
    const errors = result.error.issues.map((i) => ({
      path: formatPath(i.path) || '(root)',
      message: i.path.length > 0 && 'input' in i && i.input === undefined ? 'required field is missing' : i.message,
    }));
    return { ok: false, errors: capErrors(errors) };
  }
  const data = result.data;
  const errors: PackError[] = [];
  const packs: BackupPack[] = [];
  data.packs.forEach((entry, i) => {
    const limits = backupPackErrors(entry.pack, entry.source, i);
    errors.push(...limits);
    const checked = (validateAll ?? backupPackValidator(entry.source))(entry.pack);
    if (checked.ok && limits.length === 0) packs.push({ ...entry, pack: checked.pack });
    else if (!checked.ok) errors.push(...underPath(`packs[${i}].pack`, checked.errors));
  });
  unique(
    data.settings.map((s) => s.key),
    'settings',
    'key',
    errors,
  );
  unique(
    data.sites.map((s) => s.host),
    'sites',
    'host',
    errors,
  );
  unique(
    packs.map((p) => p.pack.id),
    'packs',
    'pack.id',
    errors,
  );
  unique(
    data.subscriptions.map((s) => s.url),
    'subscriptions',
    'url',
    errors,
  );
  data.packs.forEach((entry, i) =>
    unique(
      entry.ruleOverrides.map((o) => o.ruleId),
      `packs[${i}].ruleOverrides`,
      'ruleId',
      errors,
    ),
  );
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return { ok: true, backup: { ...data, packs } };
}

function unique(values: readonly string[], list: string, field: string, errors: PackError[]): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) errors.push({ path: `${list}[${i}].${field}`, message: `duplicate ${field} "${v}"` });
    seen.add(v);
  });
}

function fail(message: string): BackupResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}

/** What the storage layer hands to serializeBackup. */
export type BackupInput = Omit<Backup, 'format' | 'version' | 'exportedAt'>;

const BACKUP_KEY_ORDER: KeyOrder = {
  keys: ['format', 'version', 'exportedAt', 'settings', 'sites', 'packs', 'subscriptions'],
  nested: {
    settings: { keys: ['key', 'value'] },
    sites: { keys: ['host', 'enabled'] },
    packs: {
      keys: ['pack', 'source', 'enabled', 'ruleOverrides'],
      nested: {
        pack: PACK_KEY_ORDER,
        source: { keys: ['kind', 'fileName', 'url'] },
        ruleOverrides: { keys: ['ruleId', 'enabled'] },
      },
    },
    subscriptions: {
      keys: [
        'url',
        'packId',
        'expectedSha256',
        'intervalHours',
        'enabled',
        'lastSuccess',
        'lastError',
        'lastErrorAt',
        'sha256',
      ],
    },
  },
};

/** The backup file's text (pretty JSON, trailing newline). */
export function serializeBackup(input: BackupInput, exportedAt: Date = new Date()): string {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: [...input.settings].sort((a, b) => byString(a.key, b.key)),
    sites: [...input.sites].sort((a, b) => byString(a.host, b.host)),
    packs: input.packs.map((p) => ({
      ...p,
      ruleOverrides: [...p.ruleOverrides].sort((a, b) => byString(a.ruleId, b.ruleId)),
    })),
    subscriptions: input.subscriptions,
  };
  return `${JSON.stringify(withKeyOrder(backup, BACKUP_KEY_ORDER), null, 2)}\n`;
}

/** A file name for the backup: `counterpoint-backup-2026-01-31.json`. */
export function backupFileName(date: Date = new Date()): string {
  return `counterpoint-backup-${date.toISOString().slice(0, 10)}.json`;
}
