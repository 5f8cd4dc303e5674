/**
 * The one element Counterpoint adds to a page: `<counterpoint-ui>`, whose shadow root holds
 * every piece of in-page UI (cards, the findings pill, the screen-reader announcer). Created
 * lazily, the first time there is something to show, and removed when the page has no findings
 * or the extension goes away, so a page without claims never gets a node from us.
 *
 * Appended to <html>, not <body>: single-page sites often replace <body>'s children wholesale.
 * The shadow root is open so browser tests (and assistive technology tooling) can reach in.
 * A hostile page can neither stop it by defining `counterpoint-ui` itself nor get rid of it by
 * removing it (host-guard.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHost, HostGuard } from './host-guard';
import uiCss from './ui.css?inline';

export class UiHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private readonly builders: ((root: ShadowRoot) => void)[] = [];

  private readonly guard: HostGuard;

  constructor(ctx: ContentScriptContext) {
    this.guard = new HostGuard(ctx);
    ctx.onInvalidated(() => this.remove());
  }

  /** Runs `build` on the shadow root now if it exists, and again each time it is recreated. */
  onCreate(build: (root: ShadowRoot) => void): void {
    this.builders.push(build);
    if (this.shadow) build(this.shadow);
  }

  /** The shadow root, creating the host element if needed. */
  ensure(): ShadowRoot {
    if (this.shadow && this.host?.isConnected) return this.shadow;
    this.remove();
    const { host, shadow } = createHost();
    const style = document.createElement('style');
    style.textContent = uiCss;
    shadow.append(style);
    this.host = host;
    this.shadow = shadow;
    for (const build of this.builders) build(shadow);
    document.documentElement.append(host);
    this.guard.watch(host);
    return shadow;
  }

  get exists(): boolean {
    return !!this.host?.isConnected;
  }

  /** True for any node of ours (the host or anything inside its shadow root). */
  owns(node: Node | null): boolean {
    if (!node || !this.host) return false;
    return node === this.host || this.host.contains(node) || node.getRootNode() === this.shadow;
  }

  /** True for an event that happened on our UI (events from the shadow root are retargeted to the host). */
  isOurEvent(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  remove(): void {
    this.guard.stop();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }
}
