/**
 * The words the in-page UI shows, as pure functions of a finding: dates formatted for the
 * reader's locale, kinds of assessment named in plain words, indictments labelled as the
 * allegations they are. Kept apart from the DOM code so the wording is unit-tested. Every
 * string is in the interface language (`t`; the content script sets it from its scan config).
 */
import type { Finding, FindingAssessment } from '@/rules/engine/index';
import { assessmentLinks, kindLabel as presentKind, type PresentLang } from '@/rules/present/index';
import { dateLocale, t, tn, uiLanguage } from '@/utils/i18n';
import { patternLabel as labelOf } from '@/utils/pattern-labels';

/** How many assessments a card lists; the side panel ("Open context") shows them all. */
export const CARD_ASSESSMENTS = 3;

/** The interface language as rules/present knows it. */
export function presentLang(): PresentLang {
  return uiLanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

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

/** The kind in reader words, in the interface language (rules/present); never an id. */
export function kindLabel(kind: string): string {
  return presentKind(kind, presentLang());
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

/**
 * The assessments a card lists: the first few in the engine's order (most relevant first), a
 * balancing finding kept beside the one it qualifies, and — so every card has something to
 * check — the first assessment with a link when none of those has one.
 */
export function cardAssessments(finding: Pick<Finding, 'assessments'>): { shown: FindingAssessment[]; more: number } {
  const all = finding.assessments;
  const shown = all.slice(0, CARD_ASSESSMENTS);
  for (const a of all.slice(CARD_ASSESSMENTS)) {
    if (!a.qualifies?.some((id) => shown.some((s) => s.id === id))) break;
    shown.push(a);
  }
  if (!shown.some((a) => assessmentLinks(a).length > 0)) {
    const linked = all.find((a) => !shown.includes(a) && assessmentLinks(a).length > 0);
    if (linked) shown.push(linked);
  }
  return { shown, more: all.length - shown.length };
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
