/**
 * Background handlers for pack management (issue #6) and the subscription schedule.
 *
 * Every handler writes the database first, then forgets the cached engine data and sends
 * `configChanged` to every open tab, so highlights appear or disappear within a second.
 * Subscriptions are the only network requests Counterpoint makes, and only to the URL the user
 * added (storage/subscriptions.ts enforces that on the injected fetch).
 */
import { browser } from 'wxt/browser';
import * as packs from '@/storage/packs';
import * as subscriptions from '@/storage/subscriptions';
import type { FetchLike } from '@/rules/import/index';
import type { Failure } from '@/utils/protocol';
import { onPageMessage } from './sender';
import { resetEngineInput } from './scan-config';
import { notifyTabs } from './settings-messages';
import type { TabFindingsStore } from './tab-findings-store';

export const SUBSCRIPTION_ALARM = 'counterpoint-subscriptions';
/** How often the schedule looks for due subscriptions (each has its own interval, default 24 h). */
export const SUBSCRIPTION_CHECK_MINUTES = 60;

/** Local http packs are allowed in the test build only (browser tests serve them from 127.0.0.1). */
const ALLOW_LOCAL_HTTP = import.meta.env.MODE === 'test';

function deps(): subscriptions.SubscriptionDeps {
  const fetchLike: FetchLike = (url, init) => fetch(url, init);
  return { fetch: fetchLike, allowLocalHttp: ALLOW_LOCAL_HTTP };
}

const failure = (e: unknown): Failure => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

export function registerPackMessages(store: TabFindingsStore): () => void {
  const changed = () => {
    resetEngineInput();
    notifyTabs(store.tabIds());
  };
  /** Runs a write, then tells the tabs; a thrown error becomes a Failure. */
  const write = async <T>(
    run: () => Promise<T>,
    didChange: (result: T) => boolean = () => true,
  ): Promise<T | Failure> => {
    try {
      const result = await run();
      if (didChange(result)) changed();
      return result;
    } catch (e) {
      return failure(e);
    }
  };
  const ok = { ok: true } as const;

  const removers = [
    onPageMessage('setPackEnabled', ({ data }) =>
      write(
        async () =>
          (await packs.setPackEnabled(data.packId, data.enabled))
            ? ok
            : ({ ok: false, error: `no pack "${data.packId}"` } as const),
        (r) => r.ok,
      ),
    ),
    onPageMessage('setRuleEnabled', ({ data }) =>
      write(async () => (await packs.setRuleEnabled(data.packId, data.ruleId, data.enabled), ok)),
    ),
    onPageMessage('importPack', async ({ data }) => {
      const result = await write(
        () => packs.importPackFile(data.text, data.byteLength, { fileName: data.fileName, replace: data.replace }),
        (r) => r.ok,
      );
      if ('error' in result) return { ok: false, errors: [{ path: '(root)', message: result.error }] };
      if (result.ok) return { ok: true, packId: result.pack.id, title: result.pack.title, replaced: result.replaced };
      return 'exists' in result
        ? {
            ok: false,
            errors: [],
            exists: { id: result.exists.id, title: result.exists.title, version: result.exists.version },
          }
        : { ok: false, errors: result.errors };
    }),
    onPageMessage('removePack', ({ data: packId }) =>
      write(
        async () =>
          (await packs.removePack(packId))
            ? ok
            : ({ ok: false, error: 'only imported or subscribed packs can be removed' } as const),
        (r) => r.ok,
      ),
    ),
    onPageMessage('restoreBundledDefaults', () => write(async () => (await packs.restoreBundledDefaults(), ok))),
    onPageMessage('restoreBackup', async ({ data }) => {
      const result = await write(
        () => packs.restoreBackup(data.text),
        (r) => r.ok,
      );
      return 'error' in result ? { ok: false, errors: [{ path: '(root)', message: result.error }] } : result;
    }),
    onPageMessage('subscribe', async ({ data }) => {
      const result = await write(
        () => subscriptions.addSubscription(data, deps()),
        (r) => r.ok,
      );
      return result;
    }),
    onPageMessage('updateSubscription', ({ data }) =>
      write(
        () => subscriptions.updateSubscription(data.url, deps()),
        (r) => r.ok && r.changed,
      ),
    ),
    onPageMessage('removeSubscription', ({ data }) =>
      write(
        async () =>
          (await subscriptions.removeSubscription(data.url))
            ? ok
            : ({ ok: false, error: 'no subscription for this address' } as const),
        (r) => r.ok,
      ),
    ),
  ];

  // The schedule: an alarm every hour looks for due subscriptions (and once at start-up).
  const runDue = async () => {
    try {
      if ((await subscriptions.updateDueSubscriptions(deps())).length > 0) changed();
    } catch {
      // Recorded per subscription; nothing else to do until the next alarm.
    }
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void runDue();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void browser.alarms.get(SUBSCRIPTION_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(SUBSCRIPTION_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: SUBSCRIPTION_CHECK_MINUTES,
      });
  });

  return () => {
    removers.forEach((remove) => remove());
    browser.alarms.onAlarm.removeListener(onAlarm);
  };
}
