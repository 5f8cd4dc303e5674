/**
 * Hover cards without a single listener on the page's elements: one throttled `pointermove`
 * on the document (bound to ctx), then a hit test against the claims' ranges. The caret
 * position under the pointer narrows the candidates to the claims whose ranges contain it;
 * their client rectangles confirm the pointer is really over the text (the caret snaps to the
 * nearest character even over blank space).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotator } from './annotator';
import { indexAtPoint, throttle, type Rect } from './hit-test';

/** Hit tests at most this often while the pointer moves. */
const THROTTLE_MS = 60;
/** A hover card stays this long after the pointer leaves, so it can be reached. */
const HIDE_DELAY_MS = 400;

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsOf(ranges: readonly Range[]): Rect[] {
  return ranges.flatMap((r) => Array.from(r.getClientRects()));
}

/** Index of the annotation under (x, y), or -1. */
export function annotationAt(annotator: Annotator, x: number, y: number): number {
  const list = annotator.annotations;
  const caret = caretAt(x, y);
  let candidates: number[] | undefined;
  if (caret) {
    candidates = [];
    list.forEach((a, i) => {
      if (a.ranges.some((r) => safeInRange(r, caret.node, caret.offset))) candidates!.push(i);
    });
    if (candidates.length === 0) return -1;
  }
  return indexAtPoint(x, y, (i) => rectsOf(list[i]!.ranges), list.length, candidates);
}

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // a node in another document or shadow tree
  }
}

export function trackPointer(ctx: ContentScriptContext, annotator: Annotator): void {
  /** The finding whose card the pointer opened (a card opened from the keyboard stays put). */
  let hoverId: string | null = null;
  let hideTimer = 0;
  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const onMove = (x: number, y: number, path: EventTarget[]) => {
    if (annotator.annotations.length === 0) return;
    if (annotator.inCard(path)) return cancelHide();
    if (annotator.host.owns(path[0] as Node)) return;
    const index = annotationAt(annotator, x, y);
    if (index >= 0) {
      cancelHide();
      if (index !== annotator.active || !annotator.cardOpen) {
        annotator.show(index, { focus: false, scroll: false });
        hoverId = annotator.annotations[index]!.finding.id;
      }
      return;
    }
    const openId = annotator.active >= 0 ? annotator.annotations[annotator.active]?.finding.id : null;
    if (hoverId && openId === hoverId && !hideTimer) {
      hideTimer = ctx.setTimeout(() => {
        hideTimer = 0;
        const still = annotator.active >= 0 ? annotator.annotations[annotator.active]?.finding.id : null;
        if (still === hoverId) annotator.closeCard(false);
        hoverId = null;
      }, HIDE_DELAY_MS);
    }
  };
  const throttled = throttle(onMove, THROTTLE_MS, (cb, ms) => void ctx.setTimeout(cb, ms));
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => throttled(event.clientX, event.clientY, event.composedPath()),
    { passive: true },
  );
  // A press anywhere but on the card or its own claim closes the card (the page still gets the click).
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      if (!annotator.cardOpen || annotator.host.isOurEvent(event)) return;
      if (annotationAt(annotator, event.clientX, event.clientY) === annotator.active) return;
      cancelHide();
      hoverId = null;
      annotator.closeCard(false);
    },
    { capture: true, passive: true },
  );
}
