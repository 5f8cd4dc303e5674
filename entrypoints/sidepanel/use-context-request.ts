/**
 * Issue #15: the side panel opens with the claim the reader came from selected, scrolled into
 * view and focused. Three ways in, all ending in `reveal(id)`:
 * - a card's "Open context" opened the panel: the background parked the finding id for the tab,
 *   and the panel takes it (`takeContext`) once the tab's findings are there;
 * - the popup's "Open side panel": the panel asks the page which card is open (`getOpenFinding`);
 * - the panel was already open: the background (or popup) tells it (`contextRequested`).
 */
import { useEffect, useRef } from 'react';
import { onBroadcast, sendToBackground, sendToTab } from '@/utils/protocol';
import { usePanelUi } from './ui-store';

export function useContextRequest(tabId: number | null, findingIds: readonly string[]): void {
  const reveal = usePanelUi((s) => s.reveal);
  const key = findingIds.join('\n');
  /** The tab whose open card was already asked for: once per tab, so a rescan never moves focus. */
  const askedPage = useRef<number | null>(null);

  // Pull, when the panel (re)opens on a tab with findings.
  useEffect(() => {
    if (tabId == null || findingIds.length === 0) return;
    let alive = true;
    let done = false;
    const askPage = askedPage.current !== tabId;
    askedPage.current = tabId;
    void (async () => {
      const parked = await sendToBackground('takeContext', tabId).catch(() => ({ findingId: null }));
      const open =
        parked.findingId || !askPage
          ? null
          : (await sendToTab('getOpenFinding', undefined, tabId).catch(() => ({ findingId: null }))).findingId;
      done = true;
      const id = parked.findingId ?? open;
      // A parked id was taken from the background: show it even if this run was interrupted.
      if ((alive || parked.findingId) && id && findingIds.includes(id)) reveal(id);
    })();
    return () => {
      alive = false;
      // Interrupted before the page answered (e.g. React's development double run): ask again.
      if (!done && askPage) askedPage.current = null;
    };
    // Once per tab and set of findings (`key`): a rescan with new claims may find the parked one.
  }, [tabId, key, reveal]);

  // Push, while the panel is open.
  useEffect(() => {
    if (tabId == null) return;
    return onBroadcast('contextRequested', ({ data }) => {
      if (data.tabId === tabId) {
        reveal(data.findingId);
        // Consumed here, so a later reopening does not jump back to it.
        void sendToBackground('takeContext', tabId).catch(() => {});
      }
    });
  }, [tabId, reveal]);
}
