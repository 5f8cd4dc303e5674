/**
 * `npx tsx scripts/cli/engine-ab.ts --base DIR [--rounds N]`: this tree's engine against the engine
 * in DIR (a `git worktree` of an earlier commit), alternating `analyze` runs in one process on the
 * generated typical text (the `npm run bench:engine` text) and the 130 real pages, so the shared
 * machine's load hits both alike. Prints medians, MB/s and the ratio base / this.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as head from '../../rules/index';
import type { DocumentInput } from '../../rules/types';
import { parseSimpleFlags } from './args';
import { syntheticTerms } from './bench-packs';
import { generateArticle } from './bench-text';
import { loadPageDir } from './load';
import { median } from './table';

const flags = parseSimpleFlags(process.argv.slice(2), ['--base', '--rounds', '--realpages']);
const baseDir = resolve(flags.values.get('--base') ?? '/work/wt11p-base');
const rounds = Number(flags.values.get('--rounds') ?? 15);
const base = (await import(join(baseDir, 'rules/index.ts'))) as typeof head;

const extraTerms = Array.from({ length: 10 }, (_, i) => syntheticTerms(i)[0]!);
const typical = generateArticle({ bytes: 2e6, cueRate: 0.15, extraTerms });
const texts: { name: string; bytes: number; docs: DocumentInput[] }[] = [
  {
    name: 'typical',
    bytes: typical.bytes,
    docs: [{ blocks: typical.blocks, lang: 'en', title: typical.blocks[0]!.text, published: '2024-10-01' }],
  },
];
const pagesDir = resolve(flags.values.get('--realpages') ?? '../shared/corpus/realpages');
if (existsSync(pagesDir)) {
  const { docs, bytes } = loadPageDir(pagesDir);
  texts.push({ name: 'real pages', bytes, docs });
}

const engines = { base: base.createEngine(), head: head.createEngine() };
/** Wall time and CPU time (user + system, ms) of one run: on a shared machine CPU time varies far less. */
const run = (which: 'base' | 'head', docs: DocumentInput[]) => {
  const t = performance.now();
  const c = process.cpuUsage();
  for (const d of docs) which === 'base' ? base.analyze(engines.base, d) : head.analyze(engines.head, d);
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
};
const load0 = loadavg()[0]!;
for (const t of texts) {
  for (let w = 0; w < 2; w++) (run('base', t.docs), run('head', t.docs));
  const a: { wall: number; cpu: number }[] = [];
  const b: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (r % 2) (a.push(run('base', t.docs)), b.push(run('head', t.docs)));
    else (b.push(run('head', t.docs)), a.push(run('base', t.docs)));
  }
  const mbps = (ms: number) => (t.bytes / 1e6 / (ms / 1000)).toFixed(1);
  for (const kind of ['wall', 'cpu'] as const) {
    const [ma, mb] = [median(a.map((x) => x[kind])), median(b.map((x) => x[kind]))];
    // Each round's two runs are neighbours in time: the median of their ratios cancels slow drifts in load.
    const pairs = median(a.map((x, i) => x[kind] / b[i]![kind]));
    console.log(
      `${t.name} (${kind}): base ${ma.toFixed(1)} ms (${mbps(ma)} MB/s), this ${mb.toFixed(1)} ms (${mbps(mb)} MB/s), base/this ${(ma / mb).toFixed(2)}× (median of round ratios ${pairs.toFixed(2)}×)`,
    );
  }
}
console.log(
  `${rounds} rounds; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (${new Date().toISOString()})`,
);
