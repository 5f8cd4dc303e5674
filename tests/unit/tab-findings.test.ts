import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packFindings, toWire } from '@/utils/page-wire';
import { fakeBrowser } from 'wxt/testing';
import type { Finding } from '@/rules/types';
import { onBroadcast, sendToBackground, type TabFindings } from '@/utils/protocol';
import { registerTabFindings, type TabFindingsWiring } from '@/entrypoints/background/tab-findings';
import { badgeText, TabFindingsStore } from '@/entrypoints/background/tab-findings-store';
import { installChromeMessaging } from './helpers/chrome-messaging';

const PAGE = { url: 'https://www.reuters.com/world/some-article/', title: 'Some article' };
const POPUP = { url: 'chrome-extension://test-extension-id/popup.html' };

function finding(i: number): Finding {
  return {
    id: `0:${i}:negated-interference`,
    block: 0,
    start: i,
    end: i + 5,
    text: 'never',
    pattern: 'denial',
    assessments: [],
  } as unknown as Finding;
}

const scanned = (tabId: number, n: number): TabFindings => ({
  tabId,
  state: 'scanned',
  findings: Array.from({ length: n }, (_, i) => finding(i)),
});

describe('badge text', () => {
  it('counts findings on a scanned page and is empty otherwise', () => {
    expect(badgeText(undefined)).toBe('');
    expect(badgeText(scanned(1, 0))).toBe('');
    expect(badgeText(scanned(1, 3))).toBe('3');
    expect(badgeText(scanned(1, 1234))).toBe('999+');
    expect(badgeText({ ...scanned(1, 3), state: 'paused' })).toBe('');
    expect(badgeText({ ...scanned(1, 3), state: 'site-off' })).toBe('');
    expect(badgeText({ ...scanned(1, 3), state: 'scanning' })).toBe('');
  });
});

describe('background per-tab findings', () => {
  let messaging: ReturnType<typeof installChromeMessaging>;
  let wiring: TabFindingsWiring;

  beforeEach(async () => {
    fakeBrowser.reset();
    messaging = installChromeMessaging();
    wiring = registerTabFindings();
    await wiring.store.ready;
  });
  afterEach(() => wiring.unregister());

  async function report(tabId: number, n: number, state: TabFindings['state'] = 'scanned') {
    messaging.sendAs({ tab: { id: tabId }, url: PAGE.url });
    return sendToBackground(
      'reportFindings',
      toWire({ ...PAGE, state, packed: packFindings(scanned(tabId, n).findings) }),
    );
  }
  async function findingsOf(tabId: number): Promise<TabFindings> {
    messaging.sendAs(POPUP);
    return sendToBackground('getTabFindings', tabId);
  }
  const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('stores what a tab reported, per tab, and sets that tab’s badge', async () => {
    expect(await findingsOf(7)).toEqual({ tabId: 7, state: 'not-scanned', findings: [] });
    expect(await report(7, 2)).toEqual({ ok: true });
    expect(await findingsOf(7)).toEqual({ tabId: 7, state: 'scanned', ...PAGE, findings: scanned(7, 2).findings });
    expect(await findingsOf(8)).toEqual({ tabId: 8, state: 'not-scanned', findings: [] });
    await tick();
    expect(await badgeOf(7)).toBe('2');
    expect(await badgeOf(8)).toBe('');
    await report(7, 0);
    await tick();
    expect(await badgeOf(7)).toBe('');
  });

  it('refuses reports from outside a tab', async () => {
    messaging.sendAs(POPUP);
    expect(
      await sendToBackground(
        'reportFindings',
        toWire({ ...PAGE, state: 'scanned' as const, packed: packFindings([]) }),
      ),
    ).toEqual({
      ok: false,
      error: expect.stringContaining('tab'),
    });
  });

  it('refuses a report that is not JSON or points at assessments it does not carry', async () => {
    messaging.sendAs({ tab: { id: 5 }, url: PAGE.url });
    expect(await sendToBackground('reportFindings', { json: 'nope' })).toEqual({
      ok: false,
      error: expect.stringContaining('reportFindings'),
    });
    const packed = packFindings(scanned(5, 1).findings);
    const broken = { ...packed, findings: packed.findings.map((f) => ({ ...f, assessments: [...f.assessments, 42] })) };
    expect(
      await sendToBackground('reportFindings', toWire({ ...PAGE, state: 'scanned' as const, packed: broken })),
    ).toEqual({ ok: false, error: expect.stringContaining('no assessment') });
    expect(await findingsOf(5)).toEqual({ tabId: 5, state: 'not-scanned', findings: [] });
  });

  it('forgets a tab on close and on a new document (not when loading completes), clearing the badge', async () => {
    await report(3, 1);
    await report(4, 1);
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 0, isWindowClosing: false });
    expect((await findingsOf(3)).state).toBe('not-scanned');
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
    expect((await findingsOf(4)).state).toBe('scanned');
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    expect((await findingsOf(4)).state).toBe('not-scanned');
    await tick();
    expect(await badgeOf(4)).toBe('');
  });

  it('a page switched off clears at once; a rescan of the same page keeps its findings until the new report', async () => {
    await report(5, 2);
    wiring.noteConfig(5, PAGE.url, 'scanning');
    expect((await findingsOf(5)).findings).toHaveLength(2);
    wiring.noteConfig(5, PAGE.url, 'site-off');
    expect(await findingsOf(5)).toMatchObject({ state: 'site-off', findings: [] });
    await tick();
    expect(await badgeOf(5)).toBe('');
  });

  it('a tab is "scanning" with the page its config request named until the report', async () => {
    expect((await findingsOf(9)).state).toBe('not-scanned');
    wiring.noteConfig(9, PAGE.url, 'scanning', PAGE.title);
    expect(await findingsOf(9)).toMatchObject({ state: 'scanning', ...PAGE, findings: [] });
    await report(9, 1);
    expect(await findingsOf(9)).toMatchObject({ state: 'scanned', ...PAGE });
    // The same page asking again (a config change) keeps its findings until the new report.
    wiring.noteConfig(9, PAGE.url, 'scanning', PAGE.title);
    expect((await findingsOf(9)).findings).toHaveLength(1);
  });

  it('announces every change to open extension pages', async () => {
    const seen: unknown[] = [];
    const stop = onBroadcast(
      'tabFindingsChanged',
      ({ data }) => void seen.push([data.tabId, data.state, data.findings.length]),
    );
    await report(6, 1);
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 0, isWindowClosing: false });
    await tick();
    stop();
    expect(seen).toEqual([
      [6, 'scanned', 1],
      [6, 'not-scanned', 0],
    ]);
  });

  it('survives a worker restart through storage.session, dropping tabs that closed meanwhile', async () => {
    await fakeBrowser.tabs.create({});
    const [open] = await fakeBrowser.tabs.query({});
    await report(open!.id!, 2);
    await report(999, 1);
    await tick();
    wiring.unregister();
    // A new worker: memory is empty, storage.session is not.
    wiring = registerTabFindings();
    await wiring.store.ready;
    expect((await findingsOf(open!.id!)).findings).toHaveLength(2);
    expect((await findingsOf(999)).state).toBe('not-scanned');
  });
});

describe('TabFindingsStore without storage.session', () => {
  it('works in memory', async () => {
    const store = new TabFindingsStore(undefined);
    await store.ready;
    store.set(scanned(1, 1));
    expect(store.read(1).findings).toHaveLength(1);
    expect(store.delete(1)).toBe(true);
    expect(store.delete(1)).toBe(false);
    expect(store.read(1).state).toBe('not-scanned');
  });

  it('logs, not throws, when restoring fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = new TabFindingsStore({
      get: () => Promise.reject(new Error('gone')),
      set: async () => {},
      remove: async () => {},
    });
    await store.ready;
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
