import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { ALL_SITES, hasAllSites } from '@/utils/all-sites';
import { NEWS_SITES } from '@/utils/news-sites';
import { plainPermissionError } from '@/utils/plain-errors';

/**
 * "Run on all sites": asks the browser for the optional `<all_urls>` permission, or gives it
 * back. The background registers or unregisters the content script when the permission
 * changes (entrypoints/background/all-sites.ts), so this component only deals with the permission itself.
 */
export function AllSitesSwitch() {
  const [granted, setGranted] = useState<boolean>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const refresh = () => void hasAllSites().then(setGranted, (e: unknown) => setError(String(e)));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  function onChange(next: boolean) {
    setError(undefined);
    // request() must run straight from the click: the browser shows its own prompt.
    const change = next ? browser.permissions.request(ALL_SITES) : browser.permissions.remove(ALL_SITES);
    change.then(
      (done) => {
        // request() resolves false when the reader (or the browser) says no.
        if (next && done === false) setError(plainPermissionError(null));
        void hasAllSites().then(setGranted);
      },
      (e: unknown) => setError(plainPermissionError(e instanceof Error ? e.message : String(e))),
    );
  }

  return (
    <section aria-labelledby="cp-where">
      <h2 id="cp-where">Where Counterpoint runs</h2>
      <p>
        By default Counterpoint reads pages on {NEWS_SITES.length} major news sites. On any other page, open
        Counterpoint from the toolbar and choose <em>Scan this page</em>: that reads that one page, once.
      </p>
      <Switch
        id="cp-all-sites"
        label="Run on all sites"
        checked={granted === true}
        disabled={granted === undefined}
        description="Reads every page you open, as it does on the news sites. Your browser will ask to let Counterpoint “read and change” data on all websites: it needs to read the text to find claims; it changes nothing, and the text never leaves your device. Switch off to give the permission back."
        onChange={onChange}
      />
      {error ? (
        <p className="cp-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
