/**
 * `pluralCategory` / `formatCount` (utils/i18n.ts) avoid building `Intl` objects in the page for
 * the languages we ship (issue #14, per-page cost); they must say exactly what `Intl` says.
 */
import { describe, expect, it } from 'vitest';
import { formatCount, pluralCategory } from '@/utils/i18n';

describe('plural categories without Intl', () => {
  it.each(['en', 'en-US', 'ru', 'ru-RU'])('%s agrees with Intl.PluralRules for 0…1200', (lang) => {
    const intl = new Intl.PluralRules(lang);
    for (let n = 0; n <= 1200; n++) expect(pluralCategory(lang, n), `${lang} ${n}`).toBe(intl.select(n));
  });

  it('other languages and fractions fall back to Intl', () => {
    expect(pluralCategory('fr', 1.5)).toBe(new Intl.PluralRules('fr').select(1.5));
    expect(pluralCategory('ru', 1.5)).toBe(new Intl.PluralRules('ru').select(1.5));
  });

  it('counts below 1000 are plain digits, larger ones grouped as the language does', () => {
    expect(formatCount('ru', 3)).toBe('3');
    expect(formatCount('en', 999)).toBe(new Intl.NumberFormat('en').format(999));
    expect(formatCount('en', 1234)).toBe('1,234');
    expect(formatCount('ru', 1234)).toBe(new Intl.NumberFormat('ru').format(1234));
  });
});
