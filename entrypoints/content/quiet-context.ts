/**
 * Our replacement for WXT 0.21's `ContentScriptContext` (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file, so WXT's content-script entry builds this
 * one). Same API (`signal`, `isInvalid`, `onInvalidated`, ctx-bound timers and listeners,
 * `wxt:locationchange`), minus everything the page could see or forge:
 *
 * - WXT announces each start with `window.postMessage` and a `document` CustomEvent named
 *   `<extension-id>:content:wxt:content-script-started`, which tells every page that
 *   Counterpoint is installed (even while paused) and which id it has; and any page that
 *   re-dispatches that event invalidates the running script (highlights and host gone, later
 *   text never scanned). Here nothing is posted or dispatched. A second copy of the script in
 *   the same page ("Scan this page" after the listed script, an update) finds the first one in
 *   the content scripts' own global object, which the page cannot read or write, and stops it.
 * - WXT's `wxt:locationchange` is a window event the page can also dispatch (making us rescan
 *   at will); here route changes reach the listeners directly.
 *
 * The extension going away (update, reload, uninstall) is noticed as WXT does: `isInvalid`
 * checks `browser.runtime.id` whenever a ctx timer fires or a slice starts.
 */
import { browser } from 'wxt/browser';

type Listener = (event: Event) => void;
const LOCATION_CHANGE = 'wxt:locationchange';
/** Key on the isolated world's global object (invisible to the page). */
const RUNNING = Symbol.for('counterpoint.content-context');

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly abortController = new AbortController();
  private readonly routeListeners = new Set<Listener>();
  private watchingRoutes = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const scope = globalThis as unknown as Record<symbol, ContentScriptContext | undefined>;
    scope[RUNNING]?.notifyInvalidated();
    scope[RUNNING] = this;
    this.onInvalidated(() => {
      if (scope[RUNNING] === this) scope[RUNNING] = undefined;
    });
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => !this.signal.aborted && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: Listener, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) {
      this.routeListeners.add(handler);
      this.onInvalidated(() => this.routeListeners.delete(handler));
      this.watchRoutes();
      return;
    }
    target.addEventListener?.(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** Route changes of single-page sites: the Navigation API where there is one, else polling. */
  private watchRoutes(): void {
    if (this.watchingRoutes || !this.isValid) return;
    this.watchingRoutes = true;
    let last = location.href;
    const changed = (url: string) => {
      if (url === last) return;
      last = url;
      const event = new Event(LOCATION_CHANGE);
      for (const listener of [...this.routeListeners]) listener(event);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener(
        'navigate',
        (e) => e.isTrusted && changed(new URL((e as Event & { destination: { url: string } }).destination.url).href),
        { signal: this.signal },
      );
    } else {
      this.setInterval(() => changed(location.href), 1000);
    }
  }
}
