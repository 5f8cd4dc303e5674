/**
 * Which claim is under the pointer, decided from geometry alone. The page's elements get no
 * listeners from us: one `pointermove` on the document gives coordinates, and the claims'
 * ranges give their client rectangles. Pure over plain rectangles, so it is unit-tested
 * without layout (happy-dom has none).
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when (x, y) lies in one of the rectangles, grown by `slop` px (lines have gaps). */
export function pointInRects(x: number, y: number, rects: ArrayLike<Rect>, slop = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * Index of the first item whose rectangles contain the point, or -1. `candidates` narrows the
 * search (e.g. the claims whose ranges hold the caret position under the pointer); when the
 * narrowing found nothing, every item is checked, so a missing caret API costs speed, not hits.
 */
export function indexAtPoint(
  x: number,
  y: number,
  rectsOf: (index: number) => ArrayLike<Rect>,
  count: number,
  candidates?: readonly number[],
): number {
  const order = candidates && candidates.length > 0 ? candidates : Array.from({ length: count }, (_, i) => i);
  for (const i of order) if (pointInRects(x, y, rectsOf(i))) return i;
  return -1;
}

/**
 * Calls `fn` at most once per `wait` ms with the latest arguments (trailing call kept), so a
 * fast pointer does not hit-test on every event. `schedule` is the caller's timer (ctx-bound).
 */
export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
  schedule: (cb: () => void, ms: number) => void,
): (...args: A) => void {
  let last = -Infinity;
  let pending: A | null = null;
  return (...args: A) => {
    const now = Date.now();
    if (now - last >= wait) {
      last = now;
      fn(...args);
      return;
    }
    const queued = pending;
    pending = args;
    if (queued) return;
    schedule(
      () => {
        const latest = pending;
        pending = null;
        last = Date.now();
        if (latest) fn(...latest);
      },
      wait - (now - last),
    );
  };
}
