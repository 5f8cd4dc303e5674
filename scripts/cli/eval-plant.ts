/**
 * The planted-denial test of `npm run eval`: a denial paragraph written for this project is
 * inserted right after the first, middle and last reference paragraph of every real page (see
 * eval-extract.ts), and the page goes through the CLI's loader and the engine. A position counts
 * as found when a denial finding lies in the planted paragraph. The real pages themselves must
 * stay silent (the negative set), so any denial in the planted block is the plant's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze, type Engine } from '../../rules/index';
import { BLOCK_TAGS } from '../../page/extract/block-kinds';
import { normalise, readReference, referencePages } from './eval-extract';
import { isException } from './eval-exceptions';
import { loadHtml } from './load';

/** Our own sentence, in the shape the engine is built for: a quoted denial with its speaker. */
export const PLANTED_DENIAL =
  '“Russia has never interfered and does not interfere in the elections of other countries,” Kremlin spokesman Dmitry Peskov told reporters on Tuesday.';

export type PlantPosition = 'first' | 'middle' | 'last';

export interface PlantMiss {
  page: string;
  position: PlantPosition;
  /** Why: the paragraph was not located in the page, the plant was not extracted, or not flagged. */
  reason: 'not-located' | 'not-extracted' | 'not-found';
}

export interface PlantResult {
  positions: number;
  found: number;
  /** Found positions on pages listed as planted-test exceptions (left out of the "without" score). */
  excludedFound: number;
  misses: PlantMiss[];
  ms: number;
}

/** The first, middle and last paragraph indexes of `n`, without repeats. */
export function plantIndexes(n: number): [PlantPosition, number][] {
  if (n === 0) return [];
  const all: [PlantPosition, number][] = [
    ['first', 0],
    ['middle', Math.floor((n - 1) / 2)],
    ['last', n - 1],
  ];
  return all.filter(([, i], k) => all.findIndex(([, j]) => j === i) === k);
}

/**
 * Where the paragraph ends: the deepest element whose text holds all of it (found by descending
 * from the body one child at a time, not by reading every element's text), then, when its text
 * is spread over several children (a `<div>` of text runs and `<br>`s), the child holding its
 * last words. Climbs out of text-level elements so the plant is not put inside a link.
 */
export function locate(doc: Document, paragraph: string): Element | null {
  let el: Element | null = doc.querySelector('body') ?? doc.documentElement;
  paragraph = squeeze(paragraph);
  if (!el || !squeeze(el.textContent ?? '').includes(paragraph)) return null;
  // Compared without whitespace, as scoring does (a `<br>` between two words is no space in
  // textContent), and never inside a script's data (a page's JSON state repeats its text).
  const holding = (needle: string) => (c: Element) =>
    !UNRENDERED.has(c.localName.toLowerCase()) && squeeze(c.textContent ?? '').includes(needle);
  for (
    let child = Array.from(el.children).find(holding(paragraph));
    child;
    child = Array.from(el.children).find(holding(paragraph))
  )
    el = child;
  const stuck = el;
  const tail = paragraph.slice(-40);
  for (
    let child = Array.from(el.children).find(holding(tail));
    child;
    child = Array.from(el.children).find(holding(tail))
  )
    el = child;
  while (
    el &&
    el !== stuck &&
    !BLOCK_TAGS.has(el.localName.toLowerCase()) &&
    el.parentElement &&
    el.parentElement !== stuck
  )
    el = el.parentElement;
  if (el === stuck) while (el && !BLOCK_TAGS.has(el.localName.toLowerCase()) && el.parentElement) el = el.parentElement;
  return el;
}

const UNRENDERED: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'textarea']);

function squeeze(text: string): string {
  return normalise(text).replace(/\s+/g, '');
}

/** The page's HTML with the planted paragraph right after the one holding `paragraph`; null if not located. */
export function plantAfter(html: string, paragraph: string, plant: string = PLANTED_DENIAL): string | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const target = locate(doc, paragraph);
  if (!target || target.localName === 'body') return null;
  const p = doc.createElement('p');
  p.textContent = plant;
  // Text straight in a container (between `<br>`s): right after the text node that ends it.
  const end = normalise(paragraph.slice(-20));
  const own = Array.from(target.childNodes).find(
    (n) => n.nodeType === 3 && normalise(n.textContent ?? '').endsWith(end),
  );
  if (own && normalise(target.textContent ?? '').length > paragraph.length + 40) own.after(p);
  else target.after(p);
  return String(document);
}

/** Was the plant extracted as (part of) a block, and did a denial finding land in it? */
export function plantOutcome(
  html: string,
  engine: Engine,
  plant: string = PLANTED_DENIAL,
): 'found' | 'not-extracted' | 'not-found' {
  const { input } = loadHtml(html);
  const marker = normalise(plant).slice(1, 60);
  const blocks = new Set(input.blocks.flatMap((b, i) => (normalise(b.text).includes(marker) ? [i] : [])));
  if (blocks.size === 0) return 'not-extracted';
  const hit = analyze(engine, input).some(
    (f) => f.pattern === 'denial' && blocks.has(f.block) && plant.includes(f.text),
  );
  return hit ? 'found' : 'not-found';
}

export function scorePlanted(engine: Engine, corpus: string): PlantResult {
  const started = performance.now();
  const out: PlantResult = { positions: 0, found: 0, excludedFound: 0, misses: [], ms: 0 };
  for (const page of referencePages(corpus)) {
    const { paragraphs } = readReference(corpus, page);
    const html = readFileSync(join(corpus, 'realpages', `${page}.html`), 'utf8');
    for (const [position, index] of plantIndexes(paragraphs.length)) {
      out.positions++;
      const planted = plantAfter(html, paragraphs[index]!);
      const outcome = planted === null ? 'not-located' : plantOutcome(planted, engine);
      if (outcome !== 'found') {
        out.misses.push({ page, position, reason: outcome });
        continue;
      }
      out.found++;
      if (isException(page, 'planted')) out.excludedFound++;
    }
  }
  out.ms = performance.now() - started;
  return out;
}
