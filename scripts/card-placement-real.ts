/**
 * `npm run eval:card`: where the in-page card opens on real articles (issue #15). Renders the
 * READ part of ../shared/corpus/real (files sorted by name, index % 3 != 2; the unread part is
 * never opened) as plain article pages in a temporary folder (third-party text: never written
 * into the repository), loads them in Chromium with the test build (npm run build:test), and
 * opens the card on every claim, from the keyboard and by hovering with the claim near the top,
 * middle and bottom of the screen, at 1280×800 and 400×760. Prints numbers only: openings, and
 * how many covered a line of their claim, left the viewport, or did not open at their top.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './browser/browser';
import { serveFixturePages } from './browser/server';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/real/articles');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 400, height: 760 },
];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writePages(dir: string): string[] {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const read = files.filter((_, i) => i % 3 !== 2);
  return read.map((f) => {
    const [head = '', ...body] = readFileSync(join(CORPUS, f), 'utf8').split(/\n\s*\n/);
    const title = /TITLE:\s*(.*)/.exec(head)?.[1] ?? f;
    const date = /DATE:\s*(\S+)/.exec(head)?.[1] ?? 'unknown';
    const meta = date !== 'unknown' ? `<meta property="article:published_time" content="${esc(date)}">` : '';
    const style = 'body{font:18px/1.6 Georgia,serif;margin:0}main{max-width:36em;margin:0 auto;padding:1em 1em 30vh}';
    const name = f.replace(/\.txt$/, '.html');
    writeFileSync(
      join(dir, name),
      `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>${meta}<style>${style}</style></head><body><main><article><h1>${esc(title)}</h1>${body.map((p) => `<p>${esc(p.trim())}</p>`).join('')}</article></main></body></html>`,
    );
    return name;
  });
}

interface Tally {
  openings: number;
  covered: number;
  outside: number;
  notAtTop: number;
}

/** The open card against the active claim's line boxes. */
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('counterpoint-ui')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!root || !card || card.hidden) return null;
    const lines = ([...(CSS.highlights.get('counterpoint-active') ?? [])] as Range[])
      .flatMap((r) => [...r.getClientRects()])
      .filter((r) => r.width > 0.5 && r.height > 0.5);
    const c = card.getBoundingClientRect();
    return {
      covered: lines.some(
        (l) => c.left < l.right - 0.5 && l.left < c.right - 0.5 && c.top < l.bottom - 0.5 && l.top < c.bottom - 0.5,
      ),
      outside:
        c.top < 0 || c.bottom > innerHeight + 0.5 || c.left < 0 || c.right > document.documentElement.clientWidth + 0.5,
      scrollTop: root.querySelector<HTMLElement>('.content')?.scrollTop ?? 0,
    };
  });
}

function count(tally: Tally, g: Awaited<ReturnType<typeof measure>>): void {
  if (!g) return;
  tally.openings++;
  if (g.covered) tally.covered++;
  if (g.outside) tally.outside++;
  if (g.scrollTop !== 0) tally.notAtTop++;
}

const dir = mkdtempSync(join(tmpdir(), 'counterpoint-card-'));
const pages = writePages(dir);
const server = await serveFixturePages(dir);
const ext = await launchWithExtension('test');
const keyboard: Tally = { openings: 0, covered: 0, outside: 0, notAtTop: 0 };
const hover: Tally = { openings: 0, covered: 0, outside: 0, notAtTop: 0 };
let withClaims = 0;
try {
  for (const viewport of VIEWPORTS) {
    for (const name of pages) {
      const page = await ext.context.newPage();
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.setViewportSize(viewport);
      await page.goto(server.url(name));
      const scanned = await page
        .waitForFunction(() => performance.getEntriesByName('counterpoint-scan', 'measure').length > 0, undefined, {
          timeout: 8000,
        })
        .then(
          () => true,
          () => false,
        );
      const n = scanned
        ? await page.evaluate(() => {
            let n = 0;
            CSS.highlights.forEach((h, k) => {
              if (k.startsWith('counterpoint-') && k !== 'counterpoint-active') n += h.size;
            });
            return n;
          })
        : 0;
      if (n > 0) withClaims++;
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('Alt+Shift+KeyJ');
        await page.waitForTimeout(60);
        count(keyboard, await measure(page));
      }
      await page.keyboard.press('Escape');
      for (let i = 0; i < n; i++) {
        for (const fraction of [0.1, 0.45, 0.8]) {
          await page.mouse.move(1, 1);
          await page.waitForTimeout(500);
          const point = await page.evaluate(
            ([index, fraction]) => {
              const ranges: Range[] = [];
              CSS.highlights.forEach((h, k) => {
                if (k.startsWith('counterpoint-') && k !== 'counterpoint-active')
                  h.forEach((r) => ranges.push(r as Range));
              });
              ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
              const range = ranges[index]!;
              window.scrollBy(0, range.getClientRects()[0]!.top - innerHeight * fraction);
              const rects = [...range.getClientRects()].filter((r) => r.width > 4);
              const mid = rects[Math.floor(rects.length / 2)]!;
              return { x: mid.left + Math.min(20, mid.width / 2), y: mid.top + mid.height / 2 };
            },
            [i, fraction] as const,
          );
          if (point.y < 0 || point.y > viewport.height) continue;
          await page.mouse.move(point.x, point.y);
          await page.waitForTimeout(250);
          count(hover, await measure(page));
        }
      }
      await page.close();
    }
  }
  console.log(JSON.stringify({ articles: pages.length, pageViewsWithClaims: withClaims, keyboard, hover }));
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
