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
 * - Name messages after what happened or what is asked (`contentReady`, `getTabFindings`).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PackError } from '@/rules/import/errors';
import type { DocumentInput, Finding, TextBlock } from '@/rules/types';
import type { UiLanguage } from './i18n';
import type { PackedFindings, Wire } from './page-wire';
import type { PackTitles } from './trainer';

/** A failure the receiver expected and reports instead of throwing. */
export interface Failure {
  ok: false;
  error: string;
}

/** Why a page is not being annotated. */
export type OffReason = 'paused' | 'site-off';

/**
 * What a content script needs to annotate a page: whether to (and if not, why not), and how
 * to show it. The engine itself stays in the background (`analyzePage`): a page never pays
 * for receiving the packs or compiling the lexicons (issue #14, per-page cost).
 */
export type ScanConfig =
  | {
      enabled: true;
      /** Pack and rule titles, for trainer mode's "why this matched" (only when it is on). */
      titles?: PackTitles[];
      /** Trainer mode (issue #7): the page shows a legend and, in each card, why the claim matched. */
      trainer: boolean;
      /**
       * The interface language the in-page UI speaks: the options page's setting, with 'auto'
       * resolved by the background to the browser's language (English when we do not ship it).
       * Sent here because a content script may not open the extension's database.
       */
      lang: UiLanguage;
    }
  | { enabled: false; reason: OffReason };

/** `analyzePage`'s request (sent as JSON: utils/page-wire.ts). */
export interface AnalyzeRequest {
  input: DocumentInput;
  only?: number[];
  languages?: { declared: (string | null | undefined)[]; pageLang?: string };
  /**
   * A long page comes in parts, each in a task of its own on the page (serialising 2 MB at once
   * took 30–60 ms): part `index` of `count` carries the next blocks (and their `languages`);
   * the background keeps them until the last, which carries the metadata and `only`, and answers
   * the earlier ones with `partial`.
   */
  part?: { scan: string; index: number; count: number };
}

/** `reportFindings`' report (sent as JSON, the findings packed: utils/page-wire.ts). */
export interface FindingsReport {
  url: string;
  title: string;
  state: TabFindings['state'];
  packed: PackedFindings;
}

/** What the background holds for one tab: the side panel and popup render it. */
export interface TabFindings {
  tabId: number;
  state: 'not-scanned' | 'scanning' | 'scanned' | OffReason;
  url?: string;
  title?: string;
  findings: Finding[];
}

export interface ProtocolMap {
  /**
   * Content script → background, once per document it runs on (and again after a
   * single-page-app navigation). The background learns the tab id from the sender, so the
   * content script never needs `tabs` permissions. Fails when the sender is not a tab.
   */
  contentReady(page: { url: string; title: string }): { ok: true; tabId: number } | Failure;

  /** Content script → background: may I annotate this page, and with what? */
  getScanConfig(page: { url: string }): ScanConfig;

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

  /** Popup / side panel → background: the findings of a tab. */
  getTabFindings(tabId: number): TabFindings;

  /** Background → open extension pages: a tab's findings changed. */
  tabFindingsChanged(change: TabFindings): void;

  /** Background → content scripts: settings or packs changed; ask for the config again and rescan or clear. */
  configChanged(): void;

  /** Side panel → content script (via tabs.sendMessage): scroll to a finding and show its card. */
  showFinding(target: { id: string }): { ok: true } | Failure;

  /**
   * Popup / options → background; the reply is what is stored now. The pages read settings from
   * the database themselves (live queries: storage/settings.ts).
   */
  setPaused(paused: boolean): { paused: boolean };
  setSiteEnabled(change: { host: string; enabled: boolean }): { host: string; enabled: boolean };

  /** Popup → background: annotate this tab now (activeTab + scripting), for a site not on the list. */
  scanTab(tabId: number): { ok: true } | Failure;

  /**
   * Content script → background, from a click on a card's "Open context" button: open the side
   * panel for the sender's tab on this finding. Sent straight from the click so the browser
   * still counts it as a user gesture (sidePanel.open refuses otherwise).
   */
  openContext(target: { findingId: string }): { ok: true } | Failure;

  /**
   * Issue #15: how a claim reaches the side panel selected. Side panel → background when it shows
   * a tab: the finding a card's "Open context" asked for on that tab, once (null when none).
   */
  takeContext(tabId: number): { findingId: string | null };
  /**
   * Background (after "Open context") or popup (after "Open side panel") → open extension pages:
   * select this finding of this tab, for a side panel that was already open.
   */
  contextRequested(target: { tabId: number; findingId: string }): void;
  /** Side panel / popup → content script: the finding whose card is open on the page, if any. */
  getOpenFinding(): { findingId: string | null };

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

  /**
   * Side panel → content script: the text blocks of the last scan (plain data), so the panel can
   * export the page's findings with positions that match them (Markdown, HTML, W3C, ClaimReview).
   */
  getPageText(): { ok: true; blocks: TextBlock[]; title: string; url: string; published?: string } | Failure;
}

/** Reply to `importPack`. */
export type PackChangeResult =
  | { ok: true; packId: string; title: string; replaced: boolean }
  | { ok: false; errors: PackError[]; exists?: { id: string; title: string; version: string } };

/** Reply to `subscribe` / `updateSubscription`. */
export type SubscriptionReply = { ok: true; packId: string; changed: boolean } | { ok: false; error: string; errors?: PackError[] };

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
