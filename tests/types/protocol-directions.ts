/**
 * Compile-time checks (run by `npm run typecheck`, never executed): each message has one
 * direction, and the functions of the other directions refuse it. Every `@ts-expect-error` line
 * fails `tsc` as soon as the error it expects goes away, e.g. if the maps were merged again.
 */
import { onPageMessage } from '@/entrypoints/background/sender';
import {
  broadcast,
  onBackgroundMessage,
  onBroadcast,
  onContentMessage,
  sendToBackground,
  sendToTab,
} from '@/utils/protocol';

export function directions(): void {
  // Allowed: each message through its own direction.
  void sendToBackground('getTabFindings', 1);
  void sendToTab('showFinding', { id: 'x' }, 1);
  void broadcast('contextRequested', { tabId: 1, findingId: 'x' });
  onContentMessage('configChanged', () => {});
  onBroadcast('tabFindingsChanged', () => {});
  onBackgroundMessage('reportFindings', () => ({ ok: true }));

  // @ts-expect-error the background does not answer a content script's message
  onBackgroundMessage('showFinding', () => ({ ok: true }));
  // @ts-expect-error a content script does not answer the background's messages
  onContentMessage('getTabFindings', () => ({ tabId: 1, state: 'scanned', findings: [] }));
  // @ts-expect-error a message to a content script names its tab
  void sendToTab('showFinding', { id: 'x' });
  // @ts-expect-error content-script messages are not sent to the background
  void sendToBackground('getPageText', undefined);
  // @ts-expect-error extension pages are told, not asked, about tabs
  void broadcast('getTabFindings', 1);
  // @ts-expect-error the extension-page guard is for messages from extension pages only
  onPageMessage('reportFindings', () => ({ ok: true }));
}
