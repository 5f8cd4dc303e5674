/**
 * Text report and targets for the real-article corpus (issue #11): recall per pattern, per
 * language and per kind (quoted / reported / headline), precision, speakers, findings in
 * negative articles and overlapping findings — for all of it, the read part and the unread part.
 * The unread part is printed as numbers only, so reading the report does not read the part.
 * "recall" needs a finding of the claim's pattern on the claim; "any pattern" counts a claim
 * touched by a finding of any pattern (the looser measure some reviews use).
 */
import { PATTERNS } from '../../rules/types';
import type { ClaimResult } from './eval-dev';
import type { RealPart, RealResult } from './eval-real';
import { clip, percent, ratio, table, type Cell } from './table';

export interface PartScore {
  claims: number;
  found: number;
  recall: number;
  denialRecall: number;
  precision: number;
  speakers: number;
  negativeFindings: number;
  overlapping: number;
}

const rate = (n: number, d: number) => (d ? n / d : 1);

export function partScore(p: RealPart): PartScore {
  const { claims, matched, falsePositives, overlapping } = p.result;
  const found = claims.filter((c) => c.found);
  const denials = claims.filter((c) => c.claim.pattern === 'denial');
  return {
    claims: claims.length,
    found: found.length,
    recall: rate(found.length, claims.length),
    denialRecall: rate(denials.filter((c) => c.found).length, denials.length),
    precision: rate(matched, matched + falsePositives.length),
    speakers: rate(found.filter((c) => c.speakerOk).length, found.length),
    negativeFindings: p.negativeFindings.length,
    overlapping,
  };
}

function row(label: string, claims: ClaimResult[]): Cell[] {
  const found = claims.filter((c) => c.found);
  const touched = claims.filter((c) => c.found || c.otherPatterns.length > 0).length;
  return [
    label,
    claims.length,
    found.length,
    percent(found.length, claims.length),
    percent(touched, claims.length),
    ratio(found.filter((c) => c.speakerOk).length, found.length),
  ];
}

function breakdown(p: RealPart): string[] {
  const lang = new Map(p.docs.map((d) => [d.file, d.language]));
  const claims = p.result.claims;
  const head = ['', 'claims', 'found', 'recall', 'any pattern', 'speaker ok'];
  const by = (key: (c: ClaimResult) => string, values: readonly string[]) =>
    values
      .map((v) =>
        row(
          v,
          claims.filter((c) => key(c) === v),
        ),
      )
      .filter((r) => r[1] !== 0);
  const langs = [...new Set(p.docs.map((d) => d.language))].sort();
  return [
    table(['pattern', ...head.slice(1)], [...by((c) => c.claim.pattern, PATTERNS), row('all', claims)]),
    '',
    table(
      ['language', ...head.slice(1)],
      by((c) => lang.get(c.file) ?? '?', langs),
    ),
    '',
    table(
      ['kind', ...head.slice(1)],
      by((c) => c.claim.kind ?? '?', ['quoted', 'reported', 'headline']),
    ),
  ];
}

function summary(name: string, p: RealPart): string {
  const s = partScore(p);
  const { matched, falsePositives, optional } = p.result;
  return (
    `${name}: ${p.docs.length} articles, recall ${ratio(s.found, s.claims)}, denial recall ${(100 * s.denialRecall).toFixed(1)}%, ` +
    `precision ${ratio(matched, matched + falsePositives.length)} (+${optional} on optional spans), speakers ${(100 * s.speakers).toFixed(1)}%, ` +
    `${s.negativeFindings} finding(s) in negative articles, ${s.overlapping} overlapping pair(s)`
  );
}

export function formatReal(r: RealResult, options: { details?: boolean } = {}): string {
  const out: string[] = [`Real articles (${r.corpus})`, ''];
  out.push(
    summary('all', r.all),
    summary('read part', r.read),
    summary('unread part (every third file)', r.unread),
    '',
  );
  out.push('All of it', '', ...breakdown(r.all), '', 'Unread part (numbers only)', '', ...breakdown(r.unread));
  if (options.details) {
    out.push('', 'Read part, details', '');
    const { claims, falsePositives } = r.read.result;
    for (const c of claims.filter((x) => !x.located))
      out.push(`  LABEL NOT IN FILE  ${c.file}: "${clip(c.claim.text)}"`);
    for (const c of claims.filter((x) => x.located && !x.found)) {
      out.push(
        `  MISSED  [${c.claim.pattern}/${c.claim.kind}] ${c.file}: "${clip(c.claim.text, 160)}"${c.otherPatterns.length ? ` (flagged as ${c.otherPatterns.join(', ')})` : ''}`,
      );
    }
    for (const c of claims.filter((x) => x.found && !x.speakerOk))
      out.push(
        `  SPEAKER [${c.claim.pattern}] ${c.file}: expected ${c.claim.speaker}, got ${c.got.join(' / ')}: "${clip(c.claim.text, 70)}"`,
      );
    for (const fp of falsePositives)
      out.push(
        `  FALSE POSITIVE [${fp.finding.pattern}/${fp.finding.ruleId}] ${fp.file} (${fp.finding.speaker ?? 'no speaker'}): "${clip(fp.finding.text, 160)}"`,
      );
  }
  return out.join('\n');
}
