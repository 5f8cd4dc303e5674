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

/** Maps findings to annotations in document order, in one go (the gallery's small pages). */
export function annotate(doc: Document, findings: readonly Finding[], maps: readonly BlockMap[]): Annotation[] {
  const sliced = startAnnotation(doc, findings, maps);
  sliced.step(Number.POSITIVE_INFINITY);
  return sliced.result!;
}

/**
 * Maps findings to annotations in document order (findings that map to nothing are left out), in
 * slices: `step(budgetMs)` maps findings until the budget is spent (checking the clock every few
 * findings) and returns true once `result` is ready, so 100 claims on a large page are not one
 * long task.
 */
export function startAnnotation(
  doc: Document,
  findings: readonly Finding[],
  maps: readonly BlockMap[],
  now: () => number = () => performance.now(),
): { step(budgetMs: number): boolean; readonly result: Annotation[] | null } {
  const out: Annotation[] = [];
  let next = 0;
  let result: Annotation[] | null = null;
  return {
    get result() {
      return result;
    },
    step(budgetMs) {
      const until = budgetMs === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : now() + budgetMs;
      while (next < findings.length) {
        const finding = findings[next++]!;
        const map = maps[finding.block];
        if (map) {
          const ranges = rangesFor(doc, map, finding.start, finding.end);
          if (ranges.length > 0) out.push({ finding, ranges, text: coveredText(ranges) });
        }
        if (next % 8 === 0 && next < findings.length && now() >= until) return false;
      }
      result ??= out.sort((a, b) => a.finding.block - b.finding.block || a.finding.start - b.finding.start);
      return true;
    },
  };
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
