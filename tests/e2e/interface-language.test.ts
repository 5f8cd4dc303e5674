/**
 * The interface-language setting reaches the in-page UI, in Chromium with the test build
 * (.output/chrome-mv3-test): the options page's "Interface language" set to Russian turns an
 * open card and the pill of a page already annotated Russian without a reload (the background
 * stores the setting and sends `configChanged`; the scan config carries the language), a page
 * opened afterwards is Russian from its first scan, and "Automatic" brings the browser's
 * English back. Everything in-page is read inside our shadow root (CSS locators pierce it).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_NAMES } from '../../utils/dom-names';
import { waitForScans } from '../../scripts/browser/annotations';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../scripts/browser/server';

const ARTICLE = 'annotated-article.html';
const CARD = `${DOM_NAMES.hostElement} .card`;
const COUNT = `${DOM_NAMES.hostElement} .count`;

let ext: LoadedExtension;
let server: FixtureServer;
let options: Page;

before(async () => {
  server = await serveFixturePages();
  ext = await launchWithExtension('test');
  options = await ext.openPage('options.html');
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/** Picks a language in the options page, as a reader would; the page reloads itself to show it. */
async function chooseLanguage(value: 'auto' | 'en' | 'ru'): Promise<void> {
  await options.bringToFront();
  const select = options.getByRole('combobox', { name: /^Language/ });
  await select.waitFor({ timeout: 5_000 });
  await Promise.all([options.waitForEvent('load', { timeout: 5_000 }), select.selectOption(value)]);
}

/** Opens the article, waits for its first scan and opens the first claim's card from the keyboard. */
async function openArticleCard(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(ARTICLE));
  await waitForScans(page);
  await page.bringToFront();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await page.locator(CARD).waitFor({ state: 'visible', timeout: 3_000 });
  return page;
}

/** Waits until the open card's text contains `text` (the card is redrawn after a config push). */
async function waitForCardText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ([host, text]) =>
      (document.querySelector(host)?.shadowRoot?.querySelector('.card:not([hidden])')?.textContent ?? '').includes(
        text,
      ),
    [DOM_NAMES.hostElement, text] as const,
    { timeout: 5_000, polling: 50 },
  );
}

async function assertRussianCard(page: Page): Promise<void> {
  const card = page.locator(CARD);
  // textContent, not innerText: the card's headings are upper-cased by CSS only.
  const text = (await card.textContent()) ?? '';
  assert.match(text, /Отрицание · 1 из 3/, 'the pattern and position in Russian');
  assert.match(text, /Dmitry Peskov · 6 марта 2024/, 'the claim date written the Russian way');
  assert.match(text, /Официальные документы/);
  assert.match(text, /О выборах в США/, 'what the record answers, in Russian');
  assert.match(text, /Официальный источник/, 'links named in Russian');
  assert.doesNotMatch(
    text,
    /The official record|Open context|Allegation|more in the side panel/,
    'no English left in the card',
  );
  assert.ok(await card.getByRole('button', { name: 'Открыть контекст' }).isVisible());
  assert.equal(await card.locator('button.close').getAttribute('aria-label'), 'Закрыть (Escape)');
  assert.equal(await card.getAttribute('lang'), 'ru');
  assert.equal((await page.locator(COUNT).innerText()).trim(), '1 из 3 утверждений');
  assert.equal(
    await page.locator(`${DOM_NAMES.hostElement} .pill`).getAttribute('aria-label'),
    'Counterpoint: утверждения на странице',
  );
}

test('the interface language set to Russian in the options page turns the in-page card and pill Russian; Automatic brings English back', async () => {
  // The browser speaks English, and so does the page at first.
  const open = await openArticleCard();
  const before = (await open.locator(CARD).textContent()) ?? '';
  assert.match(before, /Denial · 1 of 3/);
  assert.match(before, /The official record/);
  assert.equal((await open.locator(COUNT).innerText()).trim(), '1 of 3 claims');

  // Russian, chosen while the page is open: the background pushes the change; the open card is redrawn.
  await chooseLanguage('ru');
  await waitForCardText(open, 'Официальные документы');
  await assertRussianCard(open);

  // A page opened now is Russian from its first scan.
  const fresh = await openArticleCard();
  await assertRussianCard(fresh);
  await fresh.close();

  // Automatic: the browser's language (English here) again, in the page still open.
  await chooseLanguage('auto');
  await waitForCardText(open, 'The official record');
  assert.match((await open.locator(CARD).textContent()) ?? '', /Denial · 1 of 3/);
  assert.equal((await open.locator(COUNT).innerText()).trim(), '1 of 3 claims');
  await open.close();
});
