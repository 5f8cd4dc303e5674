/**
 * How an official assessment is presented to a reader — the one place the in-page card, the
 * side panel, the gallery and the exports take their words from: the kind in reader words
 * (never an id), the date at its precision, the full finding with its caveat, later
 * developments, allegations marked with their outcome, and the links that were checked (the
 * primary document; an archive snapshot only when it is a real snapshot address; otherwise a
 * news report of it, or what the source is and that its address is unverified).
 *
 * Pure and in English and Russian (the interface languages); data text (findings, outcomes)
 * is English.
 */
import type { FindingAssessment } from '../types';
import { STRINGS, type PresentLang } from './strings';

export type { PresentLang } from './strings';

/** An assessment as the engine hands it to a finding, or as a pack declares it (no `later` needed). */
export type PresentableAssessment = Omit<FindingAssessment, 'later' | 'relevance' | 'elections'> & {
  later?: { date: string; text: string }[];
};

export interface PresentedLink {
  kind: 'primary' | 'archive' | 'report';
  label: string;
  href: string;
}

export interface PresentedAssessment {
  id: string;
  title: string;
  issuer: string;
  date: string;
  dateText: string;
  kindLabel: string;
  /** "Issuer · date · kind", the line under the title. */
  meta: string;
  finding: string;
  /** "Caveat: …" — what the finding did not establish. */
  caveat: string | null;
  /** Allegations: "Allegation, not a finding of a court. Outcome so far: …". */
  allegation: string | null;
  /** Balancing findings say so. */
  balance: string | null;
  later: { date: string; dateText: string; text: string }[];
  links: PresentedLink[];
  /** Where no link could be checked: what the source is. */
  unverified: string | null;
}

/** An archive address we can vouch for: a Wayback snapshot with its 14-digit timestamp, not a lookup. */
export function isArchiveSnapshot(url: string | null | undefined): url is string {
  return !!url && /^https:\/\/web\.archive\.org\/web\/\d{14}\/https?:\/\//.test(url);
}

/** The kind in reader words; an unknown kind is "Official document", never its id. */
export function kindLabel(kind: string, lang: PresentLang = 'en'): string {
  return STRINGS[lang].kinds[kind] ?? STRINGS[lang].kindUnknown;
}

/** Indictments and other charges, sanctions and police cases: the data's flag, backed by the kind. */
export function isAllegation(
  a: Pick<FindingAssessment, 'kind'> & Partial<Pick<FindingAssessment, 'allegation'>>,
): boolean {
  return a.allegation === true || a.kind === 'indictment';
}

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) at its precision, in UTC, for the language. */
export function formatDate(iso: string | null | undefined, lang: PresentLang = 'en', locale?: string): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) options.month = 'long';
  if (d) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(locale ?? (lang === 'ru' ? 'ru-RU' : 'en-GB'), options).format(
      new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)),
    );
  } catch {
    return iso;
  }
}

/** Every checked link of an assessment, primary first. */
export function assessmentLinks(
  a: Pick<PresentableAssessment, 'url' | 'archiveUrl' | 'report'>,
  lang: PresentLang = 'en',
): PresentedLink[] {
  const s = STRINGS[lang];
  const links: PresentedLink[] = [];
  if (a.url) links.push({ kind: 'primary', label: s.primary, href: a.url });
  if (isArchiveSnapshot(a.archiveUrl)) links.push({ kind: 'archive', label: s.archive, href: a.archiveUrl });
  if (a.report) links.push({ kind: 'report', label: s.reportedBy(a.report.by), href: a.report.url });
  return links;
}

/** A list of assessments in date order, oldest first (where the engine's relevance order does not apply: a pattern's page). */
export function oldestFirst<A extends { date: string }>(all: readonly A[]): A[] {
  return [...all].sort((a, b) => a.date.localeCompare(b.date));
}

/** How many assessments a card lists; the side panel ("Open context") and exports show them all. */
export const CARD_ASSESSMENTS = 3;

/**
 * The assessments a short view lists, in the engine's order (most relevant first): the first
 * `n`, a balancing finding kept beside the one it qualifies, and — so there is always something
 * to check — the first assessment with a link when none of those has one. `more`: how many are left.
 */
export function firstAssessments<
  A extends Pick<PresentableAssessment, 'id' | 'url' | 'archiveUrl' | 'report'> & { qualifies?: readonly string[] },
>(all: readonly A[], n = CARD_ASSESSMENTS): { shown: A[]; more: number } {
  const shown = all.slice(0, n);
  for (const a of all.slice(n)) {
    if (!a.qualifies?.some((id) => shown.some((s) => s.id === id))) break;
    shown.push(a);
  }
  if (!shown.some((a) => assessmentLinks(a).length > 0)) {
    const linked = all.find((a) => !shown.includes(a) && assessmentLinks(a).length > 0);
    if (linked) shown.push(linked);
  }
  return { shown, more: all.length - shown.length };
}

export function presentAssessment(
  a: PresentableAssessment,
  lang: PresentLang = 'en',
  locale?: string,
): PresentedAssessment {
  const s = STRINGS[lang];
  const dateText = formatDate(a.date, lang, locale);
  const kind = kindLabel(a.kind, lang);
  const links = assessmentLinks(a, lang);
  const note = a.sourceNote ?? null;
  return {
    id: a.id,
    title: a.title,
    issuer: a.issuer,
    date: a.date,
    dateText,
    kindLabel: kind,
    meta: `${a.issuer} · ${dateText} · ${kind}`,
    finding: a.finding,
    caveat: a.caveat ? `${s.caveat} ${a.caveat}` : null,
    allegation: isAllegation(a) ? (a.outcome ? `${s.allegation} ${s.outcome} ${a.outcome}` : s.allegation) : null,
    balance: a.qualifies?.length ? s.balance : null,
    later: (a.later ?? []).map((l) => ({ date: l.date, dateText: formatDate(l.date, lang, locale), text: l.text })),
    links,
    unverified: a.url
      ? null
      : note
        ? /unverified|no official address/i.test(note)
          ? note
          : `${note} ${s.unverified}`
        : s.unverified,
  };
}
