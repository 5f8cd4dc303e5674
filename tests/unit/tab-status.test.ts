import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onMessage, sendMessage, type TabStatus } from '@/utils/protocol';
import { registerTabStatus } from '@/utils/tab-status';
import { installChromeMessaging } from './helpers/chrome-messaging';

const PAGE = { url: 'https://www.reuters.com/world/some-article/', title: 'Some article' };

describe('background tab status', () => {
  let messaging: ReturnType<typeof installChromeMessaging>;
  let unregister: () => void;

  beforeEach(() => {
    fakeBrowser.reset();
    messaging = installChromeMessaging();
    unregister = registerTabStatus();
  });
  afterEach(() => unregister());

  async function reportFromTab(tabId: number, page = PAGE) {
    messaging.sendAs({ tab: { id: tabId }, url: page.url });
    return sendMessage('contentReady', page);
  }

  async function statusOf(tabId: number): Promise<TabStatus> {
    messaging.sendAs({ url: 'chrome-extension://test-extension-id/popup.html' });
    return sendMessage('getTabStatus', tabId);
  }

  it('remembers the tab a content script reported from, and only that tab', async () => {
    expect(await statusOf(7)).toEqual({ scanned: false });
    expect(await reportFromTab(7)).toEqual({ ok: true, tabId: 7 });
    expect(await statusOf(7)).toEqual({ scanned: true, ...PAGE });
    expect(await statusOf(8)).toEqual({ scanned: false });
  });

  it('answers contentReady from outside a tab with a failure value', async () => {
    messaging.sendAs({ url: 'chrome-extension://test-extension-id/popup.html' });
    const reply = await sendMessage('contentReady', PAGE);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('tab') });
  });

  it('forgets a tab when it closes', async () => {
    await reportFromTab(3);
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 0, isWindowClosing: false });
    expect(await statusOf(3)).toEqual({ scanned: false });
  });

  it('forgets a tab when it starts loading a new document, not when it finishes', async () => {
    await reportFromTab(4);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
    expect((await statusOf(4)).scanned).toBe(true);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    expect(await statusOf(4)).toEqual({ scanned: false });
  });

  it('announces every change to open extension pages', async () => {
    const seen: unknown[] = [];
    const stop = onMessage('tabStatusChanged', ({ data }) => void seen.push(data));
    await reportFromTab(5);
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 0, isWindowClosing: false });
    stop();
    expect(seen).toEqual([
      { tabId: 5, status: { scanned: true, ...PAGE } },
      { tabId: 5, status: { scanned: false } },
    ]);
  });
});
