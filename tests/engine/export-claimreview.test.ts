/**
 * ClaimReview export (rules/export/claimreview.ts): every item carries the fields Google's
 * ClaimReview guidelines require (claimReviewed, reviewRating.alternateName, url) and
 * recommend (author, datePublished, itemReviewed), dates are ISO, it says plainly that it is
 * an automated match, and our own ClaimReview importer reads it back.
 */
import { describe, expect, it } from 'vitest';
import {
  exportAs,
  ratingName,
  REVIEW_AUTHOR,
  textFragment,
  toClaimReviews,
  toClaimReviewsAll,
  type ClaimReview,
} from '../../rules/export/index';
import { claimReviewsToPack } from '../../rules/import/claimreview';
import { fixtureDoc } from '../fixtures/export/load';

const DOC = fixtureDoc('repeated-claim.txt');
const MARKUP = fixtureDoc('markup.txt');
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('ClaimReview export', () => {
  const reviews = toClaimReviews(DOC);

  it('one review per finding, with every required and recommended field', () => {
    expect(reviews).toHaveLength(DOC.findings.length);
    reviews.forEach((r, i) => {
      const f = DOC.findings[i]!;
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      // Required (Google): claimReviewed, reviewRating with alternateName, url.
      expect(r.claimReviewed).toBe(f.text);
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.alternateName.length).toBeGreaterThan(5);
      expect(r.url.startsWith(`${DOC.source}#:~:text=`)).toBe(true);
      expect(() => new URL(r.url)).not.toThrow();
      // Recommended: author, datePublished, itemReviewed (Claim: author, datePublished, appearance).
      expect(r.author).toEqual(REVIEW_AUTHOR);
      expect(r.datePublished).toBe('2024-05-14');
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: DOC.source });
      expect(r.itemReviewed.author).toEqual({ '@type': 'Person', name: f.speaker });
      expect(r.itemReviewed.datePublished).toMatch(ISO_DATE);
      expect(r.additionalType).toBe(f.pattern);
    });
  });

  it('says it is an automated match and cites the official record with dates', () => {
    for (const [i, r] of reviews.entries()) {
      const f = DOC.findings[i]!;
      expect(r.reviewRating.ratingExplanation).toMatch(/^Automated match by Counterpoint, not a human fact-check\./);
      expect(r.reviewRating.ratingExplanation).toContain(f.why);
      for (const a of f.assessments) expect(r.reviewRating.ratingExplanation).toContain(`${a.date}, ${a.issuer}`);
      expect(r.reviewRating.alternateName).not.toMatch(/\b(false|lie|true)\b/i);
    }
  });

  it('names allegations as allegations, and a finding without a record as such', () => {
    const f = DOC.findings[0]!;
    const indictmentsOnly = { ...f, assessments: f.assessments.filter((a) => a.kind === 'indictment') };
    expect(indictmentsOnly.assessments.length).toBeGreaterThan(0);
    expect(ratingName(indictmentsOnly)).toMatch(/allegations \(not tested in court\)/);
    expect(ratingName({ ...f, assessments: [] })).toMatch(/no official record attached/);
    expect(ratingName(f)).toBe('Denial; official assessments describe interference');
    expect(
      ratingName({
        ...f,
        assessments: [],
        scope: { coverage: 'uncovered', elections: [{ country: 'RO', year: 2025 }], from: 'claim' },
      }),
    ).toMatch(/no official record of that election/);
  });

  it('cites every assessment with its caveat, and allegations with their outcome so far', () => {
    const f = DOC.findings[0]!;
    const [r] = toClaimReviews({ ...DOC, findings: [f] });
    const text = r!.reviewRating.ratingExplanation;
    for (const a of f.assessments) {
      expect(text).toContain(a.title);
      if (a.outcome) expect(text).toContain(`Outcome so far: ${a.outcome}`);
      if (a.caveat) expect(text).toContain(a.caveat);
    }
    expect(f.assessments.some((a) => a.outcome)).toBe(true);
  });

  it('leaves out the claim author and date when the engine does not know them', () => {
    const f = { ...DOC.findings[0]!, speaker: null, speakerId: null, claimDate: null };
    const [r] = toClaimReviews({ ...DOC, findings: [f] });
    expect(r!.itemReviewed.author).toBeUndefined();
    expect(r!.itemReviewed.datePublished).toBeUndefined();
    const state = { ...DOC.findings[0]!, speaker: 'Russian Foreign Ministry', speakerId: 'russian-foreign-ministry' };
    expect(toClaimReviews({ ...DOC, findings: [state] })[0]!.itemReviewed.author?.['@type']).toBe('Organization');
  });

  it('text fragments: whole short claims, first and last words of long ones, hyphens and commas encoded', () => {
    expect(textFragment('no meddling, ever')).toBe('#:~:text=no%20meddling%2C%20ever');
    expect(textFragment('pro-Kremlin')).toBe('#:~:text=pro%2DKremlin');
    const long = 'Russia has never interfered and never will interfere in the elections of any other country at all';
    expect(textFragment(long)).toBe('#:~:text=Russia%20has%20never%20interfered,other%20country%20at%20all');
  });

  it('several documents make one JSON array; the output is deterministic and our importer reads it', () => {
    const all = toClaimReviewsAll([DOC, MARKUP]);
    expect(all).toHaveLength(DOC.findings.length + MARKUP.findings.length);
    const json = exportAs('claimreview', DOC);
    expect(json).toBe(exportAs('claimreview', fixtureDoc('repeated-claim.txt')));
    const parsed = JSON.parse(json) as ClaimReview[];
    expect(parsed).toEqual(reviews);
    const back = claimReviewsToPack(parsed, '2024-05-14');
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.pack.rules.map((r) => r.pattern)).toEqual(
        expect.arrayContaining([...new Set(DOC.findings.map((f) => f.pattern))]),
      );
  });
});
