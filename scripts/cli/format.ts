/**
 * Output of `npm run scan`: the JSON document (one object for all files) and the text report.
 */
import { patternName } from '../../rules/patterns';
import { kindLabel, scopeLines } from '../../rules/present/index';
import type { ClaimElection, DocumentInput, EvidenceScope, Finding } from '../../rules/types';

export interface JsonAssessment {
  id: string;
  title: string;
  issuer: string;
  kind: string;
  /** The kind in reader words ("Investigation report"). */
  kindLabel: string;
  date: string;
  url: string | null;
  allegation: boolean;
  /** The elections it concerns: ISO 3166-1 alpha-2 country (EU: European Parliament) and year (null: none in particular). */
  elections: ClaimElection[];
}

export interface JsonFinding {
  text: string;
  quoted: boolean;
  speaker: string | null;
  speakerId: string | null;
  pattern: string;
  packId: string;
  ruleId: string;
  claimDate: string | null;
  /** What the assessments answer: the claim's election, a country, nothing covered, or the general set. */
  scope: EvidenceScope;
  /** Most relevant first: the claim's election and country, assessments before allegations, most recent. */
  assessments: JsonAssessment[];
}

export interface JsonDocument {
  source: string;
  title: string | null;
  published: string | null;
  findings: JsonFinding[];
}

/** A file that could not be read or parsed. */
export interface JsonFailure {
  source: string;
  error: string;
}

export interface ScanOutput {
  documents: (JsonDocument | JsonFailure)[];
}

/**
 * The claim as it stands in its block. The engine promises `text === block.slice(start, end)`;
 * if it ever breaks that promise, the block's slice wins and `onMismatch` is told.
 */
export function claimText(input: DocumentInput, f: Finding, onMismatch?: (msg: string) => void): string {
  const block = input.blocks[f.block]?.text ?? '';
  const slice = block.slice(f.start, f.end);
  if (slice !== f.text || !block.includes(f.text)) {
    onMismatch?.(`finding ${f.id}: text is not the block's slice [${f.start}, ${f.end})`);
    return slice;
  }
  return f.text;
}

export function toJsonDocument(
  source: string,
  input: DocumentInput,
  findings: Finding[],
  onMismatch?: (msg: string) => void,
): JsonDocument {
  return {
    source,
    title: input.title ?? null,
    published: input.published ?? null,
    findings: findings.map((f) => ({
      text: claimText(input, f, onMismatch),
      quoted: f.quoted,
      speaker: f.speaker,
      speakerId: f.speakerId,
      pattern: f.pattern,
      packId: f.packId,
      ruleId: f.ruleId,
      claimDate: f.claimDate,
      scope: f.scope,
      assessments: f.assessments.map((a) => ({
        id: a.id,
        title: a.title,
        issuer: a.issuer,
        kind: a.kind,
        kindLabel: kindLabel(a.kind),
        date: a.date,
        url: a.url,
        allegation: a.allegation,
        elections: a.elections,
      })),
    })),
  };
}

export function isFailure(doc: JsonDocument | JsonFailure): doc is JsonFailure {
  return 'error' in doc;
}

/** Readable report: per document its title, then each finding with its assessments. */
export function formatText(out: ScanOutput): string {
  const lines: string[] = [];
  for (const doc of out.documents) {
    lines.push(`=== ${doc.source}`);
    if (isFailure(doc)) {
      lines.push(`    ERROR: ${doc.error}`, '');
      continue;
    }
    lines.push(`    Title: ${doc.title ?? '(none)'}`);
    lines.push(`    Published: ${doc.published ?? 'unknown'}`);
    lines.push(
      `    ${doc.findings.length === 0 ? 'No findings.' : `${doc.findings.length} finding${doc.findings.length > 1 ? 's' : ''}:`}`,
    );
    doc.findings.forEach((f, i) => {
      lines.push('');
      const speaker = f.speaker ?? 'unattributed';
      lines.push(
        `  ${i + 1}. ${patternName(f.pattern)} — ${speaker}, ${f.claimDate ?? 'date unknown'}${f.quoted ? ' (quoted)' : ''}`,
      );
      lines.push(`     “${f.text}”`);
      lines.push(`     rule: ${f.packId}/${f.ruleId}`);
      for (const line of scopeLines(f.scope, f.assessments.length, 'en')) lines.push(`     ${line}`);
      if (f.assessments.length === 0) lines.push('     No assessments.');
      else lines.push('     Assessments:');
      for (const a of f.assessments) {
        lines.push(
          `       - ${a.date}  ${a.title} — ${a.issuer} [${a.kindLabel}${a.allegation ? ', allegation' : ''}]${a.url ? `\n         ${a.url}` : ''}`,
        );
      }
    });
    lines.push('');
  }
  return lines.join('\n');
}
