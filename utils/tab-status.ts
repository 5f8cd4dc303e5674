/**
 * The background's per-tab memory: which tabs the content script has run on.
 *
 * Kept in memory on purpose (issue #2): it describes documents that are open right now, so it
 * must not outlive them. It is forgotten when the tab closes or starts loading a new document.
 * Known limit: Chrome may suspend an idle MV3 service worker, which empties this map; a tab then
 * reads "not scanned" until its next navigation. Moving the map to `storage.session` fixes that
 * if it turns out to matter.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type TabStatus } from './protocol';

const NOT_SCANNED: TabStatus = { scanned: false };

/** Wires the tab-status messages and tab events. Returns a function that unwires them. */
export function registerTabStatus(): () => void {
  const tabs = new Map<number, { url: string; title: string }>();

  function statusOf(tabId: number): TabStatus {
    const page = tabs.get(tabId);
    return page ? { scanned: true, ...page } : NOT_SCANNED;
  }

  function announce(tabId: number): void {
    // No popup or side panel open is the normal case, and then the send fails: ignore it.
    sendMessage('tabStatusChanged', { tabId, status: statusOf(tabId) }).catch(() => {});
  }

  function forget(tabId: number): void {
    if (tabs.delete(tabId)) announce(tabId);
  }

  const removers = [
    onMessage('contentReady', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId == null || tabId < 0) return { ok: false, error: 'contentReady must come from a tab' };
      tabs.set(tabId, { url: data.url, title: data.title });
      announce(tabId);
      return { ok: true, tabId };
    }),
    onMessage('getTabStatus', ({ data: tabId }) => statusOf(tabId)),
  ];

  const onRemoved = (tabId: number) => forget(tabId);
  // 'loading' means a new document is on its way; its content script will report again.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') forget(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);

  return () => {
    for (const remove of removers) remove();
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
