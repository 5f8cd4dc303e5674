/** Text report and verdict for `npm run eval`. */
import { PATTERNS } from '../../rules/types';
import type { DevResult } from './eval-dev';
import type { RealPagesResult, SentenceLangResult } from './eval-suites';
import { clip, ms, percent, ratio, table } from './table';

export interface EvalResult {
  corpus: string;
  dev: DevResult;
  realpages: RealPagesResult;
  sentences: SentenceLangResult[];
}

export interface Verdict {
  ok: boolean;
  recall: number;
  precision: number;
  speakerAccuracy: number;
  failures: string[];
}

export function verdict(r: EvalResult): Verdict {
  const found = r.dev.claims.filter((c) => c.found);
  const recall = r.dev.claims.length ? found.length / r.dev.claims.length : 1;
  const counted = r.dev.matched + r.dev.falsePositives.length;
  const precision = counted ? r.dev.matched / counted : 1;
  const speakerAccuracy = found.length ? found.filter((c) => c.speakerOk).length / found.length : 1;
  const failures: string[] = [];
  if (recall < 1) failures.push(`dev-set recall ${percent(found.length, r.dev.claims.length)} < 100%`);
  if (precision < 1) failures.push(`dev-set precision ${percent(r.dev.matched, counted)} < 100%`);
  if (r.realpages.errors.length) failures.push(`${r.realpages.errors.length} real page(s) failed to extract`);
  if (r.realpages.findings.length) failures.push(`${r.realpages.findings.length} finding(s) on real pages`);
  return { ok: failures.length === 0, recall, precision, speakerAccuracy, failures };
}

export function formatEval(r: EvalResult, v: Verdict): string {
  const out: string[] = [];
  const { dev } = r;
  out.push(`Development set (${r.corpus}/labels.json)`, '');
  const rows = PATTERNS.map((p) => {
    const claims = dev.claims.filter((c) => c.claim.pattern === p);
    const found = claims.filter((c) => c.found);
    return [
      p,
      claims.length,
      found.length,
      percent(found.length, claims.length),
      ratio(found.filter((c) => c.speakerOk).length, found.length),
    ];
  }).filter((row) => row[1] !== 0);
  const found = dev.claims.filter((c) => c.found);
  rows.push([
    'all',
    dev.claims.length,
    found.length,
    percent(found.length, dev.claims.length),
    ratio(found.filter((c) => c.speakerOk).length, found.length),
  ]);
  out.push(table(['pattern', 'claims', 'found', 'recall', 'speaker ok'], rows));
  out.push(
    '',
    `  findings ${dev.findings}: ${dev.matched} on labelled claims, ${dev.optional} on optional spans, ${dev.falsePositives.length} false positives; precision ${ratio(dev.matched, dev.matched + dev.falsePositives.length)}`,
  );
  for (const c of dev.claims.filter((x) => !x.located))
    out.push(`  LABEL NOT IN FILE  ${c.file}: "${clip(c.claim.text)}"`);
  for (const c of dev.claims.filter((x) => x.located && !x.found)) {
    out.push(
      `  MISSED  [${c.claim.pattern}] ${c.file}: "${clip(c.claim.text)}"${c.otherPatterns.length ? ` (flagged as ${c.otherPatterns.join(', ')})` : ''}`,
    );
  }
  for (const c of found.filter((x) => !x.speakerOk))
    out.push(
      `  SPEAKER [${c.claim.pattern}] ${c.file}: expected ${c.claim.speaker}, got ${c.got.join(' / ')}: "${clip(c.claim.text, 70)}"`,
    );
  for (const fp of dev.falsePositives)
    out.push(
      `  FALSE POSITIVE [${fp.finding.pattern}/${fp.finding.ruleId}] ${fp.file} (${fp.finding.speaker ?? 'no speaker'}): "${clip(fp.finding.text)}"`,
    );

  const rp = r.realpages;
  out.push(
    '',
    `Real pages (negative set): ${rp.pages} pages, ${rp.errors.length} extraction errors, ${rp.findings.length} findings, ${ms(rp.ms)} ms${rp.truncated.length ? `, ${rp.truncated.length} truncated` : ''}`,
  );
  for (const e of rp.errors) out.push(`  ERROR ${e.page}: ${e.error}`);
  for (const f of rp.findings)
    out.push(`  FINDING ${f.page} [${f.pattern}/${f.ruleId}] (${f.speaker ?? 'no speaker'}): "${clip(f.text)}"`);

  out.push('', 'Sentence fixtures (tests/fixtures/sentences)', '');
  const srows = r.sentences.map((s) => [
    s.lang,
    s.items,
    s.claims,
    s.found,
    s.missed.length,
    percent(s.found, s.claims),
    s.falseAlarms.length,
    s.speakerErrors.length,
    s.errors.length,
  ]);
  const sum = (k: (s: SentenceLangResult) => number) => r.sentences.reduce((a, s) => a + k(s), 0);
  srows.push([
    'all',
    sum((s) => s.items),
    sum((s) => s.claims),
    sum((s) => s.found),
    sum((s) => s.missed.length),
    percent(
      sum((s) => s.found),
      sum((s) => s.claims),
    ),
    sum((s) => s.falseAlarms.length),
    sum((s) => s.speakerErrors.length),
    sum((s) => s.errors.length),
  ]);
  out.push(
    table(['lang', 'items', 'claims', 'found', 'missed', 'recall', 'false alarms', 'speaker errors', 'errors'], srows),
  );

  out.push(
    '',
    `${v.ok ? 'PASS' : 'FAIL'}: dev recall ${percent(found.length, dev.claims.length)}, precision ${(100 * v.precision).toFixed(1)}%, ` +
      `speakers ${(100 * v.speakerAccuracy).toFixed(1)}%; real pages ${rp.errors.length} errors / ${rp.findings.length} findings; ` +
      `sentences ${sum((s) => s.found)}/${sum((s) => s.claims)} found, ${sum((s) => s.falseAlarms.length)} false alarms` +
      (v.ok ? '' : ` — ${v.failures.join('; ')}`),
  );
  return out.join('\n');
}
