/** Text report for the extraction section of `npm run eval` (eval-extract.ts, eval-plant.ts). */
import type { ExtractionResult } from './eval-extract';
import type { PlantResult } from './eval-plant';
import { clip, ms, ratio, table } from './table';

/** Issue #12's targets: below them the section says so (it does not change the exit code). */
export const TARGETS = { recall: 0.98, precision: 0.95, planted: 0.99 } as const;

export interface ExtractionSummary {
  pages: number;
  paragraphs: number;
  found: number;
  recall: number;
  blocks: number;
  precise: number;
  precision: number;
  planted: { positions: number; found: number; rate: number };
}

export function extractionSummary(x: ExtractionResult, p: PlantResult): ExtractionSummary {
  return {
    pages: x.pages.length,
    paragraphs: x.paragraphs,
    found: x.found,
    recall: x.paragraphs ? x.found / x.paragraphs : 1,
    blocks: x.blocks,
    precise: x.precise,
    precision: x.blocks ? x.precise / x.blocks : 1,
    planted: { positions: p.positions, found: p.found, rate: p.positions ? p.found / p.positions : 1 },
  };
}

export function formatExtraction(x: ExtractionResult, p: PlantResult, options: { details?: boolean } = {}): string {
  const s = extractionSummary(x, p);
  const out: string[] = [`Extraction (${s.pages} real pages against realpages-expected; paragraphs and blocks of 40+ characters)`, ''];
  const mark = (value: number, target: number) => (value >= target ? 'ok' : `below ${(100 * target).toFixed(0)}%`);
  out.push(
    table(
      ['measure', 'score', 'target'],
      [
        ['paragraph recall', ratio(s.found, s.paragraphs), mark(s.recall, TARGETS.recall)],
        ['block precision', ratio(s.precise, s.blocks), mark(s.precision, TARGETS.precision)],
        ['planted denials found', ratio(s.planted.found, s.planted.positions), mark(s.planted.rate, TARGETS.planted)],
      ],
    ),
  );
  out.push('', `  extraction ${ms(x.ms)} ms, planted test ${ms(p.ms)} ms`);
  const weak = x.pages.filter((pg) => pg.recall < 0.9 || pg.precision < 0.8);
  if (weak.length) {
    out.push('', '  Pages under 90% recall or 80% precision:', '');
    out.push(table(['page', 'paragraphs', 'recall', 'blocks', 'precision'], weak.map((pg) => [pg.page, pg.paragraphs.length, pct(pg.recall), pg.blocks, pct(pg.precision)])));
  }
  if (p.misses.length) out.push('', `  Planted misses: ${p.misses.map((m) => `${m.page} ${m.position} (${m.reason})`).join(', ')}`);
  if (options.details) {
    for (const pg of x.pages) {
      for (const m of pg.missed) out.push(`  MISSED ${pg.page}: "${clip(m, 90)}"`);
      for (const e of pg.extra) out.push(`  EXTRA  ${pg.page}: "${clip(e, 90)}"`);
    }
  }
  return out.join('\n');
}

function pct(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}
