/** `npm run css:patterns`: rewrites the pattern blocks of the stylesheets from rules/patterns.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PATTERN_CSS_BLOCKS, withBlock } from './cli/pattern-css';

const root = resolve(import.meta.dirname, '..');
for (const block of PATTERN_CSS_BLOCKS) {
  const path = resolve(root, block.file);
  const before = readFileSync(path, 'utf8');
  const after = withBlock(before, block.name, block.css());
  if (after !== before) writeFileSync(path, after);
  console.log(`${block.file}: ${block.name} ${after === before ? 'unchanged' : 'rewritten'}`);
}
