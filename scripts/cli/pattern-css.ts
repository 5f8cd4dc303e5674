/**
 * The stylesheet blocks that paint each pattern, generated from the pattern registry
 * (rules/patterns.ts: PATTERN_STYLES), so a new pattern is never invisible and a colour is written
 * once. Each block sits in its stylesheet between `/* generated: NAME … *\/` and
 * `/* end generated: NAME *\/`; `npm run css:patterns` rewrites them and a unit test
 * (tests/unit/pattern-css.test.ts) fails when a file is out of date.
 */
import { PATTERNS, PATTERN_STYLES, type PatternId, type PatternStyle } from '../../rules/patterns';
import { DOM_PREFIX } from '../../utils/dom-names';

/** The underline as `text-decoration` shorthand, thickness last when it has one. */
function decoration(s: PatternStyle, withThickness: boolean): string {
  return `underline ${s.underline} ${s.line}${withThickness && s.thickness ? ` ${s.thickness}` : ''}`;
}

/** The page's `::highlight()` rules (page/highlights.css): the content script's highlight names. */
function highlights(): string {
  return PATTERNS.map((id) => {
    const s = PATTERN_STYLES[id];
    const lines = [`  background-color: ${s.fill};`, `  text-decoration: ${decoration(s, false)};`];
    if (s.thickness) lines.push(`  text-decoration-thickness: ${s.thickness};`);
    lines.push('  text-underline-offset: 3px;');
    return `::highlight(${DOM_PREFIX}${id.replace(/_/g, '-')}) {\n${lines.join('\n')}\n}`;
  }).join('\n');
}

const swatch = (selector: (id: PatternId) => string) => () =>
  PATTERNS.map(
    (id) =>
      `${selector(id)} { background: ${PATTERN_STYLES[id].fill}; text-decoration: ${decoration(PATTERN_STYLES[id], true)}; }`,
  ).join('\n');

/** Every generated block: its name, the file it lives in, and its text. */
export const PATTERN_CSS_BLOCKS: readonly { name: string; file: string; css: () => string }[] = [
  { name: 'highlights', file: 'page/highlights.css', css: highlights },
  {
    name: 'card-accents',
    file: 'entrypoints/content/ui.css',
    css: () =>
      PATTERNS.map((id) => `.card[data-pattern='${id}'] { --accent: ${PATTERN_STYLES[id].accent}; }`).join('\n'),
  },
  { name: 'legend-swatches', file: 'entrypoints/content/ui.css', css: swatch((id) => `.swatch[data-pattern='${id}']`) },
  { name: 'panel-swatches', file: 'entrypoints/sidepanel/sidepanel.css', css: swatch((id) => `.cp-swatch-${id}`) },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with block `name` replaced by `css`; throws when the file has no such block. */
export function withBlock(text: string, name: string, css: string): string {
  const re = new RegExp(
    `(/\\* generated: ${escape(name)}\\b[^*]*\\*/\\n)[\\s\\S]*?(/\\* end generated: ${escape(name)} \\*/)`,
  );
  if (!re.test(text)) throw new Error(`no generated block "${name}"`);
  return text.replace(re, (_m, open: string, close: string) => `${open}${css}\n${close}`);
}
