/**
 * Quiz scoring: the trainee's marks (character ranges in block text, each with a chosen
 * pattern) against the engine's findings. Pure: no DOM, no clock.
 *
 * A mark is judged against a claim's **core**: the claim's own words, without the attribution
 * ("the Russian Foreign Ministry went further, describing …", "…, the embassy wrote") that a
 * reported claim's span includes (`claimCore`). A mark **hits** a claim when it covers at least
 * MIN_CORE_COVER of the core and at least MIN_MARK_PRECISION of the mark lies within the claim's
 * span (attribution included). So the exact words, a good part of them, or the whole sentence
 * with "…, he said" all count; "he said" alone, or a whole article marked at once, does not.
 * A claim no mark hits is a **miss**; a mark that hits nothing is a **false alarm** (one that
 * lies on a claim's attribution only is flagged, to say what to mark instead).
 *
 * Scores are counts of claims, never points: found (and how many of them with the right
 * pattern), missed, false alarms.
 */
import type { Span } from '@/page/selection-offsets';
import { PATTERNS, type PatternId } from '@/rules/types';

export const MIN_CORE_COVER = 0.3;
export const MIN_MARK_PRECISION = 0.3;

export type { Span };

export interface QuizMark extends Span {
  id: string;
  pattern: PatternId;
}

export interface QuizTarget extends Span {
  id: string;
  pattern: PatternId;
  /** The claim as it stands in the block (Finding.text); with `cues`, used to find its core. */
  text?: string;
  cues?: readonly { role: string; text: string }[];
}

export interface QuizHit<T extends QuizTarget> {
  target: T;
  mark: QuizMark;
  patternCorrect: boolean;
}

export interface QuizFalseAlarm<T extends QuizTarget> {
  mark: QuizMark;
  /** The claim whose attribution (not its words) the mark lies on, if any. */
  attributionOf: T | null;
}

export interface PatternScore {
  /** Findings of this pattern. */
  expected: number;
  /** …hit with this pattern chosen. */
  correct: number;
  /** …hit, but another pattern chosen. */
  wrongPattern: number;
  missed: number;
  /** Marks with this pattern chosen that hit nothing. */
  falseAlarms: number;
}

export interface QuizResult<T extends QuizTarget> {
  hits: QuizHit<T>[];
  misses: T[];
  falseAlarms: QuizFalseAlarm<T>[];
  perPattern: Record<PatternId, PatternScore>;
  /** Claims in the article (found + missed). */
  claims: number;
  /** Found with the right pattern. */
  rightPattern: number;
}

/** Characters two spans share (0 across blocks). */
export function overlap(a: Span, b: Span): number {
  if (a.block !== b.block) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Characters that split a sentence into clauses: an attribution sits in its own clause. */
const CLAUSE_BREAK = /[,:;—–]/g;
const TRIM = /^[\s,:;—–"“”«»'‘’.]+|[\s,:;—–"“”«»'‘’.!?]+$/g;

/**
 * The claim's own words as a span: the target without the clause that names the speaker when
 * the target is a reported sentence ("X went further, describing …", "…, X wrote on social
 * media"), or without the speaker's name when no comma sets it apart ("The Kremlin rejected …").
 * A quote (no speaker inside) is its own core.
 */
export function claimCore<T extends QuizTarget>(target: T): Span {
  const text = target.text;
  const speaker = target.cues?.find((c) => c.role === 'speaker')?.text;
  if (!text || !speaker) return target;
  const at = text.toLowerCase().indexOf(speaker.toLowerCase());
  if (at < 0) return target;
  const breaks = [0, ...Array.from(text.matchAll(CLAUSE_BREAK), (m) => m.index! + 1), text.length];
  let from = 0;
  let to = text.length;
  // The clause holding the speaker.
  let c = 0;
  while (c + 1 < breaks.length - 1 && breaks[c + 1]! <= at) c++;
  const clauseStart = breaks[c]!;
  const clauseEnd = breaks[c + 1]!;
  if (clauseStart > 0 || clauseEnd < text.length) {
    // Drop the speaker's clause: keep what comes after it when it leads, before it when it trails.
    if (clauseStart === 0) from = clauseEnd;
    else to = clauseStart;
  } else if (at === 0 || /^\s*(the\s+)?$/i.test(text.slice(0, at))) {
    from = at + speaker.length; // "The Kremlin rejected …": the words after the subject.
  } else {
    to = at; // "… denied it, Peskov" without a comma: the words before the name.
  }
  const core = text.slice(from, to);
  const lead = core.length - core.replace(/^[\s,:;—–"“”«»'‘’.]+/, '').length;
  const trimmed = core.replace(TRIM, '');
  if (trimmed.length < 3) return target;
  const start = target.start + from + lead;
  return { block: target.block, start, end: start + trimmed.length };
}

/** True when `mark` counts as having found `target` (see the module comment). */
export function isHit(mark: Span, target: QuizTarget): boolean {
  const core = claimCore(target);
  const coreShared = overlap(mark, core);
  if (coreShared <= 0) return false;
  const coreLength = Math.max(1, core.end - core.start);
  const markLength = Math.max(1, mark.end - mark.start);
  return coreShared / coreLength >= MIN_CORE_COVER && overlap(mark, target) / markLength >= MIN_MARK_PRECISION;
}

export function scoreQuiz<T extends QuizTarget>(marks: readonly QuizMark[], targets: readonly T[]): QuizResult<T> {
  const perPattern = Object.fromEntries(
    PATTERNS.map((p) => [
      p,
      { expected: 0, correct: 0, wrongPattern: 0, missed: 0, falseAlarms: 0 } satisfies PatternScore,
    ]),
  ) as Record<PatternId, PatternScore>;
  const hits: QuizHit<T>[] = [];
  const misses: T[] = [];
  const used = new Set<string>();

  for (const target of targets) {
    const row = perPattern[target.pattern];
    row.expected++;
    const candidates = marks.filter((m) => isHit(m, target));
    // Prefer a mark with the right pattern, then the one sharing the most characters.
    const best = [...candidates].sort(
      (a, b) =>
        Number(b.pattern === target.pattern) - Number(a.pattern === target.pattern) ||
        overlap(b, target) - overlap(a, target),
    )[0];
    if (!best) {
      row.missed++;
      misses.push(target);
      continue;
    }
    for (const m of candidates) used.add(m.id);
    const patternCorrect = best.pattern === target.pattern;
    if (patternCorrect) row.correct++;
    else row.wrongPattern++;
    hits.push({ target, mark: best, patternCorrect });
  }

  const falseAlarms = marks
    .filter((m) => !used.has(m.id))
    .map((mark) => ({
      mark,
      attributionOf: targets.find((t) => overlap(mark, t) > 0 && overlap(mark, claimCore(t)) === 0) ?? null,
    }));
  for (const f of falseAlarms) perPattern[f.mark.pattern].falseAlarms++;

  return {
    hits,
    misses,
    falseAlarms,
    perPattern,
    claims: targets.length,
    rightPattern: hits.filter((h) => h.patternCorrect).length,
  };
}
