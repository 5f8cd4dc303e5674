/**
 * `npm run bench -- [--json] [--runs N] [--mb SIZE]`: engine benchmarks.
 *  (a) throughput of `analyze` with the bundled packs on a generated ~2 MB article-like text
 *      with ~100 planted denials (median of N runs after warm-up);
 *  (b) cost of 10, 100, 1,000 and 10,000 generated rules (valid per `checkPack`): validation,
 *      compile and `analyze` time on the same text, and the 10,000 / 10 ratio.
 * Targets (issue #3): ≥ 20 MB/s; ≤ 2× analyze time from 10 to 10,000 rules. Exits 0 either
 * way: it measures, BENCHMARKS.md records. To see where time goes:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench.ts
 */
import { performance } from 'node:perf_hooks';
import { analyze, createEngine, type Engine } from '../rules/index';
import type { DocumentInput } from '../rules/types';
import { parseSimpleFlags } from './cli/args';
import { syntheticPack, syntheticTerms } from './cli/bench-packs';
import { generateArticle } from './cli/bench-text';
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

const flags = parseSimpleFlags(process.argv.slice(2), ['--runs', '--mb']);
const runs = Number(flags.values.get('--runs') ?? 7);
const mb = Number(flags.values.get('--mb') ?? 2);
const log = (line: string) => {
  if (!flags.json) console.log(line);
};

const article = generateArticle({ bytes: mb * 1_000_000, denials: 100, extraTerms: Array.from({ length: 10 }, (_, i) => syntheticTerms(i)[0]!) });
const doc: DocumentInput = { blocks: article.blocks, lang: 'en', title: article.blocks[0]!.text, published: '2024-10-01' };
const bytes = article.bytes;
log(`Text: ${(bytes / 1e6).toFixed(2)} MB, ${article.blocks.length} blocks, ${article.planted.length} planted denials; median of ${runs} runs`);

// (a) throughput with the bundled packs
const bundled = createEngine();
let findings = analyze(bundled, doc);
const throughputMs = time(() => (findings = analyze(bundled, doc)), runs, 2);
const planted = new Set(article.planted);
const plantedFound = new Set(findings.filter((f) => planted.has(f.block)).map((f) => f.block)).size;
const mbps = bytes / 1e6 / (throughputMs / 1000);
log(`\n(a) Throughput, bundled packs (${bundled.rules.length} rules)\n`);
log(table(['analyze ms', 'MB/s', 'target', 'findings', 'planted found'], [[ms(throughputMs), mbps.toFixed(1), `≥ ${TARGET_MBPS}`, findings.length, `${plantedFound}/${planted.size}`]], { left: [] }));

// (b) rule-count scaling with synthetic packs
interface Row { rules: number; validateMs: number; compileMs: number; analyzeMs: number; mbps: number; findings: number }
const rows: Row[] = [];
for (const count of RULE_COUNTS) {
  const t = performance.now();
  const pack = syntheticPack(count);
  const validateMs = performance.now() - t;
  let engine: Engine = createEngine([pack]);
  const compileMs = time(() => (engine = createEngine([pack])), 3);
  let found = 0;
  const analyzeMs = time(() => (found = analyze(engine, doc).length), Math.max(3, Math.ceil(runs / 2)));
  rows.push({ rules: count, validateMs, compileMs, analyzeMs, mbps: bytes / 1e6 / (analyzeMs / 1000), findings: found });
}
const ratio = rows.at(-1)!.analyzeMs / rows[0]!.analyzeMs;
log(`\n(b) Rule count (synthetic packs; generate + checkPack, compile, analyze)\n`);
log(table(['rules', 'validate ms', 'compile ms', 'analyze ms', 'MB/s', 'findings', `× vs ${rows[0]!.rules}`],
  rows.map((r) => [r.rules.toLocaleString('en'), ms(r.validateMs), ms(r.compileMs), ms(r.analyzeMs), r.mbps.toFixed(1), r.findings, (r.analyzeMs / rows[0]!.analyzeMs).toFixed(2)]), { left: [] }));

const okMbps = mbps >= TARGET_MBPS;
const okRatio = ratio <= TARGET_RATIO;
log(`\nThroughput ${mbps.toFixed(1)} MB/s (target ≥ ${TARGET_MBPS}): ${okMbps ? 'met' : 'MISSED'}; ` +
  `10,000 vs 10 rules ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×): ${okRatio ? 'met' : 'MISSED'}`);
if (flags.json) {
  console.log(JSON.stringify({
    text: { bytes, blocks: article.blocks.length, planted: planted.size },
    runs,
    throughput: { rules: bundled.rules.length, ms: throughputMs, mbps, findings: findings.length, plantedFound, target: TARGET_MBPS, met: okMbps },
    scaling: { rows, ratio, target: TARGET_RATIO, met: okRatio },
    node: process.version,
  }, null, 2));
}
