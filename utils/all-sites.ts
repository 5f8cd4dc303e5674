/**
 * "Run on all sites": the optional host permission the options page requests and removes, and
 * whether it is granted. The background registers the content script while it is
 * (entrypoints/background/all-sites.ts).
 */
import { browser } from 'wxt/browser';

/** What the options page requests and removes. */
export const ALL_SITES: { origins: string[] } = { origins: ['<all_urls>'] };

export function hasAllSites(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}
