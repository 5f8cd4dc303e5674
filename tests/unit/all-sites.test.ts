import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALL_SITES_SCRIPT_ID, syncAllSitesScript } from '@/entrypoints/background/all-sites';
import { NEWS_SITE_MATCHES } from '@/utils/news-sites';

/** An in-memory stand-in for the permission and the registered scripts. */
function fakeChrome(granted: boolean) {
  const state = { granted, registered: new Map<string, unknown>() };
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => state.granted) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (f: { ids: string[] }) =>
    f.ids.filter((id) => state.registered.has(id)).map((id) => state.registered.get(id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string }[]) => {
    for (const s of scripts) {
      if (state.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      state.registered.set(s.id, s);
    }
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (f: { ids: string[] }) =>
    f.ids.forEach((id) => state.registered.delete(id))) as never);
  return state;
}

describe('all-sites registration', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      content_scripts: [{ matches: ['*://*.reuters.com/*'], js: ['content-scripts/content.js'] }],
    } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('registers nothing without the permission', async () => {
    const state = fakeChrome(false);
    expect(await syncAllSitesScript()).toBe(false);
    expect(state.registered.size).toBe(0);
  });

  it('registers the content script for every site except the listed ones once granted, once only', async () => {
    const state = fakeChrome(true);
    expect(await syncAllSitesScript()).toBe(true);
    expect(await syncAllSitesScript()).toBe(true);
    expect(state.registered.get(ALL_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['<all_urls>'],
      excludeMatches: [...NEWS_SITE_MATCHES],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
    });
  });

  it('unregisters when the permission is revoked', async () => {
    const state = fakeChrome(true);
    await syncAllSitesScript();
    state.granted = false;
    expect(await syncAllSitesScript()).toBe(false);
    expect(state.registered.size).toBe(0);
  });
});
