/**
 * Messages the background answers (utils/protocol.ts explains the rules), by sender. Both go
 * through one messenger: the background registers its handlers with `onBackgroundMessage`
 * (extension-page-only ones through entrypoints/background/sender.ts, which checks the sender).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PackError } from '@/rules/import/errors';
import type { PackedFindings, Wire } from './page-wire';
import type {
  AnalyzeRequest,
  Failure,
  FindingsReport,
  PackChangeResult,
  ScanConfig,
  SubscriptionReply,
  TabFindings,
} from './protocol';

/** Content script → background. */
export interface ContentToBackground {
  /**
   * Content script → background: may I annotate this page, and with what? Sent as soon as the
   * script starts on a document (and again after a single-page-app navigation or a config
   * change); it also tells the background that the sender's tab shows this page (the tab id
   * from the sender, so the content script never needs `tabs` permissions). One message where
   * there were two (`contentReady` before it: issue #14, per-page cost).
   */
  getScanConfig(page: { url: string; title: string }): ScanConfig;

  /**
   * Content script → background: the page's extracted text; the background runs the engine
   * (compiled once per worker, not once per page) and answers with the findings. `only`: the
   * indices of the blocks that changed since the last scan (the rest are not re-analysed).
   * `languages`: what the page declares about each block's language; the background detects the
   * blocks' languages from it (extraction's `labelLanguages`) so the page does not.
   * Both ways as JSON strings, the findings packed (utils/page-wire.ts: a page's main thread
   * pays far less for a string than for Chromium copying the objects).
   */
  analyzePage(request: Wire<AnalyzeRequest>): Wire<{ ok: true; packed: PackedFindings; partial?: true } | Failure>;

  /**
   * Content script → background: the findings on the page now (after each scan or rescan;
   * an empty list clears them). The background keeps them per tab and sets the badge.
   */
  reportFindings(report: Wire<FindingsReport>): { ok: true } | Failure;

  /**
   * Content script → background, from a click on a card's "Open context" button: open the side
   * panel for the sender's tab on this finding. Sent straight from the click so the browser
   * still counts it as a user gesture (sidePanel.open refuses otherwise).
   */
  openContext(target: { findingId: string }): { ok: true } | Failure;
}

/** Popup, side panel and options page → background. */
export interface PagesToBackground {
  /** Popup / side panel → background: the findings of a tab. */
  getTabFindings(tabId: number): TabFindings;

  /**
   * Popup / options → background; the reply is what is stored now. The pages read settings from
   * the database themselves (live queries: storage/settings.ts).
   */
  setPaused(paused: boolean): { paused: boolean };
  setSiteEnabled(change: { host: string; enabled: boolean }): { host: string; enabled: boolean };

  /** Popup → background: annotate this tab now (activeTab + scripting), for a site not on the list. */
  scanTab(tabId: number): { ok: true } | Failure;

  /**
   * Issue #15: how a claim reaches the side panel selected. Side panel → background when it shows
   * a tab: the finding a card's "Open context" asked for on that tab, once (null when none).
   */
  takeContext(tabId: number): { findingId: string | null };

  /*
   * Pack management (issue #6), options page → background. The background writes the database
   * (storage/packs.ts, storage/subscriptions.ts), resets its engine cache and sends
   * `configChanged` to open tabs. The options page reads the database itself (live queries).
   */

  /** Switch a pack on or off. */
  setPackEnabled(change: { packId: string; enabled: boolean }): { ok: true } | Failure;
  /** Switch one rule of a pack on or off. */
  setRuleEnabled(change: { packId: string; ruleId: string; enabled: boolean }): { ok: true } | Failure;
  /**
   * Import a pack file (our JSON or ClaimReview JSON-LD). Nothing is stored unless the whole
   * file is valid; an installed id comes back as `exists` unless `replace` is set.
   */
  importPack(file: { text: string; byteLength: number; fileName: string; replace: boolean }): PackChangeResult;
  /** Remove an imported or subscribed pack (bundled packs can only be switched off). */
  removePack(packId: string): { ok: true } | Failure;
  /** Bundled packs back on, every rule override cleared. */
  restoreBundledDefaults(): { ok: true } | Failure;
  /** Replace every setting, site, pack and subscription with a backup file's, atomically. */
  restoreBackup(file: { text: string }): { ok: true } | { ok: false; errors: PackError[] };
  /** Subscribe to a pack URL (https only): the background fetches, validates and stores it. */
  subscribe(input: { url: string; expectedSha256?: string; intervalHours?: number }): SubscriptionReply;
  /** Fetch a subscription again now; a failed or invalid update keeps the previous version. */
  updateSubscription(input: { url: string }): SubscriptionReply;
  /** Unsubscribe and remove its pack. */
  removeSubscription(input: { url: string }): { ok: true } | Failure;

  /**
   * Trainer mode (issue #7), popup → background. The background writes the setting and sends
   * `configChanged` to open tabs; the reply is the value now stored.
   */
  setTrainerMode(on: boolean): { ok: true; trainerMode: boolean } | Failure;

  /**
   * Interface language ('auto', 'en' or 'ru'), options page → background. The background writes
   * the setting and sends `configChanged` to open tabs, whose in-page UI then speaks the new
   * language (it comes with the scan config); the reply is the value now stored. Extension
   * pages read the setting when they open.
   */
  setUiLanguage(lang: string): { ok: true; uiLanguage: string } | Failure;
}

export type BackgroundProtocol = ContentToBackground & PagesToBackground;

const messenger = defineExtensionMessaging<BackgroundProtocol>();

/** From a content script or an extension page to the background. */
export const sendToBackground = messenger.sendMessage;
/** In the background: answers one message type. */
export const onBackgroundMessage = messenger.onMessage;
