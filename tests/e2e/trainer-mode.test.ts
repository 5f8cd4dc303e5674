/**
 * Trainer mode (issue #7) in Chromium with the test build (.output/chrome-mv3-test): the popup's
 * "Trainer mode" switch makes the page show a legend and, in each claim card, why the claim
 * matched (pack, rule, cues in plain words); the side panel shows its legend and the same cue
 * lines; switching it off removes the page's legend. Everything in-page is read from inside our
 * shadow root. The popup and the side panel are opened as tabs with `?tabId=N`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_NAMES } from '../../utils/dom-names';
import { waitForScans } from '../../scripts/browser/annotations';
import { tabIdOf } from '../../scripts/browser/control';
import { useTestExtension } from './helpers/session';

const ARTICLE = 'annotated-article.html';

const session = useTestExtension();

/** The legend's pattern names, read inside the shadow root; null when there is no legend. */
function legendLabels(page: Page): Promise<string[] | null> {
  return page.evaluate((host) => {
    const legend = document.querySelector(host)?.shadowRoot?.querySelector('.legend');
    if (!legend) return null;
    return [...legend.querySelectorAll('li')].map((li) => li.querySelector('.legend-label')?.textContent ?? '');
  }, DOM_NAMES.hostElement);
}

/** The open card's "why this matched" lines, read inside the shadow root. */
function cardCueLines(page: Page): Promise<string[]> {
  return page.evaluate((host) => {
    const card = document.querySelector(host)?.shadowRoot?.querySelector('.card:not([hidden])');
    return card ? [...card.querySelectorAll('.trainer-why li')].map((li) => li.textContent ?? '') : [];
  }, DOM_NAMES.hostElement);
}

async function waitForLegend(page: Page, present: boolean): Promise<void> {
  await page.waitForFunction(
    ([host, present]) => !!document.querySelector(host)?.shadowRoot?.querySelector('.legend') === present,
    [DOM_NAMES.hostElement, present] as const,
    { timeout: 3_000, polling: 20 },
  );
}

test('trainer mode from the popup shows the legend and "why this matched" in the page and the side panel; off removes the page legend', async () => {
  const article = await session.ext.context.newPage();
  await article.goto(session.server.url(ARTICLE));
  await waitForScans(article);
  const tabId = await tabIdOf(session.control, session.server.url(ARTICLE));
  assert.equal(await legendLabels(article), null, 'no legend while trainer mode is off');

  const popup = await session.ext.openPage(`popup.html?tabId=${tabId}`);
  const trainer = popup.getByRole('switch', { name: 'Trainer mode' });
  await trainer.waitFor({ timeout: 5_000 });
  assert.equal(await trainer.getAttribute('aria-checked'), 'false');
  await trainer.click();
  await popup.waitForFunction(
    () => document.querySelector('#cp-trainer-switch')?.getAttribute('aria-checked') === 'true',
    undefined,
    { timeout: 3_000 },
  );

  // The page: a legend with every pattern, and the card spells out why its claim matched.
  await waitForLegend(article, true);
  assert.deepEqual(await legendLabels(article), [
    'Denial',
    'Counter-accusation',
    'Dismissal',
    'Misrepresented findings',
    'Deflection',
    'Blame shift',
  ]);
  await article.bringToFront();
  await article.keyboard.press('Alt+Shift+KeyJ');
  await article.waitForFunction(
    (host) => !!document.querySelector(host)?.shadowRoot?.querySelector('.card:not([hidden]) .trainer-why li'),
    DOM_NAMES.hostElement,
    { timeout: 3_000 },
  );
  const lines = await cardCueLines(article);
  console.log('card "why":', lines);
  assert.match(lines[0]!, /^Pack: \S/);
  assert.match(lines[1]!, /^Rule: \S/);
  assert.ok(
    lines.some((l) => /^Speaker: \S/.test(l)),
    'a speaker line',
  );
  assert.ok(
    lines.some((l) => /^Interference term: \S/.test(l)),
    'an interference-term line',
  );
  assert.ok(!lines.some((l) => /^Pack: [a-z0-9-]+$/.test(l)), 'the bundled pack is named by its title, not its id');

  // The side panel: its legend, and the same cue lines in the claim cards.
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  const legend = panel.getByRole('region', { name: 'Pattern legend' });
  await legend.waitFor({ timeout: 5_000 });
  assert.equal(await legend.getByRole('listitem').count(), 6);
  await panel.locator('[data-trainer-why] li').first().waitFor({ timeout: 5_000 });
  const panelLines = await panel.locator('[data-trainer-why]').first().locator('li').allInnerTexts();
  assert.match(panelLines[0]!, /^Pack: \S/);
  assert.ok(
    panelLines.some((l) => /^Speaker: \S/.test(l)),
    'a speaker line in the side panel',
  );

  // Off again, from the popup: the page's legend goes, the card loses its "why" block, the panel's legend goes.
  await popup.bringToFront();
  await trainer.click();
  await waitForLegend(article, false);
  assert.deepEqual(await cardCueLines(article), []);
  await legend.waitFor({ state: 'detached', timeout: 3_000 });
  await panel.close();
  await popup.close();
  await article.close();
});
