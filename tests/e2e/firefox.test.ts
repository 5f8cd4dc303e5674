/**
 * The browser tests that matter, in Firefox ESR on the shipped Firefox build (.output/firefox-mv2,
 * npm run build:firefox): highlights with the page's DOM untouched, the hover card, the side
 * panel (Firefox's sidebar page, opened as a tab) and the options page's pack switch.
 * How Firefox is launched and the fixtures served as a news site: helpers/firefox.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { BUNDLED_PACKS } from '../../rules/index';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';
import { askFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

const ARTICLE = 'annotated-article.html';
const CORE = BUNDLED_PACKS[0]!;

let ff: FirefoxWithExtension;
let server: FixtureServer;

before(async () => {
  server = await serveFixturePages();
  ff = await launchFirefoxWithExtension(Number(new URL(server.origin).port));
});
after(async () => {
  await ff?.close();
  await server?.close();
});

/** Highlight name → texts of its ranges, ours only. */
function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith(prefix)) out[name] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    });
    return out;
  }, DOM_PREFIX);
}

const denials = (page: Page) => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, DOM_NAMES.denialHighlight);

/**
 * Polls from Node: a page in a background tab (the article, while the options page is in front)
 * gets its timers throttled, so a waitForFunction inside it can miss its deadline.
 */
async function waitForDenials(page: Page, want: 'none' | 'some' | number, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await denials(page);
    if (want === 'some' ? n > 0 : want === 'none' ? n === 0 : n === want) return;
    if (Date.now() > deadline) throw new Error(`denial highlights: ${n}, wanted ${want} within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Opens the article with the page's own MutationObserver started before the extension runs. */
async function openWithProbe(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = seen;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const added = Array.from(r.addedNodes, (n) => n.nodeName.toLowerCase()).join(',');
          seen.push(`${r.type} on <${r.target.nodeName.toLowerCase()}> +[${added}]`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto(ff.fixtureUrl(ARTICLE));
  await waitForDenials(page, 'some', 15_000);
  return page;
}

test('Firefox: every claim is highlighted under its pattern, and the page DOM gains only our host element', async () => {
  const page = await openWithProbe();
  const paint = await painted(page);
  assert.ok(
    paint[DOM_NAMES.denialHighlight]?.[0]?.includes('We never interfered in elections in the United States'),
    JSON.stringify(paint),
  );
  assert.ok(
    paint[DOM_NAMES.counterAccusationHighlight]?.[0]?.includes('it is the United States that interferes'),
    JSON.stringify(paint),
  );
  assert.ok(paint[DOM_NAMES.dismissalHighlight]?.[0]?.includes('outright speculations'), JSON.stringify(paint));
  await page.waitForSelector(DOM_NAMES.hostElement);
  const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
  assert.deepEqual(mutations, [`childList on <html> +[${DOM_NAMES.hostElement}]`]);
  await page.click('#page-button');
  await page.click('#page-button');
  assert.equal(await page.$eval('#page-button', (b) => b.textContent), 'Show 2 more updates');
  await page.close();
});

test('Firefox: hovering a claim opens its card with the speaker and the record', async () => {
  const page = await openWithProbe();
  const point = await page.evaluate((name) => {
    const range = [...CSS.highlights.get(name)!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
  }, DOM_NAMES.denialHighlight);
  await page.mouse.move(point.x, point.y);
  const cardText = () =>
    page.evaluate((host) => {
      const card = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.card');
      return card && !card.hidden && card.getClientRects().length > 0 ? card.textContent : null;
    }, DOM_NAMES.hostElement);
  await page.waitForFunction(
    (host) => {
      const card = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!card && !card.hidden && card.getClientRects().length > 0;
    },
    { timeout: 5_000 },
    DOM_NAMES.hostElement,
  );
  const text = (await cardText()) ?? '';
  assert.match(text, /Denial · 1 of 3/);
  assert.match(text, /Dmitry Peskov/);
  assert.match(text, /The official record/);
  assert.match(text, /Intelligence assessment/);
  await page.close();
});

test('Firefox: the side panel page lists the tab’s claims with their speakers', async () => {
  const page = await openWithProbe();
  const control = await ff.openPage('options.html');
  // Firefox shows tab URLs only with the "tabs" permission, which we do not ask for: find the
  // tab through what the background recorded for it.
  const tabIds = await control.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .browser;
    return (await api.tabs.query({})).map((t) => t.id);
  });
  // The page paints before it reports to the background (#14): allow the report a moment to arrive.
  let tabId: number | undefined;
  for (let i = 0; i < 50 && tabId == null; i++) {
    for (const id of tabIds)
      if (
        id != null &&
        (await askFirefox<{ url?: string }>(control, 'getTabFindings', id)).url === ff.fixtureUrl(ARTICLE)
      )
        tabId = id;
    if (tabId == null) await new Promise((done) => setTimeout(done, 100));
  }
  assert.ok(tabId != null, 'the article tab is found');
  const panel = await ff.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.waitForFunction(() => document.querySelectorAll('article.cp-claim').length === 3, { timeout: 5_000 });
  const text = await panel.$eval('[data-state="scanned"]', (el) => (el as HTMLElement).innerText);
  assert.match(text, /3 claims on this page/);
  const speakers = await panel.$$eval('article.cp-claim .cp-speaker', (els) => els.map((e) => e.textContent));
  assert.ok(speakers.includes('Dmitry Peskov'), JSON.stringify(speakers));
  const tab = await askFirefox<{ state: string; findings: unknown[] }>(control, 'getTabFindings', tabId);
  assert.equal(tab.state, 'scanned');
  assert.equal(tab.findings.length, 3);
  await panel.close();
  await control.close();
  await page.close();
});

test('Firefox: the options page’s core pack switch clears its highlights on an open page, and on again restores them', async () => {
  const page = await openWithProbe();
  const before = await denials(page);
  const options = await ff.openPage('options.html');
  await options.waitForFunction(
    (title) => [...document.querySelectorAll('[role="switch"]')].some((b) => b.textContent?.trim() === title),
    { timeout: 5_000 },
    CORE.title,
  );
  const switches = await options.$$('[role="switch"]');
  const labels = await Promise.all(switches.map((b) => b.evaluate((el) => el.textContent?.trim())));
  const core = switches[labels.indexOf(CORE.title)]!;
  assert.equal(await core.evaluate((el) => el.getAttribute('aria-checked')), 'true');
  await core.click();
  await waitForDenials(page, 'none', 2_000);
  await core.click();
  await waitForDenials(page, before, 2_000);
  await options.close();
  await page.close();
});

test('Firefox: the page receives no message from us, and a forged WXT start event does not switch us off', async () => {
  const page = await ff.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await page.goto(ff.fixtureUrl(ARTICLE));
  await waitForDenials(page, 'some', 15_000);
  assert.deepEqual(
    await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen),
    [],
    'no postMessage reached the page',
  );
  const before = await painted(page);
  await page.evaluate(() => {
    const type = 'counterpoint@counterpoint.invalid:content:wxt:content-script-started';
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  });
  await new Promise((done) => setTimeout(done, 300));
  assert.deepEqual(await painted(page), before, 'highlights stay');
  // Text added later is still scanned.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent =
      '“We have never interfered in the elections of other countries,” Kremlin spokesman Dmitry Peskov said on Tuesday.';
    document.querySelector('article')!.append(p);
  });
  const deadline = Date.now() + 5_000;
  while (
    !((await painted(page))[DOM_NAMES.denialHighlight] ?? []).some((t) => t.includes('elections of other countries'))
  ) {
    if (Date.now() > deadline) assert.fail('the added denial was not highlighted');
    await new Promise((done) => setTimeout(done, 50));
  }
  await page.close();
});
