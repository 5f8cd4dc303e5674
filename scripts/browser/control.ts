/**
 * Talking to the extension from a browser test through one of its own pages (the "control"
 * page, e.g. options.html): protocol messages to the background in the messaging library's
 * wire format, and tab ids by URL. Written once for every browser test.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ProtocolMap } from '../../utils/protocol';

/** The part of the extension API these helpers call inside the control page (page.evaluate). */
declare const chrome: {
  runtime: { sendMessage(message: unknown, reply: (response: { res?: unknown } | undefined) => void): void };
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
};

/** Sends a protocol message to the background, as the popup would, and returns the reply. */
export function ask<K extends keyof ProtocolMap>(
  control: Page,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  return control.evaluate(
    ([type, data]) =>
      new Promise<unknown>((done) =>
        chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (reply) => done(reply?.res)),
      ),
    [type, data] as const,
  ) as Promise<ReturnType<ProtocolMap[K]>>;
}

/** The id of the (first) tab showing `url`; fails the test when there is none. */
export async function tabIdOf(control: Page, url: string): Promise<number> {
  const id = await control.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, url);
  assert.ok(id != null, `no tab for ${url}`);
  return id;
}
