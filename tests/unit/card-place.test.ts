import { describe, expect, it } from 'vitest';
import { coversClaim, GAP, MIN_HEIGHT, placeCard, scrollDelta } from '@/entrypoints/content/card-place';
import type { Rect } from '@/entrypoints/content/hit-test';

const box = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
/** A claim of `n` lines of a 600 px column starting at `top`, the last line ending at `lastRight`. */
function lines(n: number, top: number, lastRight = 300, first = 40): Rect[] {
  return Array.from({ length: n }, (_, i) =>
    box(i === 0 ? first : 20, top + i * 24, i === n - 1 ? lastRight : 620, top + i * 24 + 20),
  );
}
const card = { width: 380, height: 300 };
const desktop = { width: 1280, height: 800 };
const cardBox = (p: ReturnType<typeof placeCard>, width = card.width) =>
  box(p.left, p.top, p.left + width, p.top + p.maxHeight);
const inside = (r: Rect, vp: { width: number; height: number }) =>
  r.left >= GAP - 0.5 && r.top >= GAP - 0.5 && r.right <= vp.width - GAP + 0.5 && r.bottom <= vp.height - GAP + 0.5;

describe('placeCard', () => {
  it('goes below the last line of a multi-line claim, not below the first', () => {
    const claim = lines(4, 100);
    const p = placeCard(claim, card, desktop);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(claim[3]!.bottom + GAP);
    expect(coversClaim(cardBox(p), claim)).toBe(false);
  });

  it('flips above when there is no room below', () => {
    const claim = lines(3, 600);
    const p = placeCard(claim, card, desktop);
    expect(['beside', 'above']).toContain(p.side);
    expect(coversClaim(cardBox(p), claim)).toBe(false);
    expect(inside(cardBox(p), desktop)).toBe(true);
  });

  it('sits beside the last line when neither below nor above has room', () => {
    const vp = { width: 1280, height: 420 };
    const claim = lines(1, 200, 400);
    const p = placeCard(claim, card, vp);
    expect(p.side).toBe('beside');
    expect(p.left).toBeGreaterThanOrEqual(400 + GAP);
    expect(coversClaim(cardBox(p), claim)).toBe(false);
    expect(inside(cardBox(p), vp)).toBe(true);
  });

  it('on a phone-sized viewport shortens the card (it scrolls) rather than covering the claim', () => {
    const vp = { width: 400, height: 700 };
    const claim = lines(5, 200, 300).map((r) => ({ ...r, right: Math.min(r.right, 390) }));
    const p = placeCard(claim, { width: 384, height: 460 }, vp);
    expect(p.maxHeight).toBeLessThan(460);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
    expect(coversClaim(cardBox(p, 384), claim)).toBe(false);
    expect(inside(cardBox(p, 384), vp)).toBe(true);
  });

  it('right of the whole claim when beside the last line would reach up over earlier lines', () => {
    const vp = { width: 1280, height: 420 };
    const claim = lines(3, 150, 400);
    const p = placeCard(claim, card, vp);
    expect(p.side).toBe('right');
    expect(coversClaim(cardBox(p), claim)).toBe(false);
  });

  it('ignores the empty boxes a range reports at line ends', () => {
    const claim = [...lines(2, 100), box(620, 130, 620, 150)];
    expect(placeCard(claim, card, desktop).side).toBe('below');
  });

  it('never covers any line for claims anywhere on the screen (sweep)', () => {
    for (const vp of [desktop, { width: 800, height: 600 }, { width: 400, height: 760 }]) {
      for (let top = 10; top < vp.height - 60; top += 37) {
        for (const n of [1, 2, 4]) {
          const claim = lines(n, top, 200).map((r) => ({ ...r, right: Math.min(r.right, vp.width - 10) }));
          if (claim.some((r) => r.bottom > vp.height)) continue;
          const p = placeCard(claim, card, vp);
          expect(p.side, `claim of ${n} lines at ${top} in ${vp.width}×${vp.height}`).not.toBe('fallback');
          expect(coversClaim(cardBox(p, Math.min(card.width, vp.width - 2 * GAP)), claim)).toBe(false);
        }
      }
    }
  });
});

describe('scrollDelta', () => {
  it('does not scroll when the claim and the card already fit below it', () => {
    expect(scrollDelta(lines(2, 100), 300, 800)).toBe(0);
  });
  it('scrolls a claim near the bottom up so the card fits under it', () => {
    const claim = lines(3, 700);
    const delta = scrollDelta(claim, 300, 800);
    const moved = claim.map((r) => ({ ...r, top: r.top - delta, bottom: r.bottom - delta }));
    expect(moved[2]!.bottom + GAP + 300).toBeLessThanOrEqual(800 - GAP);
    expect(moved[0]!.top).toBeGreaterThan(0);
  });
});
