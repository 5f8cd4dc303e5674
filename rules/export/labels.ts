/**
 * The words every export uses, in one place so the Markdown and HTML handouts, the
 * annotations and the ClaimReview items name things the same way. Neutral on purpose: a
 * handout says what the engine matched and what the official record says, not who is lying.
 *
 * Exports are in English. Pattern names come from `rules/patterns.ts`, the one list the
 * extension's card, panels and legend use too, so a handout names a pattern as the page did.
 */
import { patternName } from '../patterns';
import type { FindingAssessment } from '../types';
import { isAllegation, kindLabel } from '../present/assessment';

/** The kind in reader words and the allegation test: rules/present's, as the card and side panel use them. */
export { isAllegation, kindLabel };

/** The pattern's English name, or the raw id for a pattern this build does not know. */
export function patternLabel(pattern: string): string {
  return patternName(pattern, 'en');
}

/** The kind as a handout prints it; an allegation says so first, so no one reads it as a finding. */
export function kindText(a: Pick<FindingAssessment, 'kind' | 'allegation'>): string {
  return isAllegation(a)
    ? `Allegation (${kindLabel(a.kind).toLowerCase()}, not a finding of a court)`
    : kindLabel(a.kind);
}

/** The one line under the title of every handout. */
export const HOW_TO_READ =
  "How to read this: each passage below matched one of Counterpoint's patterns for statements about election interference. " +
  'The match is automatic and may be wrong; it is not a fact-check. Under each passage, "What the record shows" lists ' +
  'the official assessments that answer it, most relevant first (the election it names, then assessments before allegations, then the most recent), ' +
  'with their caveats, later developments and links. Indictments, sanctions and police cases are allegations, not findings of a court.';

/** The short "who said it, when" line: "Dmitry Peskov · 2024-05-14". */
export function byline(speaker: string | null, claimDate: string | null): string {
  return `${speaker ?? 'Speaker unknown'} · ${claimDate ?? 'date unknown'}`;
}

/** The calendar date of an ISO timestamp ("2024-05-14T09:00:00Z" → "2024-05-14"); other strings unchanged. */
export function isoDay(iso: string): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}
