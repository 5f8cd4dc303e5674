/**
 * What every export is made from, and the one convention that lets offsets leave the engine.
 *
 * The engine reports a finding's position inside one block (`finding.block`, `start`, `end`).
 * A W3C TextPositionSelector needs a position in ONE text, so the exports define the
 * **document text** as the block texts joined with a blank line (`"\n\n"`), in block order.
 * That is the text a `.txt` file had after the CLI split it on blank lines, and the text a
 * reader of the extracted article sees; `documentText` and `absoluteOffsets` are the only
 * places that know the convention, so an importer can rebuild the same text from the blocks.
 *
 * Offsets here are JavaScript string indices (UTF-16 code units), as the engine gives them.
 * The W3C model counts Unicode code points instead; `codePointOffset` converts, and the two
 * agree for every text without characters outside the Basic Multilingual Plane (emoji…).
 */
import type { Finding, TextBlock } from '../types';

/** The input to every export format. Plain data, so the extension and the CLI build it alike. */
export interface ExportDocument {
  /** Where the text came from, as the reader knows it: a page URL or a file path. */
  source: string;
  /**
   * The source as an absolute IRI (`https://…`, `file:///…`), when `source` is a bare path.
   * W3C annotation targets and ClaimReview URLs must be IRIs; without it `source` is used.
   */
  url?: string;
  title?: string;
  /** ISO date the page was published, if known. */
  published?: string;
  blocks: TextBlock[];
  findings: Finding[];
  /** When the export was made (ISO 8601). Passed in, never read from a clock, so the same input gives the same bytes. */
  generatedAt: string;
}

/** The separator between blocks in the document text. */
export const BLOCK_SEPARATOR = '\n\n';

/** The document text: block texts joined with `BLOCK_SEPARATOR`. */
export function documentText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Where each block starts in the document text (UTF-16 indices). */
export function blockStarts(blocks: readonly TextBlock[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/**
 * A finding's start and end (end exclusive) in the document text, in UTF-16 indices:
 * `documentText(blocks).slice(start, end)` is the claim. Throws when the finding's block
 * does not exist, because an export that points at the wrong text is worse than none.
 */
export function absoluteOffsets(
  blocks: readonly TextBlock[],
  finding: Pick<Finding, 'block' | 'start' | 'end'>,
): { start: number; end: number } {
  const block = blocks[finding.block];
  if (!block || finding.start < 0 || finding.end > block.text.length || finding.start > finding.end) {
    throw new RangeError(`finding [${finding.start}, ${finding.end}) is outside block ${finding.block}`);
  }
  const base = blockStarts(blocks.slice(0, finding.block + 1))[finding.block]!;
  return { start: base + finding.start, end: base + finding.end };
}

/** The claim as it stands in its block (the engine promises `finding.text` equals it; the block wins). */
export function claimOf(
  blocks: readonly TextBlock[],
  finding: Pick<Finding, 'block' | 'start' | 'end' | 'text'>,
): string {
  return blocks[finding.block]?.text.slice(finding.start, finding.end) ?? finding.text;
}

/** Code point index of UTF-16 index `utf16` in `text` (a surrogate pair counts once). */
export function codePointOffset(text: string, utf16: number): number {
  let surrogates = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
  }
  return Math.min(utf16, text.length) - surrogates;
}

/** UTF-16 index of code point index `cp` in `text` (the inverse of `codePointOffset`). */
export function utf16Offset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}

/** `text` between code point positions `start` and `end`, as a TextPositionSelector selects it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(utf16Offset(text, start), utf16Offset(text, end));
}
