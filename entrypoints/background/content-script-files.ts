/**
 * The built content script's files, read from the manifest so the one-click scan and the
 * "all sites" registration inject exactly what the listed news sites get.
 */
import { browser } from 'wxt/browser';

export interface ContentScriptFiles {
  js: string[];
  css: string[];
}

const FALLBACK: ContentScriptFiles = { js: ['content-scripts/content.js'], css: [] };

export function contentScriptFiles(): ContentScriptFiles {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  const ours =
    declared.find((script) => script.js?.some((file) => file.includes('content-scripts/content'))) ?? declared[0];
  if (!ours?.js?.length) return FALLBACK;
  return { js: [...ours.js], css: [...(ours.css ?? [])] };
}
