/**
 * `tsx scripts/bench-hostile.ts [--json] [--rules DIR] [--timeout SECONDS]` (run by
 * `npm run bench:engine`): the engine's worst cases (issue #14) — the shapes of text and of pack
 * that were super-linear or overflowed the stack. Each case runs in its own process with a time
 * limit, so a slow engine shows as "> N s" instead of hanging the run. `--rules DIR` measures
 * another copy of rules/ (an older commit, for before/after numbers).
 *
 * Columns: the whole analysis; per KB; the longest single step when the analysis runs in 10 ms
 * steps as the content script runs it (what a page feels as one task); findings. Always exits 0.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSimpleFlags } from './cli/args';
import { ms, table } from './cli/table';

interface Case {
  name: string;
  /** Blocks of the document, and packs beyond the bundled ones. */
  make: () => { blocks: string[]; terms?: number };
}

const KB = 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
const paragraphs = (unit: string, count: number) => Array.from({ length: count }, () => unit);
const ARTICLE = [
  'Moscow denied on Tuesday any role in the campaign.',
  '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov told reporters.',
  'U.S. intelligence agencies concluded in 2017 that Russia had sought to influence the vote.',
  'He said the accusations were absurd and that Washington interferes in the affairs of other countries.',
];

const CASES: Case[] = [
  {
    name: 'quoted denials, one paragraph, no full stop (issue repro ×1,800)',
    make: () => ({ blocks: ['“We never interfered in elections in the US” Peskov said '.repeat(1800)] }),
  },
  {
    name: 'the same, 1 MB',
    make: () => ({ blocks: [fill('“We never interfered in elections in the US” Peskov said ', 1024 * KB)] }),
  },
  {
    name: 'quoted denials with full stops, one paragraph, 100 KB',
    make: () => ({ blocks: [fill('“We never interfered in elections in the US,” Peskov said. ', 100 * KB)] }),
  },
  {
    name: 'the same, 1 MB',
    make: () => ({ blocks: [fill('“We never interfered in elections in the US,” Peskov said. ', 1024 * KB)] }),
  },
  {
    name: 'unquoted denials, no punctuation, 1 MB',
    make: () => ({ blocks: [fill('We never interfered in elections in the US Peskov said ', 1024 * KB)] }),
  },
  {
    name: 'pronouns and role nouns, one paragraph, 1 MB',
    make: () => ({
      blocks: [fill('He said Russia did not interfere in the US elections, the spokeswoman said. ', 1024 * KB)],
    }),
  },
  {
    name: 'interview answers "— …", 1 MB of paragraphs',
    make: () => ({
      blocks: paragraphs('— We never interfered in the elections, he said.', Math.ceil((1024 * KB) / 48)),
    }),
  },
  {
    name: '1,800 paragraphs opening a quote never closed',
    make: () => ({ blocks: paragraphs('“We never interfered in elections in the US, Peskov said.', 1800) }),
  },
  {
    name: '18,000 of them (1 MB)',
    make: () => ({ blocks: paragraphs('“We never interfered in elections in the US, Peskov said.', 18000) }),
  },
  {
    name: 'a first paragraph of lines, each an unattributed "we" denial, 1 MB',
    make: () => ({
      blocks: [
        Array.from(
          { length: Math.ceil((1024 * KB) / 60) },
          () => 'they said: We have never interfered in the elections „',
        ).join('\n'),
      ],
    }),
  },
  {
    name: 'predicates, then negations far from them, 1 MB',
    make: () => ({
      blocks: [fill('Russia interfered in the elections in the US Peskov said ', 512 * KB) + fill('never ', 512 * KB)],
    }),
  },
  { name: '4 KB article, bundled packs', make: () => ({ blocks: paragraphs(ARTICLE.join(' '), 10) }) },
  {
    name: 'the same + a pack of 200,000 terms *q1, *q2…',
    make: () => ({ blocks: paragraphs(ARTICLE.join(' '), 10), terms: 200_000 }),
  },
];

/** Runs one case in this process and prints its result as JSON. */
async function runCase(index: number, rulesDir: string): Promise<void> {
  const rules = (await import(pathToFileURL(resolve(rulesDir, 'index.ts')).href)) as typeof import('../rules/index');
  const { blocks: texts, terms } = CASES[index]!.make();
  const packs = [...rules.BUNDLED_PACKS];
  if (terms) {
    const base = structuredClone(rules.BUNDLED_PACKS[0]!);
    packs.push({
      ...base,
      id: 'many-terms',
      rules: [
        {
          ...base.rules[0]!,
          id: 'own-terms',
          cues: { any: ['terms'], terms: { en: Array.from({ length: terms }, (_, i) => `*q${i}`) } },
        },
      ],
    });
  }
  const engine = rules.createEngine(packs);
  // Build the English lexicons (and a pack's terms) before timing: a page pays that once per pack change.
  let t = performance.now();
  rules.analyze(engine, { blocks: [{ kind: 'paragraph', text: 'Warm up.' }] });
  const compileMs = performance.now() - t;
  const blocks = texts.map((text) => ({ kind: 'paragraph' as const, text }));
  const bytes = texts.reduce((n, s) => n + s.length, 0);
  // Small documents: the median of 5 runs after one (a single cold run is mostly JIT warm-up).
  const runs = bytes < 64 * KB ? 5 : 1;
  if (runs > 1) rules.analyze(engine, { blocks });
  const samples: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    findings = rules.analyze(engine, { blocks }).length;
    samples.push(performance.now() - t);
  }
  const totalMs = samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  const sliced = rules.startAnalysis(engine, { blocks });
  let longest = 0;
  for (let done = false; !done;) {
    const s = performance.now();
    done = sliced.step(10);
    longest = Math.max(longest, performance.now() - s);
  }
  console.log(JSON.stringify({ bytes, totalMs, longestStepMs: longest, findings, compileMs }));
}

interface Row {
  name: string;
  bytes: number;
  totalMs: number | null;
  longestStepMs: number | null;
  findings: number | null;
  error?: string;
}

function runAll(rulesDir: string, timeoutS: number): Row[] {
  const self = fileURLToPath(import.meta.url);
  return CASES.map((c, i) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--case', String(i), '--rules', rulesDir], {
      encoding: 'utf8',
      timeout: timeoutS * 1000,
    });
    const line = child.stdout?.trim().split('\n').at(-1) ?? '';
    if (child.status === 0 && line.startsWith('{')) return { name: c.name, ...(JSON.parse(line) as Omit<Row, 'name'>) };
    const timedOut = child.error && 'code' in child.error && child.error.code === 'ETIMEDOUT';
    const error = timedOut
      ? `> ${timeoutS} s`
      : (/RangeError: [^\n]*/.exec(child.stderr ?? '')?.[0] ?? `exit ${child.status}`);
    return {
      name: c.name,
      bytes: c.make().blocks.reduce((n, s) => n + s.length, 0),
      totalMs: null,
      longestStepMs: null,
      findings: null,
      error,
    };
  });
}

const flags = parseSimpleFlags(process.argv.slice(2), ['--rules', '--timeout', '--case']);
const rulesDir = resolve(flags.values.get('--rules') ?? resolve(fileURLToPath(import.meta.url), '../../rules'));
if (flags.values.has('--case')) {
  await runCase(Number(flags.values.get('--case')), rulesDir);
} else {
  const timeoutS = Number(flags.values.get('--timeout') ?? 120);
  const started = new Date().toISOString();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const rows = runAll(rulesDir, timeoutS);
  if (flags.json) {
    console.log(
      JSON.stringify(
        {
          started,
          node: process.version,
          cpu: cpus()[0]?.model,
          cores: cpus().length,
          loadBefore: load,
          loadAfter: loadavg(),
          rulesDir,
          rows,
        },
        null,
        2,
      ),
    );
  } else {
    console.log(
      `Worst cases (issue #14), ${rulesDir}; ${started}; Node ${process.version}; ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}; load ${load} before, ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} after\n`,
    );
    console.log(
      table(
        ['case', 'KB', 'analyze ms', 'ms/KB', 'longest 10 ms step', 'findings'],
        rows.map((r) => [
          r.name,
          (r.bytes / KB).toFixed(0),
          r.totalMs === null ? r.error! : ms(r.totalMs),
          r.totalMs === null ? '—' : (r.totalMs / (r.bytes / KB)).toFixed(2),
          r.longestStepMs === null ? '—' : ms(r.longestStepMs),
          r.findings ?? '—',
        ]),
      ),
    );
  }
}
