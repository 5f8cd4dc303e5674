import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/**
 * Fixture loading for the extraction tests. Every fixture is parsed twice — by the test
 * environment's DOMParser (happy-dom, as in the extension's unit tests) and by linkedom (as in the
 * Node CLI) — because extraction must give the same blocks in both.
 */

export const FIXTURES = [
  'news-article',
  'russian-article',
  'broken-markup',
  'div-soup',
  'split-article',
  'recirculation-article',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function readFixture(name: FixtureName): string {
  // Not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's, not Node's.
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/html', `${name}.html`), 'utf8');
}

/** happy-dom (the Vitest environment); requires `// @vitest-environment happy-dom`. */
export function parseWithHappyDom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** linkedom, exactly as scripts and the CLI use it. */
export function parseWithLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Loads a page into the test window's own document and returns it. Needed for `Range` tests:
 * happy-dom's ranges over a DOMParser document stringify as "" (a happy-dom quirk), while ranges
 * over the window document behave like a browser's. Imported scripts are not run.
 */
export function loadIntoWindow(html: string): Document {
  const parsed = parseWithHappyDom(html);
  const root = document.documentElement;
  root.replaceChildren(...Array.from(parsed.documentElement.childNodes).map((node) => document.importNode(node, true)));
  return document;
}
