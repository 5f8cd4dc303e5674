/**
 * Runs the extraction stage over saved real pages in Node (linkedom), the way the CLI scanner
 * will: `npx tsx scripts/check-realpages.ts [dir]` (default ../shared/corpus/realpages).
 * Prints blocks, characters and milliseconds per page and a summary; exits 1 if any page throws
 * or if extraction changed a page's DOM (it must only read).
 *
 * The pages are third-party (Readability's test suite): they are read in place, never copied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { extractDocument } from '../page/extract/extract-blocks';

const dir = resolve(process.argv[2] ?? '../shared/corpus/realpages');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.html'))
  .sort();
const failures: string[] = [];
const empty: string[] = [];
const mutated: string[] = [];
let totalMs = 0;
let totalChars = 0;
let totalBlocks = 0;

for (const name of files) {
  const html = readFileSync(join(dir, name), 'utf8');
  try {
    const { document } = parseHTML(html);
    const before = document.documentElement.outerHTML;
    const started = performance.now();
    const { input, truncated } = extractDocument(document);
    const ms = performance.now() - started;
    if (document.documentElement.outerHTML !== before) mutated.push(name);
    const chars = input.blocks.reduce((sum, block) => sum + block.text.length, 0);
    totalMs += ms;
    totalChars += chars;
    totalBlocks += input.blocks.length;
    if (input.blocks.length === 0) empty.push(name);
    const meta = [input.lang, input.published, truncated ? 'TRUNCATED' : ''].filter(Boolean).join(' ');
    console.log(
      `${name.padEnd(48)} ${String(input.blocks.length).padStart(5)} blocks ${String(chars).padStart(8)} chars ${ms.toFixed(1).padStart(7)} ms  ${meta}`,
    );
  } catch (error) {
    failures.push(name);
    console.log(`${name.padEnd(48)} THREW ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

console.log(
  `\n${files.length} pages, ${failures.length} threw, ${mutated.length} changed${mutated.length ? ` (${mutated.join(', ')})` : ''}, ` +
    `${empty.length} with 0 blocks` +
    `${empty.length ? ` (${empty.join(', ')})` : ''}; ${totalBlocks} blocks, ${totalChars} chars, ${totalMs.toFixed(0)} ms extracting`,
);
process.exitCode = failures.length > 0 || mutated.length > 0 ? 1 : 0;
