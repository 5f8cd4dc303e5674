/**
 * Stage 3 of the pipeline: findings (character offsets into block text) → live DOM `Range`s,
 * through the extraction's offset maps. A finding whose text has since left the page maps to
 * no range and is dropped, and an annotation remembers the text its ranges covered, so a later
 * edit of the page that shifts or removes that text is recognised as stale.
 */
import type { Finding } from '@/rules/engine/index';
import { rangesFor, type BlockMap } from './extract/index';

export interface Annotation {
  finding: Finding;
  /** Usually one; several when skipped inline content (an icon, a script) splits the claim. */
  ranges: Range[];
  /** What the ranges covered when they were made. */
  text: string;
}

function coveredText(ranges: readonly Range[]): string {
  return ranges.map((r) => r.toString()).join('');
}

/** Maps findings to annotations in document order; findings that map to nothing are left out. */
export function annotate(doc: Document, findings: readonly Finding[], maps: readonly BlockMap[]): Annotation[] {
  const out: Annotation[] = [];
  for (const finding of findings) {
    const map = maps[finding.block];
    if (!map) continue;
    const ranges = rangesFor(doc, map, finding.start, finding.end);
    if (ranges.length > 0) out.push({ finding, ranges, text: coveredText(ranges) });
  }
  return out.sort((a, b) => a.finding.block - b.finding.block || a.finding.start - b.finding.start);
}

/**
 * True when the page changed under the annotation: a node it spans left the document (live
 * ranges then collapse onto the parent), or the text it covers is no longer the same.
 */
export function isStale(annotation: Annotation): boolean {
  for (const r of annotation.ranges) {
    if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected) return true;
  }
  return coveredText(annotation.ranges) !== annotation.text;
}
