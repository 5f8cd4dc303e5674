/**
 * Block text offsets ↔ DOM positions (stage 3 of the pipeline: the engine reports findings as
 * character offsets into a block's text; highlighting needs `Range`s on the live page).
 *
 * The map is a list of segments rather than one entry per character: a 3 MB page would otherwise
 * cost tens of megabytes of map. Within a segment, block text and node text advance in lockstep;
 * a new segment starts wherever they stop doing so (a new Text node, a collapsed whitespace run,
 * a synthesised character).
 */

/** A run of block text that is a verbatim (or whitespace-collapsed) copy of one Text node. */
export interface MapSegment {
  /** Offset of the run in the block's text. */
  start: number;
  length: number;
  /** The source node; null for synthesised characters ("\n" for `<br>`), which have none. */
  node: Text | null;
  /** Offset in `node.data` of the run's first character. */
  nodeOffset: number;
  /**
   * Set when skipped content (an `aria-hidden` icon, an inline script) lies in the DOM between
   * this segment and the previous one: a single Range across them would include it.
   */
  afterSkipped?: true;
}

/** How one block's text maps back to the DOM. Segments are sorted by `start` and never overlap. */
export interface BlockMap {
  segments: MapSegment[];
  /** Length of the block's text. */
  length: number;
}

export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * `forward` resolves an offset to the start of the character at it (use for range starts);
 * `backward` to the end of the character before it (use for range ends), so a range never
 * spills into the neighbouring node when an offset sits on a segment boundary.
 */
export type Affinity = 'forward' | 'backward';

/**
 * The DOM position of `offset` in the block's text. Synthesised characters resolve to the
 * nearest real position (forward: the next real character, else the end of the previous one).
 * Returns null only for a map with no real characters, which extraction never produces.
 */
export function positionAt(map: BlockMap, offset: number, affinity: Affinity = 'forward'): TextPosition | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  const at = Math.max(0, Math.min(offset, map.length));
  // The character that decides: the one at `at` (forward) or the one before it (backward).
  const probe = affinity === 'forward' ? Math.min(at, map.length - 1) : Math.max(at - 1, 0);
  const index = findSegment(segments, probe);
  const seg = segments[index];
  if (!seg) return null;
  if (seg.node) {
    const inside = Math.max(0, Math.min(at - seg.start, seg.length));
    return clampToNode(seg.node, seg.nodeOffset + inside);
  }
  const forwardFirst = affinity === 'forward';
  return (
    (forwardFirst
      ? (nextReal(segments, index) ?? prevReal(segments, index))
      : (prevReal(segments, index) ?? nextReal(segments, index))) ?? null
  );
}

/**
 * A live `Range` over block text [start, end). Null when the document cannot make ranges
 * (linkedom's Range lacks setStart) or the nodes have since left the page.
 */
export function rangeFor(doc: Document, map: BlockMap, start: number, end: number): Range | null {
  const from = positionAt(map, start, 'forward');
  const to = end > start ? positionAt(map, end, 'backward') : from;
  if (!from || !to) return null;
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    // If `to` precedes `from` (a range over synthesised characters only), the DOM collapses it.
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return null;
  }
}

/**
 * Like `rangeFor`, but split wherever skipped content lies inside [start, end), so the ranges
 * cover exactly the extracted text (a CSS highlight accepts several ranges). Empty on failure.
 */
export function rangesFor(doc: Document, map: BlockMap, start: number, end: number): Range[] {
  const cuts = [start];
  for (const seg of map.segments) if (seg.afterSkipped && seg.start > start && seg.start < end) cuts.push(seg.start);
  cuts.push(end);
  const ranges: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const range = rangeFor(doc, map, cuts[i]!, cuts[i + 1]!);
    if (range && !range.collapsed) ranges.push(range);
  }
  return ranges;
}

/** Binary search: index of the segment containing text offset `probe` (or the nearest before). */
function findSegment(segments: MapSegment[], probe: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const seg = segments[mid];
    if (seg && seg.start <= probe) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nextReal(segments: MapSegment[], index: number): TextPosition | undefined {
  for (let i = index + 1; i < segments.length; i++) {
    const seg = segments[i];
    if (seg?.node) return clampToNode(seg.node, seg.nodeOffset);
  }
  return undefined;
}

function prevReal(segments: MapSegment[], index: number): TextPosition | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const seg = segments[i];
    if (seg?.node) return clampToNode(seg.node, seg.nodeOffset + seg.length);
  }
  return undefined;
}

/** The page may have edited the node since extraction; never hand the DOM an offset past its end. */
function clampToNode(node: Text, offset: number): TextPosition {
  return { node, offset: Math.min(offset, node.data.length) };
}
