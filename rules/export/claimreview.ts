/**
 * Findings as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the format
 * fact-checkers publish and tools such as ours (rules/import/claimreview.ts) read.
 *
 * Honesty first: this is an automated pattern match, not a human fact-check. The author is
 * "Counterpoint (automated context)", `reviewRating.ratingExplanation` says so in its first
 * sentence, and the rating names what the engine matched ("Denial; official assessments
 * describe interference") rather than a verdict such as "False"; the explanation cites each
 * assessment with its caveat and, for allegations, their outcome so far. Not for publishing as search
 * markup: Google only shows ClaimReview from fact-checkers who reviewed the claim themselves.
 *
 * Fields. schema.org itself requires none; Google's ClaimReview guidelines require
 * `claimReviewed`, `reviewRating` (with `alternateName`) and `url`, and recommend `author`,
 * `datePublished` and `itemReviewed` (a Claim with `author`, `datePublished`, `appearance`).
 * All are emitted; `itemReviewed.author` and `.datePublished` only when the engine knows them.
 * `url` is the source plus a text fragment (`#:~:text=`) that scrolls to the claim, since
 * there is no review page of our own; Google allows "the page URL plus an anchor".
 * `additionalType` carries our pattern id, which our importer maps back to the pattern.
 */
import { ACTORS } from '../bundled';
import type { Finding, PatternId } from '../types';
import { claimOf, type ExportDocument } from './document';
import { presentAssessment, scopeLines } from '../present/index';
import { isAllegation, isoDay, patternLabel } from './labels';
import { targetIri } from './w3c';

export const REVIEW_AUTHOR = { '@type': 'Organization', name: 'Counterpoint (automated context)' } as const;

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  inLanguage: string;
  additionalType: string;
  datePublished: string;
  author: typeof REVIEW_AUTHOR;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
}

const PERSON_IDS = new Set(ACTORS.filter((a) => a.kind === 'person').map((a) => a.id));

const RATING: Record<PatternId, string> = {
  denial: 'Denial; official assessments describe interference',
  counter_accusation: 'Counter-accusation; official assessments describe interference',
  dismissal: 'Dismisses official assessments',
  misrepresentation: 'Misrepresents official assessments',
  deflection: 'Deflection from official assessments',
  blame_shift: 'Shifts blame; official assessments describe interference',
};

/** The rating's short name; with allegations only, it says so instead of "assessments". */
export function ratingName(f: Pick<Finding, 'pattern' | 'assessments'> & Partial<Pick<Finding, 'scope'>>): string {
  if (f.assessments.length === 0) {
    const why =
      f.scope?.coverage === 'uncovered'
        ? 'no official record of that election in the data'
        : 'no official record attached';
    return `${patternLabel(f.pattern)} (automated match; ${why})`;
  }
  const name = RATING[f.pattern] ?? `${patternLabel(f.pattern)}; see official assessments`;
  return f.assessments.every(isAllegation)
    ? name
        .replace('official assessments describe interference', 'official allegations (not tested in court)')
        .replace('official assessments', 'official allegations (not tested in court)')
    : name;
}

/** Each assessment cited in full: date, issuer, title, allegation with its outcome, finding, caveat, link. */
function explanation(f: Finding): string {
  const cited = f.assessments.map((a) => {
    const p = presentAssessment(a, 'en');
    const parts = [
      `${a.date}, ${a.issuer}, "${a.title}"${isAllegation(a) ? ' (allegation, not a finding of a court)' : ''}: ${a.finding}`,
    ];
    if (p.caveat) parts.push(p.caveat);
    if (a.outcome) parts.push(`Outcome so far: ${a.outcome}`);
    const link = p.links[0];
    if (link) parts.push(`<${link.href}>`);
    return parts.join(' ');
  });
  const scope = scopeLines(f.scope, f.assessments.length, 'en');
  return [
    'Automated match by Counterpoint, not a human fact-check.',
    `Pattern: ${patternLabel(f.pattern)}. ${f.why}`,
    ...scope,
    ...(cited.length ? [`Official record: ${cited.join(' | ')}`] : []),
  ].join(' ');
}

/** A text fragment (https://wicg.github.io/scroll-to-text-fragment/) for the claim: whole when short, else first and last words. */
export function textFragment(claim: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const words = claim.trim().split(/\s+/);
  if (claim.length <= 80 || words.length <= 8) return `#:~:text=${enc(claim.trim())}`;
  return `#:~:text=${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
}

/** One ClaimReview per finding of `doc`, in finding order. */
export function toClaimReviews(doc: ExportDocument): ClaimReview[] {
  const source = targetIri(doc);
  const base = source.replace(/#.*$/, '');
  return doc.findings.map((f) => {
    const claim = claimOf(doc.blocks, f);
    const item: ClaimReview['itemReviewed'] = {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', url: source },
    };
    if (doc.title) item.appearance.headline = doc.title;
    if (f.speaker)
      item.author = {
        '@type': f.speakerId && !PERSON_IDS.has(f.speakerId) ? 'Organization' : 'Person',
        name: f.speaker,
      };
    if (f.claimDate) item.datePublished = f.claimDate;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${base}${textFragment(claim)}`,
      claimReviewed: claim,
      inLanguage: f.lang,
      additionalType: f.pattern,
      datePublished: isoDay(doc.generatedAt),
      author: REVIEW_AUTHOR,
      itemReviewed: item,
      reviewRating: { '@type': 'Rating', alternateName: ratingName(f), ratingExplanation: explanation(f) },
    };
  });
}

/** Every document's ClaimReviews in one JSON array. */
export function toClaimReviewsAll(docs: readonly ExportDocument[]): ClaimReview[] {
  return docs.flatMap(toClaimReviews);
}
