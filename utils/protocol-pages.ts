/**
 * What open extension pages (popup, side panel) are told (utils/protocol.ts explains the rules).
 * A broadcast: no page may be open, and then the send fails, which senders ignore.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { TabFindings } from './protocol';

export interface PagesProtocol {
  /** Background → open extension pages: a tab's findings changed. */
  tabFindingsChanged(change: TabFindings): void;

  /**
   * Background (after "Open context") or popup (after "Open side panel") → open extension pages:
   * select this finding of this tab, for a side panel that was already open.
   */
  contextRequested(target: { tabId: number; findingId: string }): void;
}

const messenger = defineExtensionMessaging<PagesProtocol>();

/** From the background (or the popup) to every open extension page. */
export const broadcast = messenger.sendMessage;
/** In an extension page: follows one message type. */
export const onBroadcast = messenger.onMessage;
