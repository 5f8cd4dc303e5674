/**
 * Subscribed packs (rules/import/subscription.ts): https only, 5 MB cap by header and by bytes,
 * SHA-256 pinning, invalid packs and network failures come back as error values.
 * @vitest-environment node
 */
import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { BUNDLED_PACKS } from '../../rules/index';
import {
  exportPack,
  fetchSubscribedPack,
  MAX_PACK_BYTES,
  nextUpdateDue,
  normalizeSha256,
  type FetchLike,
} from '../../rules/import/index';

const URL_OK = 'https://packs.example.org/denials.json';
const NOW = () => new Date('2026-02-01T08:00:00.000Z');
const PACK_TEXT = exportPack(BUNDLED_PACKS[1]!);
const PACK_SHA = createHash('sha256').update(PACK_TEXT).digest('hex');

interface Served {
  body?: BodyInit | null;
  status?: number;
  headers?: Record<string, string>;
  url?: string;
}

/** A fake fetch that records the URLs it was asked for. */
function fakeFetch(served: Served | Error) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    if (served instanceof Error) throw served;
    const response = new Response(served.body ?? null, { status: served.status ?? 200, headers: served.headers });
    if (served.url) Object.defineProperty(response, 'url', { value: served.url });
    return response;
  };
  return { fetch, calls };
}

describe('fetchSubscribedPack', () => {
  it('returns the validated pack with its SHA-256, time and etag', async () => {
    const { fetch, calls } = fakeFetch({
      body: PACK_TEXT,
      headers: { etag: '"v7"', 'content-type': 'application/json' },
    });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(calls).toEqual([URL_OK]);
    expect(result).toMatchObject({
      ok: true,
      kind: 'counterpoint',
      sha256: PACK_SHA,
      fetchedAt: '2026-02-01T08:00:00.000Z',
      etag: '"v7"',
    });
    expect(result.ok && result.pack.id).toBe(BUNDLED_PACKS[1]!.id);
  });

  it.each([
    'http://packs.example.org/p.json',
    'ftp://packs.example.org/p.json',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s without fetching', async (url) => {
    const { fetch, calls } = fakeFetch({ body: PACK_TEXT });
    const result = await fetchSubscribedPack(url, { fetch, now: NOW });
    expect(result).toEqual({
      ok: false,
      error: 'only https:// pack addresses are allowed',
      at: '2026-02-01T08:00:00.000Z',
    });
    expect(calls).toEqual([]);
  });

  it('refuses a redirect to http', async () => {
    const { fetch } = fakeFetch({ body: PACK_TEXT, url: 'http://evil.example/p.json' });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/non-https/);
  });

  it('refuses a declared Content-Length over 5 MB', async () => {
    const { fetch } = fakeFetch({ body: PACK_TEXT, headers: { 'content-length': String(MAX_PACK_BYTES + 1) } });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/larger than 5 MB/);
  });

  it('refuses a body over 5 MB when no length is declared (streamed)', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { fetch } = fakeFetch({ body: stream });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/larger than 5 MB/);
    expect(sent).toBeLessThanOrEqual(7);
  });

  it('accepts a matching pinned hash (any case, with a sha256- prefix)', async () => {
    const { fetch } = fakeFetch({ body: PACK_TEXT });
    const result = await fetchSubscribedPack(URL_OK, {
      fetch,
      now: NOW,
      expectedSha256: `sha256-${PACK_SHA.toUpperCase()}`,
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a pinned hash mismatch and returns no pack', async () => {
    const { fetch } = fakeFetch({ body: PACK_TEXT.replace('Counter', 'Kounter') });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW, expectedSha256: PACK_SHA });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('pack');
    expect(!result.ok && result.error).toMatch(/not the pinned/);
  });

  it('refuses a malformed pin before fetching', async () => {
    const { fetch, calls } = fakeFetch({ body: PACK_TEXT });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW, expectedSha256: 'abc' });
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('an invalid pack is an error with the pack errors, and no pack', async () => {
    const broken = JSON.stringify({ ...BUNDLED_PACKS[1]!, updated: '2026-13-01' });
    const { fetch } = fakeFetch({ body: broken });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result).toEqual({
      ok: false,
      error: 'the file is not a valid pack',
      errors: [{ path: 'updated', message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' }],
      at: '2026-02-01T08:00:00.000Z',
    });
  });

  it('an HTTP error status is an error value', async () => {
    const { fetch } = fakeFetch({ body: 'nope', status: 404 });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('404') });
  });

  it('a network error is an error value, not a throw', async () => {
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'));
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result).toEqual({
      ok: false,
      error: 'the download failed: Failed to fetch',
      at: '2026-02-01T08:00:00.000Z',
    });
  });

  it('a body that is not UTF-8 is an error value', async () => {
    const { fetch } = fakeFetch({ body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    const result = await fetchSubscribedPack(URL_OK, { fetch, now: NOW });
    expect(result).toMatchObject({ ok: false, error: 'the file is not UTF-8 text' });
  });
});

describe('normalizeSha256', () => {
  it('accepts hex with optional prefixes, refuses anything else', () => {
    expect(normalizeSha256(` SHA256:${PACK_SHA.toUpperCase()} `)).toBe(PACK_SHA);
    expect(normalizeSha256(PACK_SHA.slice(1))).toBeNull();
    expect(normalizeSha256(`${PACK_SHA.slice(1)}g`)).toBeNull();
  });
});

describe('nextUpdateDue', () => {
  it('is the interval after the last success', () => {
    expect(nextUpdateDue('2026-02-01T08:00:00.000Z', 24).toISOString()).toBe('2026-02-02T08:00:00.000Z');
    expect(nextUpdateDue(new Date('2026-02-01T08:00:00.000Z'), 6).toISOString()).toBe('2026-02-01T14:00:00.000Z');
  });

  it('is due at once when never fetched or the date is unreadable', () => {
    expect(nextUpdateDue(null, 24).getTime()).toBe(0);
    expect(nextUpdateDue('garbage', 24).getTime()).toBe(0);
  });

  it('treats a nonsense interval as a day and a tiny one as an hour', () => {
    expect(nextUpdateDue('2026-02-01T00:00:00.000Z', Number.NaN).toISOString()).toBe('2026-02-02T00:00:00.000Z');
    expect(nextUpdateDue('2026-02-01T00:00:00.000Z', 0.01).toISOString()).toBe('2026-02-01T01:00:00.000Z');
  });
});
