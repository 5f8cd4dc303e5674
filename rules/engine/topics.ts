/**
 * What a claim is about decides which assessments answer it: the 2016 election, 2020,
 * 2024, elections worldwide, local U.S. politics — or, when no election is named, the
 * strongest general set.
 */
import type { Assessment } from '../schema/pack';
import type { FindingAssessment } from '../types';
import type { Rule } from '../schema/pack';

export type Topic = 'us-2016' | 'us-2020' | 'us-2024' | 'worldwide-2020-22' | 'us-local' | 'general';

export function claimTopics(text: string, claimDate: string | null): Set<Topic> {
  const t = text.toLowerCase();
  const out = new Set<Topic>();
  if (/\b2016\b/.test(t)) out.add('us-2016');
  if (/\b20(20|18)\b/.test(t)) out.add('us-2020');
  if (/\b2024\b/.test(t)) out.add('us-2024');
  if (/\b2022\b/.test(t) || /(worldwide|around the world|other countries|democracies|europe|по всему миру|других стран|weltweit|anderer länder|dans le monde|autres pays|en el mundo|otros países)/.test(t)) {
    out.add('worldwide-2020-22');
  }
  if (/(local|city council|florida|st\. petersburg|uhuru|municipal)/.test(t)) out.add('us-local');
  const year = claimDate ? Number(claimDate.slice(0, 4)) : null;
  // "this time we do not intend to interfere" in 2024 is about the 2024 election.
  if (year === 2024 && /(this time|will not|won't|do not intend|не собираемся|в этот раз|diesmal|cette fois|esta vez|november|upcoming)/.test(t)) {
    out.add('us-2024');
  }
  if (out.size === 0) out.add('general');
  return out;
}

export function selectAssessments(
  rule: Rule,
  topics: Set<Topic>,
  registry: Map<string, Assessment>,
  publishers: ReadonlyMap<string, string> = new Map(),
): FindingAssessment[] {
  const refs = rule.assessments.map((ref) => ({ ref, a: registry.get(ref.id) })).filter((x) => x.a);
  const fits = (a: Assessment) => a.topics.some((t) => topics.has(t as Topic));
  let chosen = refs.filter((x) => fits(x.a!));
  if (chosen.length < 3) {
    const general = refs.filter((x) => x.a!.topics.includes('general') && !chosen.includes(x));
    chosen = [...chosen, ...general];
  }
  if (chosen.length === 0) chosen = refs;
  return chosen
    .map(({ ref, a }) => toFinding(a!, ref.relevance, publishers.get(a!.id)))
    .sort((x, y) => x.date.localeCompare(y.date));
}

function toFinding(a: Assessment, relevance: string, packPublisher: string | undefined): FindingAssessment {
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
    ...(a.outcome ? { outcome: a.outcome } : {}),
    ...(a.sourceNote ? { sourceNote: a.sourceNote } : {}),
    ...(packPublisher ? { packPublisher } : {}),
  };
}
