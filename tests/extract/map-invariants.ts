import { expect } from 'vitest';
import type { Extraction } from '../../page/extract';

/**
 * The offset map's contract, checked on every block of every fixture: segments tile the text
 * with no gap or overlap, and each real segment reads back its characters from its Text node
 * (a collapsed space reads back as the whitespace it replaced; "\n" for `<br>` has no node).
 */
export function expectMapsReadBack({ input, maps }: Extraction): void {
  expect(maps).toHaveLength(input.blocks.length);
  input.blocks.forEach((block, index) => {
    const map = maps[index]!;
    expect(map.length).toBe(block.text.length);
    let cursor = 0;
    let rebuilt = '';
    for (const seg of map.segments) {
      expect(seg.start).toBe(cursor);
      cursor += seg.length;
      if (!seg.node) {
        expect(block.text.slice(seg.start, seg.start + seg.length)).toMatch(/^\n+$/);
        rebuilt += '\n'.repeat(seg.length);
        continue;
      }
      const source = seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + seg.length);
      expect(source).toHaveLength(seg.length);
      rebuilt += source.replace(/[ \t\n\r\f]/g, (ws, at: number) =>
        block.text.charAt(seg.start + at) === ' ' ? ' ' : ws,
      );
    }
    expect(cursor).toBe(block.text.length);
    expect(rebuilt).toBe(block.text);
  });
}
