/**
 * The pattern and language registries (rules/patterns.ts, rules/languages.ts) are the one source:
 * the stylesheets' pattern blocks are what `npm run css:patterns` generates from them, the
 * in-page highlight names are the ones the content script paints, and every language has its
 * lexicon and labelled sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightNameOf } from '@/page/highlights';
import { LANGS, LANGUAGES } from '@/rules/languages';
import { PATTERNS, PATTERN_NAMES, PATTERN_STYLES } from '@/rules/patterns';
import { DOM_NAMES } from '@/utils/dom-names';
import { PATTERN_CSS_BLOCKS, withBlock } from '../../scripts/cli/pattern-css';

const root = resolve(import.meta.dirname, '../..');
const squash = (css: string) => css.replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1');

describe('pattern registry → stylesheets', () => {
  it.each(PATTERN_CSS_BLOCKS.map((b) => [b.file, b.name, b] as const))(
    '%s: block "%s" is up to date (npm run css:patterns)',
    (file, name, block) => {
      const text = readFileSync(resolve(root, file), 'utf8');
      // Whitespace aside: the stylesheets may be laid out by Prettier after generation.
      expect(squash(withBlock(text, name, block.css()))).toBe(squash(text));
      // Every pattern is painted in every block, so none can be invisible.
      for (const id of PATTERNS) expect(block.css()).toContain(name === 'highlights' ? highlightNameOf(id) : id);
    },
  );

  it('the highlight names are the content script’s and are listed with every name we put on pages', () => {
    const css = readFileSync(resolve(root, 'page/highlights.css'), 'utf8');
    const declared = new Set<string>(Object.values(DOM_NAMES));
    for (const id of PATTERNS) {
      expect(css).toContain(`::highlight(${highlightNameOf(id)})`);
      expect(declared.has(highlightNameOf(id)), highlightNameOf(id)).toBe(true);
    }
  });

  it('every pattern has a name in each interface language and a distinct colour and underline', () => {
    for (const names of Object.values(PATTERN_NAMES)) expect(Object.keys(names).sort()).toEqual([...PATTERNS].sort());
    const looks = PATTERNS.map((id) => `${PATTERN_STYLES[id].underline} ${PATTERN_STYLES[id].thickness}`);
    expect(new Set(PATTERNS.map((id) => PATTERN_STYLES[id].accent)).size).toBe(PATTERNS.length);
    // Colour is never the only signal: no two patterns share both underline style and thickness.
    expect(new Set(looks).size).toBe(PATTERNS.length);
  });

  it('a block that is missing from its file is an error, not a silent pass', () => {
    expect(() => withBlock('.x {}', 'highlights', '')).toThrow(/no generated block/);
  });
});

describe('language registry', () => {
  it.each([...LANGS])('%s has a lexicon, labelled sentences and names', (lang) => {
    expect(existsSync(resolve(root, `rules/lexicons/${lang}.json`))).toBe(true);
    expect(existsSync(resolve(root, `tests/fixtures/sentences/${lang}.json`))).toBe(true);
    expect(LANGUAGES[lang].name).toMatch(/^[A-Z][a-z]+$/);
  });
});
