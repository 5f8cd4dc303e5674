/**
 * `npx tsx scripts/cli/engine-equal.ts --base DIR`: proves that a speed change kept every finding.
 * Runs `analyze` of this tree's engine and of the engine in DIR (a `git worktree` of the commit
 * before the change) on the real articles, the real pages, the seeds, the committed article and
 * sentence fixtures, the generated benchmark texts (bundled packs and synthetic packs of up to
 * 1,000 rules) and a few hostile shapes, and compares the full findings JSON document by document.
 * Prints only counts and the names of documents that differ, never corpus text (the unread third
 * of ../shared/corpus/real must stay unread). Exits 1 when anything differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentInput, TextBlock } from '../../rules/types';
import * as head from '../../rules/index';
import { parseSimpleFlags } from './args';
import { syntheticPack, syntheticTerms } from './bench-packs';
import { generateArticle } from './bench-text';
import { loadRealArticle } from './eval-real';
import { loadFile } from './load';

type Rules = typeof head;
interface Doc {
  name: string;
  input: DocumentInput;
  /** Extra pack for both engines (synthetic rule packs). */
  pack?: number;
}

const flags = parseSimpleFlags(process.argv.slice(2), ['--base', '--shared']);
const baseDir = resolve(flags.values.get('--base') ?? '/work/wt11p-base');
const shared = resolve(flags.values.get('--shared') ?? '../shared/corpus');
const base = (await import(join(baseDir, 'rules/index.ts'))) as Rules;

function* documents(): Generator<[string, Doc[]]> {
  const realDir = join(shared, 'real');
  if (existsSync(realDir)) {
    const files = readdirSync(join(realDir, 'articles'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    yield [
      'real articles',
      files.map((f) => ({
        name: `real/${f}`,
        input: loadRealArticle(readFileSync(join(realDir, 'articles', f), 'utf8')).input,
      })),
    ];
  }
  const pagesDir = join(shared, 'realpages');
  if (existsSync(pagesDir)) {
    const files = readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .sort();
    yield ['real pages', files.map((f) => ({ name: `realpages/${f}`, input: loadFile(join(pagesDir, f)).input }))];
  }
  const seedsDir = join(shared, 'seeds');
  if (existsSync(seedsDir)) {
    yield [
      'seeds',
      readdirSync(seedsDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: `seeds/${f}`, input: loadFile(join(seedsDir, f)).input })),
    ];
  }
  const fixtures = resolve(import.meta.dirname, '../../tests/fixtures');
  const txt: Doc[] = [];
  for (const dir of readdirSync(fixtures)
    .filter((d) => d === 'articles' || d.startsWith('heldout'))
    .sort()) {
    for (const f of readdirSync(join(fixtures, dir))
      .filter((x) => x.endsWith('.txt'))
      .sort())
      txt.push({ name: `${dir}/${f}`, input: loadFile(join(fixtures, dir, f)).input });
  }
  yield ['fixture articles', txt];
  const sentences: Doc[] = [];
  for (const f of readdirSync(join(fixtures, 'sentences'))
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const items = (
      JSON.parse(readFileSync(join(fixtures, 'sentences', f), 'utf8')) as {
        items: { id: string; text: string; published?: string }[];
      }
    ).items;
    for (const item of items) {
      const blocks = item.text.split(/\n\s*\n/).map((text): TextBlock => ({ kind: 'paragraph', text }));
      sentences.push({
        name: `sentences/${f}#${item.id}`,
        input: { blocks, lang: f.slice(0, 2), ...(item.published ? { published: item.published } : {}) },
      });
    }
  }
  yield ['sentence fixtures', sentences];
  const extraTerms = Array.from({ length: 10 }, (_, i) => syntheticTerms(i)[0]!);
  const generated: Doc[] = [];
  for (const [cueRate, seed] of [
    [0.15, undefined],
    [0.5, 7],
    [0.3, 11],
  ] as const) {
    const t = generateArticle({ bytes: 2e6, cueRate, extraTerms, ...(seed ? { seed } : {}) });
    generated.push({
      name: `generated cue ${cueRate}`,
      input: { blocks: t.blocks, lang: 'en', title: t.blocks[0]!.text, published: '2024-10-01' },
    });
  }
  const typical = generated[0]!.input;
  for (const pack of [10, 100, 1000])
    generated.push({ name: `generated + ${pack} synthetic rules`, input: typical, pack });
  yield ['generated', generated];
  const para = (text: string, n: number) => Array.from({ length: n }, (): TextBlock => ({ kind: 'paragraph', text }));
  yield [
    'hostile',
    [
      {
        name: 'quoted, no stop',
        input: {
          blocks: [
            {
              kind: 'paragraph' as const,
              text: '“We never interfered in elections in the US” Peskov said '.repeat(300),
            },
          ],
        },
      },
      {
        name: 'unclosed quotes',
        input: { blocks: para('“We never interfered in elections in the US, Peskov said.', 300) },
      },
      { name: 'dash answers', input: { blocks: para('— We never interfered in the elections, he said.', 300) } },
      {
        name: 'mixed scripts',
        input: {
          blocks: [
            {
              kind: 'paragraph' as const,
              text: 'Песков: «Мы никогда не вмешивались в выборы в США». L’ingérence? Nein, sagte Lawrow. El Kremlin niega. Russia’s “don’t” U.S. EE.UU. d’Alembert',
            },
          ],
        },
      },
    ],
  ];
}

const engines = new Map<string, [ReturnType<Rules['createEngine']>, ReturnType<Rules['createEngine']>]>();
function enginesFor(pack?: number) {
  const key = String(pack ?? 0);
  let pair = engines.get(key);
  if (!pair) {
    const packs = pack ? [...head.BUNDLED_PACKS, syntheticPack(pack)] : undefined;
    pair = [base.createEngine(packs), head.createEngine(packs)];
    engines.set(key, pair);
  }
  return pair;
}

let differ = 0;
let total = 0;
let findingsTotal = 0;
for (const [group, docs] of documents()) {
  let groupDiffer = 0;
  let groupFindings = 0;
  for (const doc of docs) {
    const [a, b] = enginesFor(doc.pack);
    const fa = JSON.stringify(base.analyze(a, doc.input));
    const fb = JSON.stringify(head.analyze(b, doc.input));
    total++;
    groupFindings += (JSON.parse(fa) as unknown[]).length;
    if (fa !== fb) {
      groupDiffer++;
      console.log(`  DIFFERS: ${doc.name} (${fa.length} vs ${fb.length} characters of JSON)`);
    }
  }
  differ += groupDiffer;
  findingsTotal += groupFindings;
  console.log(
    `${group}: ${docs.length} documents, ${groupFindings} findings, ${groupDiffer ? `${groupDiffer} DIFFER` : 'all equal'}`,
  );
}
console.log(
  `${total} documents, ${findingsTotal} findings: ${differ ? `${differ} DIFFER` : 'identical findings JSON'} (base ${baseDir})`,
);
process.exit(differ ? 1 : 0);
