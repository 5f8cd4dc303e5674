/**
 * Background wiring of the per-tab findings: the content script's reports come in, the toolbar
 * badge and open extension pages follow, and closed or reloaded tabs are forgotten.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '@/rules/types';
import { fromWire, unpackFindings } from '@/utils/page-wire';
import { broadcast, type FindingsReport, onBackgroundMessage, type TabFindings } from '@/utils/protocol';
import { onPageMessage } from './sender';
import { badgeText, TabFindingsStore, type SessionArea } from './tab-findings-store';

/** Neutral grey: the badge counts claims, it is not a warning. */
export const BADGE_COLOR = '#5b6470';

export interface TabFindingsWiring {
  store: TabFindingsStore;
  /** Records what a tab's content script was told by `getScanConfig` (`title`: the page's, as it sent it). */
  noteConfig(tabId: number, url: string, state: TabFindings['state'], title?: string): void;
  unregister(): void;
}

/** Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export function registerTabFindings(): TabFindingsWiring {
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  const store = new TabFindingsStore(session, async () =>
    (await browser.tabs.query({})).flatMap((t) => (t.id == null ? [] : [t.id])),
  );
  void toolbarAction()
    ?.setBadgeBackgroundColor({ color: BADGE_COLOR })
    ?.catch(() => {});

  function announce(tabId: number): void {
    const entry = store.get(tabId);
    // The tab may be gone (closed); setting its badge then fails, which is fine.
    void toolbarAction()
      ?.setBadgeText({ tabId, text: badgeText(entry) })
      ?.catch(() => {});
    // No popup or side panel open is the normal case, and then the send fails: ignore it.
    broadcast('tabFindingsChanged', store.read(tabId)).catch(() => {});
  }

  function put(entry: TabFindings): void {
    store.set(entry);
    announce(entry.tabId);
  }

  function forget(tabId: number): void {
    if (store.delete(tabId)) announce(tabId);
  }

  const removers = [
    onBackgroundMessage('reportFindings', async ({ data: wire, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId == null || tabId < 0) return { ok: false, error: 'reportFindings must come from a tab' };
      let data: FindingsReport;
      let findings: Finding[];
      try {
        data = fromWire(wire);
        findings = unpackFindings(data.packed);
      } catch (error) {
        return { ok: false, error: `reportFindings: ${error instanceof Error ? error.message : String(error)}` };
      }
      await store.ready;
      put({ tabId, state: data.state, url: data.url, title: data.title, findings });
      return { ok: true };
    }),
    onPageMessage('getTabFindings', async ({ data: tabId }) => {
      await store.ready;
      return store.read(tabId);
    }),
  ];

  const onRemoved = (tabId: number) => forget(tabId);
  // 'loading' means a new document is on its way; its content script will report again.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') forget(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);

  return {
    store,
    noteConfig(tabId, url, state, title) {
      const known = store.get(tabId);
      // Off: the page clears at once, so the badge and panel should too. On: keep the old
      // findings (if this is a rescan of the same page) until the new report arrives.
      if (state === 'scanning' && known?.url === url && known.state === 'scanned') return;
      put({ tabId, state, url, title: title ?? (known?.url === url ? known.title : undefined), findings: [] });
    },
    unregister() {
      for (const remove of removers) remove();
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
  };
}
