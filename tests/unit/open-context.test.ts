import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openContext, registerOpenContext } from '@/entrypoints/background/open-context';
import { onBroadcast, sendToBackground } from '@/utils/protocol';
import { installChromeMessaging } from './helpers/chrome-messaging';

describe('openContext (background)', () => {
  beforeEach(() => {
    installChromeMessaging();
  });

  it('opens the side panel for the sender tab, remembers the finding for it and tells an open panel', async () => {
    const unregister = registerOpenContext();
    const told: unknown[] = [];
    const remove = onBroadcast('contextRequested', ({ data }) => void told.push(data));
    const open = vi.fn(async () => ({ ok: true as const }));
    await expect(openContext(7, '3:1:negated-interference', open)).resolves.toEqual({ ok: true });
    expect(open).toHaveBeenCalledWith(7);
    await vi.waitFor(() => expect(told).toEqual([{ tabId: 7, findingId: '3:1:negated-interference' }]));
    await expect(sendToBackground('takeContext', 7)).resolves.toEqual({ findingId: '3:1:negated-interference' });
    await expect(sendToBackground('takeContext', 8)).resolves.toEqual({ findingId: null });
    remove();
    unregister();
  });
  it('hands the parked finding to the side panel once (takeContext)', async () => {
    const unregister = registerOpenContext();
    await openContext(9, 'f-9', async () => ({ ok: true as const }));
    await expect(sendToBackground('takeContext', 9)).resolves.toEqual({ findingId: 'f-9' });
    await expect(sendToBackground('takeContext', 9)).resolves.toEqual({ findingId: null });
    unregister();
  });
  it('refuses a sender that is not a tab, and passes the browser’s refusal on as a value', async () => {
    const open = vi.fn(async () => ({
      ok: false as const,
      error: 'sidePanel.open() may only be called in response to a user gesture.',
    }));
    await expect(openContext(undefined, 'x', open)).resolves.toMatchObject({ ok: false });
    expect(open).not.toHaveBeenCalled();
    await expect(openContext(2, 'x', open)).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('user gesture'),
    });
  });
});
