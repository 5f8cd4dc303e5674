/**
 * "Scan this page" from the popup, for a page that is not on the news-site list. Opening the
 * popup from the toolbar grants `activeTab` for that tab, which together with `scripting` lets
 * the background inject the content script once, into that document only. Nothing persists:
 * the next page in the tab is not scanned unless it is on the list.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { contentScriptFiles } from './content-script-files';
import type { Failure } from '@/utils/protocol';
import { onPageMessage } from './sender';
import { notifyTabs } from './settings-messages';
import type { TabFindingsStore } from './tab-findings-store';

export async function scanTab(tabId: number, store: TabFindingsStore): Promise<{ ok: true } | Failure> {
  await store.ready;
  // The script is already there (a listed site, or scanned before): ask it to scan again
  // rather than running a second copy.
  if (store.get(tabId)) {
    notifyTabs([tabId]);
    return { ok: true };
  }
  // Paths come from the built manifest, so they exist in the package.
  const { js, css } = contentScriptFiles();
  try {
    if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
    await browser.scripting.executeScript({ target: { tabId }, files: js as ScriptPublicPath[] });
    return { ok: true };
  } catch (error) {
    // Typically: no activeTab grant (popup not opened from the toolbar) or a page no extension
    // may script (the browser's own pages, the web store).
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function registerScanTab(store: TabFindingsStore): () => void {
  return onPageMessage('scanTab', ({ data: tabId }) => scanTab(tabId, store));
}
