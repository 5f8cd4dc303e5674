/**
 * Evaluates a page-level early exit for issue #14 (per-page cost), one that is NOT shipped:
 * `npx tsx scripts/eval-page-skip.ts [dir…]` (default ../shared/corpus/realpages,
 * tests/fixtures/html) extracts every page in Node (linkedom), asks whether a few substring scans
 * over the page's text could rule out every finding (also on the committed articles
 * tests/fixtures/articles/*.txt, paragraphs split at blank lines, and the benchmark's generated 50 KB
 * article without a claim), runs the engine, and prints how many pages
 * such a test would let the content script skip (no `analyzePage`), and how many it would wrongly
 * skip (must be 0). Exits 1 on a wrong skip. Result on 2026-12-05: README "Per-page cost: a
 * page-level early exit (evaluated, not shipped)".
 *
 * The test, and why it cannot skip a page with a finding: the engine analyses only blocks its
 * prefilter accepts (analyze.ts), and the prefilter (prepared.ts `worthAnalysing`) accepts a block
 * only when, for some anchor category found in it, some requirement list (`needsByAnchor`) has a
 * category of every group in that block (or, for `near` groups, in the block before). A category is
 * found only where the folded text contains the longest piece of one of its terms: what
 * `firstPieceRegex` looks for, the reasoning of the engine's own `anchorScan`. `fold` works
 * character by character, so what a block's folded text contains, the folded blocks joined
 * together contain too. Patterns are the union over languages (a block may be detected as any);
 * whatever cannot be a pattern (an all-wildcard term, a rule with its own terms) counts as present.
 *
 * The pages are third-party (Readability's test suite): read in place, never copied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractDocument } from '../page/extract/extract-blocks';
import { analyze, compileEngine, type DocumentInput, type Engine } from '../rules/engine/index';
import { fold } from '../rules/engine/tokens';
import { engineInput } from '../rules/index';
import { LANGS } from '../rules/types';
import { generatePage } from './bench-page';

/** Alternative requirement lists; each a list of regex sources that must all match the page. */
type PageNeeds = string[][];

const NEVER = '(?!)';

/** The page requirements, or null when no page may be skipped. */
function pageNeeds(engine: Engine): PageNeeds | null {
  if ([...engine.needsByAnchor.keys()].some((a) => a.startsWith('terms:'))) return null;
  const sourceCache = new Map<string, string | null>();
  /** One source for "some category of `group` in any language", NEVER if impossible, null if unknown. */
  const sourceOf = (group: readonly string[]): string | null => {
    const key = [...group].sort().join(',');
    if (sourceCache.has(key)) return sourceCache.get(key)!;
    const parts: string[] = [];
    let out: string | null = null;
    let unknown = false;
    for (const lang of LANGS) {
      const re = engine.langs[lang].prefilter.firstPieceRegex(new Set(group));
      if (!re || re.flags !== '') unknown = true;
      else if (re.source !== NEVER) parts.push(re.source);
    }
    if (!unknown) out = parts.length ? parts.join('|') : NEVER;
    sourceCache.set(key, out);
    return out;
  };
  const seen = new Set<string>();
  const needs: PageNeeds = [];
  for (const [anchor, list] of engine.needsByAnchor) {
    for (const need of list) {
      const sources: string[] = [];
      for (const group of [[anchor], ...need.groups, ...(need.near ?? [])]) {
        const source = sourceOf(group);
        if (source !== null && !sources.includes(source)) sources.push(source);
      }
      if (sources.includes(NEVER)) continue; // cannot be met in any language
      if (sources.length === 0) return null; // always possible
      const key = sources.join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        needs.push(sources);
      }
    }
  }
  return needs;
}

/** Compiled page requirements (regexes shared between lists). */
function compilePageNeeds(needs: PageNeeds): RegExp[][] {
  const compiled = new Map<string, RegExp>();
  const get = (s: string) => compiled.get(s) ?? compiled.set(s, new RegExp(s)).get(s)!;
  return needs.map((list) => list.map(get));
}

/** Whether the engine could find anything in these texts (false: it certainly finds nothing). */
function mayFind(needs: RegExp[][] | null, texts: readonly string[]): boolean {
  if (!needs) return true;
  const page = fold(texts.join('\n'));
  const tested = new Map<RegExp, boolean>();
  const has = (re: RegExp) => tested.get(re) ?? tested.set(re, re.test(page)).get(re)!;
  return needs.some((list) => list.every(has));
}

const engine = compileEngine(engineInput());
const built = performance.now();
const needs = pageNeeds(engine);
const sources = [...new Set(needs?.flat() ?? [])];
console.log(
  `page test: ${needs ? `${needs.length} requirement lists, ${sources.length} patterns, ${sources.join('').length} characters` : 'none (every page analysed)'}, built in ${(performance.now() - built).toFixed(0)} ms`,
);
const compiled = needs ? compilePageNeeds(needs) : null;
let pages = 0;
let skipped = 0;
let withFindings = 0;
const wrong: string[] = [];
let testMs = 0;
function check(label: string, input: DocumentInput): void {
  const started = performance.now();
  const may = mayFind(
    compiled,
    input.blocks.map((b) => b.text),
  );
  testMs += performance.now() - started;
  const found = analyze(engine, input).length;
  pages++;
  if (!may) skipped++;
  if (found > 0) withFindings++;
  if (found > 0 && !may) wrong.push(label);
}
const plain = extractDocument(parseHTML(generatePage(50_000, 0, 20241205).html).document).input;
check('bench plain-50k', plain);
console.log(`benchmark's 50 KB article without a claim: ${skipped ? 'would be skipped' : 'would still be analysed'}`);
const articles = resolve('tests/fixtures/articles');
for (const name of readdirSync(articles)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(articles, name), 'utf8');
  const blocks = text
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: 'paragraph' as const }));
  check(name, { blocks });
}
const dirs = process.argv.slice(2);
for (const dir of (dirs.length ? dirs : ['../shared/corpus/realpages', 'tests/fixtures/html']).map((d) => resolve(d))) {
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    check(`${dir}/${name}`, extractDocument(parseHTML(readFileSync(join(dir, name), 'utf8')).document).input);
  }
}
console.log(
  `${pages} pages: ${skipped} would be skipped, ${withFindings} have findings, ${wrong.length} wrongly skipped${wrong.length ? ` (${wrong.join(', ')})` : ''}; the test took ${testMs.toFixed(0)} ms in all (Node, regexes compiled on first use)`,
);
process.exitCode = wrong.length ? 1 : 0;
