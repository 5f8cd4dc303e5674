/**
 * Issue #6 storage: the v2 schema and its migration from the committed v1 database
 * (tests/fixtures/db/v1.json), bundled packs seeded and refreshed without touching the user's
 * switches, the active packs pages get, imports (pack JSON and ClaimReview) through the storage
 * layer where invalid files change nothing, backup round trip, and subscriptions with a fake fetch.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '@/rules/index';
import { exportPack, sha256Hex, type FetchLike } from '@/rules/import/index';
import type { Pack } from '@/rules/schema/pack';
import { CounterpointDb, db, DB_NAME, syncBundledPacks } from '@/storage/db';
import {
  activePacks,
  exportBackup,
  importPackFile,
  listPacks,
  removePack,
  restoreBackup,
  restoreBundledDefaults,
  setPackEnabled,
  setRuleEnabled,
} from '@/storage/packs';
import { getSetting, setPaused, setSiteEnabled, sitesOff } from '@/storage/settings';
import {
  addSubscription,
  dueSubscriptions,
  removeSubscription,
  updateDueSubscriptions,
  updateSubscription,
} from '@/storage/subscriptions';
import { currentEngineInput, resetEngineInput } from '@/entrypoints/background/scan-config';
import { dumpDb, loadDump, type DbDump } from './helpers/db-dump';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const V1 = JSON.parse(readFileSync(resolve(FIXTURES, 'db/v1.json'), 'utf8')) as DbDump;
const CORE = 'election-interference-denials';
const BUNDLED_IDS = BUNDLED_PACKS.map((p) => p.id);

/** A valid pack of our own, not bundled. */
function customPack(version = '1.0.0', title = 'Local denials'): Pack {
  return { ...structuredClone(BUNDLED_PACKS[0]!), id: 'local-denials', title, version };
}
const packText = (pack: Pack) => exportPack(pack);
const dump = () => dumpDb(db);

beforeEach(async () => {
  await db.delete();
  await db.open();
  resetEngineInput();
});

describe('schema v2 and the migration from v1', () => {
  const name = 'counterpoint-migration-test';
  let opened: CounterpointDb | undefined;
  afterEach(async () => {
    opened?.close();
    await Dexie.delete(name);
  });

  it('the committed fixture really is a version-1 database with settings and sites', () => {
    expect(V1.version).toBe(1);
    expect(Object.keys(V1.tables).sort()).toEqual(['settings', 'sites']);
    expect(V1.tables.settings!.length).toBeGreaterThan(0);
    expect(V1.tables.sites!.length).toBeGreaterThan(0);
  });

  it('opening the v1 database with the current version keeps every setting and site, and seeds the bundled packs', async () => {
    await loadDump(V1, name);
    const before = new Dexie(name);
    await before.open();
    expect(before.verno).toBe(1);
    before.close();

    opened = new CounterpointDb(name);
    await opened.open();
    expect(opened.verno).toBe(2);
    const after = await dumpDb(opened);
    expect(after.tables.settings).toEqual(V1.tables.settings);
    expect(after.tables.sites).toEqual(V1.tables.sites);
    expect(await getSetting('paused', opened)).toBe(true);
    expect(await getSetting('uiLanguage', opened)).toBe('ru');
    expect(await sitesOff(opened)).toEqual(['edition.cnn.com', 'www.reuters.com']);
    const packs = await listPacks(opened);
    expect(packs.map((p) => p.id)).toEqual(BUNDLED_IDS);
    expect(packs.every((p) => p.enabled && p.source.kind === 'bundled')).toBe(true);
    expect(packs[0]!.pack).toEqual(BUNDLED_PACKS[0]);
    expect(after.tables.ruleOverrides).toEqual([]);
    expect(after.tables.subscriptions).toEqual([]);
  });

  it('a fresh install gets the bundled packs too', async () => {
    expect((await listPacks()).map((p) => p.id)).toEqual(BUNDLED_IDS);
    expect(db.packs.schema.primKey.keyPath).toBe('id');
    expect(db.ruleOverrides.schema.primKey.keyPath).toEqual(['packId', 'ruleId']);
    expect(db.subscriptions.schema.primKey.keyPath).toBe('url');
  });

  it('a new version of a bundled pack replaces the stored copy but keeps the pack switch and rule overrides', async () => {
    await setPackEnabled(CORE, false);
    const ruleId = BUNDLED_PACKS[0]!.rules[0]!.id;
    await setRuleEnabled('dismissals', BUNDLED_PACKS[2]!.rules[0]!.id, false);
    await setRuleEnabled(CORE, ruleId, false);
    const newer = BUNDLED_PACKS.map((p) =>
      p.id === CORE ? { ...p, version: '1.1.0', description: 'Shipped with the next version.' } : p,
    );
    await syncBundledPacks(db, newer);
    const row = await db.packs.get(CORE);
    expect(row?.version).toBe('1.1.0');
    expect(row?.pack.description).toBe('Shipped with the next version.');
    expect(row?.enabled).toBe(false);
    expect(await db.ruleOverrides.count()).toBe(2);
    // And the next extension version, opened by a new connection, does the same on open.
    db.close();
    const next = new CounterpointDb(
      DB_NAME,
      newer.map((p) => (p.id === 'dismissals' ? { ...p, version: '2.0.0' } : p)),
    );
    await next.open();
    expect((await next.packs.get('dismissals'))?.version).toBe('2.0.0');
    expect((await next.packs.get(CORE))?.enabled).toBe(false);
    expect(await next.ruleOverrides.count()).toBe(2);
    next.close();
    await db.open();
  });
});

describe('active packs for pages', () => {
  it('are the enabled packs, without the rules switched off, and the engine cache follows a reset', async () => {
    expect((await activePacks()).map((p) => p.id)).toEqual(BUNDLED_IDS);
    const first = await currentEngineInput();
    expect(first.packs.map((p) => p.id)).toEqual(BUNDLED_IDS);
    expect(await currentEngineInput()).toBe(first);

    await setPackEnabled(CORE, false);
    const dropped = BUNDLED_PACKS[1]!.rules[0]!;
    await setRuleEnabled(BUNDLED_PACKS[1]!.id, dropped.id, false);
    resetEngineInput();
    const next = await currentEngineInput();
    expect(next.packs.map((p) => p.id)).toEqual(BUNDLED_IDS.slice(1));
    expect(next.packs[0]!.rules.map((r) => r.id)).not.toContain(dropped.id);
    expect(next.packs[0]!.rules).toHaveLength(BUNDLED_PACKS[1]!.rules.length - 1);
    expect(structuredClone(next)).toEqual(next);

    await setRuleEnabled(BUNDLED_PACKS[1]!.id, dropped.id, true);
    expect(await db.ruleOverrides.count()).toBe(0);
  });

  it('restoring bundled defaults re-enables bundled packs and clears every override', async () => {
    await setPackEnabled(CORE, false);
    await setRuleEnabled(CORE, BUNDLED_PACKS[0]!.rules[0]!.id, false);
    await restoreBundledDefaults();
    expect((await listPacks()).every((p) => p.enabled)).toBe(true);
    expect(await db.ruleOverrides.count()).toBe(0);
  });
});

describe('importing pack files through the storage layer', () => {
  it('stores a valid pack JSON, enabled, with its file name', async () => {
    const result = await importPackFile(packText(customPack()), 1000, { fileName: 'local.json' });
    expect(result).toMatchObject({ ok: true, kind: 'counterpoint', replaced: false });
    const row = await db.packs.get('local-denials');
    expect(row).toMatchObject({ enabled: true, version: '1.0.0', source: { kind: 'file', fileName: 'local.json' } });
    expect((await activePacks()).map((p) => p.id)).toContain('local-denials');
  });

  it('converts and stores a ClaimReview JSON-LD file', async () => {
    const text = readFileSync(resolve(FIXTURES, 'claimreview/array.json'), 'utf8');
    const result = await importPackFile(text, text.length, { fileName: 'array.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('claimreview');
    expect((await db.packs.get(result.pack.id))?.pack.rules.length).toBeGreaterThan(0);
  });

  it.each([
    ['not JSON', '{ "id": '],
    ['a pack with wrong fields', JSON.stringify({ ...customPack(), rules: [{ id: 'Bad Id' }] })],
    ['a ClaimReview without a claim', readFileSync(resolve(FIXTURES, 'claimreview/missing-claim.json'), 'utf8')],
    ['a file over 5 MB', packText(customPack())],
  ])('refuses %s with errors and leaves the database unchanged', async (what, text) => {
    const before = await dump();
    const size = what === 'a file over 5 MB' ? 5 * 1024 * 1024 + 1 : text.length;
    const result = await importPackFile(text, size, { fileName: 'bad.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]).toHaveProperty('path');
    expect(await dump()).toEqual(before);
  });

  it('an existing id asks first (nothing changes); replace keeps the switch and the overrides', async () => {
    await importPackFile(packText(customPack()), 1000, { fileName: 'a.json' });
    await setPackEnabled('local-denials', false);
    await setRuleEnabled('local-denials', customPack().rules[0]!.id, false);
    const before = await dump();
    const asked = await importPackFile(packText(customPack('2.0.0', 'Newer')), 1000, { fileName: 'b.json' });
    expect(asked).toMatchObject({
      ok: false,
      exists: { id: 'local-denials', title: 'Local denials', version: '1.0.0' },
    });
    expect(await dump()).toEqual(before);
    const replaced = await importPackFile(packText(customPack('2.0.0', 'Newer')), 1000, {
      fileName: 'b.json',
      replace: true,
    });
    expect(replaced).toMatchObject({ ok: true, replaced: true });
    expect(await db.packs.get('local-denials')).toMatchObject({
      version: '2.0.0',
      enabled: false,
      source: { fileName: 'b.json' },
    });
    expect(await db.ruleOverrides.count()).toBe(1);
    expect(await removePack('local-denials')).toBe(true);
    expect(await db.ruleOverrides.count()).toBe(0);
    expect(await removePack(CORE)).toBe(false);
  });
});

describe('backup and restore', () => {
  it('round-trips every table, and an invalid backup changes nothing', async () => {
    await setPaused(true);
    await setSiteEnabled('www.reuters.com', false);
    await importPackFile(packText(customPack()), 1000, { fileName: 'local.json' });
    await setPackEnabled(CORE, false);
    await setRuleEnabled('dismissals', BUNDLED_PACKS[2]!.rules[1]!.id, false);
    const text = await exportBackup(db, new Date('2026-03-01T00:00:00Z'));
    const saved = await dump();

    await restoreBundledDefaults();
    await setPaused(false);
    await setSiteEnabled('www.reuters.com', true);
    await removePack('local-denials');
    expect(await dump()).not.toEqual(saved);

    const bad = JSON.parse(text) as { packs: { pack: { rules: unknown[] } }[] };
    bad.packs[0]!.pack.rules = [];
    const beforeBad = await dump();
    const refused = await restoreBackup(JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]!.path).toMatch(/^packs\[0\]\.pack/);
    expect(await dump()).toEqual(beforeBad);
    expect((await restoreBackup('not json')).ok).toBe(false);
    expect(await dump()).toEqual(beforeBad);

    expect(await restoreBackup(text)).toEqual({ ok: true });
    const restored = await dump();
    const withoutTimes = (d: DbDump) => ({
      ...d,
      tables: {
        ...d.tables,
        packs: (d.tables.packs as { updatedAt: string }[]).map(({ updatedAt: _, ...row }) => row),
      },
    });
    expect(withoutTimes(restored)).toEqual(withoutTimes(saved));
    expect(await exportBackup(db, new Date('2026-03-01T00:00:00Z'))).toBe(text);
  });
});

describe('subscriptions', () => {
  const URL_ = 'https://packs.example.org/local.json';
  let served: { status: number; body: string };
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    return new Response(served.body, { status: served.status });
  };
  let clock = new Date('2026-02-01T08:00:00.000Z');
  const deps = { fetch, now: () => clock };
  beforeEach(() => {
    calls.length = 0;
    clock = new Date('2026-02-01T08:00:00.000Z');
    served = { status: 200, body: packText(customPack()) };
  });

  it('refuses http:// (and local http unless the test build allows it) without fetching', async () => {
    expect(await addSubscription({ url: 'http://packs.example.org/local.json' }, deps)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/https/),
    });
    expect(await addSubscription({ url: 'http://127.0.0.1:8080/p.json' }, deps)).toMatchObject({ ok: false });
    expect(
      await addSubscription({ url: 'http://packs.example.org/p.json' }, { ...deps, allowLocalHttp: true }),
    ).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
    expect(await db.subscriptions.count()).toBe(0);
  });

  it('adds, updates, and a broken update keeps the previous version in force', async () => {
    const added = await addSubscription({ url: URL_, expectedSha256: null }, deps);
    expect(added).toEqual({ ok: true, packId: 'local-denials', changed: true });
    expect(calls).toEqual([URL_]);
    const sub = await db.subscriptions.get(URL_);
    expect(sub).toMatchObject({
      packId: 'local-denials',
      lastSuccess: clock.toISOString(),
      lastError: null,
      sha256: await sha256Hex(new TextEncoder().encode(served.body)),
    });
    expect(await db.packs.get('local-denials')).toMatchObject({
      source: { kind: 'subscription', url: URL_ },
      version: '1.0.0',
    });

    // A new version is served.
    clock = new Date('2026-02-02T09:00:00.000Z');
    served = { status: 200, body: packText(customPack('1.1.0')) };
    expect(await updateSubscription(URL_, deps)).toEqual({ ok: true, packId: 'local-denials', changed: true });
    expect((await db.packs.get('local-denials'))?.version).toBe('1.1.0');

    // Broken: invalid JSON, then a server error. The 1.1.0 pack stays; the error is shown.
    const inForce = await db.packs.get('local-denials');
    clock = new Date('2026-02-03T09:00:00.000Z');
    served = { status: 200, body: '{ "id": "local-denials", "rules": [] }' };
    const broken = await updateSubscription(URL_, deps);
    expect(broken.ok).toBe(false);
    expect(await db.packs.get('local-denials')).toEqual(inForce);
    expect(await db.subscriptions.get(URL_)).toMatchObject({
      lastSuccess: '2026-02-02T09:00:00.000Z',
      lastError: expect.stringMatching(/not a valid pack/),
      lastErrorAt: clock.toISOString(),
    });
    served = { status: 500, body: '' };
    expect(await updateSubscription(URL_, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/500/) });
    expect(await db.packs.get('local-denials')).toEqual(inForce);
    expect((await activePacks()).find((p) => p.id === 'local-denials')?.version).toBe('1.1.0');
    expect(calls.every((u) => u === URL_)).toBe(true);

    // Fixed again: the error clears.
    served = { status: 200, body: packText(customPack('1.2.0')) };
    expect((await updateSubscription(URL_, deps)).ok).toBe(true);
    expect(await db.subscriptions.get(URL_)).toMatchObject({ lastError: null, lastErrorAt: null });

    expect(await removeSubscription(URL_)).toBe(true);
    expect(await db.packs.get('local-denials')).toBeUndefined();
  });

  it('a pinned SHA-256 that does not match stores nothing', async () => {
    const before = await dump();
    const result = await addSubscription({ url: URL_, expectedSha256: 'a'.repeat(64) }, deps);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/pinned/) });
    expect(await dump()).toEqual(before);
  });

  it('a bundled pack id is refused, with the path of the id', async () => {
    served = { status: 200, body: packText(BUNDLED_PACKS[0]!) };
    const before = await dump();
    expect(await addSubscription({ url: URL_ }, deps)).toMatchObject({
      ok: false,
      errors: [{ path: 'id', message: expect.stringMatching(/bundled pack/) }],
    });
    expect(await dump()).toEqual(before);
  });

  it('scheduled updates run when due, and wait an hour after a failure', async () => {
    await addSubscription({ url: URL_, intervalHours: 24 }, deps);
    const sub = (await db.subscriptions.get(URL_))!;
    expect(dueSubscriptions([sub], new Date('2026-02-02T07:59:00.000Z'))).toEqual([]);
    expect(dueSubscriptions([sub], new Date('2026-02-02T08:00:00.000Z'))).toHaveLength(1);
    expect(
      dueSubscriptions([{ ...sub, lastErrorAt: '2026-02-02T07:30:00.000Z' }], new Date('2026-02-02T08:00:00.000Z')),
    ).toEqual([]);

    clock = new Date('2026-02-02T08:00:00.000Z');
    served = { status: 200, body: packText(customPack('3.0.0')) };
    expect(await updateDueSubscriptions(deps)).toEqual([URL_]);
    expect((await db.packs.get('local-denials'))?.version).toBe('3.0.0');
    expect(await updateDueSubscriptions(deps)).toEqual([]);
  });
});
