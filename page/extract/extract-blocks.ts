import type { DocumentInput, TextBlock } from '../../rules/types';
import { MAX_TOTAL_CHARS, type Budget } from './block-builder';
import { bodyOf } from './body-of';
import { measureContent } from './content-stats';
import { findArticle, type ArticleScope } from './find-article';
import { markLinkLists, type SkipVerdicts } from './skip-verdicts';
import { detectBlockLang } from '../../rules/engine/block-lang';
import { normalizeHint } from '../../rules/engine/lang';
import { readLang, readMetadata, readTitle } from './metadata';
import type { BlockMap } from './offset-map';
import { walkBlocksSteps, type WalkSink } from './walk-blocks';

/**
 * Stage 1 of the pipeline: DOM → the engine's `DocumentInput`, plus one offset map per block so
 * findings can be turned back into `Range`s. Shared by the content script (live page) and the
 * Node CLI (linkedom), so it relies only on markup, never on layout, unless the caller passes
 * `isHidden`. It reads the DOM and never writes to it.
 */

/** Characters of the article a page-wide language guess reads. */
const LANG_SAMPLE = 1500;

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
  /**
   * Leave the blocks' detected languages to the caller: `Extraction.languageHints` says what was
   * declared, for `labelLanguages` elsewhere (the content script: the background does it).
   */
  deferLanguages?: boolean;
}

/** What is declared about each block's language, for detecting it later (`labelLanguages`). */
export interface LanguageHints {
  /** `declared[i]`: the language declared around block i (see `WalkSink.declared`); null or undefined for none. */
  declared: (string | null | undefined)[];
  pageLang?: string;
}

export interface Extraction {
  input: DocumentInput;
  /** `maps[i]` maps `input.blocks[i].text`. */
  maps: BlockMap[];
  /** True when the character budget cut the page short. */
  truncated: boolean;
  /** With `deferLanguages`: what `labelLanguages` needs (blocks marked with their own `lang` already have it). */
  languageHints?: LanguageHints;
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): Extraction {
  const steps = extractSteps(doc, options);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** An extraction that runs in slices: `step(budgetMs)` returns true once `result` is ready. */
export interface SlicedExtraction {
  step(budgetMs: number): boolean;
  readonly result: Extraction | null;
}

/**
 * The content script's way in: the same extraction, paused every few hundred nodes so that no
 * slice of it becomes a long task on a large page.
 */
export function startExtraction(
  doc: Document,
  options: ExtractOptions = {},
  now: () => number = () => performance.now(),
): SlicedExtraction {
  const steps = extractSteps(doc, options);
  let result: Extraction | null = null;
  return {
    get result() {
      return result;
    },
    step(budgetMs: number): boolean {
      if (result) return true;
      const until = now() + budgetMs;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          result = r.value;
          return true;
        }
        if (now() >= until) return false;
      }
    },
  };
}

function* extractSteps(doc: Document, options: ExtractOptions): Generator<void, Extraction, void> {
  const sink: WalkSink = {
    blocks: [],
    maps: [],
    budget: { remaining: options.maxChars ?? MAX_TOTAL_CHARS, exhausted: false } satisfies Budget,
    isHidden: options.isHidden,
    declared: [],
  };
  try {
    const pageLang = readLang(doc);
    if (pageLang) sink.pageLang = pageLang;
  } catch {
    // Detection alone decides each block's language.
  }
  const body = bodyOf(doc);
  if (!body) return { input: { blocks: [] }, maps: [], truncated: false };

  let scope: ArticleScope = { roots: [body], isArticle: false, headline: null };
  let verdicts: SkipVerdicts | undefined;
  try {
    const title = readTitle(doc, null);
    const measured = yield* measureContent(body, true);
    const found = findArticle(doc, measured, title, false);
    // Located with furniture left out: the walk reuses the measuring pass's verdicts.
    if (found?.isArticle) {
      markLinkLists(measured);
      verdicts = measured.skipped;
    }
    scope = found ?? findArticle(doc, yield* measureContent(body, false), title, true) ?? scope;
  } catch {
    // On failure read the whole body (minus furniture, which the walker skips).
  }
  yield;
  // Inside a located article only markup hides text: "read more" text collapsed by a stylesheet
  // is still the article's. The layout test guards the headline and the whole-body fallback.
  const articleSink: WalkSink = scope.isArticle
    ? { ...sink, isHidden: undefined, ...(verdicts ? { verdicts } : {}) }
    : sink;
  if (scope.headline) yield* safeWalk(scope.headline, sink, true);
  for (const root of scope.roots) {
    // A sibling taken in for reading like prose is still left out when the page hides it.
    if (scope.roots.length > 1 && isHiddenRoot(root, options.isHidden)) continue;
    yield* safeWalk(root, articleSink, scope.isArticle);
  }

  const hints: LanguageHints = { declared: sink.declared, ...(sink.pageLang ? { pageLang: sink.pageLang } : {}) };
  if (!options.deferLanguages) yield* labelLanguages(sink.blocks, hints);

  let meta: ReturnType<typeof readMetadata> = {};
  try {
    meta = readMetadata(doc, scope.roots[0] ?? body, scope.headline, options.url);
  } catch {
    // Metadata is optional for the engine; the blocks are what matter.
  }
  return {
    input: { blocks: sink.blocks, ...meta },
    maps: sink.maps,
    truncated: sink.budget.exhausted,
    ...(options.deferLanguages ? { languageHints: hints } : {}),
  };
}

/**
 * Each block's language, from its words with the declared language as the lead (an English quote
 * on a French page is English). When the page declares no language the engine knows, the
 * article's first 1,500 characters are guessed once and that guess leads instead, so a block
 * needs one detection, not one per candidate language.
 */
export function* labelLanguages(blocks: TextBlock[], hints: LanguageHints): Generator<void, void, void> {
  let textLang: string | undefined;
  if (!normalizeHint(hints.pageLang)) {
    let sample = '';
    for (const block of blocks) {
      if (sample.length >= LANG_SAMPLE) break;
      sample += `${block.text}\n`;
    }
    const guess = detectBlockLang(sample, hints.pageLang);
    if (normalizeHint(guess)) textLang = guess;
  }
  for (let i = 0; i < blocks.length; i++) {
    if (i % 50 === 49) yield;
    const block = blocks[i]!;
    if (block.lang) continue;
    const declared = hints.declared[i] ?? undefined;
    const lang = detectBlockLang(block.text, normalizeHint(declared) ? declared : (textLang ?? declared));
    if (lang) block.lang = lang;
  }
}

function isHiddenRoot(root: Element, isHidden: ExtractOptions['isHidden']): boolean {
  try {
    return isHidden?.(root) ?? false;
  } catch {
    return false;
  }
}

/** The walker catches per node; this guards against anything that escapes it (e.g. a getter on root). */
function* safeWalk(root: Element, sink: WalkSink, inArticle: boolean): Generator<void, void, void> {
  try {
    yield* walkBlocksSteps(root, sink, inArticle);
  } catch {
    // Keep the blocks already produced.
  }
}
