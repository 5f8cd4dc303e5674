/**
 * The side panel's data: one tab and what the background holds for it, kept current without a
 * reload. The panel stays open while the reader switches tabs and navigates, so with no
 * `?tabId=N` it follows the active tab of its window; with `?tabId=N` (the pop-out used for
 * projection in trainings) it stays on that tab. Either way it re-reads the tab when it
 * navigates or changes title, and takes `tabFindingsChanged` pushes (late content, rescans,
 * site switched off) as they come.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { onBroadcast, sendToBackground } from '@/utils/protocol';
import type { TabFindingsState } from '@/utils/use-tab-findings';

export function useFollowedTab(fixedTabId?: number): TabFindingsState {
  const [state, setState] = useState<TabFindingsState>({ phase: 'loading' });

  useEffect(() => {
    let alive = true;
    let shownId: number | undefined;
    /** Each read gets a number, so a slow answer for a tab we already left is dropped. */
    let latest = 0;

    async function show(tabId: number | undefined) {
      const ticket = ++latest;
      shownId = tabId;
      if (tabId == null) return alive && setState({ phase: 'no-tab' });
      try {
        const [tab, findings] = await Promise.all([
          browser.tabs.get(tabId).catch(() => undefined),
          sendToBackground('getTabFindings', tabId),
        ]);
        if (alive && ticket === latest)
          setState({
            phase: 'ready',
            tabId,
            tabUrl: tab?.url,
            tab: { ...findings, title: findings.title || tab?.title },
          });
      } catch (error) {
        if (alive && ticket === latest) setState({ phase: 'error', error: String(error) });
      }
    }
    async function showActive() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      await show(tab?.id);
    }

    void (fixedTabId == null ? showActive() : show(fixedTabId));

    const onActivated = () => {
      if (fixedTabId == null) void showActive();
    };
    const onUpdated = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
      if (tabId === shownId && (change.url != null || change.title != null || change.status === 'complete'))
        void show(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const removeChanged = onBroadcast('tabFindingsChanged', ({ data }) => {
      if (!alive || data.tabId !== shownId) return;
      latest++; // newer than any read in flight
      setState((prev) => ({
        phase: 'ready',
        tabId: data.tabId,
        tabUrl: data.url ?? (prev.phase === 'ready' ? prev.tabUrl : undefined),
        tab: { ...data, title: data.title || (prev.phase === 'ready' ? prev.tab.title : undefined) },
      }));
    });
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      removeChanged();
    };
  }, [fixedTabId]);

  return state;
}
