/**
 * Idle-time scheduling bound to WXT's `ctx`, so a reloaded or removed extension leaves no
 * pending callback behind. The page's own work comes first: we start only once the browser is
 * idle, and long jobs (the engine) run in short slices, each well under the 50 ms that makes a
 * "long task" (https://web.dev/articles/long-tasks-devtools).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Work per slice. Small enough that a slice plus the browser's own work stays under 50 ms. */
export const SLICE_MS = 5;

/** Most work we do inside one idle callback: several slices, still far from a long task. */
export const CALLBACK_MS = 12;

/** Resolves at the next idle period (or after `timeout` ms on a page that is never idle). */
export function nextIdle(ctx: ContentScriptContext, timeout = 500): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      ctx.requestIdleCallback((deadline) => resolve(deadline), { timeout });
    else ctx.setTimeout(() => resolve(null), 1);
  });
}

/**
 * Runs `step(budgetMs)` in idle slices until it returns true (done). Resolves `done: true` when
 * finished, false when `cancelled()` turned true or the context was invalidated in between.
 * Several slices share one idle callback while the browser says it has time (capped at
 * CALLBACK_MS); `busyMs` is the time spent inside `step`, apart from waiting, and
 * `longestMs` the longest such stretch in one callback.
 */
export async function runSliced(
  ctx: ContentScriptContext,
  step: (budgetMs: number) => boolean,
  cancelled: () => boolean,
  budgetMs = SLICE_MS,
): Promise<{ done: boolean; busyMs: number; longestMs: number }> {
  let busyMs = 0;
  let longestMs = 0;
  let deadline: IdleDeadline | null = null;
  for (;;) {
    if (cancelled() || ctx.isInvalid) return { done: false, busyMs, longestMs };
    const start = performance.now();
    let now = start;
    do {
      const done = step(budgetMs);
      now = performance.now();
      if (done) {
        busyMs += now - start;
        return { done: true, busyMs, longestMs: Math.max(longestMs, now - start) };
      }
    } while (now - start + budgetMs <= CALLBACK_MS && (deadline?.timeRemaining() ?? 0) > budgetMs);
    busyMs += now - start;
    longestMs = Math.max(longestMs, now - start);
    deadline = await nextIdle(ctx, 100);
  }
}
