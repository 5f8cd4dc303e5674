/**
 * React hook for the popup: one tab and what the background holds for it, kept current by
 * `tabFindingsChanged`. The tab is `?tabId=N` from the page's address when given (tests, a
 * popup opened in its own tab), otherwise the active tab of the current window.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { onBroadcast, sendToBackground, type TabFindings } from './protocol';

export type TabFindingsState =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  | { phase: 'error'; error: string }
  | { phase: 'ready'; tabId: number; tabUrl?: string; tab: TabFindings };

/** `?tabId=N` in an extension page's address, if present and valid. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

async function targetTab(requested: number | undefined): Promise<{ id: number; url?: string } | undefined> {
  if (requested != null) {
    const tab = await browser.tabs.get(requested).catch(() => undefined);
    return { id: requested, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id == null ? undefined : { id: tab.id, url: tab.url };
}

export function useTabFindings(requestedTabId?: number): TabFindingsState {
  const [state, setState] = useState<TabFindingsState>({ phase: 'loading' });

  useEffect(() => {
    let alive = true;
    let shown: { id: number; url?: string } | undefined;
    const set = (next: TabFindingsState) => alive && setState(next);

    void (async () => {
      try {
        shown = await targetTab(requestedTabId);
        if (!shown) return set({ phase: 'no-tab' });
        set({
          phase: 'ready',
          tabId: shown.id,
          tabUrl: shown.url,
          tab: await sendToBackground('getTabFindings', shown.id),
        });
      } catch (error) {
        set({ phase: 'error', error: String(error) });
      }
    })();

    const removeChanged = onBroadcast('tabFindingsChanged', ({ data }) => {
      if (shown && data.tabId === shown.id)
        set({ phase: 'ready', tabId: shown.id, tabUrl: data.url ?? shown.url, tab: data });
    });
    return () => {
      alive = false;
      removeChanged();
    };
  }, [requestedTabId]);

  return state;
}
