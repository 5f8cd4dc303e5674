import { beforeEach, describe, expect, it } from 'vitest';
import { CounterpointDb, db, DB_NAME } from '@/storage/db';
import { getSetting, isSiteEnabled, setPaused, setSiteEnabled, sitesOff } from '@/storage/settings';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('settings database', () => {
  it('is version 2 with the settings and sites tables keyed as documented (packs: tests/unit/packs-db.test.ts)', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'packs',
      'ruleOverrides',
      'settings',
      'sites',
      'subscriptions',
    ]);
    expect(db.settings.schema.primKey.keyPath).toBe('key');
    expect(db.sites.schema.primKey.keyPath).toBe('host');
  });

  it('starts with defaults: not paused, every site on', async () => {
    expect(await getSetting('paused')).toBe(false);
    expect(await sitesOff()).toEqual([]);
    expect(await getSetting('trainerMode')).toBe(false);
    expect(await getSetting('uiLanguage')).toBe('auto');
    expect(await isSiteEnabled('www.reuters.com')).toBe(true);
  });

  it('pauses and resumes', async () => {
    expect(await setPaused(true)).toBe(true);
    expect(await getSetting('paused')).toBe(true);
    expect(await setPaused(false)).toBe(false);
    expect(await getSetting('paused')).toBe(false);
  });

  it('switches a site off and on by its exact host, case-insensitively', async () => {
    expect(await setSiteEnabled('www.Reuters.com', false)).toBe(false);
    expect(await sitesOff()).toEqual(['www.reuters.com']);
    expect(await isSiteEnabled('www.reuters.com')).toBe(false);
    expect(await isSiteEnabled('reuters.com')).toBe(true);
    await setSiteEnabled('www.bbc.com', false);
    expect(await sitesOff()).toEqual(['www.bbc.com', 'www.reuters.com']);
    expect(await setSiteEnabled('www.reuters.com', true)).toBe(true);
    expect(await sitesOff()).toEqual(['www.bbc.com']);
  });

  it('keeps what was written across connections (a second page opening the same database)', async () => {
    await setPaused(true);
    await setSiteEnabled('example.org', false);
    const other = new CounterpointDb();
    try {
      expect(await getSetting('paused', other)).toBe(true);
      expect(await sitesOff(other)).toEqual(['example.org']);
    } finally {
      other.close();
    }
  });
});
