/**
 * The background's per-tab memory: what the content script reported for each open tab.
 *
 * It describes documents that are open right now, so it must not outlive them: an entry goes
 * when its tab closes or starts loading a new document. Chrome stops an idle MV3 service
 * worker, which empties memory, so every entry is mirrored to `storage.session` (memory only,
 * cleared when the browser quits, never written to disk) and read back when the worker starts.
 */
import type { TabFindings } from '@/utils/protocol';

/** The slice of `storage.session` the store uses; absent where the browser has none. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const KEY_PREFIX = 'tab:';

export function notScanned(tabId: number): TabFindings {
  return { tabId, state: 'not-scanned', findings: [] };
}

/**
 * What the toolbar badge says for a tab: the number of findings on a scanned page; nothing
 * when there are none, when the page was not scanned, or when Counterpoint is off there.
 */
export function badgeText(entry: TabFindings | undefined): string {
  if (!entry || entry.state !== 'scanned' || entry.findings.length === 0) return '';
  // Badges show about four characters.
  return entry.findings.length > 999 ? '999+' : String(entry.findings.length);
}

export class TabFindingsStore {
  private readonly tabs = new Map<number, TabFindings>();
  /** Resolves once entries saved by a previous worker are back in memory. */
  readonly ready: Promise<void>;

  constructor(
    private readonly session: SessionArea | undefined,
    /** Ids of tabs that still exist; restored entries for other tabs are dropped. */
    openTabIds: () => Promise<number[]> = async () => [],
  ) {
    this.ready = this.restore(openTabIds).catch((error) =>
      console.warn('[counterpoint] could not restore tab findings:', error),
    );
  }

  get(tabId: number): TabFindings | undefined {
    return this.tabs.get(tabId);
  }

  /** The tab's findings, or the "not scanned" answer. */
  read(tabId: number): TabFindings {
    return this.tabs.get(tabId) ?? notScanned(tabId);
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  set(entry: TabFindings): void {
    this.tabs.set(entry.tabId, entry);
    void this.session?.set({ [KEY_PREFIX + entry.tabId]: entry }).catch(() => {});
  }

  /** Forgets a tab. True if there was something to forget. */
  delete(tabId: number): boolean {
    const had = this.tabs.delete(tabId);
    if (had) void this.session?.remove(KEY_PREFIX + tabId).catch(() => {});
    return had;
  }

  private async restore(openTabIds: () => Promise<number[]>): Promise<void> {
    if (!this.session) return;
    const saved = await this.session.get(null);
    const open = new Set(await openTabIds());
    for (const [key, value] of Object.entries(saved)) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const entry = value as TabFindings;
      // A tab may have closed while the worker was asleep; a newer report wins over the saved one.
      if (!open.has(entry.tabId)) void this.session.remove(key).catch(() => {});
      else if (!this.tabs.has(entry.tabId)) this.tabs.set(entry.tabId, entry);
    }
  }
}
