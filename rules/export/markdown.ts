/**
 * A Markdown handout of one page's findings, for a trainer to paste into notes or a course
 * page: each claim as it was written, who said it and when, why it matched, and what the
 * official record shows, with links.
 *
 * Every piece of text that comes from the page or the data is escaped, so a claim that
 * contains `*`, `[link](…)`, `<b>` or starts with `# ` prints as written and cannot add
 * headings, links or HTML to the handout.
 */
import type { Finding, FindingAssessment } from '../types';
import { claimOf, type ExportDocument } from './document';
import { presentAssessment, scopeLines } from '../present/index';
import { byline, HOW_TO_READ, isoDay, kindText, patternLabel } from './labels';

/**
 * Backslash-escapes Markdown syntax in inline text (CommonMark: any ASCII punctuation may be
 * escaped). CommonMark also ends a line at a lone `\r`, so line endings are made `\n` first:
 * otherwise `\r- item` or `\r1. item` would start a list the line-start escapes never saw.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]{}<>|~#&!]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** A link destination in `<…>` form, which allows spaces and parentheses; `<`, `>` and spaces are percent-encoded. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A link for http(s) URLs only; a `javascript:` or `data:` address from a page stays text. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return `${escapeMarkdown(label)} (${escapeMarkdown(url)})`;
  return `[${escapeMarkdown(label)}](${destination(url)})`;
}

/** Text as a blockquote: every line prefixed, so a multi-line claim stays inside the quote. */
function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function assessmentLines(a: FindingAssessment): string[] {
  const sub = (s: string) => `  - ${s}`;
  const p = presentAssessment(a, 'en');
  const lines = [
    `- **${escapeMarkdown(a.date)}** — *${escapeMarkdown(a.title)}*, ${escapeMarkdown(a.issuer)} · ${escapeMarkdown(kindText(a))}${p.balance ? ` · ${p.balance}` : ''}`,
  ];
  lines.push(sub(escapeMarkdown(a.finding)));
  if (p.caveat) lines.push(sub(escapeMarkdown(p.caveat)));
  // An imported pack's own assessment says whose it is (issue #14).
  if (a.packPublisher)
    lines.push(sub(`Added by the pack publisher ${escapeMarkdown(a.packPublisher)}, not Counterpoint's record`));
  if (a.outcome) lines.push(sub(`Outcome so far: ${escapeMarkdown(a.outcome)}`));
  for (const later of a.later) lines.push(sub(`Later (${escapeMarkdown(later.date)}): ${escapeMarkdown(later.text)}`));
  const links = p.links.map((l) => link(l.label, l.href));
  if (!a.url) links.push(`official address unverified — source: ${escapeMarkdown(a.sourceNote ?? 'not recorded')}`);
  lines.push(sub(links.join(' · ')));
  return lines;
}

function findingSection(doc: ExportDocument, f: Finding, n: number): string {
  const lines = [
    `## ${n}. ${escapeMarkdown(patternLabel(f.pattern))}`,
    '',
    blockquote(claimOf(doc.blocks, f)),
    '',
    `${escapeMarkdown(byline(f.speaker, f.claimDate))}${f.quoted && !f.headline ? ' · quoted' : f.headline ? ' · headline' : ' · reported'}`,
    '',
    `**Why this matched:** ${escapeMarkdown(f.why)}`,
    '',
    '### What the record shows',
    '',
  ];
  for (const line of scopeLines(f.scope, f.assessments.length, 'en')) lines.push(`*${escapeMarkdown(line)}*`, '');
  if (f.assessments.length === 0 && f.scope?.coverage !== 'uncovered')
    lines.push('No official assessment is attached to this rule.');
  for (const a of f.assessments) lines.push(...assessmentLines(a));
  return lines.join('\n');
}

/** The handout for one document, ending in a newline. */
export function toMarkdown(doc: ExportDocument): string {
  const title = doc.title?.trim() || doc.source;
  const head = [
    `# ${escapeMarkdown(title)}`,
    '',
    `Source: ${/^https?:\/\//i.test(doc.source) ? link(doc.source, doc.source) : escapeMarkdown(doc.source)}  `,
    ...(doc.published ? [`Published: ${escapeMarkdown(doc.published)}  `] : []),
    `Generated: ${escapeMarkdown(isoDay(doc.generatedAt))} by Counterpoint (automated matching, not a fact-check)`,
    '',
    `*${escapeMarkdown(HOW_TO_READ)}*`,
    '',
  ];
  const body =
    doc.findings.length === 0 ? ['No passages matched.'] : doc.findings.map((f, i) => findingSection(doc, f, i + 1));
  return `${[...head, body.join('\n\n')].join('\n')}\n`;
}

/** Several documents in one file, separated by a thematic break. */
export function toMarkdownAll(docs: readonly ExportDocument[]): string {
  return docs.map(toMarkdown).join('\n---\n\n');
}
