/**
 * `npm run screenshots`: pictures for the README, taken from the built extension the way the
 * browser tests drive it (system Chromium, playwright-core, the test build on a local fixture
 * page), so they stay current: run it after a UI change and commit the PNGs.
 *
 * Writes docs/screenshots/card.png (a claim's card on a news-like page), sidepanel.png (the side
 * panel on that page, the claim selected) and gallery.png (the demo gallery). Needs
 * `npm run build:test` first.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser/browser';
import { ask, tabIdOf } from './browser/control';
import { serveFixturePages } from './browser/server';
import { waitForScans } from './browser/annotations';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const ARTICLE = 'long-claims-1.html';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixturePages();
  const ext = await launchWithExtension('test');
  try {
    const control = await ext.openPage('options.html');

    // The card, opened from the keyboard on the article's first claim.
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.goto(server.url(ARTICLE));
    await waitForScans(page);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.locator('counterpoint-ui .card').waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, 'card.png') });

    // The side panel for that tab (the pop-out), with the claim whose card is open selected.
    const tabId = await tabIdOf(control, server.url(ARTICLE));
    for (let i = 0; i < 50 && (await ask(control, 'getTabFindings', tabId)).state !== 'scanned'; i++)
      await new Promise((done) => setTimeout(done, 50));
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('article.cp-claim[data-selected]').waitFor();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(OUT, 'sidepanel.png') });

    // The demo gallery on a sample article.
    const gallery = await ext.context.newPage();
    await gallery.setViewportSize({ width: 1280, height: 820 });
    await gallery.goto(`chrome-extension://${ext.extensionId}/gallery.html#/article/kremlin-rejects`);
    await gallery.locator('main[data-state="ready"]').waitFor();
    await gallery.screenshot({ path: join(OUT, 'gallery.png') });

    console.log(`wrote card.png, sidepanel.png and gallery.png to ${OUT}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

await main();
