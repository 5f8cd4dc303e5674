/**
 * Lets @webext-core/messaging run on WXT's fake browser, with a sender chosen by the test.
 *
 * Why this exists: @webext-core/messaging 4 uses Chrome's callback API
 * (`chrome.runtime.sendMessage(message, callback)`, listeners answering through
 * `sendResponse` after returning `true`), while the fake browser WXT 0.21.0 ships
 * (@webext-core/fake-browser 1.5) implements only the promise form. This adapter translates
 * between the two on top of the fake's own `runtime.onMessage`, so tests go through the real
 * protocol module and the real library rather than calling handlers directly.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** The part of `runtime.MessageSender` our handlers read. */
interface Sender {
  tab?: { id?: number };
  url?: string;
}
type CallbackListener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => unknown;
type PromiseListener = (message: unknown, sender: Sender) => Promise<unknown>;

export function installChromeMessaging() {
  let sender: Sender = {};
  const wrapped = new Map<CallbackListener, PromiseListener>();

  const runtime = {
    ...fakeBrowser.runtime,
    lastError: undefined,
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      void fakeBrowser.runtime.onMessage
        .trigger(message, sender as never)
        .then((responses: unknown[]) => callback(responses.find((r) => r !== undefined)));
    },
    onMessage: {
      addListener(listener: CallbackListener) {
        const promised: PromiseListener = (message, from) =>
          new Promise((resolve) => {
            if (listener(message, from, resolve) !== true) resolve(undefined);
          });
        wrapped.set(listener, promised);
        // The fake is typed with webextension-polyfill's sender type; ours is a structural subset.
        fakeBrowser.runtime.onMessage.addListener(promised as never);
      },
      removeListener(listener: CallbackListener) {
        const promised = wrapped.get(listener);
        if (promised) fakeBrowser.runtime.onMessage.removeListener(promised as never);
        wrapped.delete(listener);
      },
    },
  };
  vi.stubGlobal('chrome', { ...fakeBrowser, runtime });

  return {
    /** The `sender` the receiving side sees for the following messages. */
    sendAs(next: Sender) {
      sender = next;
    },
  };
}
