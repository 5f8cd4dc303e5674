/**
 * Pack subscriptions (issue #6): add a pack URL, update it on demand or on schedule.
 *
 * The fetch is injected (the background passes the real one, tests a fake) and is only ever
 * called with the subscription's own URL. Rule of every update: the new pack is stored only
 * when it downloaded, matched its pin and validated completely; otherwise the error is
 * recorded and the previous version stays in force.
 */
import {
  fetchSubscribedPack,
  isHttpsUrl,
  nextUpdateDue,
  normalizeSha256,
  type FetchLike,
  type PackError,
} from '@/rules/import/index';
import { checkImportedPack } from '@/rules/index';
import { db as defaultDb, type CounterpointDb, type SubscriptionRow } from './db';

export const DEFAULT_INTERVAL_HOURS = 24;
/** After a failed attempt, the schedule waits this long before trying again. */
export const RETRY_AFTER_HOURS = 1;

export interface SubscriptionDeps {
  fetch: FetchLike;
  now?: () => Date;
  /**
   * Allow plain http:// on 127.0.0.1 and localhost. Only the test build sets it (browser
   * tests serve packs from a local server); users get https only.
   */
  allowLocalHttp?: boolean;
  /** Per download (default FETCH_TIMEOUT_MS, 30 s). */
  timeoutMs?: number;
}

export type SubscriptionResult =
  { ok: true; packId: string; changed: boolean } | { ok: false; error: string; errors?: PackError[] };

/** http://127.0.0.1[:port]/… or http://localhost[:port]/… */
export function isLocalHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  } catch {
    return false;
  }
}

/** Whether the URL may be subscribed to: https, or (test build only) local http. */
export function checkSubscriptionUrl(url: string, allowLocalHttp = false): string | null {
  if (isHttpsUrl(url)) return null;
  if (allowLocalHttp && isLocalHttpUrl(url)) return null;
  return 'only https:// pack addresses are allowed';
}

/**
 * Fetches `url` through the pure `fetchSubscribedPack`. For a local http URL (test build) the
 * check runs on the https spelling of the same address and the injected fetch maps it back,
 * so the pin, size and validation steps are exactly the ones users get.
 */
async function fetchPack(url: string, expectedSha256: string | null, deps: SubscriptionDeps) {
  const local = deps.allowLocalHttp === true && isLocalHttpUrl(url);
  const checked = local ? url.replace(/^http:/, 'https:') : url;
  const onlyThisUrl: FetchLike = async (asked, init) => {
    // The subscribed address, or an https address it redirected to (checked before each hop).
    if (asked !== checked && !isHttpsUrl(asked))
      throw new Error(`refusing to fetch ${asked}: only the subscribed address may be fetched`);
    if (asked !== checked) return deps.fetch(asked, init);
    const response = await deps.fetch(url, init);
    if (response.type === 'opaqueredirect') return response;
    // A local response's own url is http://…; hand over the body without it.
    return local
      ? new Response(response.body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        })
      : response;
  };
  return fetchSubscribedPack(checked, {
    fetch: onlyThisUrl,
    expectedSha256,
    now: deps.now,
    timeoutMs: deps.timeoutMs,
    validate: checkImportedPack,
  });
}

/**
 * Subscribes to a pack URL: fetches it now and stores the subscription only if the pack is
 * valid. A pack id already installed from elsewhere (bundled, a file, another URL) is refused.
 */
export async function addSubscription(
  input: { url: string; expectedSha256?: string | null; intervalHours?: number },
  deps: SubscriptionDeps,
  db: CounterpointDb = defaultDb,
): Promise<SubscriptionResult> {
  const url = input.url.trim();
  const refused = checkSubscriptionUrl(url, deps.allowLocalHttp);
  if (refused) return { ok: false, error: refused };
  let pinned: string | null = null;
  if (input.expectedSha256 && input.expectedSha256.trim() !== '') {
    pinned = normalizeSha256(input.expectedSha256);
    if (!pinned) return { ok: false, error: 'the pinned SHA-256 must be 64 hexadecimal digits' };
  }
  if (await db.subscriptions.get(url)) return { ok: false, error: 'you are already subscribed to this address' };
  const fetched = await fetchPack(url, pinned, deps);
  if (!fetched.ok) return { ok: false, error: fetched.error, ...(fetched.errors ? { errors: fetched.errors } : {}) };
  return db.transaction('rw', db.packs, db.subscriptions, async () => {
    const existing = await db.packs.get(fetched.pack.id);
    if (existing)
      return {
        ok: false,
        error: `a pack with the id "${fetched.pack.id}" is already installed (${existing.pack.title}); remove it first`,
      } as const;
    await db.packs.put({
      id: fetched.pack.id,
      pack: fetched.pack,
      source: { kind: 'subscription', url },
      version: fetched.pack.version,
      enabled: true,
      updatedAt: fetched.fetchedAt,
    });
    await db.subscriptions.put({
      url,
      packId: fetched.pack.id,
      expectedSha256: pinned,
      intervalHours: input.intervalHours && input.intervalHours >= 1 ? input.intervalHours : DEFAULT_INTERVAL_HOURS,
      enabled: true,
      lastSuccess: fetched.fetchedAt,
      lastError: null,
      lastErrorAt: null,
      sha256: fetched.sha256,
    });
    return { ok: true, packId: fetched.pack.id, changed: true } as const;
  });
}

/**
 * Fetches a subscription again. On success the pack is replaced (keeping its switch and rule
 * overrides); on any failure the error is recorded and the version in force stays.
 */
export async function updateSubscription(
  url: string,
  deps: SubscriptionDeps,
  db: CounterpointDb = defaultDb,
): Promise<SubscriptionResult> {
  const sub = await db.subscriptions.get(url);
  if (!sub) return { ok: false, error: 'no subscription for this address' };
  const fetched = await fetchPack(url, sub.expectedSha256, deps);
  const recordError = async (error: string) => {
    const at = fetched.ok ? fetched.fetchedAt : fetched.at;
    await db.subscriptions.update(url, { lastError: error, lastErrorAt: at });
  };
  if (!fetched.ok) {
    const detail = fetched.errors?.length
      ? `${fetched.error}: ${fetched.errors
          .slice(0, 3)
          .map((e) => `${e.path}: ${e.message}`)
          .join('; ')}`
      : fetched.error;
    await recordError(detail);
    return { ok: false, error: fetched.error, ...(fetched.errors ? { errors: fetched.errors } : {}) };
  }
  const result = await db.transaction('rw', db.packs, db.subscriptions, async () => {
    if (sub.packId && fetched.pack.id !== sub.packId) {
      return {
        ok: false,
        error: `the address now serves a different pack ("${fetched.pack.id}", was "${sub.packId}")`,
      } as const;
    }
    const existing = await db.packs.get(fetched.pack.id);
    if (existing && !(existing.source.kind === 'subscription' && existing.source.url === url)) {
      return { ok: false, error: `a pack with the id "${fetched.pack.id}" is installed from elsewhere` } as const;
    }
    const changed = sub.sha256 !== fetched.sha256 || !existing;
    if (changed) {
      await db.packs.put({
        id: fetched.pack.id,
        pack: fetched.pack,
        source: { kind: 'subscription', url },
        version: fetched.pack.version,
        enabled: existing?.enabled ?? true,
        updatedAt: fetched.fetchedAt,
      });
    }
    await db.subscriptions.update(url, {
      packId: fetched.pack.id,
      lastSuccess: fetched.fetchedAt,
      lastError: null,
      lastErrorAt: null,
      sha256: fetched.sha256,
    });
    return { ok: true, packId: fetched.pack.id, changed } as const;
  });
  if (!result.ok) await recordError(result.error);
  return result;
}

/** Removes a subscription and the pack it provided (with its overrides). */
export async function removeSubscription(url: string, db: CounterpointDb = defaultDb): Promise<boolean> {
  return db.transaction('rw', db.packs, db.ruleOverrides, db.subscriptions, async () => {
    const sub = await db.subscriptions.get(url);
    if (!sub) return false;
    await db.subscriptions.delete(url);
    if (sub.packId) {
      const row = await db.packs.get(sub.packId);
      if (row?.source.kind === 'subscription' && row.source.url === url) {
        await db.packs.delete(sub.packId);
        await db.ruleOverrides.where('packId').equals(sub.packId).delete();
      }
    }
    return true;
  });
}

/** Subscriptions whose scheduled update is due at `now` (failed ones wait RETRY_AFTER_HOURS). */
export function dueSubscriptions(subs: readonly SubscriptionRow[], now: Date): SubscriptionRow[] {
  return subs.filter((sub) => {
    if (!sub.enabled) return false;
    if (nextUpdateDue(sub.lastSuccess, sub.intervalHours).getTime() > now.getTime()) return false;
    const retry = sub.lastErrorAt ? new Date(sub.lastErrorAt).getTime() + RETRY_AFTER_HOURS * 3_600_000 : 0;
    return !(retry > now.getTime());
  });
}

/** How many scheduled updates run at once: one slow host does not hold up the others. */
export const PARALLEL_UPDATES = 4;

/** Runs every due update, PARALLEL_UPDATES at a time; returns the URLs whose pack changed. */
export async function updateDueSubscriptions(
  deps: SubscriptionDeps,
  db: CounterpointDb = defaultDb,
): Promise<string[]> {
  const now = (deps.now ?? (() => new Date()))();
  const due = dueSubscriptions(await db.subscriptions.toArray(), now).map((sub) => sub.url);
  const changed = due.map(() => false);
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const i = next++;
      const result = await updateSubscription(due[i]!, deps, db);
      changed[i] = result.ok && result.changed;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_UPDATES, due.length) }, worker));
  return due.filter((_, i) => changed[i]);
}
