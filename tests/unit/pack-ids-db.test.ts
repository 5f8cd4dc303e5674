/**
 * Issue #14 items 4 and 6 through the storage layer: an imported pack (file, subscription or
 * backup) can never take a bundled pack's id nor redefine a bundled assessment or actor; a backup
 * can neither mark its own pack "bundled" nor smuggle in a pack over the 5 MB file cap; "Restore
 * bundled defaults" never overwrites a pack the user imported.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '@/rules/index';
import { exportPack } from '@/rules/import/index';
import type { Pack } from '@/rules/schema/pack';
import { db } from '@/storage/db';
import { exportBackup, importPackFile, restoreBackup, restoreBundledDefaults } from '@/storage/packs';
import { resetEngineInput } from '@/entrypoints/background/scan-config';
import { exampleAssessment } from '../engine/pack-fixtures';
import { dumpDb } from './helpers/db-dump';

const CORE = BUNDLED_PACKS[0]!;
const dump = () => dumpDb(db);

/** A valid pack of our own. */
function ownPack(overrides: Partial<Pack> = {}): Pack {
  return { ...structuredClone(CORE), id: 'local-denials', title: 'Local denials', ...overrides };
}

/** A backup of the current database, changed by `edit` (a parsed copy of the file). */
async function editedBackup(
  edit: (doc: { packs: { pack: Record<string, unknown>; source: Record<string, unknown> }[] }) => void,
): Promise<string> {
  const doc = JSON.parse(await exportBackup(db, new Date('2026-03-01T00:00:00Z'))) as Parameters<typeof edit>[0];
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  resetEngineInput();
});

describe('importing a file', () => {
  it('a pack with a bundled pack id is refused and nothing changes, even with replace', async () => {
    const before = await dump();
    const result = await importPackFile(exportPack({ ...CORE, title: 'Replaced' }), 1000, { replace: true });
    expect(result).toEqual({ ok: false, errors: [{ path: 'id', message: expect.stringMatching(/bundled pack/) }] });
    expect(await dump()).toEqual(before);
  });

  it('a pack redefining a bundled assessment is refused', async () => {
    const pack = ownPack({ assessments: [exampleAssessment({ id: 'mueller-report', title: 'Not the report' })] });
    const result = await importPackFile(exportPack(pack), 1000);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'assessments[0].id', message: expect.stringMatching(/bundled assessment/) }],
    });
    expect(await db.packs.get('local-denials')).toBeUndefined();
  });
});

describe('restoring a backup', () => {
  it('"source: bundled" on a pack that does not ship is refused with its path', async () => {
    await importPackFile(exportPack(ownPack()), 1000, { fileName: 'local.json' });
    const text = await editedBackup((doc) => {
      doc.packs.find((p) => p.pack.id === 'local-denials')!.source = { kind: 'bundled' };
    });
    const index = (JSON.parse(text) as { packs: { pack: { id: string } }[] }).packs.findIndex(
      (p) => p.pack.id === 'local-denials',
    );
    const before = await dump();
    expect(await restoreBackup(text)).toEqual({
      ok: false,
      errors: [
        { path: `packs[${index}].source`, message: expect.stringMatching(/"local-denials" is not one of them/) },
      ],
    });
    expect(await dump()).toEqual(before);
  });

  it('an imported pack with a bundled id is refused', async () => {
    const text = await editedBackup((doc) => {
      doc.packs[0]!.source = { kind: 'file', fileName: 'core.json' };
    });
    expect(await restoreBackup(text)).toEqual({
      ok: false,
      errors: [{ path: 'packs[0].pack.id', message: expect.stringMatching(/bundled pack/) }],
    });
  });

  it('a pack over the 5 MB file cap is refused, in a backup as in a file', async () => {
    const text = await editedBackup((doc) => {
      doc.packs.push({
        pack: { ...ownPack(), description: 'x'.repeat(5 * 1024 * 1024) },
        source: { kind: 'file' },
        enabled: true,
        ruleOverrides: [],
      } as never);
    });
    const result = await restoreBackup(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: `packs[${BUNDLED_PACKS.length}].pack`,
          message: expect.stringMatching(/at most 5 MB, in a backup as in a file/),
        },
      ],
    });
  });

  it('a bundled pack comes back as the shipped copy, whatever the file says', async () => {
    const text = await editedBackup((doc) => {
      doc.packs[0]!.pack.title = 'Edited in the file';
    });
    expect(await restoreBackup(text)).toEqual({ ok: true });
    expect((await db.packs.get(CORE.id))?.pack).toEqual(CORE);
  });
});

describe('restoring bundled defaults', () => {
  it('never overwrites an imported pack that an older version let take a bundled id', async () => {
    // What an earlier version could store: a file pack under the core pack's id.
    const legacy = { ...structuredClone(CORE), title: 'My own core' };
    await db.packs.put({
      id: CORE.id,
      pack: legacy,
      source: { kind: 'file', fileName: 'core.json' },
      version: legacy.version,
      enabled: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await restoreBundledDefaults();
    expect(await db.packs.get(CORE.id)).toMatchObject({
      pack: { title: 'My own core' },
      source: { kind: 'file', fileName: 'core.json' },
    });
    // The other bundled packs are back to their shipped copies, on.
    for (const pack of BUNDLED_PACKS.slice(1))
      expect(await db.packs.get(pack.id)).toMatchObject({ pack, source: { kind: 'bundled' }, enabled: true });
  });
});
