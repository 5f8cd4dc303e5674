import { describe, expect, it, vi } from 'vitest';
import { openContext, pendingContext } from '@/utils/open-context';

describe('openContext (background)', () => {
  it('opens the side panel for the sender tab and remembers the finding for it', async () => {
    const open = vi.fn(async () => ({ ok: true as const }));
    await expect(openContext(7, '3:1:negated-interference', open)).resolves.toEqual({ ok: true });
    expect(open).toHaveBeenCalledWith(7);
    expect(pendingContext(7)).toBe('3:1:negated-interference');
    expect(pendingContext(7)).toBeUndefined();
  });
  it('refuses a sender that is not a tab, and passes the browser’s refusal on as a value', async () => {
    const open = vi.fn(async () => ({ ok: false as const, error: 'sidePanel.open() may only be called in response to a user gesture.' }));
    await expect(openContext(undefined, 'x', open)).resolves.toMatchObject({ ok: false });
    expect(open).not.toHaveBeenCalled();
    await expect(openContext(2, 'x', open)).resolves.toMatchObject({ ok: false, error: expect.stringContaining('user gesture') });
  });
});
