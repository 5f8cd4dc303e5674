import { BOILERPLATE_WORDS } from './boilerplate-patterns';

/**
 * Rules on class and id names, shared by the measuring pass (skip-verdicts.ts) and the full
 * walker rules (skip-rules.ts). Names are a guess: `holdsArticle` guards every rule that leaves
 * an element out for its name alone.
 */

/** A block-level element whose class or id names furniture (`related-stories`, `ad-slot`). */
export function namedLikeFurniture(names: string, tag: string): boolean {
  return names !== '' && !PHRASING_TAGS.has(tag) && nameVerdict(names);
}

export const PHRASING_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** First parts that make a class a state or modifier (`has-sidebar`, `no-ads`, `js-comments`). */
const MODIFIER_PREFIXES: ReadonlySet<string> = new Set([
  'has',
  'with',
  'without',
  'no',
  'show',
  'hide',
  'is',
  'js',
  'toggle',
]);
/** Last parts that do the same (`comments-open`, `ads-enabled`, `comment-count`). */
const MODIFIER_SUFFIXES: ReadonlySet<string> = new Set([
  'open',
  'closed',
  'enabled',
  'disabled',
  'allowed',
  'count',
  'link',
  'icon',
]);

/** Verdicts by class-and-id string: pages repeat the same few names on thousands of elements. */
const nameVerdicts = new Map<string, boolean>();
const MAX_CACHED_NAMES = 5000;

export function hasBoilerplateName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  return names !== '' && nameVerdict(names);
}

function nameVerdict(names: string): boolean {
  let verdict = nameVerdicts.get(names);
  if (verdict === undefined) {
    verdict = nameSaysFurniture(names);
    if (nameVerdicts.size >= MAX_CACHED_NAMES) nameVerdicts.clear();
    nameVerdicts.set(names, verdict);
  }
  return verdict;
}

function nameSaysFurniture(names: string): boolean {
  // A whole-word part is also a substring: most names contain none of the words, and one native
  // test says so before any splitting.
  if (!ANY_BOILERPLATE_WORD.test(names)) return false;
  for (const name of names.split(/\s+/)) {
    const parts = splitName(name);
    // An id made from a heading ("sharing-with-a-single-developer") names a section of the text.
    if (parts.length >= 4 && parts.some((part) => SLUG_WORDS.has(part))) continue;
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last || MODIFIER_PREFIXES.has(first) || (parts.length > 1 && MODIFIER_SUFFIXES.has(last))) continue;
    if (parts.some((part) => BOILERPLATE_WORDS.has(part))) return true;
  }
  return false;
}

const ANY_BOILERPLATE_WORD = new RegExp([...BOILERPLATE_WORDS].join('|'), 'i');

/** Function words that only a heading's slug puts in a class or id. */
const SLUG_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'with',
  'and',
  'for',
  'in',
  'on',
  'from',
  'how',
  'why',
  'what',
]);

/** `relatedStories` → related, stories; `ad_slot` → ad, slot. */
export function splitName(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

const MAIN_CONTENT = 'main, [role="main"], [itemprop~="articleBody"]';

/**
 * A name is a guess: an element named like furniture that is, or holds, the main content
 * (`<div itemprop="articleBody" id="share-buttons-parent">`), or a headline with text around it
 * that is mostly not links (`<header class="story-header">`), is a wrapper, not furniture. A box
 * of links under an `<h1>Read more</h1>` is still furniture.
 */
export function holdsArticle(el: Element): boolean {
  if (el.matches(MAIN_CONTENT)) return true;
  // Most furniture-named elements are buttons and labels: no descendant, no subtree search.
  if (el.firstElementChild === null) return false;
  const marker = el.querySelector(`h1, ${MAIN_CONTENT}`);
  if (marker === null) return false;
  if (!marker.matches('h1') || el.querySelector(MAIN_CONTENT) !== null) return true;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += inked(a);
  return links < inked(el) / 2;
}

/** Characters other than whitespace: the indentation of the HTML source weighs nothing. */
function inked(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}
