/**
 * Extraction in the browser on real markup (issue #12): a sample of the real pages of
 * ../shared/corpus/realpages — read from there at test time, never copied into the repository —
 * is served on 127.0.0.1 with our own denial paragraph planted right after the first (or last)
 * paragraph Readability keeps, and the test build's content script must highlight it. The pages
 * are chosen for what used to go wrong: a lede before an advertisement box (herald-sun-1,
 * salon-1), an English quote on a French, Czech or Portuguese page, a right-to-left page. Page
 * scripts are removed and every request off 127.0.0.1 is refused, so nothing reaches the network.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { readReference } from '../../scripts/cli/eval-extract';
import { plantAfter, PLANTED_DENIAL } from '../../scripts/cli/eval-plant';
import { DOM_NAMES } from '../../utils/dom-names';
import { readHighlights, waitForScans } from '../../scripts/browser/annotations';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const SAMPLE: [page: string, position: 'first' | 'last'][] = [
  ['herald-sun-1', 'first'],
  ['salon-1', 'first'],
  ['lemonde-1', 'first'],
  ['aktualne', 'first'],
  ['folha', 'last'],
  ['rtl-1', 'first'],
];

let ext: LoadedExtension;
let server: Server;
let origin = '';

/** The page with the plant, its scripts removed (they would run, and some would fetch). */
function plantedPage(page: string, position: 'first' | 'last'): string {
  const { paragraphs } = readReference(CORPUS, page);
  const paragraph = position === 'first' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
  assert.ok(paragraph, `${page}: the reference has no paragraph`);
  const html = plantAfter(readFileSync(join(CORPUS, 'realpages', `${page}.html`), 'utf8'), paragraph);
  assert.ok(html, `${page}: the ${position} paragraph is not in the page`);
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

before(async () => {
  assert.ok(
    existsSync(join(CORPUS, 'realpages-expected')),
    `the real pages are read from ${CORPUS} (../shared next to the repository)`,
  );
  server = createServer((req, res) => {
    const match = /^\/([\w-]+)-(first|last)\.html$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match || !SAMPLE.some(([p, pos]) => p === match[1] && pos === match[2])) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(plantedPage(match[1]!, match[2] as 'first' | 'last'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ext = await launchWithExtension('test');
});

after(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});

for (const [name, position] of SAMPLE) {
  test(`${name}: a denial planted after the ${position} paragraph is highlighted`, async () => {
    const page = await ext.context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(`${origin}/${name}-${position}.html`, { waitUntil: 'domcontentloaded' });
    await waitForScans(page, 1, 20_000);
    await page.waitForFunction((hl) => (CSS.highlights.get(hl)?.size ?? 0) > 0, DOM_NAMES.denialHighlight, {
      timeout: 5_000,
    });
    const painted = (await readHighlights(page))[DOM_NAMES.denialHighlight] ?? [];
    assert.ok(
      painted.some((text) => PLANTED_DENIAL.includes(text) && text.includes('never interfered')),
      `${name}: expected the planted denial among the highlights, got ${JSON.stringify(painted)}`,
    );
    await page.close();
  });
}
