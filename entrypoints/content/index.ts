import { defineContentScript } from 'wxt/utils/define-content-script';
import { onContentMessage } from '@/utils/protocol';
import { Annotator } from './annotator';
import { bindKeyboard } from './keyboard';
import { trackPointer } from './pointer';
import { Session } from './session';
import { watchPage } from './watch-page';
import '@/page/highlights.css';

/**
 * Runs on news pages: finds denials of election interference and marks them, without changing
 * the page. The pipeline (extract → analyse → ranges → highlights) lives in session.ts and the
 * modules beside it; this file only wires events to it. page/highlights.css (the ::highlight paint) is
 * injected by the browser through the manifest.
 *
 * Everything is bound to `ctx` (listeners, timers, the observer, highlights, the host element),
 * so an extension update, reload or uninstall leaves nothing behind.
 */
export default defineContentScript({
  matches: ['*://*.reuters.com/*'],
  main(ctx) {
    const annotator = new Annotator(ctx);
    const session = new Session(ctx, annotator);
    // The config request goes out at once (it also tells the background which page this tab
    // shows); the scan waits for the page's own work to come first.
    void session.restart({ clear: false, idleMs: 2000 });

    // Hover, shortcuts and keeping a card beside its claim matter once there is a claim: a page
    // without one never gets these listeners (issue #14, per-page cost).
    annotator.whenShown(() => {
      trackPointer(ctx, annotator);
      bindKeyboard(ctx, annotator);
      const follow = () => ctx.requestAnimationFrame(() => annotator.reposition());
      ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
      ctx.addEventListener(window, 'resize', follow, { passive: true });
    });
    watchPage(ctx, { prune: () => annotator.prune(), rescan: () => void session.changes() });
    // Single-page sites swap articles without a new document: start over on the new address.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      void session.restart({ clear: true });
    });

    const removers = [
      onContentMessage('configChanged', () => void session.restart({ clear: false })),
      onContentMessage('getPageText', () => {
        const text = session.pageText();
        return text
          ? { ok: true as const, ...text }
          : { ok: false as const, error: 'this page has not been scanned yet' };
      }),
      onContentMessage('getOpenFinding', () => ({ findingId: annotator.openFindingId })),
      onContentMessage('showFinding', ({ data }) =>
        annotator.showById(data.id)
          ? { ok: true as const }
          : { ok: false as const, error: `no finding ${data.id} on this page` },
      ),
    ];
    ctx.onInvalidated(() => removers.forEach((remove) => remove()));
  },
});
