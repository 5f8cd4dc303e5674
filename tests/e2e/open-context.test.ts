/**
 * Issue #15: "Open context" on an in-page card, and the popup's "Open side panel", reach the
 * side panel with that claim selected (in view and focused), whether the panel opens then or was
 * already open. In Chromium with the test build; the panel is the pop-out (`sidepanel.html?tabId=N`),
 * the popup `popup.html?tabId=N`, both opened as tabs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Finding } from '../../rules/types';
import { DOM_NAMES } from '../../utils/dom-names';
import { waitForCardNumber, waitForScans } from '../../scripts/browser/annotations';
import { ask, tabIdOf } from '../../scripts/browser/control';
import { useTestExtension } from './helpers/session';

const CARD = `${DOM_NAMES.hostElement} .card`;
const session = useTestExtension();

async function openArticle(name: string): Promise<{ page: Page; tabId: number; findings: Finding[] }> {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url(name));
  await waitForScans(page);
  const tabId = await tabIdOf(session.control, session.server.url(name));
  for (let i = 0; i < 50; i++) {
    const tab = await ask(session.control, 'getTabFindings', tabId);
    if (tab.state === 'scanned' && tab.findings.length > 0) return { page, tabId, findings: tab.findings };
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no findings reported for ${name}`);
}

/** Opens claim `n` (1-based) on the page from the keyboard. */
async function openCard(page: Page, n: number): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  for (let i = 0; i < n; i++) await page.keyboard.press('Alt+Shift+KeyJ');
  await waitForCardNumber(page, n);
}

/** Waits until the panel shows `id` selected and focused. */
async function expectSelected(panel: Page, id: string, what: string): Promise<void> {
  try {
    await panel.waitForFunction(
      (id) =>
        document.querySelector('[data-selected]')?.getAttribute('data-finding') === id &&
        document.activeElement?.getAttribute('data-claim-button') === id,
      id,
      { timeout: 5_000 },
    );
  } catch {
    const state = await panel.evaluate(() => ({
      selected: document.querySelector('[data-selected]')?.getAttribute('data-finding'),
      focused: document.activeElement?.getAttribute('data-claim-button'),
    }));
    assert.fail(`${what}: expected ${id} selected and focused, got ${JSON.stringify(state)}`);
  }
  const inView = await panel.evaluate((id) => {
    const r = document.querySelector(`[data-finding="${CSS.escape(id)}"]`)!.getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  }, id);
  assert.ok(inView, `${what}: the selected claim is scrolled into view`);
}

test('"Open context" on a card: a panel opened afterwards shows that claim selected', async () => {
  const { page, tabId, findings } = await openArticle('long-claims-3.html');
  assert.equal(findings.length, 4);
  await openCard(page, 3);
  await page.locator(CARD).getByRole('button', { name: 'Open context' }).click();
  // The background parks the finding for the tab whether or not the browser let the panel open
  // in this headless run; a panel opening for the tab now picks it up. The card is closed first,
  // so the panel cannot get the claim by asking the page which card is open (getOpenFinding):
  // only the parked finding can select it.
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () =>
      (document.querySelector('counterpoint-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.hidden ===
      true,
  );
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 360, height: 500 });
  await expectSelected(panel, findings[2]!.id, 'panel opened after Open context');
  // Taken once: reopening the panel with no card open on the page selects nothing special.
  await panel.close();
  const again = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await again.locator('article.cp-claim').first().waitFor();
  await again.waitForTimeout(300);
  assert.equal(await again.locator('[data-selected]').count(), 0, 'no claim selected the second time');
  await again.close();
  await page.close();
});

test('"Open context" on a card: a panel already open selects that claim', async () => {
  const { page, tabId, findings } = await openArticle('long-claims-3.html');
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 360, height: 400 });
  await panel.locator('article.cp-claim').nth(3).waitFor();
  for (const n of [4, 2]) {
    await openCard(page, n);
    await page.locator(CARD).getByRole('button', { name: 'Open context' }).click();
    await expectSelected(panel, findings[n - 1]!.id, `open panel, Open context on claim ${n}`);
  }
  await panel.close();
  await page.close();
});

test('the popup\'s "Open side panel" selects the claim whose card is open on the page', async () => {
  const { page, tabId, findings } = await openArticle('long-claims-3.html');
  // A panel opening fresh asks the page which card is open.
  await openCard(page, 2);
  const fresh = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await expectSelected(fresh, findings[1]!.id, 'panel opened while card 2 is open');
  // A panel already open is told by the popup.
  await openCard(page, 4);
  const popup = await session.ext.openPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await expectSelected(fresh, findings[3]!.id, 'popup Open side panel while card 4 is open');
  await fresh.close();
  if (!popup.isClosed()) await popup.close();
  await page.close();
});
