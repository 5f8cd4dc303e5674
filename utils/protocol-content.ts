/**
 * Messages a tab's content script answers (utils/protocol.ts explains the rules). They go through
 * `tabs.sendMessage`, so every send names the tab.
 */
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { TextBlock } from '@/rules/types';
import type { Failure } from './protocol';

export interface ContentProtocol {
  /** Background → content scripts: settings or packs changed; ask for the config again and rescan or clear. */
  configChanged(): void;

  /** Side panel → content script (via tabs.sendMessage): scroll to a finding and show its card. */
  showFinding(target: { id: string }): { ok: true } | Failure;

  /** Side panel / popup → content script: the finding whose card is open on the page, if any. */
  getOpenFinding(): { findingId: string | null };

  /**
   * Side panel → content script: the text blocks of the last scan (plain data), so the panel can
   * export the page's findings with positions that match them (Markdown, HTML, W3C, ClaimReview).
   */
  getPageText(): { ok: true; blocks: TextBlock[]; title: string; url: string; published?: string } | Failure;
}

const messenger = defineExtensionMessaging<ContentProtocol>();

/** From the background or an extension page to the content script of tab `tabId`. */
export function sendToTab<K extends keyof ContentProtocol>(
  type: K,
  data: GetDataType<ContentProtocol[K]>,
  tabId: number,
): Promise<GetReturnType<ContentProtocol[K]>> {
  return (
    messenger.sendMessage as (
      type: K,
      data: GetDataType<ContentProtocol[K]>,
      tabId: number,
    ) => Promise<GetReturnType<ContentProtocol[K]>>
  )(type, data, tabId);
}
/** In the content script: answers one message type. */
export const onContentMessage = messenger.onMessage;
