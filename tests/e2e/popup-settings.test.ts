/**
 * The popup against a real page, in Chromium, with the test build (.output/chrome-mv3-test):
 * the toolbar badge counts the findings, switching the site off or pausing clears the page's
 * highlights within a second (and switching back restores them), and "Scan this page" brings
 * the content script to a page off the list. The popup is opened as a tab with `?tabId=N`,
 * which is how a real popup would see that tab.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_PREFIX } from '../../utils/dom-names';
import { NEWS_SITE_MATCHES } from '../../utils/news-sites';
import { ask, tabIdOf } from '../../scripts/browser/control';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

const ARTICLE = 'claims-article.html';

/** The part of the extension API these tests call inside an extension page (page.evaluate). */
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

let ext: LoadedExtension;
let server: FixtureServer;
/** An extension page used to ask the background and read the badge, as the popup would. */
let control: Page;

before(async () => {
  server = await serveFixturePages(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension('test');
  control = await ext.openPage('options.html');
});
after(async () => {
  await ext?.close();
  await server?.close();
});

const badgeOf = (tabId: number) => control.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);

/** Ranges in every highlight whose name is ours, as the page sees them. */
function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let n = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith(prefix)) n += highlight.size;
    });
    return n;
  }, DOM_PREFIX);
}

async function waitForRanges(page: Page, test: 'none' | 'some', timeout: number): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(
    ([prefix, test]) => {
      let n = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith(prefix)) n += highlight.size;
      });
      return test === 'none' ? n === 0 : n > 0;
    },
    [DOM_PREFIX, test] as const,
    { timeout, polling: 20 },
  );
  return Date.now() - started;
}

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await ext.openPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { name: 'Counterpoint', exact: true }).waitFor({ timeout: 5_000 });
  return popup;
}

test('badge counts the findings; site off and pause clear the highlights within a second, and back on restores them', async () => {
  const article = await ext.context.newPage();
  await article.goto(server.url(ARTICLE));
  const tabId = await tabIdOf(control, server.url(ARTICLE));

  // The content script scanned the page and reported; badge and popup agree with the background.
  await waitForRanges(article, 'some', 10_000);
  const popup = await openPopupFor(tabId);
  await popup.locator('[data-state="scanned"]').waitFor({ timeout: 5_000 });
  const found = await ask(control, 'getTabFindings', tabId);
  assert.equal(found.state, 'scanned');
  assert.ok(found.findings.length > 0, 'the article has claims');
  assert.equal(await badgeOf(tabId), String(found.findings.length));
  assert.match(
    await popup.locator('[data-state="scanned"]').innerText(),
    new RegExp(`${found.findings.length} claims on this page`),
  );

  // This site off: the page clears at once, the badge empties, the background says why.
  const site = popup.getByRole('switch', { name: 'On 127.0.0.1' });
  assert.equal(await site.getAttribute('aria-checked'), 'true');
  await site.click();
  const offMs = await waitForRanges(article, 'none', 1_000);
  console.log(`site off → highlights cleared in ${offMs} ms`);
  await popup.locator('[data-state="site-off"]').waitFor({ timeout: 2_000 });
  assert.equal(await site.getAttribute('aria-checked'), 'false');
  assert.equal(await badgeOf(tabId), '');
  assert.deepEqual(await ask(control, 'getScanConfig', { url: server.url(ARTICLE), title: '' }), {
    enabled: false,
    reason: 'site-off',
  });
  // The options page (open as the control page) lists the site among those switched off.
  await control.locator('.cp-sites-off li', { hasText: '127.0.0.1' }).waitFor({ timeout: 2_000 });

  // Back on: the page rescans without a reload.
  await site.click();
  const onMs = await waitForRanges(article, 'some', 2_000);
  console.log(`site on → highlights back in ${onMs} ms`);
  await popup.locator('[data-state="scanned"]').waitFor({ timeout: 2_000 });
  assert.equal(await badgeOf(tabId), String(found.findings.length));
  await control.locator('.cp-sites-off').waitFor({ state: 'detached', timeout: 2_000 });

  // Pause, keyboard only: focus the switch and press Space.
  const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
  await pause.focus();
  await popup.keyboard.press('Space');
  const pauseMs = await waitForRanges(article, 'none', 1_000);
  console.log(`pause → highlights cleared in ${pauseMs} ms`);
  await popup.locator('[data-state="paused"]').waitFor({ timeout: 2_000 });
  assert.equal(await pause.getAttribute('aria-checked'), 'true');
  assert.equal(await badgeOf(tabId), '');

  await popup.keyboard.press('Enter');
  await waitForRanges(article, 'some', 2_000);
  // The switch renders from a Dexie live query, which may settle just after the page repaints.
  await popup.locator('[data-state="scanned"]').waitFor({ timeout: 2_000 });
  for (let i = 0; i < 40 && (await pause.getAttribute('aria-checked')) !== 'false'; i++)
    await new Promise((done) => setTimeout(done, 50));
  assert.equal(await pause.getAttribute('aria-checked'), 'false');
  assert.equal((await highlightedRanges(article)) > 0, true);
  await popup.close();
  await article.close();
});

test("a tab's findings survive the service worker being stopped (storage.session)", async () => {
  const article = await ext.context.newPage();
  await article.goto(server.url(ARTICLE));
  const tabId = await tabIdOf(control, server.url(ARTICLE));
  await waitForRanges(article, 'some', 10_000);
  // The page paints its highlights before it reports them to the worker (#14): wait for the report.
  let before = await ask(control, 'getTabFindings', tabId);
  for (let i = 0; i < 100 && before.state !== 'scanned'; i++) {
    await new Promise((done) => setTimeout(done, 50));
    before = await ask(control, 'getTabFindings', tabId);
  }
  assert.equal(before.state, 'scanned');
  assert.ok(before.findings.length > 0);

  // What Chrome does to an idle MV3 worker: stop it. The next message starts a fresh one.
  const [old] = ext.context.serviceWorkers();
  assert.ok(old);
  await old.evaluate(() => ((globalThis as { __old?: boolean }).__old = true));
  const cdp = await ext.context.newCDPSession(control);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
  assert.ok(target, 'the extension worker is a CDP target');
  assert.ok((await cdp.send('Target.closeTarget', { targetId: target.targetId })).success);
  await cdp.detach();

  const after = await ask(control, 'getTabFindings', tabId);
  // The worker's globals are gone: a fresh worker (same target) answered, from storage.session.
  const now = ext.context.serviceWorkers()[0];
  assert.ok(now);
  assert.equal(await now.evaluate(() => (globalThis as { __old?: boolean }).__old), undefined, 'the worker restarted');
  assert.equal(after.state, 'scanned');
  assert.deepEqual(
    after.findings.map((f) => f.id),
    before.findings.map((f) => f.id),
  );
  await article.close();
});

test('"Scan this page" runs the content script on a page that is not on the list', async () => {
  // The test build lists 127.0.0.1; the same page under "localhost" is off the list.
  const url = server.url(ARTICLE).replace('127.0.0.1', 'localhost');
  const article = await ext.context.newPage();
  await article.goto(url);
  const tabId = await tabIdOf(control, url);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await highlightedRanges(article), 0, 'nothing runs on an unlisted page by itself');
  assert.equal((await ask(control, 'getTabFindings', tabId)).state, 'not-scanned');

  const popup = await openPopupFor(tabId);
  await popup.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
  assert.match(await popup.locator('[data-state="not-scanned"]').innerText(), /not on Counterpoint’s news list/);
  await popup.getByRole('button', { name: 'Scan this page' }).click();

  await waitForRanges(article, 'some', 5_000);
  await popup.locator('[data-state="scanned"]').waitFor({ timeout: 5_000 });
  const found = await ask(control, 'getTabFindings', tabId);
  assert.ok(found.findings.length > 0);
  assert.equal(await badgeOf(tabId), String(found.findings.length));
  assert.equal(
    await popup.getByRole('button', { name: 'Scan this page' }).count(),
    0,
    'the button goes once the page is scanned',
  );
  await popup.close();
  await article.close();
});

test("manifest: the news-site list is the content script's matches; all sites is optional only", () => {
  const m = ext.manifest as {
    permissions: string[];
    optional_host_permissions?: string[];
    host_permissions?: string[];
    content_scripts: { matches: string[] }[];
  };
  assert.deepEqual(m.content_scripts[0]?.matches, [...NEWS_SITE_MATCHES, 'http://127.0.0.1/*']);
  assert.ok(m.permissions.includes('activeTab') && m.permissions.includes('scripting'));
  assert.deepEqual(m.optional_host_permissions, ['<all_urls>']);
  assert.ok(!(m.host_permissions ?? []).includes('<all_urls>'));
});

test('options page: "Run on all sites" is an accessible switch, off until the permission is granted', async () => {
  const all = control.getByRole('switch', { name: 'Run on all sites' });
  await all.waitFor({ timeout: 5_000 });
  await control.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#cp-all-sites')?.disabled);
  assert.equal(await all.getAttribute('aria-checked'), 'false');
  assert.match((await control.locator('#cp-all-sites-description').innerText()) ?? '', /never leaves your device/);
});
