/**
 * The words the in-page UI shows, as pure functions of a finding: dates formatted for the
 * reader's locale, kinds of assessment named in plain words, indictments labelled as the
 * allegations they are. Kept apart from the DOM code so the wording is unit-tested. Every
 * string is in the interface language (`t`; the content script sets it from its scan config).
 */
import type { Finding, FindingAssessment } from '@/rules/engine/index';
import { dateLocale, t, tn, type MessageKey } from '@/utils/i18n';
import { patternLabel as labelOf } from '@/utils/pattern-labels';

/** How many assessments a card lists; the side panel ("Open context") shows them all. */
export const CARD_ASSESSMENTS = 3;

const KIND_KEYS: Record<string, MessageKey> = {
  'intelligence-assessment': 'kind_intelligence_assessment',
  'committee-report': 'kind_committee_report',
  'official-statement': 'kind_official_statement',
  indictment: 'kind_indictment',
};

/**
 * An ISO date at the precision it was given (YYYY, YYYY-MM or YYYY-MM-DD), in the reader's
 * locale for the interface language. UTC, so "2017-01-06" never shows as 5 January west of
 * Greenwich. Unparseable → as is.
 */
export function formatIsoDate(iso: string | null | undefined, locale: string = dateLocale()): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) options.month = 'long';
  if (d) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** "Intelligence assessment", "Allegation (indictment)", or the raw kind made readable. */
export function kindLabel(kind: string): string {
  const key = KIND_KEYS[kind];
  return key ? t(key) : kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Indictments and other charges not tested in court (the data flags them; the kind backs it up). */
export function isAllegation(assessment: Pick<FindingAssessment, 'kind'> & Partial<Pick<FindingAssessment, 'allegation'>>): boolean {
  return assessment.allegation === true || assessment.kind === 'indictment';
}

/** "Peskov · 6 March 2024", "Speaker not named · 6 March 2024", or just the speaker. */
export function claimByline(finding: Pick<Finding, 'speaker' | 'claimDate'>, locale?: string): string {
  const who = finding.speaker ?? t('speakerUnknown');
  const when = formatIsoDate(finding.claimDate, locale);
  return when ? `${who} · ${when}` : who;
}

/** The pattern's reader-facing name. */
export function patternLabel(finding: Pick<Finding, 'pattern'>): string {
  return labelOf(finding.pattern);
}

/** The assessments a card lists: the first few in date order, and how many more there are. */
export function cardAssessments(finding: Pick<Finding, 'assessments'>): { shown: FindingAssessment[]; more: number } {
  const shown = finding.assessments.slice(0, CARD_ASSESSMENTS);
  return { shown, more: finding.assessments.length - shown.length };
}

/** Long claims are cut at a word boundary for the card; the page shows the rest. */
export function shorten(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
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
export function claimAnnouncement(finding: Pick<Finding, 'pattern' | 'speaker' | 'claimDate'>, index: number, total: number): string {
  return t('claimAnnouncement', [String(index + 1), String(total), patternLabel(finding), claimByline(finding)]);
}

/** The note under an allegation: "Allegation, not a verdict. Outcome: …". */
export function allegationNote(outcome: string | null | undefined): string {
  return outcome ? `${t('cardAllegation')} ${t('outcome', outcome)}` : t('cardAllegation');
}
