/**
 * The side panel against real pages, in Chromium, with the test build (.output/chrome-mv3-test).
 * The panel is opened as a tab: `sidepanel.html?tabId=N` (the pop-out) for a given tab, or
 * `sidepanel.html` to follow the active tab. It lists the claims with the record, shows a claim
 * on the page when clicked, keeps up with late content and navigation, and shows "off" when
 * the popup switches the site off.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';
import type { Finding } from '../../rules/types';
import { assessmentLinks } from '../../rules/present/index';
import { waitForScans } from '../../scripts/browser/annotations';
import { ask, tabIdOf } from '../../scripts/browser/control';
import { useTestExtension } from './helpers/session';

const session = useTestExtension();

/** Opens a fixture page, waits for its first scan, and returns it with its tab id and findings. */
async function openArticle(name: string): Promise<{ page: Page; tabId: number; findings: Finding[] }> {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url(name));
  await waitForScans(page);
  const tabId = await tabIdOf(session.control, session.server.url(name));
  // The report reaches the background just after the scan's measure is set.
  for (let i = 0; i < 50; i++) {
    const tab = await ask(session.control, 'getTabFindings', tabId);
    if (tab.state === 'scanned' && tab.findings.length > 0) return { page, tabId, findings: tab.findings };
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no findings reported for ${name}`);
}

function ourRanges(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let n = 0;
    CSS.highlights.forEach((h, name) => name.startsWith(prefix) && (n += h.size));
    return n;
  }, DOM_PREFIX);
}

test('pop-out lists the claims with speakers, dates, the record in date order with links, and a timeline', async () => {
  const { page, tabId, findings } = await openArticle('annotated-article.html');
  assert.equal(findings.length, 3, 'the fixture has three claims');
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-state="scanned"]').waitFor({ timeout: 5_000 });
  assert.match(await panel.locator('[data-state="scanned"]').innerText(), /Washington and Moscow trade words/);
  assert.match(await panel.locator('[data-state="scanned"]').innerText(), /3 claims on this page/);
  const cards = panel.locator('article.cp-claim');
  assert.equal(await cards.count(), 3);
  assert.equal(
    await panel.getByRole('heading', { level: 2 }).count(),
    3 + 2,
    'one h2 per claim, plus "This tab" and the exports',
  );

  for (const [i, f] of findings.entries()) {
    const card = cards.nth(i);
    assert.equal(await card.getAttribute('data-finding'), f.id);
    assert.ok((await card.locator('.cp-claim-text').innerText()).includes(f.text));
    if (f.speaker) assert.equal(await card.locator('.cp-speaker').innerText(), f.speaker);
    assert.equal(await card.locator('.cp-claim-date').getAttribute('datetime'), f.claimDate);
    assert.match(await card.locator('.cp-claim-date').innerText(), /2024/);
    // The record: same assessments in the engine's order (most relevant first), and what they answer.
    const items = card.locator('li[data-assessment]');
    assert.deepEqual(
      await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-assessment'))),
      f.assessments.map((a) => a.id),
    );
    assert.match(await card.locator('.cp-scope').first().innerText(), /^About /);
    assert.ok(f.assessments.length > 0);
    for (const [j, a] of f.assessments.entries()) {
      const hrefs = await items
        .nth(j)
        .locator('a')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('href'), e.getAttribute('target'), e.getAttribute('rel')]),
        );
      const expected = assessmentLinks(a).map((l) => [l.href, '_blank', 'noopener noreferrer']);
      assert.deepEqual(hrefs, expected, `links of ${a.id}`);
      if (expected.length === 0) assert.match(await items.nth(j).innerText(), /unverified/);
      if (a.allegation) assert.match(await items.nth(j).innerText(), /Allegation/);
    }
    // The timeline: a labelled picture with one dot per assessment, and the same in words.
    const svg = card.locator('figure.cp-timeline svg[role="img"]');
    assert.equal(await svg.locator('circle').count(), f.assessments.length);
    assert.ok((await svg.locator('title').first().textContent())?.length);
    // Allegations are drawn but not counted as findings.
    const before = f.assessments.filter(
      (a) => !a.allegation && a.date.slice(0, 10) < (f.claimDate ?? '').slice(0, Math.min(10, a.date.length)),
    ).length;
    assert.equal(await card.locator('figure.cp-timeline').getAttribute('data-predate'), String(before));
    assert.match(
      await card.locator('figcaption').innerText(),
      before === 1
        ? /1 official finding predates this statement/
        : new RegExp(`${before} official findings predate this statement`),
    );
  }
  await panel.close();
  await page.close();
});

test('clicking a claim (or Enter on it) scrolls the page to it and opens its in-page card', async () => {
  const { page, tabId, findings } = await openArticle('annotated-article.html');
  await page.setViewportSize({ width: 800, height: 240 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.locator('article.cp-claim').nth(2).waitFor({ timeout: 5_000 });
  const activeText = () =>
    page.evaluate((name) => {
      const texts: string[] = [];
      CSS.highlights.get(name)?.forEach((r) => texts.push((r as Range).toString()));
      return texts.join('|');
    }, DOM_NAMES.activeHighlight);
  assert.equal(await activeText(), '');

  const last = findings[2]!;
  await panel.locator('.cp-claim-text').nth(2).click();
  await page
    .waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, DOM_NAMES.activeHighlight, { timeout: 3_000 })
    .catch(async (e) => {
      throw new Error(`${e}; panel says: ${await panel.locator('[role="alert"]').allInnerTexts()}`);
    });
  assert.ok(
    last.text.includes(await activeText()) || (await activeText()).includes(last.text.slice(0, 20)),
    `active highlight is the clicked claim: ${await activeText()}`,
  );
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, 'the page scrolled down to the claim');
  const inView = await page.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range;
    const r = range.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, DOM_NAMES.activeHighlight);
  assert.ok(inView, 'the claim is in view');
  const card = page.locator(`${DOM_NAMES.hostElement} .card`);
  await card.waitFor({ state: 'visible', timeout: 2_000 });
  assert.match(await card.innerText(), /3 of 3/i, "the in-page card is the clicked claim's");

  // Keyboard: the focused claim moves with the arrows; Enter shows it on the page.
  await panel.locator('.cp-claim-text').nth(2).focus();
  await panel.keyboard.press('ArrowUp');
  await panel.keyboard.press('ArrowUp');
  assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-claim-button')), findings[0]!.id);
  assert.deepEqual(
    await panel.locator('.cp-claim-text').evaluateAll((els) => els.map((e) => e.getAttribute('tabindex'))),
    ['0', '-1', '-1'],
  );
  await panel.keyboard.press('ArrowDown');
  assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-claim-button')), findings[1]!.id);
  await panel.keyboard.press('Enter');
  await page.waitForFunction(
    ([name, start]) => [...(CSS.highlights.get(name) ?? [])].some((r) => (r as Range).toString().startsWith(start)),
    [DOM_NAMES.activeHighlight, findings[1]!.text.slice(0, 15)] as const,
    { timeout: 3_000 },
  );
  await panel.close();
  await page.close();
});

test('the panel keeps up with late content and navigation, and follows the active tab, without a reload', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url('live-updates.html'));
  const tabId = await tabIdOf(session.control, session.server.url('live-updates.html'));
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  // No claim at load; the live blog adds one after a second.
  await panel.locator('article.cp-claim').first().waitFor({ timeout: 6_000 });
  assert.match(await panel.locator('.cp-claim-text').first().innerText(), /never interfered/);
  assert.match(await panel.locator('[data-state="scanned"]').innerText(), /1 claim on this page/);

  // Navigating the tab: the panel shows the new page's claims.
  await page.goto(session.server.url('annotated-article.html'));
  await panel.waitForFunction(() => document.querySelectorAll('article.cp-claim').length === 3, undefined, {
    timeout: 10_000,
  });
  assert.match(await panel.locator('[data-state="scanned"]').innerText(), /Washington and Moscow/);

  // Without ?tabId the panel follows whichever tab is active.
  const follower = await session.ext.openPage('sidepanel.html');
  await follower.locator('[data-state="not-scanned"]').waitFor({ timeout: 5_000 });
  await page.bringToFront();
  await follower.waitForFunction(() => document.querySelectorAll('article.cp-claim').length === 3, undefined, {
    timeout: 5_000,
  });
  await follower.close();
  await panel.close();
  await page.close();
});

test('switching the site off in the popup clears the page at once and the panel says it is off', async () => {
  const { page, tabId } = await openArticle('annotated-article.html');
  assert.ok((await ourRanges(page)) > 0);
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.locator('article.cp-claim').first().waitFor({ timeout: 5_000 });
  const popup = await session.ext.openPage(`popup.html?tabId=${tabId}`);
  const site = popup.getByRole('switch', { name: 'On 127.0.0.1' });
  await site.click();
  await page.waitForFunction(
    (prefix) => {
      let n = 0;
      CSS.highlights.forEach((h, name) => name.startsWith(prefix) && (n += h.size));
      return n === 0;
    },
    DOM_PREFIX,
    { timeout: 1_000 },
  );
  await panel.locator('[data-state="site-off"]').waitFor({ timeout: 2_000 });
  assert.match(await panel.locator('[data-state="site-off"]').innerText(), /Off on this site\./);
  assert.equal(await panel.locator('article.cp-claim').count(), 0);
  // Back on, for the tests after this one.
  await site.click();
  await panel.locator('article.cp-claim').first().waitFor({ timeout: 5_000 });
  await popup.close();
  await panel.close();
  await page.close();
});

test('the panel exports the page’s findings as Markdown, HTML, W3C annotations and ClaimReview that parse and re-anchor', async () => {
  const { page, tabId, findings } = await openArticle('annotated-article.html');
  const panel = await session.ext.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('heading', { name: "Export this page's claims" }).waitFor();
  const download = async (name: string) => {
    const [file] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name, exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };
  const md = await download('Markdown handout');
  assert.equal(md.name, 'counterpoint-markdown.md');
  for (const f of findings) assert.ok(md.text.includes(f.text.slice(0, 25)), `the handout quotes "${f.text}"`);
  const html = await download('HTML handout');
  assert.match(html.text, /^<!doctype html>/i);
  assert.doesNotMatch(html.text, /<script/i);
  const w3c = JSON.parse((await download('W3C annotations')).text) as {
    first: { items: { target: { source: string; selector: { type: string; exact?: string }[] } }[] };
  };
  assert.equal(w3c.first.items.length, findings.length);
  for (const item of w3c.first.items) {
    assert.equal(item.target.source, session.server.url('annotated-article.html'));
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    assert.ok(quote?.exact && findings.some((f) => f.text === quote.exact), 'each annotation quotes a finding exactly');
  }
  const reviews = JSON.parse((await download('ClaimReview')).text) as {
    claimReviewed: string;
    reviewRating: { alternateName: string };
  }[];
  assert.equal(reviews.length, findings.length);
  for (const r of reviews) assert.ok(r.claimReviewed && r.reviewRating.alternateName);
  await panel.close();
  await page.close();
});
