/**
 * The words the in-page UI shows, as pure functions of a finding: counts, positions, bylines.
 * How an assessment is presented (kind, allegation, date, which ones a card lists) is
 * rules/present's, shared with the side panel, gallery and exports. Kept apart from the DOM code
 * so the wording is unit-tested. Every string is in the interface language (`t`; the content
 * script sets it from its scan config).
 */
import type { Finding, FindingAssessment } from '@/rules/engine/index';
import { firstAssessments, formatDate } from '@/rules/present/index';
import { dateLocale, t, tn } from '@/utils/i18n';
import { patternLabel as labelOf } from '@/utils/pattern-labels';
import { presentLang } from '@/utils/present-ui';

export { presentLang } from '@/utils/present-ui';

/** "Peskov · 6 March 2024", "Speaker not named · 6 March 2024", or just the speaker. */
export function claimByline(finding: Pick<Finding, 'speaker' | 'claimDate'>, locale: string = dateLocale()): string {
  const who = finding.speaker ?? t('speakerUnknown');
  const when = formatDate(finding.claimDate, presentLang(), locale);
  return when ? `${who} · ${when}` : who;
}

/** The pattern's reader-facing name. */
export function patternLabel(finding: Pick<Finding, 'pattern'>): string {
  return labelOf(finding.pattern);
}

/** The assessments a card lists (rules/present's `firstAssessments`: the first few, most relevant first). */
export function cardAssessments(finding: Pick<Finding, 'assessments'>): { shown: FindingAssessment[]; more: number } {
  return firstAssessments(finding.assessments);
}

/** The pill's label: "1 claim", "3 claims". */
export function countLabel(n: number): string {
  return tn('claimCount', n);
}

/** The pill's label while a claim is open: "1 of 3 claims". `index` is 0-based. */
export function countLabelAt(index: number, total: number): string {
  return tn('claimOfCount', total, undefined, [String(index + 1)]);
}

/** Where a claim is among the page's: "2 of 3". `index` is 0-based. */
export function positionLabel(index: number, total: number): string {
  return t('claimPosition', [String(index + 1), String(total)]);
}

/** What a screen reader hears when a claim opens: "Claim 2 of 3: Denial, Peskov · 6 March 2024". */
export function claimAnnouncement(
  finding: Pick<Finding, 'pattern' | 'speaker' | 'claimDate'>,
  index: number,
  total: number,
): string {
  return t('claimAnnouncement', [String(index + 1), String(total), patternLabel(finding), claimByline(finding)]);
}
