import type { DocumentInput } from '../../../rules/types';
import { MAX_TOTAL_CHARS, type Budget } from './block-builder';
import { bodyOf } from './body-of';
import { findArticle } from './find-article';
import { readMetadata, readTitle } from './metadata';
import type { BlockMap } from './offset-map';
import { walkBlocks, type WalkSink } from './walk-blocks';

/**
 * Stage 1 of the pipeline: DOM → the engine's `DocumentInput`, plus one offset map per block so
 * findings can be turned back into `Range`s. Shared by the content script (live page) and the
 * Node CLI (linkedom), so it relies only on markup, never on layout, unless the caller passes
 * `isHidden`. It reads the DOM and never writes to it.
 */

export interface ExtractOptions {
  /**
   * Extra visibility test, e.g. `(el) => !el.checkVisibility()` in a browser. Layout-dependent,
   * so off by default: without it Node, happy-dom and browsers produce identical blocks.
   */
  isHidden?: (el: Element) => boolean;
  /** Character budget for the whole page; defaults to MAX_TOTAL_CHARS. */
  maxChars?: number;
  /** The page's address when the document does not know it (Node: a file or a fetched URL). */
  url?: string;
}

export interface Extraction {
  input: DocumentInput;
  /** `maps[i]` maps `input.blocks[i].text`. */
  maps: BlockMap[];
  /** True when the character budget cut the page short. */
  truncated: boolean;
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): Extraction {
  const sink: WalkSink = {
    blocks: [],
    maps: [],
    budget: { remaining: options.maxChars ?? MAX_TOTAL_CHARS, exhausted: false } satisfies Budget,
    isHidden: options.isHidden,
  };
  const body = bodyOf(doc);
  if (!body) return { input: { blocks: [] }, maps: [], truncated: false };

  let scope: ReturnType<typeof findArticle> = { root: body, isArticle: false, headline: null };
  try {
    scope = findArticle(doc, readTitle(doc, null));
  } catch {
    // Scoping is an optimisation; on failure read the whole body.
  }
  if (scope.headline) safeWalk(scope.headline, sink, true);
  safeWalk(scope.root, sink, scope.isArticle);

  let meta: ReturnType<typeof readMetadata> = {};
  try {
    meta = readMetadata(doc, scope.root, scope.headline, options.url);
  } catch {
    // Metadata is optional for the engine; the blocks are what matter.
  }
  return { input: { blocks: sink.blocks, ...meta }, maps: sink.maps, truncated: sink.budget.exhausted };
}

/** The walker catches per node; this guards against anything that escapes it (e.g. a getter on root). */
function safeWalk(root: Element, sink: WalkSink, inArticle: boolean): void {
  try {
    walkBlocks(root, sink, inArticle);
  } catch {
    // Keep the blocks already produced.
  }
}
