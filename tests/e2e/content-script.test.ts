/**
 * The content script on a real page, in Chromium, with the test build (.output/chrome-mv3-test):
 * it runs, changes the page's DOM only by adding its one host element (the page has a claim), and
 * the background learns about the tab (seen through the side panel, which must also follow tab
 * switches and navigation). Annotation itself is tested in in-page-annotation.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';
import { waitForScans } from '../../scripts/browser/annotations';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

const PREFIX = DOM_PREFIX;
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

test('content script runs on a fixture page, adds only its host element to the DOM, and the background knows', async () => {
  const article = await ext.context.newPage();
  // The page's own observer, installed once the document is parsed and before the content
  // script (document_idle) runs: it records any node, attribute or text change we make.
  await article.addInitScript((prefix) => {
    const probe: Probe = { mutations: [] };
    (window as unknown as { __probe: Probe }).__probe = probe;
    document.addEventListener('DOMContentLoaded', () => {
      let ours = false;
      CSS.highlights.forEach((_h, key) => (ours ||= key.startsWith(prefix)));
      probe.highlightWhenObserverStarted = ours;
      new MutationObserver((records) => {
        for (const r of records) {
          const added = Array.from(r.addedNodes, (n) => n.nodeName.toLowerCase()).join(',');
          probe.mutations.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>${added ? ` +${added}` : ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, PREFIX);
  const url = server.url('basic-article.html');
  await article.goto(url);

  // 1. The page can see the content script's highlight of the article's one claim.
  await waitForScans(article);
  await article.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, DOM_NAMES.dismissalHighlight, {
    timeout: 5_000,
  });
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

  // 3. Nothing we did reached the page's DOM but our one host element.
  assert.deepEqual((await probe()).mutations, [`childList on <html> +${DOM_NAMES.hostElement}`]);

  // 4. Navigating away forgets the tab, and the side panel hears about it.
  await article.goto('about:blank');
  await panel.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
});
