/**
 * Which assessments answer a claim, and in what order. A claim about an election gets the
 * assessments that concern that election's country — never another country's, and no
 * filler: if none concerns the election named, the finding says the data does not cover it.
 * A claim that names no election gets the strongest general set, labelled as general.
 *
 * Order, most relevant first: that election (reports about it alone before wider ones), then
 * the country's elections in general, then its other elections; within each, assessments
 * before allegations, the key documents of the general set (`general`) first, then the most
 * recent. A balancing finding (`qualifies`) follows the assessment it qualifies.
 */
import type { Assessment, Rule } from '../schema/pack';
import type { ClaimElection, EvidenceScope, FindingAssessment } from '../types';
import type { Engine } from './compile';
import type { ElectionRead } from './election';

const LEGACY_TOPICS: Record<string, ClaimElection> = {
  'us-2016': { country: 'US', year: 2016 },
  'us-2020': { country: 'US', year: 2020 },
  'us-2024': { country: 'US', year: 2024 },
  'us-local': { country: 'US', year: null },
};

/** An assessment's elections; packs written before `elections` existed still say `topics`. */
export function electionsOf(a: Assessment): ClaimElection[] {
  if (a.elections) return a.elections;
  return (a.topics ?? []).flatMap((t) => (LEGACY_TOPICS[t] ? [LEGACY_TOPICS[t]] : []));
}

function isGeneral(a: Assessment): boolean {
  return a.general === true || (a.topics ?? []).includes('general');
}

function isAllegation(a: Assessment): boolean {
  return a.allegation || a.kind === 'indictment';
}

export interface Evidence {
  assessments: FindingAssessment[];
  scope: EvidenceScope;
}

/** Per compiled rule: the evidence for an election reading, computed once (a page repeats them). */
const memo = new WeakMap<Rule, Map<string, Evidence>>();

export function selectAssessments(engine: Engine, rule: Rule, read: ElectionRead): Evidence {
  let cache = memo.get(rule);
  if (!cache) memo.set(rule, (cache = new Map()));
  const key = `${read.from}\u0000${read.inferred ? 1 : 0}\u0000${read.elections.map((e) => `${e.country}:${e.year}`).join(',')}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = computeEvidence(engine, rule, read)));
  return hit;
}

function computeEvidence(engine: Engine, rule: Rule, read: ElectionRead): Evidence {
  const relevance = new Map(rule.assessments.map((ref) => [ref.id, ref.relevance]));
  if (relevance.size === 0)
    return { assessments: [], scope: { coverage: 'general', elections: read.elections, from: read.from } };
  // A rule that cites assessments is answered by any assessment about the claim's election.
  const pool = [...engine.assessments.values()].filter((a) => relevance.has(a.id) || electionsOf(a).length > 0);
  // A year only inferred from the claim's date is a guess: if nothing covers it, the country's record answers.
  const first = read.elections[0];
  const ofCountry = (a: Assessment) => electionsOf(a).filter((e) => e.country === first?.country);
  const claim =
    read.inferred &&
    pool.some((a) => ofCountry(a).length > 0) &&
    !pool.some((a) => ofCountry(a).some((e) => e.year === first!.year))
      ? read.elections.map((e) => ({ country: e.country, year: null }))
      : read.elections;
  if (claim.length === 0) {
    const general = pool.filter((a) => relevance.has(a.id) && isGeneral(a));
    const chosen = general.length > 0 ? general : pool.filter((a) => relevance.has(a.id));
    return {
      assessments: ordered(chosen, () => 0).map((a) =>
        toFinding(a, relevance.get(a.id) ?? '', false, engine.assessmentPublishers.get(a.id)),
      ),
      scope: { coverage: 'general', elections: [], from: null },
    };
  }
  const countries = claim.map((e) => e.country);
  const exact = (a: Assessment) =>
    electionsOf(a).some((e) => claim.some((c) => c.year !== null && c.country === e.country && c.year === e.year));
  const tier = (a: Assessment) => {
    // Within the election's assessments (or allegations), those about it alone before wider reports.
    if (exact(a)) return electionsOf(a).every((e) => countries.includes(e.country)) ? 0 : 0.1;
    const own = electionsOf(a).filter((e) => countries.includes(e.country));
    return own.some((e) => e.year === null) ? 1 : 2;
  };
  const named = claim.find((e) => e.year !== null);
  const note = named
    ? engine.elections?.elections.find((e) => e.country === named.country && e.year === named.year)?.note
    : undefined;
  let chosen = pool.filter((a) => electionsOf(a).some((e) => countries.includes(e.country)));
  let coverage: EvidenceScope['coverage'] = named ? 'election' : 'country';
  if (named && !chosen.some(exact)) {
    // Nothing on the election named: say so, with only what concerns the country as a whole.
    coverage = 'uncovered';
    chosen = chosen.filter((a) => tier(a) === 1);
  } else if (chosen.length === 0) coverage = 'uncovered';
  const scope: EvidenceScope = { coverage, elections: claim, from: read.from, ...(note ? { note } : {}) };
  return {
    assessments: ordered(chosen, tier).map((a) =>
      toFinding(a, relevance.get(a.id) ?? aboutText(engine, a, claim), exact(a), engine.assessmentPublishers.get(a.id)),
    ),
    scope,
  };
}

/** Tier, then assessments before allegations, then most recent; balancing findings after what they qualify. */
function ordered(list: Assessment[], tier: (a: Assessment) => number): Assessment[] {
  const key = (a: Assessment) => Number(!isGeneral(a));
  const group = (a: Assessment) => Math.floor(tier(a));
  const sorted = [...list].sort(
    (x, y) =>
      group(x) - group(y) ||
      Number(isAllegation(x)) - Number(isAllegation(y)) ||
      tier(x) - tier(y) ||
      key(x) - key(y) ||
      y.date.localeCompare(x.date) ||
      x.id.localeCompare(y.id),
  );
  const out = sorted.filter((a) => !a.qualifies?.some((id) => sorted.some((b) => b.id === id)));
  for (const a of sorted) {
    if (out.includes(a)) continue;
    const after = out.findIndex((b) => a.qualifies!.includes(b.id));
    let at = after + 1;
    while (at < out.length && out[at]!.qualifies?.includes(out[after]!.id)) at++;
    out.splice(at, 0, a);
  }
  return out;
}

/** "Concerns the 2024 election in Moldova." for assessments a rule does not cite itself. */
function aboutText(engine: Engine, a: Assessment, claim: ClaimElection[]): string {
  const e = electionsOf(a).find((x) => claim.some((c) => c.country === x.country)) ?? electionsOf(a)[0];
  if (!e) return '';
  const name = engine.elections?.countries[e.country]?.en.name ?? e.country;
  return e.year === null ? `Concerns elections in ${name}.` : `Concerns the ${e.year} election in ${name}.`;
}

function toFinding(
  a: Assessment,
  relevance: string,
  aboutClaimElection: boolean,
  packPublisher?: string,
): FindingAssessment {
  return {
    id: a.id,
    title: a.title,
    issuer: a.issuer,
    kind: a.kind,
    date: a.date,
    url: a.url,
    archiveUrl: a.archiveUrl,
    relevance,
    allegation: a.allegation,
    finding: a.finding,
    datePrecision: a.datePrecision,
    later: [...(a.later ?? [])].sort((x, y) => x.date.localeCompare(y.date)),
    elections: electionsOf(a),
    ...(aboutClaimElection ? { aboutClaimElection } : {}),
    ...(a.caveat ? { caveat: a.caveat } : {}),
    ...(a.report ? { report: a.report } : {}),
    ...(a.qualifies ? { qualifies: a.qualifies } : {}),
    ...(a.outcome ? { outcome: a.outcome } : {}),
    ...(a.sourceNote ? { sourceNote: a.sourceNote } : {}),
    ...(packPublisher ? { packPublisher } : {}),
  };
}
