/**
 * ClaimReview (schema.org JSON-LD, as fact-checkers publish it) → a Counterpoint pack, so a
 * user can bring a fact-checker's reviews without writing rules.
 *
 * Each ClaimReview becomes one rule and one pack-level assessment:
 * - rule: pattern `denial`, unless the review carries our extension `additionalType` naming one
 *   of our patterns ("dismissal", or a URL ending in "#dismissal"); other additionalType values
 *   are ignored. Its cues are key phrases of `claimReviewed` (see claim-terms.ts) in the claim's
 *   language (`inLanguage`, else detected from the claim). The claim's author (the speaker,
 *   `itemReviewed.author.name`) is named in the rule's `why`.
 * - assessment: the review itself, kind `official-statement` (the schema has no fact-check kind
 *   and we do not change it), issuer "<publisher> (fact-check)", `url` (https only), the date
 *   of `datePublished`, and the rating (`reviewRating.alternateName`, else `name`) as finding.
 *   Confidence is B: a third party's review that Counterpoint has not checked.
 * Ids are `<url slug>-<hash>`; the same review imported twice is one rule.
 *
 * Returns an unvalidated pack: read-pack-file.ts runs it through the pack validator, exactly
 * like a hand-written pack.
 */
import { detectLang } from '../engine/lang';
import type { Assessment, Pack, Rule } from '../schema/pack';
import { LANGS, PATTERNS, type Lang, type PatternId } from '../types';
import { claimTerms } from './claim-terms';
import {
  dateOf,
  fieldPath,
  findClaimReviews,
  get,
  isHttps,
  languageOf,
  MAX_CLAIM_REVIEWS,
  nameOf,
  supportedLang,
  text,
  type ClaimReviewNode,
} from './claimreview-nodes';
import { own, type PackError } from './errors';
import { shortHash, slugify, urlSlug } from './stable-id';

export type ClaimReviewResult =
  /** `sources[i]` is where rules[i] and assessments[i] came from, for mapping validator errors back. */
  { ok: true; pack: Pack; sources: string[] } | { ok: false; errors: PackError[] };

/** Converts every ClaimReview in a parsed JSON-LD document; `today` (YYYY-MM-DD) becomes `updated`. */
export function claimReviewsToPack(doc: unknown, today: string): ClaimReviewResult {
  const nodes = findClaimReviews(doc);
  if (nodes.length === 0)
    return {
      ok: false,
      errors: [
        {
          path: '(root)',
          message: 'no ClaimReview found (expected "@type": "ClaimReview" in an object, an array or "@graph")',
        },
      ],
    };
  if (nodes.length > MAX_CLAIM_REVIEWS)
    return {
      ok: false,
      errors: [{ path: '(root)', message: `more than ${MAX_CLAIM_REVIEWS} ClaimReviews in one file` }],
    };
  const errors: PackError[] = [];
  const rules: Rule[] = [];
  const assessments: Assessment[] = [];
  const sources: string[] = [];
  const publishers: string[] = [];
  const langs: Lang[] = [];
  let license: string | undefined;
  for (const item of nodes) {
    const converted = convert(item, errors);
    if (!converted || rules.some((r) => r.id === converted.rule.id)) continue;
    rules.push(converted.rule);
    assessments.push(converted.assessment);
    sources.push(item.path || '(root)');
    if (!publishers.includes(converted.publisher)) publishers.push(converted.publisher);
    if (!langs.includes(converted.lang)) langs.push(converted.lang);
    license ??= text(own(item.node, 'license'), 200);
  }
  if (errors.length) return { ok: false, errors };
  const by =
    publishers.length <= 2
      ? publishers.join(' and ')
      : `${publishers[0]}, ${publishers[1]} and ${publishers.length - 2} more`;
  const pack: Pack = {
    id: `${slugify(publishers[0] ?? '') || 'imported'}-fact-checks`,
    title: `Fact-checks by ${by}`,
    description: `${rules.length} claim${rules.length === 1 ? '' : 's'} reviewed by ${by}, imported from ClaimReview (schema.org) data. Each rule finds a sentence that repeats key phrases of the reviewed claim.`,
    version: '1.0.0',
    languages: langs,
    publisher: by,
    license: license ?? 'unknown (imported)',
    updated: today,
    assessments,
    rules,
  };
  return { ok: true, pack, sources };
}

interface Converted {
  rule: Rule;
  assessment: Assessment;
  publisher: string;
  lang: Lang;
}

function convert({ node, path }: ClaimReviewNode, errors: PackError[]): Converted | null {
  const before = errors.length;
  const fail = (key: string, message: string) => void errors.push({ path: fieldPath(path, key), message });
  const claim = text(own(node, 'claimReviewed'));
  if (!claim)
    fail(
      'claimReviewed',
      own(node, 'claimReviewed') === undefined ? 'required field is missing' : 'must be the text of the claim',
    );
  const rawUrl = own(node, 'url');
  const url = text(rawUrl, 2000);
  if (!url) fail('url', rawUrl === undefined ? 'required field is missing' : 'must be an https URL');
  else if (!isHttps(url)) fail('url', `must be an https URL (got ${JSON.stringify(url.slice(0, 80))})`);
  const date = dateOf(own(node, 'datePublished'));
  if (!date)
    fail(
      'datePublished',
      own(node, 'datePublished') === undefined ? 'required field is missing' : 'must be a date like 2024-05-03',
    );
  const publisher = nameOf(own(node, 'author'));
  if (!publisher) fail('author', 'needs the fact-checker (author.name)');
  const langText = languageOf(own(node, 'inLanguage'));
  const hinted = langText ? supportedLang(langText) : undefined;
  if (langText && !hinted) fail('inLanguage', `language "${langText}" is not supported (${LANGS.join(', ')})`);
  if (errors.length > before || !claim || !url || !date || !publisher) return null;
  const lang = hinted ?? detectLang(claim);
  const terms = claimTerms(claim, lang);
  if (terms.length === 0) return (fail('claimReviewed', 'has no distinctive words to recognise the claim by'), null);
  const speaker = nameOf(get(node, 'itemReviewed', 'author'));
  const rating = text(get(node, 'reviewRating', 'alternateName'), 200) ?? text(get(node, 'reviewRating', 'name'), 200);
  const base = `${urlSlug(url) || 'claim'}-${shortHash(`${url}\n${claim}`)}`;
  const quoted = `“${clip(claim, 300)}”`;
  const assessment: Assessment = {
    id: `fact-check-${base}`,
    title: `Fact-check by ${publisher}: ${clip(claim, 120)}`,
    titleOfficial: false,
    issuer: `${publisher} (fact-check)`,
    kind: 'official-statement',
    date: date.date,
    datePrecision: date.precision,
    url,
    archiveUrl: null,
    sourceNote: 'Imported from ClaimReview (schema.org) data; not checked by Counterpoint.',
    finding: rating ? `${publisher} rated the claim: ${rating}.` : `${publisher} reviewed the claim.`,
    confidence: 'B',
    allegation: false,
    topics: ['general'],
  };
  const rule: Rule = {
    id: base,
    pattern: patternOf(own(node, 'additionalType')),
    title: `Fact-checked claim: ${clip(claim, 80)}`,
    why: `${publisher} fact-checked this claim${speaker ? `, made by ${speaker}` : ''}: ${quoted}${rating ? ` (rated: ${rating})` : ''}.`,
    example: clip(claim, 500),
    languages: [lang],
    cues: { any: ['terms'], terms: { [lang]: terms } },
    assessments: [
      { id: assessment.id, relevance: `${publisher} reviewed this claim${rating ? ` and rated it: ${rating}` : ''}.` },
    ],
  };
  return { rule, assessment, publisher, lang };
}

/** Our extension: `additionalType` naming a pattern ("dismissal", ".../patterns#dismissal"). */
function patternOf(value: unknown): PatternId {
  for (const v of Array.isArray(value) ? value.slice(0, 20) : [value]) {
    const name = typeof v === 'string' ? v.split(/[/#:]/).pop() : undefined;
    const found = PATTERNS.find((p) => p === name);
    if (found) return found;
  }
  return 'denial';
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
