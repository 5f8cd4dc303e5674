/**
 * Fetching a subscribed pack (issue #6 "Subscriptions"). One call does the whole check —
 * https only, 5 MB cap, optional SHA-256 pin, then the same reading and validation as a file —
 * and returns a value, never throws, so the caller's rule is simple: store the pack only on
 * `ok: true`; on `ok: false` record the error and keep the previous version in force.
 *
 * `fetch` is injected: the background passes the real one, tests a fake. Nothing here touches
 * storage or the clock except through `now`.
 */
import type { Pack } from '../schema/pack';
import type { PackError } from './errors';
import { MAX_PACK_BYTES, readPackFile, type PackFileKind, type ReadPackOptions } from './read-pack-file';

/**
 * The part of the Fetch API used here (the global `fetch` fits). Redirects are never followed
 * by the browser (`manual`): each hop is checked to be https before it is requested.
 */
export type FetchLike = (
  url: string,
  init: { redirect: 'manual'; credentials: 'omit'; cache: 'no-cache'; signal?: AbortSignal },
) => Promise<Response>;

/** A silent server must not hold an update (or the ones queued after it) forever. */
export const FETCH_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export interface FetchPackOptions {
  fetch: FetchLike;
  /** Pinned SHA-256 of the file, hex (any case; a "sha256-" or "sha256:" prefix is allowed). */
  expectedSha256?: string | null;
  now?: () => Date;
  signal?: AbortSignal;
  /** Whole download, headers and body (default FETCH_TIMEOUT_MS). */
  timeoutMs?: number;
  validate?: ReadPackOptions['validate'];
}

export type FetchPackResult =
  | { ok: true; pack: Pack; kind: PackFileKind; sha256: string; fetchedAt: string; etag?: string }
  /** `errors` lists a fetched file's problems when it was not a valid pack. */
  | { ok: false; error: string; errors?: PackError[]; at: string };

/** https:// URLs only (issue #6): a pack decides what is flagged on every page, so it must not be swappable in transit. */
export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A pinned hash in canonical form (64 lower-case hex digits), or null if it is not one. */
export function normalizeSha256(hash: string): string | null {
  const hex = hash
    .trim()
    .replace(/^sha-?256[-:]/i, '')
    .toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

export async function fetchSubscribedPack(url: string, options: FetchPackOptions): Promise<FetchPackResult> {
  const now = options.now ?? (() => new Date());
  const fail = (error: string, errors?: PackError[]): FetchPackResult => ({
    ok: false,
    error,
    ...(errors ? { errors } : {}),
    at: now().toISOString(),
  });
  if (!isHttpsUrl(url)) return fail('only https:// pack addresses are allowed');
  const pinned = options.expectedSha256 ? normalizeSha256(options.expectedSha256) : null;
  if (options.expectedSha256 && !pinned) return fail('the pinned SHA-256 must be 64 hexadecimal digits');
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const reached = await fetchFollowingHttpsOnly(url, options.fetch, signal);
    if (typeof reached === 'string') return fail(reached);
    const response = reached;
    if (response.url && !isHttpsUrl(response.url))
      return fail(`the address redirected to a non-https address (${response.url.slice(0, 100)})`);
    if (!response.ok)
      return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PACK_BYTES) return fail(tooBig(declared));
    const bytes = await readCapped(response, MAX_PACK_BYTES);
    if (!bytes) return fail(tooBig());
    const sha256 = await sha256Hex(bytes);
    if (pinned && sha256 !== pinned)
      return fail(`the file's SHA-256 is ${sha256}, not the pinned ${pinned}: it changed since it was pinned`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('the file is not UTF-8 text');
    }
    const read = readPackFile(text, bytes.byteLength, { now: now(), validate: options.validate });
    if (!read.ok) return fail('the file is not a valid pack', read.errors);
    const etag = response.headers.get('etag') ?? undefined;
    return {
      ok: true,
      pack: read.pack,
      kind: read.kind,
      sha256,
      fetchedAt: now().toISOString(),
      ...(etag ? { etag } : {}),
    };
  } catch (e) {
    if (timeout.aborted)
      return fail(
        `the server did not send the pack within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`,
      );
    const aborted = e instanceof Error && e.name === 'AbortError';
    return fail(
      aborted ? 'the download was cancelled' : `the download failed: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/**
 * Fetches `url` with redirects handled here: a redirect to anything but https is refused
 * before it is requested, so no plain-http request (with the path) ever leaves. Browsers hide
 * where a `manual` redirect goes (an "opaqueredirect" response), so there a redirect cannot be
 * checked and is refused: subscribe to the final address. Returns the final response or why not.
 */
async function fetchFollowingHttpsOnly(url: string, fetch: FetchLike, signal: AbortSignal): Promise<Response | string> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { redirect: 'manual', credentials: 'omit', cache: 'no-cache', signal });
    if (response.type === 'opaqueredirect') {
      return 'the address redirects, and the browser does not say where to, so Counterpoint cannot check that the new address is https: subscribe to the final address';
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location == null) return response;
    await response.body?.cancel().catch(() => undefined);
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      return `the address redirected to an invalid address (${location.slice(0, 100)})`;
    }
    if (!isHttpsUrl(next))
      return `the address redirected to a non-https address (${next.slice(0, 100)}); it was not requested`;
    if (hop >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
    current = next;
  }
}

/**
 * The body, but no more than `max` bytes: a server may omit or understate Content-Length, so
 * the stream is counted as it arrives and abandoned once over the cap (null).
 */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return all.byteLength > max ? null : all;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.byteLength));
  return out;
}

/** Hex SHA-256 of exactly these bytes (Web Crypto: browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function tooBig(bytes?: number): string {
  return `the file is larger than ${MAX_PACK_BYTES / (1024 * 1024)} MB${bytes ? ` (${bytes} bytes)` : ''}`;
}

/**
 * When the next scheduled update is due: `intervalHours` (at least 1; 24 if not a positive
 * number) after the last success. Never succeeded, or an unreadable date: the epoch, i.e. due now.
 * A failed attempt does not move it, so the caller should also space out retries.
 */
export function nextUpdateDue(lastSuccess: Date | string | null | undefined, intervalHours: number): Date {
  const last = lastSuccess ? new Date(lastSuccess).getTime() : NaN;
  if (!Number.isFinite(last)) return new Date(0);
  const hours = Number.isFinite(intervalHours) && intervalHours > 0 ? Math.max(1, intervalHours) : 24;
  return new Date(last + hours * 3_600_000);
}
