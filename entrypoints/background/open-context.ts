/**
 * Background side of `openContext`: a card's "Open context" button asks to see a finding in the
 * side panel. The panel opens for the sender's tab; the finding id is remembered per tab so the
 * side panel can select that finding when it renders: a panel that opens now asks for it
 * (`takeContext`), one that was already open is told (`contextRequested`).
 *
 * Why the panel is opened before anything is awaited: `sidePanel.open` only works inside the
 * user gesture the click carried over, and an `await` before it can lose that gesture.
 */
import { openSidePanel } from '@/utils/open-side-panel';
import { broadcast, type Failure, onBackgroundMessage } from '@/utils/protocol';

const pending = new Map<number, string>();

/** The finding a tab's card last asked the side panel to show (and forgets it): `takeContext`. */
function takeContext(tabId: number): string | null {
  const id = pending.get(tabId) ?? null;
  pending.delete(tabId);
  return id;
}

/** Handles one request; separate from the listener so a unit test can call it directly. */
export function openContext(
  tabId: number | undefined,
  findingId: string,
  open = openSidePanel,
): Promise<{ ok: true } | Failure> {
  if (tabId == null || tabId < 0) return Promise.resolve({ ok: false, error: 'openContext must come from a tab' });
  const opening = open(tabId);
  pending.set(tabId, findingId);
  return opening.then((result) => {
    // No extension page open is the normal case; the send then fails, which is fine.
    if (result.ok) broadcast('contextRequested', { tabId, findingId }).catch(() => {});
    return result;
  });
}

/** Registers the handlers in the background; returns their remover. */
export function registerOpenContext(): () => void {
  const removers = [
    onBackgroundMessage('openContext', ({ data, sender }) => openContext(sender.tab?.id, data.findingId)),
    onBackgroundMessage('takeContext', ({ data: tabId }) => ({ findingId: takeContext(tabId) })),
  ];
  return () => removers.forEach((remove) => remove());
}
