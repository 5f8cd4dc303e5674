/** entrypoints/content/send-page.ts: how a long page is cut into parts for `analyzePage`. */
import { describe, expect, it } from 'vitest';
import { partsOf } from '@/entrypoints/content/send-page';

const blocks = (...sizes: number[]) => sizes.map((n) => ({ text: 'x'.repeat(n) }));

describe('partsOf', () => {
  it('keeps a short page in one part', () => {
    expect(partsOf(blocks(10, 20, 30), 100)).toEqual([[0, 3]]);
    expect(partsOf([], 100)).toEqual([[0, 0]]);
  });

  it('cuts between blocks so no part exceeds the size, a longer block alone', () => {
    expect(partsOf(blocks(40, 40, 40, 250, 10, 90), 100)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 6],
    ]);
  });

  it('covers every block once, in order', () => {
    const sizes = Array.from({ length: 500 }, (_, i) => (i * 37) % 300);
    const parts = partsOf(blocks(...sizes), 1000);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(500);
    parts.forEach(([from, to], i) => {
      expect(to).toBeGreaterThan(from);
      if (i > 0) expect(from).toBe(parts[i - 1]![1]);
      const chars = sizes.slice(from, to).reduce((a, b) => a + b, 0);
      expect(chars <= 1000 || to - from === 1).toBe(true);
    });
  });
});
