/**
 * Who may ask the background for what. Content scripts run inside web pages: they may report
 * what they found and ask for their configuration, but only Counterpoint's own pages (popup,
 * side panel, options, gallery) may change settings or packs, start a scan or read other tabs'
 * findings. A content script a page managed to subvert must not be able to switch us off,
 * install a pack or subscribe to an address.
 *
 * The browser fills in `sender.url`: the page's address for a content script, our own
 * `chrome-extension://<id>/…` (Firefox: `moz-extension://<uuid>/…`) for extension pages.
 */
import { browser } from 'wxt/browser';
import { onBackgroundMessage, type PagesToBackground } from '@/utils/protocol';

export interface SenderLike {
  id?: string;
  url?: string;
}

export function isExtensionPage(sender: SenderLike | undefined): boolean {
  if (!sender || typeof sender.url !== 'string') return false;
  if (sender.id != null && sender.id !== browser.runtime.id) return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}

export const NOT_EXTENSION_PAGE = "refused: only Counterpoint's own pages may send this message";

/** Wraps a message handler so it runs only for messages from our extension pages. */
export function extensionPagesOnly<M extends { sender: SenderLike }, R>(handler: (message: M) => R): (message: M) => R {
  return (message) => {
    if (!isExtensionPage(message.sender)) throw new Error(NOT_EXTENSION_PAGE);
    return handler(message);
  };
}

/** `onBackgroundMessage` for messages only our own pages may send (`PagesToBackground`). */
export function onPageMessage<K extends keyof PagesToBackground>(
  type: K,
  handler: Parameters<typeof onBackgroundMessage<K>>[1],
): () => void {
  return onBackgroundMessage(type, extensionPagesOnly(handler as never) as never);
}
