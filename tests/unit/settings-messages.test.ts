import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '@/storage/db';
import { getSetting, sitesOff } from '@/storage/settings';
import { sendToBackground } from '@/utils/protocol';
import { scanTab } from '@/entrypoints/background/scan-tab';
import { registerSettingsMessages } from '@/entrypoints/background/settings-messages';
import { TabFindingsStore } from '@/entrypoints/background/tab-findings-store';
import { installChromeMessaging } from './helpers/chrome-messaging';

/** Records what the background sends to tabs (`tabs.sendMessage`), as message type per tab. */
function recordTabMessages() {
  const sent: [number, string][] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    message: { type: string },
    _o: unknown,
    reply?: (r: unknown) => void,
  ) => {
    sent.push([tabId, message.type]);
    reply?.({ res: undefined });
  }) as never);
  return sent;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('settings messages', () => {
  let store: TabFindingsStore;
  let unregister: () => void;
  let sent: [number, string][];

  beforeEach(async () => {
    fakeBrowser.reset();
    await db.delete();
    await db.open();
    installChromeMessaging().sendAs({ url: 'chrome-extension://test-extension-id/popup.html' });
    sent = recordTabMessages();
    store = new TabFindingsStore(undefined);
    store.set({ tabId: 1, state: 'scanned', url: 'https://www.reuters.com/a', findings: [] });
    store.set({ tabId: 2, state: 'scanned', url: 'https://www.bbc.com/b', findings: [] });
    unregister = registerSettingsMessages(store);
  });
  afterEach(() => {
    unregister();
    vi.restoreAllMocks();
  });

  it('pause writes the database, then tells every tab with our script to re-read its config', async () => {
    expect(await sendToBackground('setPaused', true)).toEqual({ paused: true });
    expect(await getSetting('paused')).toBe(true);
    await tick();
    expect(sent).toEqual([
      [1, 'configChanged'],
      [2, 'configChanged'],
    ]);
  });

  it('a site switch tells only the tabs on that host', async () => {
    expect(await sendToBackground('setSiteEnabled', { host: 'www.Reuters.com', enabled: false })).toEqual({
      host: 'www.reuters.com',
      enabled: false,
    });
    await tick();
    expect(sent).toEqual([[1, 'configChanged']]);
    expect(await sitesOff()).toEqual(['www.reuters.com']);
  });

  it('the interface language is stored, then every tab is told to re-read its config (it carries the language)', async () => {
    expect(await sendToBackground('setUiLanguage', 'ru')).toEqual({ ok: true, uiLanguage: 'ru' });
    expect(await getSetting('uiLanguage')).toBe('ru');
    await tick();
    expect(sent).toEqual([
      [1, 'configChanged'],
      [2, 'configChanged'],
    ]);
  });

  it('an unknown interface language is refused, and no tab is bothered', async () => {
    expect(await sendToBackground('setUiLanguage', 'xx')).toEqual({
      ok: false,
      error: 'unknown interface language "xx"',
    });
    expect(await getSetting('uiLanguage')).toBe('auto');
    await tick();
    expect(sent).toEqual([]);
  });

  it('ignores tabs whose script is gone', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
      _t: number,
      _m: unknown,
      _o: unknown,
      reply?: (r: unknown) => void,
    ) => reply?.(undefined)) as never);
    expect(await sendToBackground('setPaused', false)).toEqual({ paused: false });
  });
});

describe('scanTab', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      content_scripts: [
        { matches: ['*://*.reuters.com/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] },
      ],
    } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('injects the built content script (CSS first) into a tab without it', async () => {
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation(
      (async (i: { target: { tabId: number }; files: string[] }) =>
        void calls.push(`css ${i.target.tabId} ${i.files}`)) as never,
    );
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (i: {
      target: { tabId: number };
      files: string[];
    }) => {
      calls.push(`js ${i.target.tabId} ${i.files}`);
      return [];
    }) as never);
    expect(await scanTab(4, new TabFindingsStore(undefined))).toEqual({ ok: true });
    expect(calls).toEqual(['css 4 content-scripts/content.css', 'js 4 content-scripts/content.js']);
  });

  it('reports a refused injection as a failure value', async () => {
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      throw new Error('Cannot access contents of the page');
    }) as never);
    expect(await scanTab(4, new TabFindingsStore(undefined))).toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
  });

  it('asks a tab that already has the script to rescan instead of injecting a second copy', async () => {
    installChromeMessaging();
    const sent = recordTabMessages();
    const inject = vi.fn();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(inject as never);
    const store = new TabFindingsStore(undefined);
    store.set({ tabId: 4, state: 'site-off', url: 'https://www.reuters.com/a', findings: [] });
    expect(await scanTab(4, store)).toEqual({ ok: true });
    await tick();
    expect(inject).not.toHaveBeenCalled();
    expect(sent).toEqual([[4, 'configChanged']]);
  });
});
