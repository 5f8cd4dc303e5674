/**
 * `npx tsx scripts/bench-articles.ts [--runs N] [DIR...]`: the content script's cost on typical
 * news articles (issue #12), to compare extension builds under the same conditions.
 *
 * Ten real news pages of ../shared/corpus/realpages (read at run time, never copied; page
 * scripts removed, every request off 127.0.0.1 refused) are opened in Chromium with each test
 * build given (default: .output/chrome-mv3-test), and the content script's own
 * `counterpoint-scan` measure gives its busy time and the extraction's share of it. Builds are
 * measured in turns, run after run, so a machine shared with other work slows them alike.
 * Prints the median per page and build and the sum of medians; writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DOM_NAMES } from '../utils/dom-names';
import { table } from './cli/table';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = resolve(ROOT, '../shared/corpus/realpages');
const PAGES = [
  'bbc-1',
  'cnn',
  'guardian-1',
  'herald-sun-1',
  'lemonde-1',
  'nytimes-1',
  'salon-1',
  'seattletimes-1',
  'wapo-1',
  'yahoo-2',
];

interface Sample {
  busyMs: number;
  extractMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(dir: string, origin: string): Promise<Map<string, Sample>> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const out = new Map<string, Sample>();
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    for (const name of PAGES) {
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url().startsWith(origin) ? route.continue() : route.abort(),
      );
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((m) => performance.getEntriesByName(m, 'measure').length > 0, DOM_NAMES.scanMeasure, {
        timeout: 30_000,
      });
      const detail = await page.evaluate(
        (m) => (performance.getEntriesByName(m, 'measure')[0] as PerformanceMeasure).detail as Sample,
        DOM_NAMES.scanMeasure,
      );
      out.set(name, { busyMs: detail.busyMs, extractMs: detail.extractMs });
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) || 5 : 5;
  const builds = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const dirs = (builds.length ? builds : [join(ROOT, '.output/chrome-mv3-test')]).map((d) => resolve(d));
  const server = createServer((req, res) => {
    const name = /^\/([\w-]+)\.html$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
    if (!name || !PAGES.includes(name)) return void res.writeHead(404).end();
    const html = readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const samples = dirs.map(() => new Map<string, Sample[]>());
  for (let run = 0; run < runs; run++) {
    for (const [i, dir] of dirs.entries()) {
      for (const [name, s] of await measure(dir, origin)) samples[i]!.set(name, [...(samples[i]!.get(name) ?? []), s]);
    }
  }
  server.close();
  const rows = PAGES.map((name) => [
    name,
    ...samples.flatMap((m) => [
      median(m.get(name)!.map((s) => s.busyMs)).toFixed(1),
      median(m.get(name)!.map((s) => s.extractMs)).toFixed(1),
    ]),
  ]);
  const sums = samples.flatMap((m) => [
    PAGES.reduce((a, n) => a + median(m.get(n)!.map((s) => s.busyMs)), 0).toFixed(1),
    PAGES.reduce((a, n) => a + median(m.get(n)!.map((s) => s.extractMs)), 0).toFixed(1),
  ]);
  rows.push(['sum of medians', ...sums]);
  console.log(
    `${runs} runs per build, builds measured in turns; busy = the content script's time in its own code, extract = extraction's part (ms)\n`,
  );
  dirs.forEach((d, i) => console.log(`  build ${i + 1}: ${d}`));
  console.log(`\n${table(['page', ...dirs.flatMap((_, i) => [`busy ${i + 1}`, `extract ${i + 1}`])], rows)}`);
}

await main();
