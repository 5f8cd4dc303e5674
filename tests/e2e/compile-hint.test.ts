/**
 * The content script's bundle opens with V8's explicit compile hint (issue #14, per-page cost):
 * wxt.config.ts adds `//# allFunctionsCalledOnLoad` after minification, which would otherwise drop
 * it. With it, Chromium compiles the script's functions with the script instead of parsing each
 * again on its first call (BENCHMARKS.md, "Per-page cost: third pass"). Checks the test build the
 * browser tests load and, when present, the production and Firefox builds.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const HINT = '//# allFunctionsCalledOnLoad\n';

test('the built content script opens with the compile hint', () => {
  const testBuild = resolve(OUTPUT, 'chrome-mv3-test/content-scripts/content.js');
  assert.ok(existsSync(testBuild), `no test build at ${testBuild}: run npm run build:test first`);
  for (const build of ['chrome-mv3-test', 'chrome-mv3', 'firefox-mv2']) {
    const file = resolve(OUTPUT, build, 'content-scripts/content.js');
    if (build !== 'chrome-mv3-test' && !existsSync(file)) continue;
    const script = readFileSync(file, 'utf8');
    assert.ok(script.startsWith(HINT), `${build}: first line is ${JSON.stringify(script.slice(0, 40))}`);
    // Only the first line: the hint is not repeated or left inside the code.
    assert.equal(script.indexOf('allFunctionsCalledOnLoad', HINT.length), -1, `${build}: hint appears twice`);
  }
});
