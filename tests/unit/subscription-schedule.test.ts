/**
 * Scheduled subscription updates (issue #14): they run a few at a time, so one host that never
 * answers neither blocks the others nor holds the schedule forever (it times out and keeps its
 * version in force).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '@/rules/index';
import { exportPack, type FetchLike } from '@/rules/import/index';
import type { Pack } from '@/rules/schema/pack';
import { db } from '@/storage/db';
import { addSubscription, PARALLEL_UPDATES, updateDueSubscriptions } from '@/storage/subscriptions';

const HOSTS = 8;
const urlOf = (i: number) => `https://packs${i}.example.org/p.json`;
const packOf = (i: number, version: string): Pack => ({
  ...structuredClone(BUNDLED_PACKS[2]!),
  id: `sub-pack-${i}`,
  title: `Pack ${i}`,
  version,
});

describe('scheduled updates', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it(`run at most ${PARALLEL_UPDATES} at once; a silent host times out without holding up the rest`, async () => {
    let version = '1.0.0';
    let inFlight = 0;
    let most = 0;
    const fetch: FetchLike = (url, init) => {
      const i = Number(/packs(\d+)/.exec(url)![1]);
      if (version !== '1.0.0' && i === 0) {
        // Host 0 has gone silent: it never answers.
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }),
        );
      }
      inFlight++;
      most = Math.max(most, inFlight);
      return new Promise((done) =>
        setTimeout(() => {
          inFlight--;
          done(new Response(exportPack(packOf(i, version)), { status: 200 }));
        }, 20),
      );
    };
    let clock = new Date('2026-02-01T08:00:00.000Z');
    const deps = { fetch, now: () => clock, timeoutMs: 300 };
    for (let i = 0; i < HOSTS; i++) expect((await addSubscription({ url: urlOf(i) }, deps)).ok).toBe(true);

    version = '1.1.0';
    most = 0;
    clock = new Date('2026-02-03T08:00:00.000Z'); // every subscription is due (24 h interval)
    const started = Date.now();
    const changed = await updateDueSubscriptions(deps);
    const took = Date.now() - started;

    expect(changed).toEqual(Array.from({ length: HOSTS - 1 }, (_, i) => urlOf(i + 1)));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(PARALLEL_UPDATES - 1); // one worker is stuck on host 0
    expect(took).toBeLessThan(5_000);
    expect((await db.packs.get('sub-pack-0'))?.version).toBe('1.0.0');
    expect((await db.subscriptions.get(urlOf(0)))?.lastError).toBe('the server did not send the pack within 300 ms');
    for (let i = 1; i < HOSTS; i++) expect((await db.packs.get(`sub-pack-${i}`))?.version).toBe('1.1.0');
  });
});
