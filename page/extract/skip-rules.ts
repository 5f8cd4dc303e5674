import { DOM_PREFIX } from '../../utils/dom-names';
import {
  BOILERPLATE_ROLES,
  BOILERPLATE_TAGS,
  HIDDEN_CLASS_NAMES,
  SECTION_FURNITURE_TAGS,
  SKIPPED_TAGS,
} from './boilerplate-patterns';
import { hasBoilerplateName, holdsArticle, PHRASING_TAGS } from './name-rules';

/**
 * Which elements the walker leaves out, decided from markup alone (tag, attributes, inline style)
 * so that Node (linkedom), happy-dom and a browser give the same blocks. Layout-based checks
 * belong to the caller's optional `isHidden`.
 */

export interface SkipContext {
  /** True inside an article, where `header`/`footer` hold the headline and byline, not site chrome. */
  inArticle: boolean;
  /** Text length of the subtree being read (lazily computed): see `isBoilerplate`. */
  scopeLength: () => number;
  isHidden?: (el: Element) => boolean;
}

/** Lower-case tag name; linkedom and happy-dom agree on `localName` for HTML elements. */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** True if `el` and its subtree contribute no text. */
export function shouldSkip(el: Element, ctx: SkipContext): boolean {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag) || isOwnNode(el, tag) || (el.hasAttributes() && hiddenByAttributes(el))) return true;
  if (isBoilerplate(el, tag, ctx.inArticle, ctx.scopeLength)) return true;
  return ctx.isHidden ? ctx.isHidden(el) : false;
}

/**
 * The locator's cheaper test (content-stats.ts): what markup, tag and role say, without the
 * class-name rule, whose share test reads a subtree's text. A class name there only makes text
 * "unlikely" (see `namedLikeFurniture`), which the walker then judges with the full rules.
 */
export function skipWhenMeasuring(el: Element, tag: string, inArticle: boolean, cls: string | null): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(DOM_PREFIX) || BOILERPLATE_TAGS.has(tag)) return true;
  if (SECTION_FURNITURE_TAGS.has(tag) && !inArticle) return true;
  if (cls && hasHiddenClass(cls)) return true;
  // One native selector test instead of five attribute reads for the common element.
  if (!el.matches(MARKUP_ATTRIBUTES)) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return true;
  return isHiddenByMarkup(el);
}

/** `skipWhenMeasuring` for an element without attributes: its tag alone decides. */
export function skipTag(tag: string, inArticle: boolean): boolean {
  return (
    SKIPPED_TAGS.has(tag) ||
    tag.startsWith(DOM_PREFIX) ||
    BOILERPLATE_TAGS.has(tag) ||
    (SECTION_FURNITURE_TAGS.has(tag) && !inArticle)
  );
}

const MARKUP_ATTRIBUTES = '[hidden], [aria-hidden], [contenteditable], [style], [role]';

/** Counterpoint's own host element (and anything else we mark): never scan our own UI. */
export function isOwnNode(el: Element, tag: string): boolean {
  if (tag.startsWith(DOM_PREFIX)) return true;
  if (!el.hasAttributes()) return false;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const name = attrs[i]?.name;
    if (name && name.toLowerCase().startsWith(DOM_PREFIX)) return true;
  }
  return false;
}

/** `hidden`, `aria-hidden`, `contenteditable`, inline `display:none` / `visibility:hidden`. */
/** `isHiddenByMarkup` with one native selector test first: most elements have none of those attributes. */
function hiddenByAttributes(el: Element): boolean {
  if (el.matches(MARKUP_ATTRIBUTES)) return isHiddenByMarkup(el);
  const cls = el.getAttribute('class');
  return cls ? hasHiddenClass(cls) : false;
}

export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (
    style &&
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i.test(style)
  ) {
    return true;
  }
  const cls = el.getAttribute('class');
  return cls ? hasHiddenClass(cls) : false;
}

function hasHiddenClass(cls: string): boolean {
  // Nearly every class attribute names none of them: one native test before splitting.
  if (!ANY_HIDDEN_CLASS.test(cls)) return false;
  for (const name of cls.split(/\s+/)) if (HIDDEN_CLASS_NAMES.has(name.toLowerCase())) return true;
  return false;
}

/**
 * Navigation, sidebars, comments, ads and the like. Class and id names are a guess, so an element
 * matched only by name is kept when it holds the headline or main content, or most of the text
 * being read (`<div class="page-sidebar-layout">` wrapping a whole page): losing the article
 * costs more than reading some furniture.
 */
export function isBoilerplate(el: Element, tag: string, inArticle: boolean, scopeLength?: () => number): boolean {
  if (BOILERPLATE_TAGS.has(tag)) return true;
  if (SECTION_FURNITURE_TAGS.has(tag) && !inArticle) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return true;
  // Text-level elements are part of the sentence they sit in: a `<a class="popup">` gloss or a
  // `<span class="social-handle">` in a paragraph is the paragraph's text.
  if (PHRASING_TAGS.has(tag) || !hasBoilerplateName(el)) return false;
  if (holdsArticle(el)) return false;
  return !scopeLength || (el.textContent ?? '').length <= scopeLength() * MAX_FURNITURE_SHARE;
}

/** A name-matched element holding more than this share of the text read is a wrapper, not furniture. */
const MAX_FURNITURE_SHARE = 0.5;

const ANY_HIDDEN_CLASS = new RegExp([...HIDDEN_CLASS_NAMES].join('|'), 'i');
