import { BLOCK_TAGS } from './block-kinds';
import { SECTION_FURNITURE_TAGS } from './boilerplate-patterns';
import { skipTag, skipWhenMeasuring, tagOf } from './skip-rules';
import { holdsArticle, nameVerdict, nextNode, type SkipVerdicts } from './skip-verdicts';

/**
 * One pass over the page that measures where its text is, for the article locator
 * (find-article.ts): per block-level element, the text directly in it (not in nested blocks —
 * a `<p>`, or a `<div>` of text and `<br>`s), the text of its whole subtree, the part of that in
 * links, and its commas. What markup, tag or role marks as furniture or hidden is left out, and
 * text under a class or id named like furniture is flagged "unlikely", so a sidebar cannot win.
 * Lengths are of trimmed text nodes, so indentation in the HTML source weighs nothing. A
 * generator, paused every few hundred nodes like the walk, so a large page is measured in slices.
 */

export interface BlockStats {
  /** Characters in this block's own text (outside nested blocks). */
  own: number;
  /** Of those, characters inside links. */
  ownLinks: number;
  /** Commas in its own text (a sign of prose, as in Readability). */
  commas: number;
  /** Characters in the whole subtree. */
  total: number;
  /** Of those, characters inside links. */
  links: number;
  /** Block-level children (a block with none is paragraph-like). */
  blockChildren: number;
  /** Inside an element named like furniture (see UNLIKELY_NAME_PARTS): gives the locator no score. */
  unlikely: boolean;
}

export interface ContentStats {
  /** Every block-level element that holds text, in document order. */
  blocks: Element[];
  stats: Map<Element, BlockStats>;
  /** Why each element left out was left out (its subtree was not read): see skip-verdicts.ts. */
  skipped: SkipVerdicts;
}

interface Frame {
  el: Element;
  /** Stats when the element is block-level (its own entry), else null. */
  stats: BlockStats | null;
  link: boolean;
  article: boolean;
  unlikely: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NODES_PER_STEP = 200;

/**
 * `skipUnlikely`: leave out whole subtrees named like furniture, as Readability removes them, which
 * spares reading navigation, comments and "more stories"; the locator measures again without it
 * when too little is left (then such text is measured and only flagged).
 */
export function* measureContent(root: Element, skipUnlikely = true): Generator<void, ContentStats, void> {
  const stats = new Map<Element, BlockStats>();
  const blocks: Element[] = [];
  const skipped: SkipVerdicts = new Map();
  const stack: Frame[] = [];
  let nearest: BlockStats | null = null;
  let linkDepth = 0;
  let articleDepth = 0;

  const open = (el: Element, tag: string, block: boolean, named: boolean): void => {
    let own: BlockStats | null = null;
    let unlikely = stack[stack.length - 1]?.unlikely ?? false;
    if (named) unlikely = true;
    if (block) {
      own = { own: 0, ownLinks: 0, commas: 0, total: 0, links: 0, blockChildren: 0, unlikely };
      if (nearest) nearest.blockChildren++;
      stats.set(el, own);
      blocks.push(el);
    }
    const link = tag === 'a';
    if (link) linkDepth++;
    const article = tag === 'article';
    if (article) articleDepth++;
    stack.push({ el, stats: own, link, article, unlikely });
    if (own) nearest = own;
  };
  const close = (): void => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.link) linkDepth--;
    if (frame.article) articleDepth--;
    if (!frame.stats) return;
    nearest = null;
    for (let i = stack.length - 1; i >= 0 && !nearest; i--) nearest = stack[i]!.stats;
    if (nearest) {
      nearest.total += frame.stats.total;
      nearest.links += frame.stats.links;
    }
  };
  const text = (data: string): void => {
    if (!nearest) return;
    // Native string calls, not a loop over characters: this pass reads every text node.
    const chars = data.trim().length;
    if (chars === 0) return;
    let commas = 0;
    for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) commas++;
    for (let i = data.indexOf('\u060C'); i >= 0; i = data.indexOf('\u060C', i + 1)) commas++;
    nearest.own += chars;
    nearest.total += chars;
    nearest.commas += commas;
    if (linkDepth > 0) {
      nearest.ownLinks += chars;
      nearest.links += chars;
    }
  };

  open(root, tagOf(root), true, false);
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let descend = false;
    try {
      if (node.nodeType === TEXT_NODE) text((node as Text).data);
      else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const tag = tagOf(el);
        const attributes = el.hasAttributes();
        const cls = attributes ? el.getAttribute('class') : null;
        if (attributes ? skipWhenMeasuring(el, tag, articleDepth > 0, cls) : skipTag(tag, articleDepth > 0)) {
          skipped.set(el, SECTION_FURNITURE_TAGS.has(tag) ? 'section' : 'markup');
        } else {
          const id = attributes ? el.getAttribute('id') : null;
          const names = cls || id ? `${cls ?? ''} ${id ?? ''}`.trim() : '';
          // A furniture-like name on a wrapper of the main content says nothing about its text.
          const named = names !== '' && nameVerdict(names, tag) && !holdsArticle(el);
          if (skipUnlikely && named) skipped.set(el, 'name');
          else {
            open(el, tag, BLOCK_TAGS.has(tag), named);
            descend = true;
          }
        }
      }
    } catch {
      descend = false;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) close();
    node = nextNode(node, root, close);
  }
  while (stack.length > 0) close();
  return { blocks, stats, skipped };
}
