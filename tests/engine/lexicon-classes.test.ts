/**
 * Every language defines every class the engine consults (issue #16): cue categories, the
 * word classes (compile.ts WORD_CLASSES) and the grammar classes (grammar.ts). A language that
 * lacks one would silently match less; adding a language is adding data, checked here.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, LEXICONS } from '../../rules/bundled';
import { LANGS } from '../../rules/types';
import { WORD_CLASSES } from '../../rules/engine/compile';
import { compileGrammar, GRAMMAR_CLASSES, TRAITS } from '../../rules/engine/grammar';
import { fold } from '../../rules/engine/tokens';

const categoriesOf = (lang: (typeof LANGS)[number]) => Object.keys(LEXICONS[lang].categories).sort();

describe.each(LANGS)('lexicon %s', (lang) => {
  const file = LEXICONS[lang];

  it('is the lexicon of its language', () => {
    expect(file.lang).toBe(lang);
  });

  it('defines every cue category any language defines', () => {
    const all = [...new Set(LANGS.flatMap(categoriesOf))].sort();
    expect(categoriesOf(lang)).toEqual(all);
  });

  it('defines every word class (German alone has words for reported-mood)', () => {
    for (const c of WORD_CLASSES) expect(Array.isArray(file.categories[c]), c).toBe(true);
  });

  it('defines every grammar class and nothing else', () => {
    expect(Object.keys(file.grammar).sort()).toEqual([...GRAMMAR_CLASSES].sort());
    for (const c of GRAMMAR_CLASSES) expect(Array.isArray(file.grammar[c]), c).toBe(true);
  });

  it('names every registry actor', () => {
    expect(ACTORS.filter((a) => !a.aliases[lang]?.length).map((a) => a.id)).toEqual([]);
  });

  it('names the twelve months', () => {
    expect(file.dates.months).toHaveLength(12);
    for (const names of file.dates.months) expect(names.length).toBeGreaterThan(0);
  });

  it('names only known traits', () => {
    for (const t of file.traits) expect(TRAITS as readonly string[], t).toContain(t);
  });

  it('writes grammar words once per class (as the engine folds them), without spaces', () => {
    for (const c of GRAMMAR_CLASSES) {
      const words = file.grammar[c];
      expect(new Set(words.map(fold)).size, c).toBe(words.length);
      for (const w of words) expect(w, c).not.toMatch(/\s/);
    }
  });
});

describe('compiled grammar', () => {
  const grammar = compileGrammar(LANGS.map((l) => LEXICONS[l]));

  it('holds every class, each with some word from some language', () => {
    for (const c of GRAMMAR_CLASSES) {
      const some = LANGS.flatMap((l) => LEXICONS[l].grammar[c]).find((w) => !w.includes('*'));
      if (some) expect(grammar[c].has(some), c).toBe(true);
    }
  });

  it('reads "word*" as a prefix and "*ending" as a suffix', () => {
    const g = compileGrammar([
      {
        grammar: {
          ...Object.fromEntries(GRAMMAR_CLASSES.map((c) => [c, []])),
          genitive: ['unser*', '*ing', 'de'],
        } as never,
        traits: [],
      },
    ]);
    expect(g.genitive.has('unsere')).toBe(true);
    expect(g.genitive.has('saying')).toBe(true);
    expect(g.genitive.has('de')).toBe(true);
    expect(g.genitive.has('des')).toBe(false);
    expect(g.genitive.has('ing')).toBe(true);
    expect(g.article.has('de')).toBe(false);
  });
});
