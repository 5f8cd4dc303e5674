/**
 * A layout-aware `isHidden` for the content script (pass it as `extractDocument(document,
 * { isHidden: isHiddenByLayout })`). Markup-only rules cannot see stylesheet rules like
 * `.paywall-teaser { display: none }`; a live page can. Kept out of the default so Node (linkedom)
 * and happy-dom, which have no layout, give the same blocks as each other.
 *
 * Only the browser should use it: in linkedom `getComputedStyle` does not exist, and happy-dom
 * computes styles without layout.
 */
export function isHiddenByLayout(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  let style: CSSStyleDeclaration;
  try {
    style = view.getComputedStyle(el);
  } catch {
    return false; // a foreign element (linkedom's `defaultView` falls through to the global window)
  }
  // `display: contents` has no box of its own (checkVisibility says false) but its children render.
  if (style.display === 'contents') return false;
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  // Chromium 105+, Firefox 106+, Safari 17.4+: also catches `content-visibility: hidden`
  // and closed `<details>`. Elements without a box (`<wbr>`) would read as hidden: not an issue,
  // they hold no text.
  return typeof check === 'function' ? !check.call(el) : false;
}
