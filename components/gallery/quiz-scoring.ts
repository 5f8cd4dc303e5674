/**
 * Quiz scoring: the trainee's marks (character ranges in block text, each with a chosen
 * pattern) against the engine's findings. Pure: no DOM, no clock.
 *
 * A mark **hits** a finding when they overlap in the same block enough both ways: the mark
 * covers at least MIN_FINDING_COVER of the finding, and at least MIN_MARK_PRECISION of the mark
 * is the finding. So a sentence marked around a quoted claim counts; a whole article marked at
 * once does not. A finding no mark hits is a **miss**; a mark that hits nothing is a **false
 * alarm**. Points: 1 per finding hit with the right pattern, half a point with another pattern,
 * minus half a point per false alarm, never below 0; the most is one point per finding.
 */
import { PATTERNS, type PatternId } from '@/rules/types';

export const MIN_FINDING_COVER = 0.5;
export const MIN_MARK_PRECISION = 0.3;
export const WRONG_PATTERN_POINTS = 0.5;
export const FALSE_ALARM_PENALTY = 0.5;

export interface Span {
  block: number;
  /** Offsets into the block's text, end exclusive. */
  start: number;
  end: number;
}

export interface QuizMark extends Span {
  id: string;
  pattern: PatternId;
}

export interface QuizTarget extends Span {
  id: string;
  pattern: PatternId;
}

export interface QuizHit<T extends QuizTarget> {
  target: T;
  mark: QuizMark;
  patternCorrect: boolean;
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
  falseAlarms: QuizMark[];
  perPattern: Record<PatternId, PatternScore>;
  score: number;
  maxScore: number;
}

/** Characters two spans share (0 across blocks). */
export function overlap(a: Span, b: Span): number {
  if (a.block !== b.block) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `mark` counts as having found `target` (see the module comment). */
export function isHit(mark: Span, target: Span): boolean {
  const shared = overlap(mark, target);
  if (shared <= 0) return false;
  const targetLength = Math.max(1, target.end - target.start);
  const markLength = Math.max(1, mark.end - mark.start);
  return shared / targetLength >= MIN_FINDING_COVER && shared / markLength >= MIN_MARK_PRECISION;
}

export function scoreQuiz<T extends QuizTarget>(marks: readonly QuizMark[], targets: readonly T[]): QuizResult<T> {
  const perPattern = Object.fromEntries(
    PATTERNS.map((p) => [p, { expected: 0, correct: 0, wrongPattern: 0, missed: 0, falseAlarms: 0 } satisfies PatternScore]),
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
      (a, b) => Number(b.pattern === target.pattern) - Number(a.pattern === target.pattern) || overlap(b, target) - overlap(a, target),
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

  const falseAlarms = marks.filter((m) => !used.has(m.id));
  for (const m of falseAlarms) perPattern[m.pattern].falseAlarms++;

  const earned = hits.reduce((sum, h) => sum + (h.patternCorrect ? 1 : WRONG_PATTERN_POINTS), 0);
  const score = Math.max(0, earned - FALSE_ALARM_PENALTY * falseAlarms.length);
  return { hits, misses, falseAlarms, perPattern, score, maxScore: targets.length };
}
