import type { BlockMap, MapSegment } from './offset-map';

/**
 * Most characters a single extraction returns (3 MB). A news article is 5–50 kB; anything near
 * this is an archive page or a runaway feed. The engine's cost grows with text length, so the
 * rest of such a page is skipped rather than analysed slowly. Shared by all blocks of a page.
 */
export const MAX_TOTAL_CHARS = 3_000_000;

/** Characters left for this extraction; `exhausted` stops the walk. */
export interface Budget {
  remaining: number;
  exhausted: boolean;
}

/**
 * Words (runs of anything but CSS "document white space", what `white-space: normal` collapses:
 * space, tab, LF, CR, FF; not U+00A0) joined by single spaces.
 */
const WORD_RUN = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

/**
 * Accumulates one block's text the way a browser renders it — whitespace runs collapsed to one
 * space, none at the block's edges, none around a line break — while recording where every
 * character came from. Rendering rules live here so the walker only decides what is a block.
 */
export class BlockBuilder {
  private parts: string[] = [];
  private segments: MapSegment[] = [];
  private length = 0;
  private lastChar = '';
  /** Skipped content was passed since the last character: mark the next segment. */
  private gap = false;
  /** A collapsed whitespace run waiting to become one space if more text follows. */
  private pending: { node: Text; offset: number; afterSkipped: boolean } | null = null;

  constructor(private readonly budget: Budget) {}

  /** Appends a Text node's data; `preserve` for `<pre>`-like content (whitespace kept as is). */
  appendText(node: Text, preserve: boolean): void {
    const data = node.data;
    if (preserve) {
      this.flushPending();
      this.emit(data, node, 0);
      return;
    }
    // Runs of words separated by single spaces are copied as one piece: they map to the node
    // character for character, and one native search per run costs less than a JS loop per
    // character (this code runs once per page, mostly unoptimised).
    WORD_RUN.lastIndex = 0;
    let i = 0;
    for (let m = WORD_RUN.exec(data); m && !this.budget.exhausted; m = WORD_RUN.exec(data)) {
      if (m.index > i && !this.pending && this.length > 0 && this.lastChar !== '\n')
        this.pending = { node, offset: i, afterSkipped: this.gap };
      this.flushPending();
      this.emit(m[0], node, m.index);
      i = m.index + m[0].length;
    }
    if (i < data.length && !this.budget.exhausted && !this.pending && this.length > 0 && this.lastChar !== '\n')
      this.pending = { node, offset: i, afterSkipped: this.gap };
  }

  /** `<br>`: a synthesised line break; spaces before and after it are not rendered. */
  appendBreak(): void {
    this.pending = null;
    this.emit('\n', null, 0);
  }

  /** The walker skipped an element inside this block (see `MapSegment.afterSkipped`). */
  markSkipped(): void {
    if (this.length > 0) this.gap = true;
  }

  /** Ends the block: returns its trimmed text and map (null if it is blank) and resets. */
  finish(): { text: string; map: BlockMap } | null {
    const raw = this.parts.join('');
    const segments = this.segments;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.lastChar = '';
    this.pending = null;
    this.gap = false;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return null;
    return { text, map: { segments: sliceSegments(segments, lead, lead + text.length), length: text.length } };
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    // The space belongs on whichever side of skipped content its whitespace was in the DOM.
    const gapAfterSpace = pending.afterSkipped ? false : this.gap;
    this.gap = pending.afterSkipped;
    this.emit(' ', pending.node, pending.offset);
    this.gap = gapAfterSpace;
  }

  private emit(text: string, node: Text | null, nodeOffset: number): void {
    const budget = this.budget;
    if (budget.exhausted || !text) return;
    if (text.length > budget.remaining) {
      text = text.slice(0, budget.remaining);
      budget.exhausted = true;
      if (!text) return;
    }
    budget.remaining -= text.length;
    const last = this.segments[this.segments.length - 1];
    if (node && !this.gap && last && last.node === node && last.nodeOffset + last.length === nodeOffset) {
      last.length += text.length; // same node, contiguous: extend instead of a new segment
    } else {
      const seg: MapSegment = { start: this.length, length: text.length, node, nodeOffset };
      if (this.gap) seg.afterSkipped = true;
      this.segments.push(seg);
      this.gap = false;
    }
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text.charAt(text.length - 1);
  }
}

/** Keeps the part of `segments` inside text [from, to), re-based to start at 0 (for trimming). */
function sliceSegments(segments: MapSegment[], from: number, to: number): MapSegment[] {
  const out: MapSegment[] = [];
  for (const seg of segments) {
    const start = Math.max(seg.start, from);
    const end = Math.min(seg.start + seg.length, to);
    if (end <= start) continue;
    const nodeOffset = seg.node ? seg.nodeOffset + (start - seg.start) : 0;
    const slice: MapSegment = { start: start - from, length: end - start, node: seg.node, nodeOffset };
    if (seg.afterSkipped && out.length > 0) slice.afterSkipped = true;
    out.push(slice);
  }
  return out;
}
