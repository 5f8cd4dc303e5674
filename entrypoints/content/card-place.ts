/**
 * Where the claim card goes, decided from geometry alone: the claim's line boxes (its ranges'
 * client rects), the card's size and the viewport. The card must never cover a line of its own
 * claim, so every candidate position is checked against every line box, not against the first
 * line or the claim's bounding box only. Pure over plain rectangles, so it is unit-tested
 * without layout (happy-dom has none); the browser test checks the result on real pages.
 *
 * Order of preference: below the last line (reading goes on downwards), beside the last line,
 * above the first line, then right or left of the whole claim. When none fits at the card's
 * natural height, the side with the most room gets a shorter card that scrolls (the card says
 * so); only when even that leaves under MIN_HEIGHT is a covering position accepted.
 */
import type { Rect } from './hit-test';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The height the card may use; below its natural height the card scrolls. */
  maxHeight: number;
  /** Which candidate won (for tests and debugging). */
  side: 'below' | 'beside' | 'above' | 'right' | 'left' | 'fallback';
}

/** Space kept between the card, the claim and the viewport's edges. */
export const GAP = 8;
/** Below this the card could not show its pattern, claim and speaker together. */
export const MIN_HEIGHT = 190;

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** True when a card at this box would lie over any of the claim's line boxes. */
export function coversClaim(card: Rect, lines: readonly Rect[]): boolean {
  return lines.some((line) => intersects(card, line));
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** Line boxes worth avoiding: non-empty ones (a range also reports zero-width boxes at line ends). */
export function lineBoxes(rects: readonly Rect[]): Rect[] {
  return rects.filter((r) => r.right - r.left > 0.5 && r.bottom - r.top > 0.5);
}

export function placeCard(rects: readonly Rect[], card: Size, viewport: Size): Placement {
  const lines = lineBoxes(rects);
  const vw = viewport.width;
  const vh = viewport.height;
  const width = Math.min(card.width, vw - 2 * GAP);
  const natural = Math.min(card.height, vh - 2 * GAP);
  if (lines.length === 0) {
    return {
      left: clamp((vw - width) / 2, GAP, vw - width - GAP),
      top: clamp(vh / 3, GAP, vh - natural - GAP),
      maxHeight: natural,
      side: 'fallback',
    };
  }
  const top = Math.min(...lines.map((r) => r.top));
  const bottom = Math.max(...lines.map((r) => r.bottom));
  const left = Math.min(...lines.map((r) => r.left));
  const right = Math.max(...lines.map((r) => r.right));
  const last = lines.reduce((a, b) => (b.bottom > a.bottom || (b.bottom === a.bottom && b.right > a.right) ? b : a));
  const first = lines.reduce((a, b) => (b.top < a.top || (b.top === a.top && b.left < a.left) ? b : a));

  const fits = (x: number, y: number, h: number) => {
    const box = { left: x, top: y, right: x + width, bottom: y + h };
    return (
      x >= GAP - 0.5 &&
      y >= GAP - 0.5 &&
      box.right <= vw - GAP + 0.5 &&
      box.bottom <= vh - GAP + 0.5 &&
      !coversClaim(box, lines)
    );
  };
  const candidates = (h: number): [Placement['side'], number, number][] => [
    ['below', clamp(last.left, GAP, vw - width - GAP), bottom + GAP],
    ['beside', last.right + GAP, clamp(last.top, GAP, vh - h - GAP)],
    ['above', clamp(first.left, GAP, vw - width - GAP), top - GAP - h],
    ['right', right + GAP, clamp(top, GAP, vh - h - GAP)],
    ['left', left - GAP - width, clamp(top, GAP, vh - h - GAP)],
  ];
  for (const [side, x, y] of candidates(natural))
    if (fits(x, y, natural)) return { left: x, top: y, maxHeight: natural, side };

  // No room at full height: a shorter, scrolling card where there is the most room.
  const room: [Placement['side'], number, number, number][] = [
    ['below', clamp(last.left, GAP, vw - width - GAP), bottom + GAP, vh - GAP - (bottom + GAP)],
    ['above', clamp(first.left, GAP, vw - width - GAP), GAP, top - GAP - GAP],
  ];
  if (right + GAP + width <= vw - GAP) room.push(['right', right + GAP, GAP, vh - 2 * GAP]);
  if (left - GAP - width >= GAP) room.push(['left', left - GAP - width, GAP, vh - 2 * GAP]);
  const best = room.filter(([, x, y, h]) => h >= MIN_HEIGHT && fits(x, y, h)).sort((a, b) => b[3] - a[3])[0];
  if (best) {
    const [side, x, y, h] = best;
    const height = Math.min(h, natural);
    // Above: sit right on top of the claim, not at the top of the viewport.
    return { left: x, top: side === 'above' ? top - GAP - height : y, maxHeight: height, side };
  }
  // The claim fills the viewport: keep the card inside it, as little over the claim as we can (rare; the
  // keyboard path scrolls first so that this does not happen).
  const h = Math.max(MIN_HEIGHT, Math.min(natural, vh - 2 * GAP));
  return {
    left: clamp(last.left, GAP, vw - width - GAP),
    top: clamp(bottom + GAP, GAP, vh - h - GAP),
    maxHeight: h,
    side: 'fallback',
  };
}

/**
 * Where to scroll the page (how far down, in px) so the claim and a card of `cardHeight` below it
 * both fit, claim first; 0 when they already do. Used when a card opens from the keyboard.
 */
export function scrollDelta(rects: readonly Rect[], cardHeight: number, viewportHeight: number): number {
  const lines = lineBoxes(rects);
  if (lines.length === 0) return 0;
  const top = Math.min(...lines.map((r) => r.top));
  const bottom = Math.max(...lines.map((r) => r.bottom));
  const need = bottom - top + GAP + Math.min(cardHeight, viewportHeight) + GAP;
  if (top >= GAP * 6 && bottom + GAP + cardHeight <= viewportHeight - GAP) return 0;
  // Centre claim + card when they fit together; otherwise the claim near the top, card below.
  const wantTop = need <= viewportHeight - 2 * GAP ? (viewportHeight - need) / 2 : GAP * 6;
  return top - wantTop;
}
