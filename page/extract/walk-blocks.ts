import { primaryCode } from '../../rules/engine/block-lang';
import type { BlockKind, TextBlock } from '../../rules/types';
import { BlockBuilder, type Budget } from './block-builder';
import { BLOCK_TAGS, PREFORMATTED_TAGS, kindFor } from './block-kinds';
import type { BlockMap } from './offset-map';
import { PHRASING_TAGS } from './name-rules';
import { isOwnNode, shouldSkip, tagOf } from './skip-rules';
import { nextNode, type SkipVerdicts } from './skip-verdicts';

/**
 * The DOM walk: turns one subtree into blocks. Iterative (first child / next sibling / parent),
 * not recursive, because broken markup — thousands of unclosed `<font>` or `<div>` tags — nests
 * deeper than the JS stack. Each node is handled inside its own try/catch: a node that throws
 * (a hostile getter, a half-built tree) loses its subtree, never the page.
 */

/** Output and shared state of one extraction; several walks (headline, article) append to it. */
export interface WalkSink {
  blocks: TextBlock[];
  maps: BlockMap[];
  budget: Budget;
  isHidden?: (el: Element) => boolean;
  /** The page's declared language (`<html lang>`, Content-Language): a hint for detection. */
  pageLang?: string;
  /**
   * `declared[i]`: the language declared around block i (its element's or an ancestor's `lang`),
   * for `labelLanguages` to detect from; undefined when an element inside the body marks the
   * block's language, which is then already set on the block.
   */
  declared: (string | undefined)[];
  /**
   * The measuring pass's verdicts when the walk's roots are an article it located with furniture
   * left out: elements it read are then taken as they are, those it left out stay out (see
   * skip-verdicts.ts), and only subtrees it did not enter get the full rules.
   */
  verdicts?: SkipVerdicts;
}

interface Frame {
  el: Element;
  block: boolean;
  kind: BlockKind;
  preserve: boolean;
  article: boolean;
  /** The language declared for this element (its own or an ancestor's `lang`). */
  lang: string | undefined;
  /** True when that declaration is on an element inside the body: an author's mark on a passage. */
  explicit: boolean;
  /** The measuring pass read this element's subtree: its verdicts (`sink.verdicts`) apply inside. */
  measured: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Appends the blocks of `root`'s subtree to `sink`. `inArticle` says whether `root` is itself an
 * article container, which keeps `header`/`footer` inside it (headline, byline, date).
 */
export function walkBlocks(root: Element, sink: WalkSink, inArticle: boolean): void {
  for (const _ of walkBlocksSteps(root, sink, inArticle)) {
    // Run to completion.
  }
}

/** Nodes visited between two pauses of a sliced walk. */
const NODES_PER_STEP = 200;

/**
 * The same walk as a generator that pauses every NODES_PER_STEP nodes, so the content script
 * can spread a 2 MB page over idle slices instead of one long task.
 */
export function* walkBlocksSteps(root: Element, sink: WalkSink, inArticle: boolean): Generator<void, void, void> {
  const builder = new BlockBuilder(sink.budget);
  const stack: Frame[] = [];
  let articleDepth = inArticle ? 1 : 0;
  const top = (): Frame | undefined => stack[stack.length - 1];
  let rootLength = -1;
  const scopeLength = (): number => (rootLength >= 0 ? rootLength : (rootLength = (root.textContent ?? '').length));

  const flush = (): void => {
    const done = builder.finish();
    if (!done) return;
    const frame = top();
    const block: TextBlock = { kind: frame?.kind ?? 'paragraph', text: done.text };
    // A passage marked with its own `lang` is that language; the others are detected once the
    // page is read (labelLanguages), with what is declared around them as the lead.
    if (frame?.explicit && frame.lang) block.lang = frame.lang;
    sink.declared.push(frame?.explicit ? undefined : (frame?.lang ?? sink.pageLang));
    sink.blocks.push(block);
    sink.maps.push(done.map);
  };

  const enter = (el: Element, tag: string, measured: boolean): void => {
    const parent = top();
    const block = BLOCK_TAGS.has(tag) || stack.length === 0;
    if (block) flush();
    const article = tag === 'article';
    if (article) articleDepth++;
    const declared = el.hasAttributes() ? el.getAttribute('lang') : null;
    const inherited = parent ?? rootLang(el);
    stack.push({
      lang: declared !== null ? primaryCode(declared) : inherited.lang,
      explicit: declared !== null ? tag !== 'html' && tag !== 'body' : inherited.explicit,
      el,
      block,
      kind: kindFor(tag, parent?.kind ?? 'paragraph'),
      preserve: PREFORMATTED_TAGS.has(tag) || (parent?.preserve ?? false),
      article,
      measured,
    });
  };

  const exit = (): void => {
    const frame = top();
    if (!frame) return;
    if (frame.block) flush();
    if (frame.article) articleDepth--;
    stack.pop();
  };

  /** Enters `node` if it contributes; true if the walk should descend into it. */
  const visit = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      builder.appendText(node as Text, top()?.preserve ?? false);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'br') {
      builder.appendBreak();
      return false;
    }
    let measured = false;
    if (verdicts && top()?.measured) {
      // Inside what the measuring pass read: its verdict, no second look at the attributes.
      const verdict = verdicts.get(el);
      measured = verdict === undefined;
      // Our own marks are not the measuring pass's business (it reads tags, not attribute names).
      if (
        verdict === 'markup' ||
        verdict === 'links' ||
        (verdict === 'name' && !PHRASING_TAGS.has(tag)) ||
        (measured && isOwnNode(el, tag))
      ) {
        builder.markSkipped();
        return false;
      }
    }
    if (!measured && shouldSkip(el, { inArticle: articleDepth > 0, scopeLength, isHidden: sink.isHidden })) {
      builder.markSkipped();
      return false;
    }
    enter(el, tag, measured);
    return true;
  };

  // The root was chosen by the caller: never skip it for a class name (`<body class="comments-open">`).
  const verdicts = sink.verdicts;
  enter(root, tagOf(root), verdicts !== undefined);
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node && !sink.budget.exhausted) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let descend = false;
    try {
      descend = visit(node);
    } catch {
      descend = false;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit();
    node = nextNode(node, root, exit);
  }
  // Close whatever is still open (all of it if the budget ran out mid-walk).
  while (stack.length > 0) exit();
}

/** The declaration a walk's root inherits from above it (`<html lang>`, or a marked container). */
function rootLang(el: Element): { lang: string | undefined; explicit: boolean } {
  const holder = el.parentElement?.closest('[lang]');
  if (!holder) return { lang: undefined, explicit: false };
  const tag = tagOf(holder);
  return { lang: primaryCode(holder.getAttribute('lang')), explicit: tag !== 'html' && tag !== 'body' };
}
