/**
 * Change detection for dynamic pages: after a DOM mutation the page is extracted again and
 * compared with the last extraction, so only blocks whose text is new go through the engine.
 *
 * Why match by text, not just by index: a paragraph inserted near the top shifts every later
 * block's index. A block whose exact text existed before (at the same index preferably,
 * otherwise at any unused old index) keeps its findings, carried over to its new index.
 */
import type { Finding } from '@/rules/engine/index';

export interface BlockDiff {
  /** New block indices whose text did not exist before, plus the block after each (a changed
   * paragraph can change who speaks in the next one). */
  changed: Set<number>;
  /** Old index → new index of blocks that kept their text. */
  moved: Map<number, number>;
}

export function diffBlocks(oldTexts: readonly string[], newTexts: readonly string[]): BlockDiff {
  const unused = new Map<string, number[]>();
  oldTexts.forEach((text, i) => {
    if (newTexts[i] === text) return; // same place: claimed below
    const list = unused.get(text);
    if (list) list.push(i);
    else unused.set(text, [i]);
  });
  const moved = new Map<number, number>();
  const fresh: number[] = [];
  newTexts.forEach((text, i) => {
    if (oldTexts[i] === text) {
      moved.set(i, i);
      return;
    }
    const from = unused.get(text)?.shift();
    if (from === undefined) fresh.push(i);
    else moved.set(from, i);
  });
  const changed = new Set<number>();
  for (const i of fresh) {
    changed.add(i);
    if (i + 1 < newTexts.length) changed.add(i + 1);
  }
  return { changed, moved };
}

/**
 * The old findings that still stand: those of blocks that kept their text and are not being
 * analysed again, renumbered to their new block (ids follow the engine's `${block}:${start}:${ruleId}`).
 */
export function carryFindings(findings: readonly Finding[], diff: BlockDiff): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const to = diff.moved.get(f.block);
    if (to === undefined || diff.changed.has(to)) continue;
    kept.push(to === f.block ? f : { ...f, block: to, id: `${to}:${f.start}:${f.ruleId}` });
  }
  return kept;
}
