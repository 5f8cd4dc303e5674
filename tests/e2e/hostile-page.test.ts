/**
 * A page that does not want Counterpoint, in Chromium with the test build: it must not learn
 * that the extension is there from messages we send it, and it must not be able to switch the
 * content script off, by re-dispatching WXT's "content script started" event, by defining our
 * host element's name with shadow roots disabled, or by removing the host element.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';
import { readHighlights, waitForScans } from '../../scripts/browser/annotations';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

const ARTICLE = 'annotated-article.html';
const LATE_DENIAL =
  '“We have never interfered in the elections of other countries,” Kremlin spokesman Dmitry Peskov said on Tuesday.';

let ext: LoadedExtension;
let server: FixtureServer;

before(async () => {
  server = await serveFixturePages();
  ext = await launchWithExtension('test');
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens the article with `script` run in the page before anything else. */
async function openHostile(script: () => void): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(script);
  await page.goto(server.url(ARTICLE));
  return page;
}

/** Every host element of ours in the page: the usual name, or the fallback one. */
const hosts = (page: Page) =>
  page.evaluate(
    (name) =>
      [...document.documentElement.children]
        .filter((e) => e.localName === name || e.localName.startsWith(`${name}-`))
        .map((e) => e.localName),
    DOM_NAMES.hostElement,
  );

async function addLateDenial(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'late-denial';
    p.textContent = text;
    document.querySelector('article')!.append(p);
  }, LATE_DENIAL);
  await page.waitForFunction(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].some((r) =>
        (r as Range).toString().includes('We have never interfered in the elections of other countries'),
      ),
    DOM_NAMES.denialHighlight,
    { timeout: 5_000 },
  );
}

test('the page receives no message from us, and re-dispatching WXT’s start event does not switch us off', async () => {
  const page = await openHostile(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await waitForScans(page);
  assert.deepEqual(
    await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen),
    [],
    'no postMessage reached the page',
  );
  const before = await readHighlights(page);
  assert.ok((before[DOM_NAMES.denialHighlight] ?? []).length > 0);

  // What WXT 0.21 sent, replayed by the page as a "newer copy" of our script.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
    window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
  }, ext.extensionId);
  await page.waitForTimeout(300);
  assert.deepEqual(await readHighlights(page), before, 'highlights stay');
  assert.deepEqual(await hosts(page), [DOM_NAMES.hostElement], 'the host stays');
  await addLateDenial(page); // and text added later is still scanned
  await page.close();
});

test('a page-defined <counterpoint-ui> with shadow roots disabled does not stop the scan or the card', async () => {
  const page = await openHostile(() => {
    customElements.define(
      'counterpoint-ui',
      class extends HTMLElement {
        static disabledFeatures = ['shadow'];
      },
    );
  });
  await waitForScans(page);
  assert.ok((await readHighlights(page))[DOM_NAMES.denialHighlight]?.[0]?.includes('We never interfered'));
  const names = await hosts(page);
  assert.equal(names.length, 1, JSON.stringify(names));
  assert.notEqual(names[0], DOM_NAMES.hostElement, 'our host took another name');
  assert.ok(names[0]!.startsWith(DOM_PREFIX));
  await page.keyboard.press('Alt+Shift+KeyJ');
  const card = page.locator(`${names[0]} .card`);
  await card.waitFor({ state: 'visible', timeout: 3_000 });
  assert.match((await card.textContent()) ?? '', /The official record/);
  await page.close();
});

test('a page that removes our host element gets it back, with its UI', async () => {
  const page = await openHostile(() => {});
  await waitForScans(page);
  await page.locator(`${DOM_NAMES.hostElement} .pill`).waitFor();
  await page.evaluate((name) => document.querySelector(name)!.remove(), DOM_NAMES.hostElement);
  await page.waitForFunction((name) => document.querySelector(name)?.isConnected === true, DOM_NAMES.hostElement, {
    timeout: 2_000,
  });
  assert.deepEqual(await hosts(page), [DOM_NAMES.hostElement]);
  assert.equal((await page.locator(`${DOM_NAMES.hostElement} .count`).innerText()).trim(), '3 claims');
  await addLateDenial(page);
  await page.close();
});
