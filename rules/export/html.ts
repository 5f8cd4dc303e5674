/**
 * A self-contained HTML handout: one file a trainer can mail, print or open offline.
 *
 * One file and nothing else: inline CSS, no script, no font, no image, no external style
 * sheet; a Content-Security-Policy meta forbids anything that slipped in anyway. Claim
 * texts come from arbitrary web pages, so EVERY string from the page or the data passes
 * through `escapeHtml` (text and attribute values alike) and links are only emitted for
 * http(s) addresses, with `rel="noopener noreferrer"`. Light theme, print-friendly, with a
 * `lang` attribute, one `<h1>`, a `<main>` landmark and an `<article>` per finding.
 */
import type { Finding, FindingAssessment } from '../types';
import { claimOf, type ExportDocument } from './document';
import { presentAssessment, scopeLines } from '../present/index';
import { byline, HOW_TO_READ, isAllegation, isoDay, kindText, patternLabel } from './labels';

/** Escapes the five characters that matter in HTML text and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A link for http(s) URLs; anything else (javascript:, data:, a file path) is printed as text. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeHtml(label === url ? url : `${label} (${url})`);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

const STYLE = `
:root{color-scheme:light}
body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:0 0 .5rem}h3{font-size:1rem;margin:1rem 0 .4rem}
header p,.meta{color:#444;margin:.2rem 0}
.how{background:#f4f4f0;border-left:4px solid #888;padding:.6rem .9rem;font-size:.95rem}
article{border-top:1px solid #ccc;padding:1rem 0;break-inside:avoid}
blockquote{margin:.5rem 0;padding:.4rem .9rem;border-left:4px solid #3a5a8c;background:#f7f9fc;white-space:pre-wrap}
ul{padding-left:1.2rem}li{margin:.5rem 0}.allegation{font-weight:bold}
a{color:#1d4e89}
footer{border-top:1px solid #ccc;margin-top:2rem;padding-top:.5rem;font-size:.85rem;color:#555}
@media print{body{margin:0;max-width:none}a{color:inherit}a[href]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}}
`;

function assessmentItem(a: FindingAssessment): string {
  const p = presentAssessment(a, 'en');
  const kind = `<span class="${isAllegation(a) ? 'allegation' : 'kind'}">${escapeHtml(kindText(a))}</span>`;
  const balance = p.balance ? ` · <em>${escapeHtml(p.balance)}</em>` : '';
  const parts = [
    `<strong><time datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time></strong> — <cite>${escapeHtml(a.title)}</cite>, ${escapeHtml(a.issuer)} · ${kind}${balance}`,
  ];
  parts.push(`<br>${escapeHtml(a.finding)}`);
  if (p.caveat) parts.push(`<br><em>${escapeHtml(p.caveat)}</em>`);
  // An imported pack's own assessment says whose it is (issue #14).
  if (a.packPublisher)
    parts.push(`<br>Added by the pack publisher ${escapeHtml(a.packPublisher)}, not Counterpoint's record`);
  if (a.outcome) parts.push(`<br>Outcome so far: ${escapeHtml(a.outcome)}`);
  for (const later of a.later)
    parts.push(
      `<br>Later (<time datetime="${escapeHtml(later.date)}">${escapeHtml(later.date)}</time>): ${escapeHtml(later.text)}`,
    );
  const links = p.links.map((l) => link(l.label, l.href));
  if (!a.url) links.push(`official address unverified — source: ${escapeHtml(a.sourceNote ?? 'not recorded')}`);
  parts.push(`<br>${links.join(' · ')}`);
  return `<li>${parts.join('')}</li>`;
}

function findingArticle(doc: ExportDocument, f: Finding, n: number, prefix: string, level: number): string {
  const id = `${prefix}f${n}`;
  const [h, sub] = [`h${level}`, `h${level + 1}`];
  const scope = scopeLines(f.scope, f.assessments.length, 'en')
    .map((line) => `<p><em>${escapeHtml(line)}</em></p>`)
    .join('\n');
  const empty = f.scope?.coverage === 'uncovered' ? '' : '<p>No official assessment is attached to this rule.</p>';
  const record = `${scope}${f.assessments.length === 0 ? empty : `<ul>${f.assessments.map(assessmentItem).join('\n')}</ul>`}`;
  return `<article aria-labelledby="${id}">
<${h} id="${id}">${n}. ${escapeHtml(patternLabel(f.pattern))}</${h}>
<blockquote lang="${escapeHtml(f.lang)}">${escapeHtml(claimOf(doc.blocks, f))}</blockquote>
<p class="meta">${escapeHtml(byline(f.speaker, f.claimDate))}${f.quoted && !f.headline ? ' · quoted' : f.headline ? ' · headline' : ' · reported'}</p>
<p><strong>Why this matched:</strong> ${escapeHtml(f.why)}</p>
<${sub}>What the record shows</${sub}>
${record}
</article>`;
}

function documentSection(doc: ExportDocument, index: number, many: boolean): string {
  const title = doc.title?.trim() || doc.source;
  const Tag = many ? 'h2' : 'h1';
  const prefix = many ? `d${index + 1}-` : '';
  const findings =
    doc.findings.length === 0
      ? '<p>No passages matched.</p>'
      : doc.findings.map((f, i) => findingArticle(doc, f, i + 1, prefix, many ? 3 : 2)).join('\n');
  return `<section aria-label="${escapeHtml(title)}">
<header>
<${Tag}>${escapeHtml(title)}</${Tag}>
<p>Source: ${link(doc.source, doc.source)}</p>
${doc.published ? `<p>Published: <time datetime="${escapeHtml(doc.published)}">${escapeHtml(doc.published)}</time></p>\n` : ''}</header>
${many ? '' : `<p class="how">${escapeHtml(HOW_TO_READ)}</p>\n`}${findings}
</section>`;
}

/**
 * The handout as one HTML document. With several documents (the CLI with several files),
 * each becomes a `<section>` under one `<h1>`, so the file stays a single valid page.
 */
export function toHtml(docs: ExportDocument | readonly ExportDocument[]): string {
  const list = Array.isArray(docs) ? (docs as readonly ExportDocument[]) : [docs as ExportDocument];
  const many = list.length !== 1;
  const title = many ? 'Counterpoint handout' : list[0]!.title?.trim() || list[0]!.source;
  const generated = list[0] ? isoDay(list[0].generatedAt) : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Counterpoint">
<title>${escapeHtml(title)} — Counterpoint handout</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${many ? `<h1>${escapeHtml(title)}</h1>\n<p class="how">${escapeHtml(HOW_TO_READ)}</p>\n` : ''}${list.map((d, i) => documentSection(d, i, many)).join('\n<hr>\n')}
</main>
<footer><p>Generated ${escapeHtml(generated)} by Counterpoint: automated matching, not a human fact-check.</p></footer>
</body>
</html>
`;
}
