/**
 * Opens the side panel from a user gesture (a click in the popup). Chrome and Firefox name
 * the feature differently: Chrome's `sidePanel` is per tab, Firefox's `sidebarAction` per window.
 * Both refuse to open outside a user gesture, so call this straight from a click handler.
 * Failures are returned as values so the popup can show them.
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export async function openSidePanel(tabId: number): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    if (import.meta.env.FIREFOX) {
      // Not in Chrome's type definitions, which `wxt/browser` uses.
      const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebarAction };
      await sidebarAction.open();
    } else {
      await browser.sidePanel.open({ tabId });
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
