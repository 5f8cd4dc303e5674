/**
 * `npm run eval`'s extraction section: the CLI's extraction of each page in DIR/realpages against
 * what Mozilla Readability keeps from it (DIR/realpages-expected/NAME.html, see its README), by
 * text. Paragraphs are the `p`, `li`, heading, `blockquote` and `pre` elements of the reference
 * with 40 or more characters; recall is the share of them found in the extracted text, block
 * precision the share of extracted blocks of 40+ characters found in the reference's text.
 * The planted test (eval-plant.ts) reuses the paragraphs found here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { TextBlock } from '../../rules/types';
import { loadHtml } from './load';

/** Paragraphs and blocks shorter than this are not scored (bylines, labels, "Advertisement"). */
export const MIN_CHARS = 40;
const PARAGRAPH_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre';

export interface PageExtraction {
  page: string;
  /** Reference paragraphs of MIN_CHARS or more, normalised, in document order. */
  paragraphs: string[];
  missed: string[];
  /** Extracted blocks of MIN_CHARS or more. */
  blocks: number;
  /** Of those, the ones not in the reference's text. */
  extra: string[];
  recall: number;
  precision: number;
}

export interface ExtractionResult {
  pages: PageExtraction[];
  paragraphs: number;
  found: number;
  blocks: number;
  precise: number;
  ms: number;
}

/** Whitespace (incl. no-break spaces) collapsed, soft hyphens and zero-width characters dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The reference's paragraphs: the innermost matching elements (a `<p>` in a `<blockquote>`
 * counts once), normalised, MIN_CHARS or longer.
 */
export function referenceParagraphs(html: string): string[] {
  return parseReference(html).paragraphs;
}

/** The reference's paragraphs and its whole text (what block precision is measured against). */
export function parseReference(html: string): { paragraphs: string[]; text: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll(PARAGRAPH_SELECTOR))) {
    if (el.querySelector(PARAGRAPH_SELECTOR)) continue;
    const text = normalise(el.textContent ?? '');
    if (text.length >= MIN_CHARS) out.push(text);
  }
  return { paragraphs: out, text: normalise(document.querySelector('body')?.textContent ?? '') };
}

/** Scores one page's blocks against its reference paragraphs. */
export function scorePage(
  page: string,
  blocks: readonly TextBlock[],
  paragraphs: string[],
  referenceText: string,
): PageExtraction {
  const extracted = blocks.map((b) => normalise(b.text));
  // Compared without whitespace: a paragraph split over two blocks, or two merged into one
  // (a `<br>` is a line break in a block and nothing in textContent), still counts as kept.
  const joined = squeeze(extracted.join(''));
  const missed = paragraphs.filter((p) => !joined.includes(squeeze(p)));
  const reference = squeeze(referenceText);
  const long = extracted.filter((t) => t.length >= MIN_CHARS);
  const extra = long.filter((t) => !reference.includes(squeeze(t)));
  return {
    page,
    paragraphs,
    missed,
    blocks: long.length,
    extra,
    recall: paragraphs.length ? (paragraphs.length - missed.length) / paragraphs.length : 1,
    precision: long.length ? (long.length - extra.length) / long.length : 1,
  };
}

/** Pages of DIR/realpages that have a reference in DIR/realpages-expected. */
export function referencePages(corpus: string): string[] {
  const pages = join(corpus, 'realpages');
  const expected = join(corpus, 'realpages-expected');
  if (!existsSync(pages) || !existsSync(expected)) return [];
  return readdirSync(pages)
    .filter((n) => n.endsWith('.html') && existsSync(join(expected, n)))
    .sort()
    .map((n) => n.slice(0, -'.html'.length));
}

/**
 * Readability gives the headline as metadata, not in the content: it is added to the text
 * that block precision compares with, so an extracted headline is not counted as extra.
 */
export function readReference(corpus: string, page: string): { paragraphs: string[]; text: string } {
  const reference = parseReference(readFileSync(join(corpus, 'realpages-expected', `${page}.html`), 'utf8'));
  const metadata = join(corpus, 'realpages-expected', `${page}.metadata.json`);
  if (!existsSync(metadata)) return reference;
  const title = (JSON.parse(readFileSync(metadata, 'utf8')) as { title?: unknown }).title;
  return typeof title === 'string' ? { ...reference, text: `${normalise(title)} ${reference.text}` } : reference;
}

export function scoreExtraction(corpus: string): ExtractionResult {
  const started = performance.now();
  const pages = referencePages(corpus).map((page) => {
    const html = readFileSync(join(corpus, 'realpages', `${page}.html`), 'utf8');
    const reference = readReference(corpus, page);
    return scorePage(page, loadHtml(html).input.blocks, reference.paragraphs, reference.text);
  });
  const sum = (f: (p: PageExtraction) => number) => pages.reduce((a, p) => a + f(p), 0);
  return {
    pages,
    paragraphs: sum((p) => p.paragraphs.length),
    found: sum((p) => p.paragraphs.length - p.missed.length),
    blocks: sum((p) => p.blocks),
    precise: sum((p) => p.blocks - p.extra.length),
    ms: performance.now() - started,
  };
}
