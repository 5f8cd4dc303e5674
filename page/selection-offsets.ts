/**
 * A DOM selection → character ranges in block text: the inverse of the offset maps the
 * extraction made (`rangesFor` goes the other way). Used by the quiz to turn what the trainee
 * selected into spans the scorer compares with the findings.
 */
import type { BlockMap } from '@/page/extract/index';

/** A stretch of one block's text (the quiz's scorer takes these: components/gallery/quiz-scoring.ts). */
export interface Span {
  block: number;
  /** Offsets into the block's text, end exclusive. */
  start: number;
  end: number;
}

interface BlockPoint {
  block: number;
  offset: number;
}

/** The first (or last) Text node in `node`'s subtree, or null. */
function edgeText(node: Node, last: boolean): Text | null {
  if (node.nodeType === Node.TEXT_NODE) return node as Text;
  const kids = Array.from(node.childNodes);
  for (const child of last ? kids.reverse() : kids) {
    const found = edgeText(child, last);
    if (found) return found;
  }
  return null;
}

/** A boundary point as a Text node and offset (an element boundary resolves to the text next to it). */
function toTextPoint(node: Node, offset: number, isEnd: boolean): { text: Text; offset: number } | null {
  if (node.nodeType === Node.TEXT_NODE) return { text: node as Text, offset };
  const kids = node.childNodes;
  if (!isEnd && offset < kids.length) {
    const t = edgeText(kids[offset]!, false);
    if (t) return { text: t, offset: 0 };
  }
  if (offset > 0) {
    const t = edgeText(kids[Math.min(offset, kids.length) - 1]!, true);
    if (t) return { text: t, offset: t.data.length };
  }
  return null;
}

/** Where a DOM boundary point falls in the blocks' text, or null when it is in no block. */
export function blockPointAt(maps: readonly BlockMap[], node: Node, offset: number, isEnd = false): BlockPoint | null {
  const point = toTextPoint(node, offset, isEnd);
  if (!point) return null;
  let nearest: BlockPoint | null = null;
  for (let block = 0; block < maps.length; block++) {
    for (const seg of maps[block]!.segments) {
      if (seg.node !== point.text) continue;
      const inside = point.offset - seg.nodeOffset;
      if (inside >= 0 && inside <= seg.length) return { block, offset: seg.start + inside };
      // Inside a collapsed whitespace run between segments of the same node: snap to the edge.
      nearest ??= { block, offset: inside < 0 ? seg.start : seg.start + seg.length };
    }
  }
  return nearest;
}

/** The block spans a Range covers: one per block it touches, in block order. Empty when outside. */
export function spansOfRange(maps: readonly BlockMap[], range: Range): Span[] {
  const from = blockPointAt(maps, range.startContainer, range.startOffset, false);
  const to = blockPointAt(maps, range.endContainer, range.endOffset, true);
  if (!from || !to || to.block < from.block) return [];
  const spans: Span[] = [];
  for (let block = from.block; block <= to.block; block++) {
    const start = block === from.block ? from.offset : 0;
    const end = block === to.block ? to.offset : maps[block]!.length;
    if (end > start) spans.push({ block, start, end });
  }
  return spans;
}
