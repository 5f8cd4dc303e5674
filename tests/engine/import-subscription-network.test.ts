/**
 * Subscriptions on a hostile network (issue #14): redirects are checked before they are
 * followed (a plain-http hop is never requested), a browser's opaque redirect is refused, and a
 * silent server times out instead of holding the update forever.
 * @vitest-environment node
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../rules/index';
import { exportPack, fetchSubscribedPack, type FetchLike } from '../../rules/import/index';
import { MAX_REDIRECTS } from '../../rules/import/subscription';

const START = 'https://packs.example.org/p.json';
const PACK_TEXT = exportPack(BUNDLED_PACKS[1]!);

/** A fake network: URL → response maker; records every request with its redirect mode. */
function network(routes: Record<string, () => Response>) {
  const calls: string[] = [];
  const modes: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push(url);
    modes.push(init.redirect);
    const route = routes[url];
    if (!route) throw new Error(`unexpected request to ${url}`);
    return route();
  };
  return { fetch, calls, modes };
}
const redirect =
  (to: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location: to } });
const pack = () => new Response(PACK_TEXT, { status: 200 });

describe('redirects', () => {
  it('an https → http redirect is refused before the http address is requested', async () => {
    const net = network({ [START]: redirect('http://packs.example.org/p.json?secret=path') });
    const result = await fetchSubscribedPack(START, { fetch: net.fetch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /non-https address \(http:\/\/packs\.example\.org\/p\.json\?secret=path\); it was not requested/,
    );
    expect(net.calls).toEqual([START]);
    expect(net.modes).toEqual(['manual']);
  });

  it('https → https redirects (relative too) are followed, each checked', async () => {
    const net = network({
      [START]: redirect('https://cdn.example.net/a.json', 301),
      'https://cdn.example.net/a.json': redirect('/b.json', 307),
      'https://cdn.example.net/b.json': pack,
    });
    const result = await fetchSubscribedPack(START, { fetch: net.fetch });
    expect(result.ok ? result.pack.id : result.error).toBe(BUNDLED_PACKS[1]!.id);
    expect(net.calls).toEqual([START, 'https://cdn.example.net/a.json', 'https://cdn.example.net/b.json']);
  });

  it('a later hop to http is refused too, and redirect loops stop', async () => {
    const net = network({
      [START]: redirect('https://cdn.example.net/a.json'),
      'https://cdn.example.net/a.json': redirect('http://cdn.example.net/b.json'),
    });
    const r1 = await fetchSubscribedPack(START, { fetch: net.fetch });
    expect(!r1.ok && r1.error).toMatch(/non-https/);
    expect(net.calls).not.toContain('http://cdn.example.net/b.json');
    const loop = network({ [START]: redirect(START) });
    const r2 = await fetchSubscribedPack(START, { fetch: loop.fetch });
    expect(!r2.ok && r2.error).toMatch(/more than 5 redirects/);
    expect(loop.calls.length).toBe(MAX_REDIRECTS + 1);
  });

  it('a browser’s opaque redirect (target hidden) is refused', async () => {
    const opaque = () => {
      const r = new Response(null, { status: 200 });
      Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
      return r;
    };
    const net = network({ [START]: opaque });
    const result = await fetchSubscribedPack(START, { fetch: net.fetch });
    expect(!result.ok && result.error).toMatch(/subscribe to the final address/);
  });
});

describe('timeouts', () => {
  /** A server that accepts the request and never answers (until the request is aborted). */
  const silent: FetchLike = (_url, init) =>
    new Promise((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }),
    );

  it('a silent server fails after the timeout with a clear error', async () => {
    const started = Date.now();
    const result = await fetchSubscribedPack(START, { fetch: silent, timeoutMs: 100 });
    expect(!result.ok && result.error).toBe('the server did not send the pack within 100 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a body that stops arriving times out too', async () => {
    const stalled: FetchLike = async (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id":'));
            init.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
          },
        }),
      );
    const result = await fetchSubscribedPack(START, { fetch: stalled, timeoutMs: 100 });
    expect(!result.ok && result.error).toMatch(/did not send the pack within/);
  });

  it('the caller’s own signal still cancels', async () => {
    const controller = new AbortController();
    const pending = fetchSubscribedPack(START, { fetch: silent, signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.error).toMatch(/cancelled|failed/);
  });
});
