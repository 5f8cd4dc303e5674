/**
 * The production build (.output/chrome-mv3) as a user installs it: the service worker starts,
 * the manifest is what Chrome needs for the side panel, and each extension page renders its
 * UI without errors.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';

let ext: LoadedExtension;

before(async () => {
  ext = await launchWithExtension('production');
});
after(async () => {
  await ext?.close();
});

/** Opens an extension page as a tab, failing the test on any uncaught error in it. */
async function openWithoutErrors(path: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  ext.context.once('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  });
  const page = await ext.openPage(path);
  await page.getByRole('heading', { name: 'Counterpoint', exact: true }).waitFor({ timeout: 5_000 });
  return { page, errors };
}

test('service worker runs and the manifest is MV3 with a side panel', () => {
  assert.match(ext.extensionId, /^[a-p]{32}$/);
  const m = ext.manifest as {
    manifest_version: number;
    side_panel?: { default_path: string };
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { matches: string[] }[];
  };
  assert.equal(m.manifest_version, 3);
  assert.equal(m.side_panel?.default_path, 'sidepanel.html');
  assert.ok(m.permissions?.includes('sidePanel'));
  const matches = (m.content_scripts ?? []).flatMap((s) => s.matches);
  assert.ok(matches.length > 0, 'a content script is declared');
  assert.ok(!matches.some((p) => p.includes('127.0.0.1')), 'test-only match patterns stay out of production');
  assert.ok(!(m.host_permissions ?? []).some((p) => p.includes('127.0.0.1')));
});

test('side panel renders the active tab status', async () => {
  const { page, errors } = await openWithoutErrors('sidepanel.html');
  await page.getByText('This tab').waitFor();
  // The panel is itself the active tab here: an extension page is never scanned.
  await page.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
  assert.deepEqual(errors, []);
});

test('popup renders status, the side panel button and the options link', async () => {
  const { page, errors } = await openWithoutErrors('popup.html');
  await page.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
  assert.ok(await page.getByRole('button', { name: 'Open side panel' }).isEnabled());
  assert.equal(
    await page.getByRole('link', { name: 'Options' }).getAttribute('href'),
    `chrome-extension://${ext.extensionId}/options.html`,
  );
  assert.deepEqual(errors, []);
});

test('options page shows the version and the privacy promise', async () => {
  const { page, errors } = await openWithoutErrors('options.html');
  const text = await page.locator('main').innerText();
  assert.match(text, /Version 0\.1\.0/);
  assert.match(text, /Page text never leaves your device/);
  assert.deepEqual(errors, []);
});
