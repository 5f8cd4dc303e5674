/**
 * One finding per passage: no two findings of a page cover the same text, so a sentence is
 * never counted, highlighted or visited by the keyboard twice.
 *
 * Two overlapping findings whose cores (the words that made each rule fire) are apart — "We
 * never interfered, Zakharova said, dismissing the sanctions as Russophobia" — are split where
 * the later one starts, so each keeps its own clause. Findings whose cores overlap are one
 * passage read twice: the pattern kept is the first of `PATTERN_PRECEDENCE`, the most specific
 * reading — a misrepresentation of findings, a procedural deflection, a counter-accusation or
 * a blame shift before the plain denial they contain, and all of them before a dismissal,
 * whose evaluative words are the most common and the least specific.
 */
import type { Finding, PatternId } from '../types';

export const PATTERN_PRECEDENCE: readonly PatternId[] = [
  'misrepresentation',
  'deflection',
  'counter_accusation',
  'blame_shift',
  'denial',
  'dismissal',
];

type Span = { start: number; end: number };
const rank = (f: Finding) => PATTERN_PRECEDENCE.indexOf(f.pattern);
const coreOf = (f: Finding): Span => f.core ?? f;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const TRIM_START = /[\s"“”„«»,;:—–-]/;
const TRIM_END = /[\s"“”„«»,;:—–(]/;

function reslice(text: string, f: Finding, start: number, end: number): Finding | null {
  while (start < end && TRIM_START.test(text[start]!)) start++;
  while (end > start && TRIM_END.test(text[end - 1]!)) end--;
  const core = coreOf(f);
  if (core.start < start || core.end > end) return null;
  return { ...f, start, end, text: text.slice(start, end), id: `${f.block}:${start}:${f.ruleId}` };
}

/** Where a new clause may start between two offsets of a block (after a comma, before "and"). */
export type ClauseStarts = (block: number, from: number, to: number) => number[];

/**
 * Splits `a` and `b` (cores apart, `a`'s first) where `b` starts, or else at the last clause
 * start between the two cores; null when none parts them (one clause, one passage).
 */
function split(text: string, starts: ClauseStarts, a: Finding, b: Finding): [Finding, Finding] | null {
  let cut = b.start;
  if (cut < coreOf(a).end) {
    const at = starts(a.block, coreOf(a).end, coreOf(b).start);
    if (at.length === 0) return null;
    cut = Math.max(...at);
  }
  const left = reslice(text, a, a.start, Math.min(a.end, cut));
  const right = reslice(text, b, Math.max(b.start, cut), b.end);
  return left && right ? [left, right] : null;
}

/**
 * `blockText(i)` gives block i's text, `starts` its clause starts. Returns findings
 * sorted the same way, none overlapping another.
 */
export function mergeOverlaps(
  findings: readonly Finding[],
  blockText: (block: number) => string,
  starts: ClauseStarts,
): Finding[] {
  // Runs of findings that overlap one another, found in one sweep; each run is settled on its own.
  const sorted = [...findings].sort((a, b) => a.block - b.block || a.start - b.start);
  const out: Finding[] = [];
  let run: Finding[] = [];
  let runEnd = -1;
  for (const f of sorted) {
    if (run.length > 0 && (f.block !== run[0]!.block || f.start >= runEnd)) {
      out.push(...settle(run, blockText, starts));
      run = [];
    }
    runEnd = run.length === 0 ? f.end : Math.max(runEnd, f.end);
    run.push(f);
  }
  out.push(...settle(run, blockText, starts));
  return out;
}

/** One run of overlapping findings: highest precedence first, each split from or dropped for those kept. */
function settle(run: readonly Finding[], blockText: (block: number) => string, starts: ClauseStarts): Finding[] {
  if (run.length < 2) return [...run];
  const out: Finding[] = [];
  for (const f of [...run].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    let cur: Finding | null = f;
    for (let k = 0; k < out.length && cur; k++) {
      const kept = out[k]!;
      if (!overlap(kept, cur)) continue;
      if (overlap(coreOf(kept), coreOf(cur))) {
        cur = null;
        break;
      }
      const pair: Finding[] | null | undefined =
        coreOf(kept).start < coreOf(cur).start
          ? split(blockText(cur.block), starts, kept, cur)
          : split(blockText(cur.block), starts, cur, kept)?.reverse();
      if (!pair) {
        cur = null;
        break;
      }
      out[k] = pair[0]!;
      cur = pair[1]!;
    }
    if (cur) out.push(cur);
  }
  return out.sort((a, b) => a.start - b.start);
}
