import type { BlockKind } from '../../rules/types';

/**
 * Which elements start a new block, and what kind of block their text is. The engine weighs a
 * claim differently in a headline, a quote or a caption, so the kind matters as much as the text.
 */

/**
 * Elements a browser lays out as blocks (their text never runs into a neighbour's). Unknown and
 * custom elements count as inline: the blocks inside them still split the text correctly.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Elements whose whitespace is rendered as written. */
export const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/**
 * Elements that give their text (and every block inside them) a kind. The innermost one wins:
 * a `<p>` in a `<blockquote>` is a quote, a heading in a blockquote is a heading. Everything else
 * (p, div, td, …) is a paragraph unless an ancestor says otherwise.
 */
const KIND_BY_TAG: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ['h1', 'heading'],
  ['h2', 'heading'],
  ['h3', 'heading'],
  ['h4', 'heading'],
  ['h5', 'heading'],
  ['h6', 'heading'],
  ['blockquote', 'quote'],
  ['li', 'list-item'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
]);

/** The kind `tag` imposes on its content, or `inherited` (the enclosing kind) if it imposes none. */
export function kindFor(tag: string, inherited: BlockKind): BlockKind {
  return KIND_BY_TAG.get(tag) ?? inherited;
}
