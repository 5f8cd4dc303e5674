/**
 * Where the claim card opens (issue #15), on multi-paragraph articles written for this test
 * (long-claims-*.html, claims of two to five lines), at desktop, tablet and phone sizes: from the
 * keyboard and by hovering, every claim's card must leave every line of its claim uncovered
 * (measured against the active highlight's client rects), sit inside the viewport and open
 * scrolled to its top with the pattern, the claim and the speaker in view; when it scrolls, it
 * says so. It closes with Escape, its button and a click outside; in trainer mode the legend
 * is never over the card or the claim, and can be folded and moved.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';
import { waitForCardNumber, waitForScans } from '../../scripts/browser/annotations';
import { ask } from '../../scripts/browser/control';
import { useTestExtension } from './helpers/session';

const PAGES: [string, number][] = [
  ['long-claims-1.html', 3],
  ['long-claims-2.html', 3],
  ['long-claims-3.html', 4],
];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 400, height: 760 },
];
const CARD = `${DOM_NAMES.hostElement} .card`;

const session = useTestExtension();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Geometry {
  claim: string;
  lines: Box[];
  card: Box;
  view: Box;
  scrollTop: number;
  scrolls: boolean;
  noteShown: boolean;
  parts: Record<string, Box>;
  legend: Box | null;
  viewport: { width: number; height: number };
}

/** The open card, its visible part, its first lines and the active claim's line boxes. */
function geometry(page: Page): Promise<Geometry | null> {
  return page.evaluate(
    ([hostName, activeName]) => {
      const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const root = document.querySelector(hostName)?.shadowRoot;
      const card = root?.querySelector<HTMLElement>('.card');
      if (!root || !card || card.hidden) return null;
      const ranges = [...(CSS.highlights.get(activeName) ?? [])] as Range[];
      const lines = ranges.flatMap((r) => [...r.getClientRects()]).filter((r) => r.width > 0.5 && r.height > 0.5);
      const content = root.querySelector<HTMLElement>('.content')!;
      const parts: Record<string, { left: number; top: number; right: number; bottom: number }> = {};
      for (const sel of ['.pattern', '.claim', '.byline'])
        parts[sel] = plain(root.querySelector(sel)!.getBoundingClientRect());
      const legend = root.querySelector<HTMLElement>('.legend');
      return {
        claim: ranges.map((r) => r.toString()).join(' '),
        lines: lines.map(plain),
        card: plain(card.getBoundingClientRect()),
        view: plain(content.getBoundingClientRect()),
        scrollTop: content.scrollTop,
        scrolls: content.scrollHeight > content.clientHeight + 2,
        noteShown: !root.querySelector<HTMLElement>('.scroll-note')!.hidden,
        parts,
        legend: legend ? plain(legend.getBoundingClientRect()) : null,
        viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      };
    },
    [DOM_NAMES.hostElement, DOM_NAMES.activeHighlight] as const,
  );
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function checkCard(g: Geometry | null, where: string): void {
  assert.ok(g, `${where}: the card is open`);
  assert.ok(g.lines.length > 0, `${where}: the claim has line boxes`);
  const covered = g.lines.filter((line) => overlaps(g.card, line));
  assert.deepEqual(
    covered,
    [],
    `${where}: the card covers ${covered.length} of ${g.lines.length} lines of "${g.claim.slice(0, 60)}…"`,
  );
  assert.ok(
    g.card.top >= 0 &&
      g.card.left >= 0 &&
      g.card.bottom <= g.viewport.height + 0.5 &&
      g.card.right <= g.viewport.width + 0.5,
    `${where}: card inside the viewport ${JSON.stringify(g.card)}`,
  );
  assert.equal(g.scrollTop, 0, `${where}: the card opens at its top`);
  for (const [part, box] of Object.entries(g.parts)) {
    assert.ok(
      box.top >= g.card.top - 0.5 && box.bottom <= g.view.bottom + 0.5,
      `${where}: ${part} is in view in the card (${box.top}–${box.bottom}, visible to ${g.view.bottom})`,
    );
  }
  assert.equal(g.noteShown, g.scrolls, `${where}: the card says it scrolls exactly when it does`);
  if (g.legend) {
    assert.ok(!overlaps(g.legend, g.card), `${where}: the legend is over the card`);
    assert.ok(!g.lines.some((line) => overlaps(g.legend!, line)), `${where}: the legend is over the claim`);
  }
}

/** The page's claims in document order: the rects of each, after scrolling it to `where`. */
function claimCount(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith(prefix) && name !== `${prefix}active`) n += h.size;
    });
    return n;
  }, DOM_PREFIX);
}

/** Scrolls claim `index` (document order) so its first line is at `fraction` of the viewport; a point on its middle line. */
function scrollClaimTo(page: Page, index: number, fraction: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([prefix, index, fraction]) => {
      const ranges: Range[] = [];
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith(prefix as string) && name !== `${prefix}active`) h.forEach((r) => ranges.push(r as Range));
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[index as number]!;
      const first = range.getClientRects()[0]!;
      window.scrollBy(0, first.top - innerHeight * (fraction as number));
      const rects = [...range.getClientRects()].filter((r) => r.width > 4);
      const mid = rects[Math.floor(rects.length / 2)]!;
      return { x: mid.left + Math.min(30, mid.width / 2), y: mid.top + mid.height / 2 };
    },
    [DOM_PREFIX, index, fraction] as const,
  );
}

async function openArticle(file: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await session.ext.context.newPage();
  // tsx names the helper functions inside page.evaluate with a `__name` call the page lacks.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.setViewportSize(viewport);
  await page.goto(session.server.url(file));
  await waitForScans(page);
  return page;
}

for (const viewport of VIEWPORTS) {
  test(`keyboard: every claim's card leaves the claim uncovered and starts at its top (${viewport.width}×${viewport.height})`, async () => {
    let opened = 0;
    for (const [file, claims] of PAGES) {
      const page = await openArticle(file, viewport);
      assert.equal(await claimCount(page), claims, `${file}: claims highlighted`);
      for (let i = 0; i < claims; i++) {
        await page.keyboard.press('Alt+Shift+KeyJ');
        await page.locator(CARD).waitFor({ state: 'visible', timeout: 2_000 });
        await waitForCardNumber(page, i + 1);
        checkCard(await geometry(page), `${file} claim ${i + 1} (keyboard)`);
        opened++;
      }
      await page.close();
    }
    assert.equal(opened, 10);
  });

  test(`hover: every claim's card leaves the claim uncovered, near the top, middle and bottom of the screen (${viewport.width}×${viewport.height})`, async () => {
    let opened = 0;
    for (const [file, claims] of PAGES) {
      const page = await openArticle(file, viewport);
      for (let i = 0; i < claims; i++) {
        for (const fraction of [0.1, 0.45, 0.7]) {
          await page.mouse.move(2, 2);
          await page.locator(CARD).waitFor({ state: 'hidden', timeout: 3_000 });
          const point = await scrollClaimTo(page, i, fraction);
          if (point.y < 0 || point.y > viewport.height) continue;
          await page.mouse.move(point.x, point.y);
          await page.locator(CARD).waitFor({ state: 'visible', timeout: 3_000 });
          await waitForCardNumber(page, i + 1);
          checkCard(await geometry(page), `${file} claim ${i + 1} hovered at ${fraction} of the screen`);
          opened++;
        }
      }
      await page.close();
    }
    assert.ok(opened >= 25, `opened ${opened} cards by hovering`);
  });
}

test('the card closes with Escape, with its button and with a click outside', async () => {
  const page = await openArticle('long-claims-1.html', { width: 1280, height: 800 });
  const card = page.locator(CARD);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden', timeout: 2_000 });
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card.waitFor({ state: 'visible' });
  await card.getByRole('button', { name: /close/i }).click();
  await card.waitFor({ state: 'hidden', timeout: 2_000 });
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card.waitFor({ state: 'visible' });
  // A click inside the card keeps it; a click on the page elsewhere closes it.
  await card.locator('.byline').click();
  assert.ok(await card.isVisible(), 'a click inside the card keeps it open');
  await page.mouse.click(5, 300);
  await card.waitFor({ state: 'hidden', timeout: 2_000 });
  await page.close();
});

test('trainer mode: the legend never lies over the card or its claim, and folds and moves', async () => {
  assert.deepEqual(await ask(session.control, 'setTrainerMode', true), { ok: true, trainerMode: true });
  try {
    for (const viewport of [VIEWPORTS[0]!, VIEWPORTS[2]!]) {
      for (const [file, claims] of PAGES) {
        const page = await openArticle(file, viewport);
        await page.locator(`${DOM_NAMES.hostElement} .legend`).waitFor();
        for (let i = 0; i < claims; i++) {
          await page.keyboard.press('Alt+Shift+KeyJ');
          await waitForCardNumber(page, i + 1);
          const g = await geometry(page);
          assert.ok(g?.legend, 'the legend is shown');
          checkCard(g, `${file} claim ${i + 1} with the legend at ${viewport.width}px`);
        }
        await page.close();
      }
    }
    const page = await openArticle('long-claims-1.html', VIEWPORTS[0]!);
    const legend = page.locator(`${DOM_NAMES.hostElement} .legend`);
    const fold = legend.locator('.legend-fold');
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    await fold.click();
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await legend.locator('ul').isVisible()), 'folded: only the title is left');
    await fold.click();
    assert.ok(await legend.locator('ul').isVisible());
    const before = (await legend.boundingBox())!;
    await legend.locator('.legend-move').click();
    const moved = (await legend.boundingBox())!;
    assert.ok(
      Math.abs(moved.y - before.y) > 100 || Math.abs(moved.x - before.x) > 100,
      'the move button puts it in another corner',
    );
    assert.equal(await legend.getAttribute('data-corner'), 'top-left');
    await page.close();
  } finally {
    await ask(session.control, 'setTrainerMode', false);
  }
});
