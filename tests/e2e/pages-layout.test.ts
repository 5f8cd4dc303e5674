/**
 * Issue #15: the gallery, the quiz and the options page at 400, 800 and 1280 px, light and dark:
 * axe-core finds no violation, nothing is wider than the window, and under 800 px the gallery
 * and the quiz stack into one column (navigation, article and side column one under another).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';

declare const axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [400, 800, 1280];
const PAGES = [
  'gallery.html#/article/kremlin-rejects',
  'gallery.html#/pattern/denial',
  'quiz.html#/kremlin-rejects',
  'options.html',
];

let ext: LoadedExtension;
before(async () => {
  ext = await launchWithExtension('test');
});
after(async () => {
  await ext?.close();
});

async function openForAxe(path: string, width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.locator('main').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main[data-state="loading"]'));
  return page;
}

for (const path of PAGES) {
  test(`${path}: no axe violation, nothing wider than the window, at ${WIDTHS.join(', ')} px, light and dark`, async () => {
    for (const width of WIDTHS) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await openForAxe(path, width, scheme);
        if (path.startsWith('options')) await page.locator('[data-pack-id]').first().waitFor();
        await page.addScriptTag({ content: AXE_SOURCE });
        const result = await page.evaluate(() => axe.run());
        const found = result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
        );
        assert.deepEqual(found, [], `${path} at ${width}px (${scheme})`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 1, `${path} at ${width}px scrolls sideways by ${overflow}px`);
        await page.close();
      }
    }
  });
}

test('gallery and quiz: one column under 800 px, columns side by side from 800 px', async () => {
  for (const path of ['gallery.html#/article/kremlin-rejects', 'quiz.html#/kremlin-rejects']) {
    for (const [width, columns] of [
      [400, 1],
      [799, 1],
      [1280, 3],
    ] as const) {
      const page = await openForAxe(path, width, 'light');
      const boxes = await page.evaluate(() =>
        ['.gallery > nav', '.gallery > main', '.gallery > aside']
          .map((sel) => document.querySelector(sel)!.getBoundingClientRect())
          .map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) })),
      );
      const distinctLefts = new Set(boxes.map((b) => b.left)).size;
      assert.equal(distinctLefts, columns, `${path} at ${width}px: ${JSON.stringify(boxes)}`);
      if (columns === 1) {
        assert.ok(
          boxes[0]!.top < boxes[1]!.top && boxes[1]!.top < boxes[2]!.top,
          'navigation, then the article, then the side column',
        );
        const text = await page.evaluate(() =>
          parseFloat(getComputedStyle(document.querySelector('.gallery-article p')!).fontSize),
        );
        assert.ok(text >= 15, `article text ${text}px at ${width}px`);
      }
      await page.close();
    }
  }
});
