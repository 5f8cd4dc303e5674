/**
 * Every message that crosses between Counterpoint's contexts (content script, background,
 * popup, side panel, options) is declared in this module and the three it re-exports, one per
 * direction, each with its own typed send and listen functions:
 * - protocol-background.ts: what the background answers (`sendToBackground`, `onBackgroundMessage`),
 *   split by sender: content scripts (`ContentToBackground`) and extension pages (`PagesToBackground`);
 * - protocol-content.ts: what a tab's content script answers (`sendToTab`, `onContentMessage`);
 * - protocol-pages.ts: what the background tells open extension pages (`broadcast`, `onBroadcast`).
 * So a content script cannot listen for a background message, nor a page send to a tab without
 * its id: `tsc` says so. This module holds the data types they carry.
 *
 * Why typed maps: a message is a contract between two files that never import each other.
 * Keeping every contract in a typed map means a renamed field fails `tsc` on both ends
 * instead of silently arriving as `undefined` in another process.
 *
 * Rules for adding a message:
 * - Payloads and replies are plain data (structured-clone safe: no DOM nodes, Ranges, class
 *   instances or functions), because they are copied between processes.
 * - Expected failures are values (`{ ok: false, error }`), not throws: a thrown error is
 *   serialised, loses its type, and every caller has to remember a try/catch.
 * - Name messages after what happened or what is asked (`reportFindings`, `getTabFindings`).
 */
import type { PackError } from '@/rules/import/errors';
import type { DocumentInput, Finding } from '@/rules/types';
import type { UiLanguage } from './i18n';
import type { PackedFindings } from './page-wire';
import type { BackgroundProtocol } from './protocol-background';
import type { ContentProtocol } from './protocol-content';
import type { PagesProtocol } from './protocol-pages';
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

/** Every message, for code that speaks for any side (the browser tests' control page). */
export type ProtocolMap = BackgroundProtocol & ContentProtocol & PagesProtocol;

/** Reply to `importPack`. */
export type PackChangeResult =
  | { ok: true; packId: string; title: string; replaced: boolean }
  | { ok: false; errors: PackError[]; exists?: { id: string; title: string; version: string } };

/** Reply to `subscribe` / `updateSubscription`. */
export type SubscriptionReply =
  { ok: true; packId: string; changed: boolean } | { ok: false; error: string; errors?: PackError[] };

export {
  onBackgroundMessage,
  sendToBackground,
  type BackgroundProtocol,
  type ContentToBackground,
  type PagesToBackground,
} from './protocol-background';
export { onContentMessage, sendToTab, type ContentProtocol } from './protocol-content';
export { broadcast, onBroadcast, type PagesProtocol } from './protocol-pages';
