import { LIKELY_NAME_PARTS, UNLIKELY_NAME_PARTS } from './boilerplate-patterns';
import type { ContentStats } from './content-stats';
import { namedLikeFurniture } from './name-rules';
import { tagOf } from './skip-rules';
export { holdsArticle } from './name-rules';

/**
 * What the measuring pass (content-stats.ts) left out and why, so that the walk through a located
 * article reuses those verdicts instead of reading every element's attributes a second time:
 * - `markup`: a tag, role or attribute says furniture or hidden (the walker's own rules agree);
 * - `name`: a class or id named like furniture (Readability's "unlikely candidates", or a whole
 *   word of BOILERPLATE_WORDS) — left out of the article too, as Readability removes them;
 * - `section`: a `header`/`footer` outside any `<article>` — site chrome for the locator, but a
 *   story's header (headline, standfirst) when it lies inside the located article;
 * - `links`: a list of links (see `markLinkLists`), read by the locator, left out of the article.
 * Subtrees the measuring pass did not enter are walked with the full rules (skip-rules.ts).
 */
export type SkipVerdict = 'markup' | 'name' | 'section' | 'links';
export type SkipVerdicts = Map<Element, SkipVerdict>;

/** Readability's unlikely test (minus tables and code), or a whole furniture word in a block's name. */
export function nameVerdict(names: string, tag: string): boolean {
  return isUnlikely(names, tag) || namedLikeFurniture(names, tag);
}

/** Readability's test, minus tables and code (where it never applies) — by substring, as there. */
function isUnlikely(classAndId: string, tag: string): boolean {
  if (classAndId === '' || tag === 'body' || tag === 'a' || tag === 'table' || tag === 'code') return false;
  let verdict = unlikelyVerdicts.get(classAndId);
  if (verdict === undefined) {
    // One native test per list instead of a substring search per part.
    verdict = UNLIKELY.test(classAndId) && !LIKELY.test(classAndId);
    if (unlikelyVerdicts.size >= 5000) unlikelyVerdicts.clear();
    unlikelyVerdicts.set(classAndId, verdict);
  }
  return verdict;
}

const anyOf = (parts: readonly string[]) =>
  new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
const UNLIKELY = anyOf(UNLIKELY_NAME_PARTS);
const LIKELY = anyOf(LIKELY_NAME_PARTS);
const unlikelyVerdicts = new Map<string, boolean>();

/** Share of a container's text in links from which it is a list of links, not prose. */
const LINK_LIST_DENSITY = 0.8;

/**
 * Boxes of several blocks whose text is nearly all links — "most read" under its heading, a grid
 * of teasers — are recirculation, not the story: marked `links` so the walk through the article
 * leaves them out. A list itself (`ul`, `ol`…) standing among the paragraphs is the text's own (a
 * changelog of bug links, sources, further reading), and a paragraph that is one link is prose.
 */
export function markLinkLists({ blocks, stats, skipped }: ContentStats): void {
  for (const el of blocks) {
    const s = stats.get(el)!;
    if (s.blockChildren < 2 || s.links < s.total * LINK_LIST_DENSITY || s.total === 0) continue;
    if (!LIST_TAGS.has(tagOf(el))) skipped.set(el, 'links');
  }
}

const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'li', 'table', 'tbody', 'tr', 'td', 'menu']);

/** Next node in document order after `node`'s subtree, calling `close` for each ancestor left. */
export function nextNode(node: Node, root: Element, close: () => void): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
    if (!current || current === root) return null;
    close();
  }
  return null;
}
