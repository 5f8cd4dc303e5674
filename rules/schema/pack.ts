/**
 * The rule-pack format, written once. TypeScript types are inferred from it and
 * `npm run schema` writes rules/schema/pack.schema.json for outside pack authors.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../languages';
import { PATTERNS } from '../patterns';

export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');
/** The engine's languages (rules/languages.json) and patterns (rules/patterns.ts). */
const lang = z.enum(LANGS as readonly Lang[] as [Lang, ...Lang[]]);
const pattern = z.enum(PATTERNS);
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });
const isoDate = z.string().refine(isValidIsoDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
const semver = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version like 1.2.0');
const perLang = z.partialRecord(lang, z.array(z.string().min(1)));

/** ISO 3166-1 alpha-2 (EU for the European Union's own elections). */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "MD" (EU for the European Union)');

export const ACTOR_KINDS = ['person', 'institution', 'state', 'outlet'] as const;
/** Whose side an actor speaks for. */
export const AFFILIATIONS = [
  'russia-government',
  'russia-state-media',
  'russia-other',
  'us-government',
  'us-politics',
  'other',
] as const;

export const actorSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  gender: z.enum(['m', 'f']).nullable().optional(),
  affiliation: z.enum(AFFILIATIONS),
  role: z.string().optional(),
  aliases: perLang.refine((a) => (a.en?.length ?? 0) > 0, 'needs at least one English alias'),
  roleNouns: perLang.optional(),
  activeFrom: z.string().optional(),
  activeTo: z.string().nullable().optional(),
  /** Separate periods in the same role (e.g. two presidential terms). */
  terms: z.array(z.record(z.string(), z.unknown())).optional(),
  /**
   * The country a mission serves ("Russian Embassy in France": FR). A bare mention of the
   * mission's generic entry (the actor whose name is the start of this one's) is this actor when
   * the claim is about this country's election.
   */
  postedIn: countryCode.optional(),
  note: z.string().optional(),
});

/** An election an assessment concerns; year null: that country's elections in general. */
export const electionRef = z.strictObject({
  country: countryCode,
  year: z.number().int().min(1900).max(2100).nullable(),
});
export const ASSESSMENT_KINDS = [
  'intelligence-assessment',
  'investigation-report',
  'committee-report',
  'parliamentary-resolution',
  'official-statement',
  'observer-finding',
  'court-outcome',
  'election-authority-decision',
  'sanctions',
  'regulatory-action',
  'enforcement-action',
  'criminal-case',
  'indictment',
] as const;

export const assessmentSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  shortTitle: z.string().optional(),
  /** False where no official title is known and `title` describes the document. */
  titleOfficial: z.boolean().optional(),
  /** Other dates that matter (submission, cable date), in words. */
  dateNote: z.string().optional(),
  issuer: z.string().min(1),
  kind: z.enum(ASSESSMENT_KINDS),
  date: isoDate,
  datePrecision: z.enum(['day', 'month', 'year']),
  url: httpsUrl.nullable(),
  archiveUrl: httpsUrl.nullable(),
  sourceNote: z.string().optional(),
  finding: z.string().min(1),
  confidence: z.enum(['A', 'B']),
  allegation: z.boolean(),
  outcome: z.string().optional(),
  later: z.array(z.strictObject({ date: isoDate, text: z.string().min(1) })).optional(),
  /** The elections it concerns (empty: none in particular). Chooses it for a claim about them. */
  elections: z.array(electionRef).optional(),
  /** Part of the strongest general set, shown when a claim names no election. */
  general: z.boolean().optional(),
  /** A limit the reader must see beside the finding (what it did not establish). */
  caveat: z.string().min(1).optional(),
  /** Ids of assessments this one qualifies (a balancing finding); shown right after them. */
  qualifies: z.array(kebabId).optional(),
  /** Where no official address was verified: a news report of it whose address was seen. */
  report: z.strictObject({ by: z.string().min(1), url: httpsUrl }).optional(),
  /** Before `elections`: us-2016, us-2020, us-2024, worldwide-2020-22, us-local, general. Still read. */
  topics: z.array(z.enum(['us-2016', 'us-2020', 'us-2024', 'worldwide-2020-22', 'us-local', 'general'])).optional(),
  seeds: z.array(z.string()).optional(),
});

const polarity = z.enum(['negated', 'denied', 'affirmed', 'no-evidence', 'hypothetical', 'judged-false']);
const agent = z.enum(['russia', 'accuser', 'other', 'unknown']);
const target = z.enum(['election', 'affairs', 'country', 'self', 'context']);

export const cuesSchema = z.strictObject({
  /** Predicate categories the rule is anchored on (e.g. "interference"). */
  predicate: z.array(z.string().min(1)).optional(),
  polarity: z.array(polarity).optional(),
  agent: z.array(agent).optional(),
  target: z.array(target).optional(),
  /** Categories that must all occur in the sentence. */
  all: z.array(z.string().min(1)).optional(),
  /** At least one of these categories must occur in the sentence. */
  any: z.array(z.string().min(1)).optional(),
  /** None of these may occur in the sentence. */
  none: z.array(z.string().min(1)).optional(),
  /** Categories that must occur before the predicate in its sentence (e.g. the investigation as subject). */
  before: z.array(z.string().min(1)).optional(),
  /** Categories that must not occur in this sentence or the two before it (e.g. another topic). */
  notNear: z.array(z.string().min(1)).optional(),
  /** Categories that must occur in this sentence or the two before it. */
  near: z.array(z.string().min(1)).optional(),
  /** The interference topic must be present nearby (previous sentences or the headline). */
  context: z.boolean().optional(),
  /** Rule-specific terms, per language; they form the category "terms". */
  terms: perLang.optional(),
});

export const ruleSchema = z.strictObject({
  id: kebabId,
  pattern,
  title: z.string().min(1),
  why: z.string().min(1),
  example: z.string().optional(),
  languages: z.array(lang).optional(),
  cues: cuesSchema,
  speakers: z
    .strictObject({
      affiliations: z.array(
        z.enum([
          'russia-government',
          'russia-state-media',
          'russia-other',
          'us-government',
          'us-politics',
          'other',
          'unknown',
        ]),
      ),
      /** When false, a claim with no identifiable speaker still matches. */
      required: z.boolean(),
    })
    .optional(),
  assessments: z.array(z.strictObject({ id: kebabId, relevance: z.string().min(1) })),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  id: kebabId,
  title: z.string().min(1),
  description: z.string().min(1),
  version: semver,
  languages: z.array(lang).min(1),
  publisher: z.string().min(1),
  license: z.string().min(1),
  updated: isoDate,
  actors: z.array(actorSchema).optional(),
  assessments: z.array(assessmentSchema).optional(),
  rules: z.array(ruleSchema).min(1),
});

export type Actor = z.infer<typeof actorSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Cues = z.infer<typeof cuesSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Pack = z.infer<typeof packSchema>;

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  }
  return true;
}
