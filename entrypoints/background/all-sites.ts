/**
 * "Run on all sites": an optional host permission the user grants from the options page. While
 * it is granted, the background registers the content script for every page (except the listed
 * news sites, which have it already); when it is revoked, the registration goes. The state is
 * re-checked whenever the worker starts, so a grant or revoke made while it slept still counts.
 */
import { browser } from 'wxt/browser';
import { hasAllSites } from '@/utils/all-sites';
import { NEWS_SITE_MATCHES } from '@/utils/news-sites';
import { contentScriptFiles } from './content-script-files';

export const ALL_SITES_SCRIPT_ID = 'counterpoint-all-sites';

/** Makes the registration match the permission. Returns whether it is now registered. */
export async function syncAllSitesScript(): Promise<boolean> {
  const granted = await hasAllSites();
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    const { js, css } = contentScriptFiles();
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT_ID,
        matches: ['<all_urls>'],
        excludeMatches: [...NEWS_SITE_MATCHES],
        js,
        ...(css.length ? { css } : {}),
        runAt: 'document_idle',
        // Registered again by the check at every start; the permission is the source of truth.
        persistAcrossSessions: false,
      },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
  return granted;
}

/** Keeps the registration in step with the permission. Returns a function that unwires it. */
export function registerAllSites(): () => void {
  const sync = () =>
    void syncAllSitesScript().catch((error) => console.warn('[counterpoint] all-sites registration:', error));
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  return () => {
    browser.permissions.onAdded.removeListener(sync);
    browser.permissions.onRemoved.removeListener(sync);
  };
}
