import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOM_NAMES } from '@/utils/dom-names';
import { sendMessage } from '@/utils/protocol';

/**
 * Runs on news pages. For now it does two things, neither of which adds a node to the page:
 *
 * 1. Registers an (empty) CSS Custom Highlight under our prefixed name. This is the mechanism
 *    issue #4 fills with findings; it paints text without touching the DOM, and its
 *    registration is the one trace a page (or a browser test) can see: `CSS.highlights.has(...)`.
 * 2. Tells the background it ran (`contentReady`), so the popup and side panel can say so.
 *
 * Everything is bound to `ctx`, so an extension update or reload leaves nothing behind.
 */
export default defineContentScript({
  matches: ['*://*.reuters.com/*'],
  main(ctx) {
    registerHighlight(ctx);
    void reportReady();
    // Single-page sites swap articles without a new document; report the new address.
    ctx.addEventListener(window, 'wxt:locationchange', () => void reportReady());
  },
});

function registerHighlight(ctx: ContentScriptContext): void {
  // CSS.highlights: Chromium 105+, Firefox 140+, Safari 17.2+. Older browsers just get no paint.
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const name = DOM_NAMES.findingHighlight;
  CSS.highlights.set(name, new Highlight());
  ctx.onInvalidated(() => CSS.highlights.delete(name));
}

async function reportReady(): Promise<void> {
  try {
    const reply = await sendMessage('contentReady', { url: location.href, title: document.title });
    if (!reply.ok) console.warn('[counterpoint] background refused contentReady:', reply.error);
  } catch (error) {
    // The background is unreachable only while the extension is being updated or reloaded.
    console.debug('[counterpoint] contentReady not delivered:', error);
  }
}
