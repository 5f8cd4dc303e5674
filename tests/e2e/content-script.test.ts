/**
 * The content script on a real page, in Chromium, with the test build (.output/chrome-mv3-test):
 * it runs, leaves the page's DOM untouched, and the background learns about the tab (seen
 * through the side panel, which must also follow tab switches and navigation).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DOM_NAMES } from '../../utils/dom-names';
import { launchWithExtension, type LoadedExtension } from './helpers/browser';
import { serveFixturePages, type FixtureServer } from './helpers/server';

const HIGHLIGHT = DOM_NAMES.findingHighlight;
const ARTICLE_TITLE = 'Officials dismiss report on foreign influence campaign | The Daily Ledger';

interface Probe {
  mutations: string[];
  highlightWhenObserverStarted?: boolean;
}

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

test('content script runs on a fixture page without changing its DOM, and the background knows', async () => {
  const article = await ext.context.newPage();
  // The page's own observer, installed once the document is parsed and before the content
  // script (document_idle) runs: it records any node, attribute or text change we make.
  await article.addInitScript((name) => {
    const probe: Probe = { mutations: [] };
    (window as unknown as { __probe: Probe }).__probe = probe;
    document.addEventListener('DOMContentLoaded', () => {
      probe.highlightWhenObserverStarted = CSS.highlights.has(name);
      new MutationObserver((records) => {
        for (const r of records) probe.mutations.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, HIGHLIGHT);
  const url = server.url('basic-article.html');
  await article.goto(url);

  // 1. The page can see the content script's highlight registration.
  await article.waitForFunction((name) => CSS.highlights.has(name), HIGHLIGHT, { timeout: 10_000 });
  const probe = () => article.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  assert.equal((await probe()).highlightWhenObserverStarted, false, 'observer must start before the extension runs');

  // 2. The background knows: the side panel (opened as a tab, so it starts on itself) follows
  //    the switch back to the article and shows it as scanned.
  const panel = await ext.openPage('sidepanel.html');
  await panel.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
  await article.bringToFront();
  const scanned = panel.locator('[data-state="scanned"]');
  await scanned.waitFor({ timeout: 5_000 });
  const text = await scanned.innerText();
  assert.match(text, /Scanned\./);
  assert.ok(text.includes(ARTICLE_TITLE), `side panel names the article: ${text}`);
  assert.ok(text.includes(url), `side panel shows the article URL: ${text}`);

  // 3. Nothing we did reached the page's DOM.
  assert.deepEqual((await probe()).mutations, []);

  // 4. Navigating away forgets the tab, and the side panel hears about it.
  await article.goto('about:blank');
  await panel.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
});
