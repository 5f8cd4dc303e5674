/**
 * `npm run bench -- [--json] [--runs N] [--mb SIZE]`: engine benchmarks.
 *  (a) throughput of `analyze` with the bundled packs on a generated ~2 MB article-like text
 *      with 100 planted denials (15% of sentences carry cue words), on a dense variant (50%),
 *      and on the 130 real pages in ../shared/corpus/realpages (extraction not timed);
 *  (b) cost of 10, 100, 1,000 and 10,000 generated rules (valid per `checkPack`): validation,
 *      compile and `analyze` time on the typical text, and the 10,000 / 10 ratio; once with the
 *      realistic cue mix (predicate/polarity/agent rules share the "interference" anchor) and
 *      once with rules anchored only on their own terms.
 * Targets (issue #3): ≥ 20 MB/s; ≤ 2× analyze time from 10 to 10,000 rules. Always exits 0:
 * it measures, BENCHMARKS.md records. Profile: node --cpu-prof --import tsx scripts/bench.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, createEngine, type Engine } from '../rules/index';
import type { DocumentInput } from '../rules/types';
import { parseSimpleFlags } from './cli/args';
import { syntheticPack, syntheticTerms, type CueMix } from './cli/bench-packs';
import { generateArticle } from './cli/bench-text';
import { loadPageDir } from './cli/load';
import { median, ms, table } from './cli/table';

const RULE_COUNTS = [10, 100, 1_000, 10_000];
const TARGET_MBPS = 20;
const TARGET_RATIO = 2;

function time(fn: () => void, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const flags = parseSimpleFlags(process.argv.slice(2), ['--runs', '--mb', '--realpages']);
const runs = Number(flags.values.get('--runs') ?? 7);
const mb = Number(flags.values.get('--mb') ?? 2);
const log = (line: string) => !flags.json && console.log(line);
const mbps = (bytes: number, t: number) => bytes / 1e6 / (t / 1000);

const extraTerms = Array.from({ length: 10 }, (_, i) => syntheticTerms(i)[0]!);
const texts = [
  { name: 'typical (15% cue sentences)', ...generateArticle({ bytes: mb * 1e6, cueRate: 0.15, extraTerms }) },
  { name: 'dense (50% cue sentences)', ...generateArticle({ bytes: mb * 1e6, cueRate: 0.5, extraTerms, seed: 7 }) },
];
const asDoc = (t: (typeof texts)[number]): DocumentInput => ({
  blocks: t.blocks,
  lang: 'en',
  title: t.blocks[0]!.text,
  published: '2024-10-01',
});
log(
  `Generated texts: ${texts.map((t) => `${t.name}: ${(t.bytes / 1e6).toFixed(2)} MB, ${t.blocks.length} blocks, ${t.planted.length} planted denials`).join('; ')}. Median of ${runs} runs.`,
);

// (a) throughput with the bundled packs
const bundled = createEngine();
const throughput = texts.map((t) => {
  const doc = asDoc(t);
  let findings = analyze(bundled, doc);
  const t0 = time(() => (findings = analyze(bundled, doc)), runs, 2);
  const planted = new Set(t.planted);
  const hit = new Set(findings.filter((f) => planted.has(f.block)).map((f) => f.block)).size;
  return {
    text: t.name,
    bytes: t.bytes,
    ms: t0,
    mbps: mbps(t.bytes, t0),
    findings: findings.length,
    plantedFound: hit,
    planted: planted.size,
  };
});
const pagesDir = resolve(flags.values.get('--realpages') ?? '../shared/corpus/realpages');
if (existsSync(pagesDir)) {
  const { docs, bytes } = loadPageDir(pagesDir);
  let findings = 0;
  const t0 = time(() => (findings = docs.reduce((n, d) => n + analyze(bundled, d).length, 0)), runs, 1);
  throughput.push({
    text: `real pages (${docs.length}, extracted text)`,
    bytes,
    ms: t0,
    mbps: mbps(bytes, t0),
    findings,
    plantedFound: 0,
    planted: 0,
  });
}
log(`\n(a) Throughput, bundled packs (${bundled.rules.length} rules); target ≥ ${TARGET_MBPS} MB/s\n`);
log(
  table(
    ['text', 'MB', 'analyze ms', 'MB/s', 'findings', 'planted found'],
    throughput.map((r) => [
      r.text,
      (r.bytes / 1e6).toFixed(2),
      ms(r.ms),
      r.mbps.toFixed(1),
      r.findings,
      r.planted ? `${r.plantedFound}/${r.planted}` : '—',
    ]),
  ),
);

// (b) rule-count scaling with synthetic packs, on the typical text
const doc = asDoc(texts[0]!);
const scaling = (['mixed', 'terms'] as CueMix[]).map((mix) => {
  const rows = RULE_COUNTS.map((count) => {
    const t = performance.now();
    const pack = syntheticPack(count, mix);
    const validateMs = performance.now() - t;
    let engine: Engine = createEngine([pack]);
    const compileMs = time(() => (engine = createEngine([pack])), 3);
    let findings = 0;
    const analyzeMs = time(() => (findings = analyze(engine, doc).length), Math.max(3, Math.ceil(runs / 2)));
    return { rules: count, validateMs, compileMs, analyzeMs, mbps: mbps(texts[0]!.bytes, analyzeMs), findings };
  });
  return { mix, rows, ratio: rows.at(-1)!.analyzeMs / rows[0]!.analyzeMs };
});
for (const s of scaling) {
  log(
    `\n(b) Rule count, ${s.mix === 'mixed' ? 'realistic cue mix (2/5 predicate rules on "interference", 1/5 on "investigation", 2/5 on own terms)' : 'every rule anchored on its own terms'}; target ≤ ${TARGET_RATIO}×\n`,
  );
  log(
    table(
      ['rules', 'generate+check ms', 'compile ms', 'analyze ms', 'MB/s', 'findings', `× vs ${RULE_COUNTS[0]}`],
      s.rows.map((r) => [
        r.rules.toLocaleString('en'),
        ms(r.validateMs),
        ms(r.compileMs),
        ms(r.analyzeMs),
        r.mbps.toFixed(1),
        r.findings,
        (r.analyzeMs / s.rows[0]!.analyzeMs).toFixed(2),
      ]),
      { left: [] },
    ),
  );
}

const typical = throughput[0]!;
const mixed = scaling[0]!;
const okMbps = typical.mbps >= TARGET_MBPS;
const okRatio = mixed.ratio <= TARGET_RATIO;
log(
  `\nThroughput ${typical.mbps.toFixed(1)} MB/s on the typical text (target ≥ ${TARGET_MBPS}): ${okMbps ? 'met' : 'MISSED'}; ` +
    `10,000 vs 10 rules ${mixed.ratio.toFixed(2)}× with the realistic mix, ${scaling[1]!.ratio.toFixed(2)}× term-anchored (target ≤ ${TARGET_RATIO}×): ${okRatio ? 'met' : 'MISSED'}`,
);
if (flags.json) {
  console.log(
    JSON.stringify(
      {
        runs,
        node: process.version,
        throughput,
        scaling,
        targets: { mbps: TARGET_MBPS, ratio: TARGET_RATIO, mbpsMet: okMbps, ratioMet: okRatio },
      },
      null,
      2,
    ),
  );
}
