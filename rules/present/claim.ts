/**
 * The claim side of a card: how the words are presented (a direct quote in quote marks with its
 * speaker; otherwise "Reported" or "Headline", the speaker named only when the text attributes
 * the words), and the line that says what the assessments answer — the claim's election, a
 * country, "no assessment covers …", or the general set.
 */
import elections from '../data/elections.json';
import type { EvidenceScope, Finding } from '../types';
import { formatDate } from './assessment';
import { STRINGS, type PresentLang } from './strings';

type Country = (typeof elections.countries)[keyof typeof elections.countries];
const COUNTRIES = elections.countries as Record<string, Country>;

export interface PresentedClaim {
  /** The claim text: in quote marks only when it is a direct quote. */
  text: string;
  /** null for a direct quote; "Reported" or "Headline" otherwise. */
  label: string | null;
  /** "Peskov · 6 March 2024", "Headline · 6 March 2024"… */
  byline: string;
}

export function presentClaim(
  f: Pick<Finding, 'text' | 'quoted' | 'speaker' | 'attribution' | 'claimDate'> & { headline?: boolean },
  lang: PresentLang = 'en',
  options: { maxLength?: number; locale?: string } = {},
): PresentedClaim {
  const s = STRINGS[lang];
  const text = shorten(f.text, options.maxLength ?? Infinity);
  const when = formatDate(f.claimDate, lang, options.locale);
  // A headline "attributed" from the body is not that person's words: no name on it.
  const speaker = f.attribution === 'none' || (f.headline && f.attribution === 'context') ? null : f.speaker;
  if (f.quoted && !f.headline)
    return { text: `“${text}”`, label: null, byline: join(speaker ?? s.speakerUnknown, when) };
  const label = f.headline ? s.headline : s.reported;
  return { text, label, byline: join(speaker ? `${label}: ${speaker}` : label, when) };
}

function join(who: string, when: string): string {
  return when ? `${who} · ${when}` : who;
}

/** Long claims are cut at a word boundary (the page shows the rest). */
export function shorten(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The election named in words: "the 2025 Romanian election". */
export function electionName(country: string, year: number, lang: PresentLang = 'en'): string {
  const c = COUNTRIES[country];
  return c ? STRINGS[lang].election(year, c) : `${year} (${country})`;
}

/**
 * What the listed assessments answer, as lines for the reader: "About the 2024 Moldovan
 * election"; "No assessment in Counterpoint's packs covers the 2025 Romanian election.";
 * Georgia 2024's note; or the general set's label.
 */
export function scopeLines(scope: EvidenceScope | undefined, listed: number, lang: PresentLang = 'en'): string[] {
  const s = STRINGS[lang];
  if (!scope) return [];
  if (scope.coverage === 'general') return listed > 0 ? [s.general] : [];
  const first = scope.elections[0];
  if (!first) return [];
  const country = COUNTRIES[first.country];
  const countryText = country ? s.countryName(country) : first.country;
  const lines: string[] = [];
  if (scope.coverage === 'uncovered' && first.year !== null) {
    const named = scope.elections.find((e) => e.year !== null) ?? first;
    lines.push(s.uncovered(electionName(named.country, named.year!, lang)));
    if (listed > 0) lines.push(s.uncoveredRest(countryText));
  } else if (scope.coverage === 'uncovered') lines.push(s.uncoveredCountry(countryText));
  else if (scope.coverage === 'election' && first.year !== null)
    lines.push(s.scopeElection(electionName(first.country, first.year, lang)));
  else lines.push(s.scopeCountry(countryText));
  if (scope.note) lines.push(scope.note[lang]);
  return lines;
}
