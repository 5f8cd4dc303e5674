/**
 * Backup / restore file (rules/import/backup.ts): round trip, byte-stable output, and a
 * corrupted or foreign file refused as a whole with paths.
 */
import { describe, it, expect } from 'vitest';
import { BUNDLED_PACKS, type Pack } from '../../rules/index';
import {
  BACKUP_FORMAT,
  backupFileName,
  parseBackup,
  serializeBackup,
  type Backup,
  type BackupInput,
} from '../../rules/import/index';

const AT = new Date('2026-03-04T05:06:07.000Z');

function input(): BackupInput {
  const imported: Pack = { ...structuredClone(BUNDLED_PACKS[2]!), id: 'my-dismissals', title: 'My dismissals' };
  return {
    settings: [
      { key: 'uiLanguage', value: 'auto' },
      { key: 'paused', value: false },
      { key: 'trainerMode', value: true },
    ],
    sites: [
      { host: 'www.example.com', enabled: false },
      { host: 'news.example.org', enabled: true },
    ],
    packs: [
      {
        pack: BUNDLED_PACKS[0]!,
        source: { kind: 'bundled' },
        enabled: true,
        ruleOverrides: [{ ruleId: BUNDLED_PACKS[0]!.rules[0]!.id, enabled: false }],
      },
      { pack: imported, source: { kind: 'file', fileName: 'mine.json' }, enabled: false, ruleOverrides: [] },
    ],
    subscriptions: [
      {
        url: 'https://packs.example.org/denials.json',
        packId: null,
        expectedSha256: 'a'.repeat(64),
        intervalHours: 24,
        enabled: true,
        lastSuccess: null,
        lastError: 'the server answered 503',
        lastErrorAt: '2026-03-03T00:00:00.000Z',
        sha256: null,
      },
    ],
  };
}

function corrupt(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(serializeBackup(input(), AT)) as Record<string, any>;
  edit(doc);
  return JSON.stringify(doc);
}

function errorPaths(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors.map((e) => e.path);
}

describe('serializeBackup → parseBackup', () => {
  it('round-trips everything', () => {
    const result = parseBackup(serializeBackup(input(), AT));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const b: Backup = result.backup;
    expect(b.format).toBe(BACKUP_FORMAT);
    expect(b.version).toBe(1);
    expect(b.exportedAt).toBe('2026-03-04T05:06:07.000Z');
    expect(b.settings.map((s) => s.key)).toEqual(['paused', 'trainerMode', 'uiLanguage']);
    expect(b.settings[1]!.value).toBe(true);
    expect(b.sites.map((s) => s.host)).toEqual(['news.example.org', 'www.example.com']);
    expect(b.packs.map((p) => p.pack)).toEqual(input().packs.map((p) => p.pack));
    expect(b.packs[0]!.ruleOverrides).toEqual(input().packs[0]!.ruleOverrides);
    expect(b.packs[1]!.source).toEqual({ kind: 'file', fileName: 'mine.json' });
    expect(b.subscriptions).toEqual(input().subscriptions);
  });

  it('is byte-stable: same state, same text, whatever the order of rows and keys', () => {
    const a = input();
    const b = input();
    b.settings.reverse();
    b.sites.reverse();
    b.subscriptions = b.subscriptions.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s);
    expect(serializeBackup(b, AT)).toBe(serializeBackup(a, AT));
    expect(Object.keys(JSON.parse(serializeBackup(a, AT)) as object)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'sites',
      'packs',
      'subscriptions',
    ]);
  });

  it('names the file by date', () => {
    expect(backupFileName(AT)).toBe('counterpoint-backup-2026-03-04.json');
  });
});

describe('a corrupted backup is refused whole, with paths', () => {
  it('a broken pack inside (checked like an import)', () => {
    expect(errorPaths(corrupt((d) => (d.packs[1].pack.rules[0].assessments[0].id = 'no-such-report')))).toEqual([
      'packs[1].pack.rules[0].assessments[0]',
    ]);
    expect(errorPaths(corrupt((d) => (d.packs[1].pack.updated = '2026-02-30')))).toEqual(['packs[1].pack.updated']);
    expect(errorPaths(corrupt((d) => (d.packs[0].pack = null)))).toEqual(['packs[0].pack']);
  });

  it('wrong types and missing fields in the records', () => {
    const text = corrupt((d) => {
      d.sites[0].enabled = 'yes';
      d.sites[1].host = 'Not A Host!';
      delete d.subscriptions[0].intervalHours;
      d.subscriptions[0].url = 'http://packs.example.org/x.json';
      d.packs[0].source = { kind: 'somewhere' };
    });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sites[0].enabled',
        'sites[1].host',
        'subscriptions[0].intervalHours',
        'subscriptions[0].url',
        'packs[0].source.kind',
      ]),
    );
    expect(result.errors.find((e) => e.path === 'subscriptions[0].intervalHours')?.message).toBe(
      'required field is missing',
    );
  });

  it('duplicates', () => {
    const text = corrupt((d) => {
      d.settings.push({ key: 'paused', value: true });
      d.packs.push(d.packs[0]);
    });
    expect(errorPaths(text)).toEqual(['settings[3].key', 'packs[2].pack.id']);
  });

  it('not a backup, a newer version, truncated JSON, hostile input', () => {
    expect(errorPaths('{"id": "a-pack"}')).toEqual(['(root)']);
    expect(errorPaths(corrupt((d) => (d.version = 2)))).toEqual(['version']);
    expect(errorPaths(corrupt((d) => (d.version = '1')))).toEqual(['version']);
    const cut = parseBackup(serializeBackup(input(), AT).slice(0, 500));
    expect(!cut.ok && cut.errors[0]!.message).toMatch(/^not valid JSON at line \d+, column \d+/);
    expect(errorPaths('['.repeat(100_000) + ']'.repeat(100_000))).toEqual(['(root)']);
    expect(errorPaths(`{"format":"${BACKUP_FORMAT}","__proto__":{"version":1}}`).length).toBeGreaterThan(0);
    expect(errorPaths('')).toEqual(['(root)']);
  });
});
