/**
 * axe-core on the side panel (with claims on it) and the popup, in the light and the dark
 * theme: no violations. axe is injected from node_modules into the extension page (dev
 * dependency only; nothing of it ships).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitForScans } from '../../scripts/browser/annotations';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

declare const chrome: { tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> } };
declare const axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: LoadedExtension;
let server: FixtureServer;
let tabId: number;

before(async () => {
  server = await serveFixturePages();
  ext = await launchWithExtension('test');
  const article = await ext.context.newPage();
  await article.goto(server.url('annotated-article.html'));
  await waitForScans(article);
  const control = await ext.openPage('options.html');
  const id = await control.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    server.url('annotated-article.html'),
  );
  await control.close();
  assert.ok(id != null);
  tabId = id;
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * Opens an extension page whose CSP (script-src 'self') would refuse axe as an inline script:
 * DevTools' Page.setBypassCSP lets the test inject it, for this tab only.
 */
async function openForAxe(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

async function violations(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() => axe.run());
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`side panel with three claims: no axe violations (${scheme} theme)`, async () => {
    const panel = await openForAxe(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForFunction(() => document.querySelectorAll('article.cp-claim').length === 3, undefined, {
      timeout: 5_000,
    });
    assert.deepEqual(await violations(panel, scheme), []);
    // Folded record and the page at 320 px wide: still nothing to report, and no sideways scrolling.
    await panel.setViewportSize({ width: 320, height: 640 });
    await panel.locator('.cp-disclosure').first().click();
    assert.equal(await panel.locator('.cp-disclosure').first().getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await violations(panel, scheme), []);
    assert.ok(
      await panel.evaluate(() => document.documentElement.scrollWidth <= 320),
      'no horizontal scroll at 320 px',
    );
    await panel.close();
  });

  test(`popup: no axe violations (${scheme} theme)`, async () => {
    const popup = await openForAxe(`popup.html?tabId=${tabId}`);
    await popup.locator('[data-state="scanned"]').waitFor({ timeout: 5_000 });
    assert.deepEqual(await violations(popup, scheme), []);
    await popup.close();
  });
}
