/**
 * Issue #14: only Counterpoint's own pages may change settings and packs. A message from a
 * content script (sender.url is the web page's address) to setPaused, setPackEnabled,
 * importPack, subscribe… is refused and changes nothing; the same from the popup works. Values
 * of the wrong type are refused too (`paused: "no"`, a language named "constructor").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BUNDLED_PACKS } from '@/rules/index';
import { exportPack } from '@/rules/import/index';
import { db, syncBundledPacks } from '@/storage/db';
import { listPacks } from '@/storage/packs';
import { getSetting, putSetting, sitesOff } from '@/storage/settings';
import { registerPackMessages } from '@/entrypoints/background/pack-messages';
import { sendToBackground } from '@/utils/protocol';
import { NOT_EXTENSION_PAGE } from '@/entrypoints/background/sender';
import { registerSettingsMessages } from '@/entrypoints/background/settings-messages';
import { registerTabFindings } from '@/entrypoints/background/tab-findings';
import { TabFindingsStore } from '@/entrypoints/background/tab-findings-store';
import { installChromeMessaging } from './helpers/chrome-messaging';

const POPUP = { url: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT = { tab: { id: 7 }, url: 'https://www.reuters.com/world/story' };
const OTHER_EXTENSION = { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' };
const CORE = BUNDLED_PACKS[0]!;

describe('sender checks in the background', () => {
  let messaging: ReturnType<typeof installChromeMessaging>;
  const removers: (() => void)[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    await db.delete();
    await db.open();
    await syncBundledPacks(db);
    messaging = installChromeMessaging();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => Promise.resolve()) as never);
    const store = new TabFindingsStore(undefined);
    removers.push(registerSettingsMessages(store), registerPackMessages(store));
  });
  afterEach(() => {
    removers.splice(0).forEach((remove) => remove());
    vi.restoreAllMocks();
  });

  const pack = { ...structuredClone(BUNDLED_PACKS[2]!), id: 'page-pack', title: 'From a page' };
  const attempts: [string, () => Promise<unknown>][] = [
    ['setPaused', () => sendToBackground('setPaused', true)],
    ['setSiteEnabled', () => sendToBackground('setSiteEnabled', { host: 'www.reuters.com', enabled: false })],
    ['setTrainerMode', () => sendToBackground('setTrainerMode', true)],
    ['setUiLanguage', () => sendToBackground('setUiLanguage', 'ru')],
    ['setPackEnabled', () => sendToBackground('setPackEnabled', { packId: CORE.id, enabled: false })],
    [
      'setRuleEnabled',
      () => sendToBackground('setRuleEnabled', { packId: CORE.id, ruleId: CORE.rules[0]!.id, enabled: false }),
    ],
    [
      'importPack',
      () =>
        sendToBackground('importPack', { text: exportPack(pack), byteLength: 1000, fileName: 'p.json', replace: true }),
    ],
    ['subscribe', () => sendToBackground('subscribe', { url: 'https://packs.example.org/p.json' })],
    ['restoreBundledDefaults', () => sendToBackground('restoreBundledDefaults', undefined)],
  ];

  it.each([
    ['a content script', CONTENT],
    ['another extension', OTHER_EXTENSION],
    ['no url', {}],
  ])('refuses every change from %s and stores nothing', async (_, sender) => {
    messaging.sendAs(sender);
    const before = {
      settings: await db.settings.toArray(),
      packs: await listPacks(),
      subs: await db.subscriptions.count(),
    };
    for (const [name, send] of attempts) await expect(send(), name).rejects.toThrow(NOT_EXTENSION_PAGE);
    expect(await db.settings.toArray()).toEqual(before.settings);
    expect(await listPacks()).toEqual(before.packs);
    expect(await db.subscriptions.count()).toBe(before.subs);
    expect(await getSetting('paused')).toBe(false);
    expect(await sitesOff()).toEqual([]);
  });

  it('lets the popup change settings and packs', async () => {
    messaging.sendAs(POPUP);
    expect(await sendToBackground('setPaused', true)).toEqual({ paused: true });
    expect(await sendToBackground('setPackEnabled', { packId: CORE.id, enabled: false })).toEqual({ ok: true });
    expect((await listPacks()).find((p) => p.id === CORE.id)?.enabled).toBe(false);
  });

  it('refuses values of the wrong type even from the popup', async () => {
    messaging.sendAs(POPUP);
    await expect(sendToBackground('setPaused', 'no' as never)).rejects.toThrow(/invalid value for setting "paused"/);
    expect(await getSetting('paused')).toBe(false);
    await expect(
      sendToBackground('setSiteEnabled', { host: 'www.reuters.com', enabled: 'no' as never }),
    ).rejects.toThrow(/true or false/);
    expect(await sendToBackground('setUiLanguage', 'constructor')).toEqual({
      ok: false,
      error: 'unknown interface language "constructor"',
    });
    expect(await getSetting('uiLanguage')).toBe('auto');
  });
});

describe('tab findings are for our pages only', () => {
  it('a content script cannot read another tab’s findings', async () => {
    fakeBrowser.reset();
    const messaging = installChromeMessaging();
    const tabs = registerTabFindings();
    messaging.sendAs(CONTENT);
    await expect(sendToBackground('getTabFindings', 3)).rejects.toThrow(NOT_EXTENSION_PAGE);
    messaging.sendAs(POPUP);
    expect((await sendToBackground('getTabFindings', 3)).state).toBe('not-scanned');
    tabs.unregister();
  });
});

describe('settings storage', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('a stored value of the wrong type reads as the default, and cannot be written', async () => {
    await db.settings.put({ key: 'paused', value: 'no' } as never);
    await db.settings.put({ key: 'uiLanguage', value: 'constructor' } as never);
    expect(await getSetting('paused')).toBe(false);
    expect(await getSetting('uiLanguage')).toBe('auto');
    await expect(putSetting('paused', 'yes' as never)).rejects.toThrow(/invalid value/);
    await expect(putSetting('uiLanguage', 'toString')).rejects.toThrow(/invalid value/);
  });
});
