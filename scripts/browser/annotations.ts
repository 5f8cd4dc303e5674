/**
 * Reading Counterpoint's annotations from a page, the way the page itself could: highlights
 * from `CSS.highlights` (the registry is shared between the page and the content script) and
 * the scan marks the content script leaves in the page's performance timeline.
 */
import type { Page } from 'playwright-core';
import { DOM_NAMES, DOM_PREFIX } from '../../utils/dom-names';

/** Highlight name → the text of each of its ranges, for our highlights only. */
export type PaintedText = Record<string, string[]>;

export function readHighlights(page: Page): Promise<PaintedText> {
  return page.evaluate((prefix) => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith(prefix)) return;
      const texts: string[] = [];
      highlight.forEach((range) => texts.push(range.toString().replace(/\s+/g, ' ').trim()));
      out[name] = texts;
    });
    return out;
  }, DOM_PREFIX);
}

/** How many scans the content script has finished on this document. */
export function scansFinished(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, DOM_NAMES.scanMeasure);
}

/** Waits until at least `count` scans finished (the first scan runs once the page is idle). */
export async function waitForScans(page: Page, count = 1, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([name, n]) => performance.getEntriesByName(name as string, 'measure').length >= (n as number),
      [DOM_NAMES.scanMeasure, count] as const,
      { timeout },
    );
  } catch {
    throw new Error(
      `the content script did not finish scan #${count} within ${timeout} ms (no "${DOM_NAMES.scanMeasure}" measure in the page's timeline): is .output/chrome-mv3-test up to date (npm run build:test)?`,
    );
  }
}

/** Every range of ours, with the nearest landmark-ish ancestor it sits in. */
export function highlightedRegions(page: Page): Promise<{ name: string; text: string; region: string }[]> {
  return page.evaluate((prefix) => {
    const out: { name: string; text: string; region: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith(prefix)) return;
      highlight.forEach((abstract) => {
        const range = abstract as Range; // we only ever register live Ranges
        const node = range.commonAncestorContainer;
        const el = node instanceof Element ? node : node.parentElement;
        const region = el?.closest('nav, aside, footer, header, .comments, .ad, article')?.matches('article')
          ? 'article'
          : (el?.closest('nav, aside, footer, header, .comments, .ad')?.tagName.toLowerCase() ?? 'none');
        out.push({ name, text: range.toString(), region });
      });
    });
    return out;
  }, DOM_PREFIX);
}

/** Waits until the open card is claim `n` of the page ("n of N" in its pattern line, inside our shadow root). */
export async function waitForCardNumber(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    ([host, k]) =>
      document
        .querySelector(host as string)
        ?.shadowRoot?.querySelector('.card .pattern')
        ?.textContent?.includes(`${k as number} of`),
    [DOM_NAMES.hostElement, n] as const,
  );
}
