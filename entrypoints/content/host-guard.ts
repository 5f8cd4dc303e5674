/**
 * What keeps our one host element working on a page that does not want it.
 *
 * - A page may define a custom element named `counterpoint-ui` itself (its constructor then runs
 *   on our element, and `static disabledFeatures = ['shadow']` makes attachShadow throw, which
 *   used to stop the scan). `createHost` notices a name the page has defined (`:defined`) or a
 *   shadow root it cannot attach, and uses `counterpoint-ui-<random>` instead, a name the page
 *   cannot have defined in advance.
 * - A page may remove the host. `HostGuard` puts it back (same element, same shadow root and
 *   content) on the next animation frame, at most MAX_RESTORES times per page so a page that
 *   keeps removing it cannot make us loop.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOM_NAMES } from '@/utils/dom-names';

export const MAX_RESTORES = 20;

export function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  for (const name of [DOM_NAMES.hostElement, `${DOM_NAMES.hostElement}-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = document.createElement(name);
    if (host.matches(':defined')) continue; // the page registered this name
    try {
      return { host, shadow: host.attachShadow({ mode: 'open' }) };
    } catch {
      // attachShadow refused (a page definition with disabled shadow roots): next name.
    }
  }
  throw new Error('could not create the in-page UI host');
}

/** Whether `node` is one of our host elements (by name; used to ignore our own mutations). */
export function isHostName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === DOM_NAMES.hostElement || lower.startsWith(`${DOM_NAMES.hostElement}-`);
}

export class HostGuard {
  private observer: MutationObserver | null = null;
  private restores = 0;
  private pending = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Watches <html>'s children (not the subtree: cheap) and re-appends `host` when it goes. */
  watch(host: HTMLElement): void {
    this.stop();
    const root = document.documentElement;
    this.observer = new MutationObserver(() => {
      if (host.isConnected || this.pending || this.restores >= MAX_RESTORES) return;
      this.pending = true;
      this.ctx.requestAnimationFrame(() => {
        this.pending = false;
        if (host.isConnected || !this.observer) return;
        this.restores++;
        document.documentElement.append(host);
      });
    });
    this.observer.observe(root, { childList: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending = false;
  }
}
