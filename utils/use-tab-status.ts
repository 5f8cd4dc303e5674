/**
 * React hook for the popup and the side panel: the active tab and what the background knows
 * about it. With `follow`, it keeps up as the reader switches tabs or navigates (the side
 * panel stays open across both); without it, it reads once (the popup closes on blur anyway).
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type TabStatus } from './protocol';

export type TabStatusState =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  | { phase: 'error'; error: string }
  | { phase: 'ready'; tabId: number; status: TabStatus };

export function useActiveTabStatus({ follow }: { follow: boolean }): TabStatusState {
  const [state, setState] = useState<TabStatusState>({ phase: 'loading' });

  useEffect(() => {
    let alive = true;
    let shownTabId: number | undefined;
    const set = (next: TabStatusState) => {
      if (!alive) return;
      shownTabId = next.phase === 'ready' ? next.tabId : undefined;
      setState(next);
    };

    async function show(tabId: number | undefined) {
      if (tabId == null) return set({ phase: 'no-tab' });
      try {
        set({ phase: 'ready', tabId, status: await sendMessage('getTabStatus', tabId) });
      } catch (error) {
        set({ phase: 'error', error: String(error) });
      }
    }
    async function showActive() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      await show(tab?.id);
    }

    void showActive();
    if (!follow) return () => void (alive = false);

    const onActivated = () => void showActive();
    const onUpdated = (tabId: number) => {
      if (tabId === shownTabId) void show(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const removeChanged = onMessage('tabStatusChanged', ({ data }) => {
      if (data.tabId === shownTabId) set({ phase: 'ready', tabId: data.tabId, status: data.status });
    });
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      removeChanged();
    };
  }, [follow]);

  return state;
}
