/**
 * Every message that crosses between Counterpoint's contexts (content script, background,
 * popup, side panel, options) is declared here, and only here.
 *
 * Why one module: a message is a contract between two files that never import each other.
 * Keeping every contract in one typed map means a renamed field fails `tsc` on both ends
 * instead of silently arriving as `undefined` in another process.
 *
 * Rules for adding a message:
 * - Payloads and replies are plain data (structured-clone safe: no DOM nodes, Ranges, class
 *   instances or functions), because they are copied between processes.
 * - Expected failures are values (`{ ok: false, error }`), not throws: a thrown error is
 *   serialised, loses its type, and every caller has to remember a try/catch.
 * - Name messages after what happened or what is asked (`contentReady`, `getTabStatus`).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

/** A failure the receiver expected and reports instead of throwing. */
export interface Failure {
  ok: false;
  error: string;
}

/** What the background knows about one tab; the popup and side panel render it. */
export interface TabStatus {
  /** True once the content script ran on the tab's current document. */
  scanned: boolean;
  url?: string;
  title?: string;
}

export interface ProtocolMap {
  /**
   * Content script → background, once per document it runs on (and again after a
   * single-page-app navigation). The background learns the tab id from the sender, so the
   * content script never needs `tabs` permissions. Fails when the sender is not a tab.
   */
  contentReady(page: { url: string; title: string }): { ok: true; tabId: number } | Failure;

  /** Popup / side panel → background: what is known about this tab right now. */
  getTabStatus(tabId: number): TabStatus;

  /**
   * Background → open extension pages, whenever a tab's status changes, so the side panel
   * does not have to poll. Nobody may be listening; the background ignores that failure.
   */
  tabStatusChanged(change: { tabId: number; status: TabStatus }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
