import { beforeEach, describe, expect, it } from 'vitest';
import { CounterpointDb, db, DB_NAME } from '@/storage/db';
import { getScanSettings, getSetting, isSiteEnabled, setPaused, setSiteEnabled } from '@/storage/settings';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('settings database', () => {
  it('is version 2 with the settings and sites tables keyed as documented (packs: tests/unit/packs-db.test.ts)', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['packs', 'ruleOverrides', 'settings', 'sites', 'subscriptions']);
    expect(db.settings.schema.primKey.keyPath).toBe('key');
    expect(db.sites.schema.primKey.keyPath).toBe('host');
  });

  it('starts with defaults: not paused, every site on', async () => {
    expect(await getScanSettings()).toEqual({ paused: false, disabledSites: [] });
    expect(await getSetting('trainerMode')).toBe(false);
    expect(await getSetting('uiLanguage')).toBe('auto');
    expect(await isSiteEnabled('www.reuters.com')).toBe(true);
  });

  it('pauses and resumes', async () => {
    expect(await setPaused(true)).toEqual({ paused: true, disabledSites: [] });
    expect(await getSetting('paused')).toBe(true);
    expect(await setPaused(false)).toEqual({ paused: false, disabledSites: [] });
  });

  it('switches a site off and on by its exact host, case-insensitively', async () => {
    expect(await setSiteEnabled('www.Reuters.com', false)).toEqual({ paused: false, disabledSites: ['www.reuters.com'] });
    expect(await isSiteEnabled('www.reuters.com')).toBe(false);
    expect(await isSiteEnabled('reuters.com')).toBe(true);
    await setSiteEnabled('www.bbc.com', false);
    expect((await getScanSettings()).disabledSites).toEqual(['www.bbc.com', 'www.reuters.com']);
    expect(await setSiteEnabled('www.reuters.com', true)).toEqual({ paused: false, disabledSites: ['www.bbc.com'] });
  });

  it('keeps what was written across connections (a second page opening the same database)', async () => {
    await setPaused(true);
    await setSiteEnabled('example.org', false);
    const other = new CounterpointDb();
    try {
      expect(await getScanSettings(other)).toEqual({ paused: true, disabledSites: ['example.org'] });
    } finally {
      other.close();
    }
  });
});
