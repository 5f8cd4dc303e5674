/**
 * The guard on every rule that leaves an element out for its class or id name (skip-rules.ts,
 * skip-verdicts.ts): names are a guess, the main content is not.
 */
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
