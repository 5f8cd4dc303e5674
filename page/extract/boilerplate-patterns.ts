/**
 * What is never article text, as data. Kept apart from the code that applies it so a reviewer
 * can tune the lists (and a test can pin them) without reading the walker.
 */

/** Elements whose content is never rendered as text, or is input rather than reading matter. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'dialog',
  'link',
  'meta',
]);

/** Page furniture by element. `header`/`footer` only count outside an article (see skip-rules). */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside']);
export const SECTION_FURNITURE_TAGS: ReadonlySet<string> = new Set(['header', 'footer']);

/** ARIA landmarks and widgets that are furniture, not the story. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'toolbar',
]);

/**
 * Words that mark furniture when they appear as a whole part of a class or id: `comments`,
 * `related-stories`, `shareBar`, `ad-slot` all match; `commentary`, `header`, `shadow` do not.
 * Class and id names are split on `-`, `_`, and lower→upper camelCase boundaries.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'disqus',
  'sidebar',
  'related',
  'share',
  'sharing',
  'sharebar',
  'social',
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adslot',
  'adunit',
  'sponsored',
  'promo',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
  'popup',
  'modal',
  'recommended',
  'trending',
  'masthead',
  'skiplink',
]);

/**
 * Whole class names for text rendered for screen readers only ("Advertisement", "opens in a new
 * window") — on the page but not in what a reader sees, so no highlight could show it.
 */
export const HIDDEN_CLASS_NAMES: ReadonlySet<string> = new Set([
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'a11y-hidden',
  'offscreen',
]);

/**
 * Class and id hints for the article locator's scores (find-article.ts), after Readability's
 * weights: a container whose name contains one of CONTENT_NAME_PARTS ("articleBody",
 * "story-text", "entry-content") gains, one with a whole word of FURNITURE_NAME_WORDS (or of
 * BOILERPLATE_WORDS) loses. They only weigh; they skip nothing.
 */
export const CONTENT_NAME_PARTS: readonly string[] = [
  'article',
  'body',
  'content',
  'entry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
];
export const FURNITURE_NAME_WORDS: ReadonlySet<string> = new Set([
  'hidden',
  'hid',
  'banner',
  'combx',
  'contact',
  'footer',
  'masthead',
  'media',
  'meta',
  'scroll',
  'shoutbox',
  'skyscraper',
  'sponsor',
  'shopping',
  'tags',
  'widget',
]);

/**
 * Readability's "unlikely candidates": text under an element whose class or id contains one of
 * UNLIKELY_NAME_PARTS (and none of LIKELY_NAME_PARTS) gives the locator no score. It is still
 * read if it lies inside the article (the walker's own rules decide that).
 */
export const UNLIKELY_NAME_PARTS: readonly string[] = [
  '-ad-',
  'ai2html',
  'banner',
  'breadcrumbs',
  'combx',
  'comment',
  'community',
  'cover-wrap',
  'disqus',
  'extra',
  'footer',
  'gdpr',
  'header',
  'legends',
  'menu',
  'related',
  'remark',
  'replies',
  'rss',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'social',
  'sponsor',
  'supplemental',
  'ad-break',
  'agegate',
  'pagination',
  'pager',
  'popup',
  'yom-remote',
];
export const LIKELY_NAME_PARTS: readonly string[] = [
  'and',
  'article',
  'body',
  'column',
  'content',
  'main',
  'mathjax',
  'shadow',
];
