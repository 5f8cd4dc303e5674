/**
 * Pattern names have one source (rules/patterns.ts): the extension's interface picks the
 * reader's language from it, the handouts and the CLI its English names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { patternLabel as exportLabel } from '@/rules/export/index';
import { PATTERN_NAMES, patternName } from '@/rules/patterns';
import { PATTERNS } from '@/rules/types';
import { setLanguageOverride } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';

afterEach(() => setLanguageOverride(null));

describe('pattern names', () => {
  it('every pattern has a distinct name in every language the interface ships in', () => {
    for (const names of Object.values(PATTERN_NAMES)) {
      expect(Object.keys(names).sort()).toEqual([...PATTERNS].sort());
      expect(new Set(Object.values(names)).size).toBe(PATTERNS.length);
    }
  });

  it('takes a language tag, falls back to English, and keeps an unknown pattern’s id', () => {
    expect(patternName('blame_shift')).toBe('Blame shift');
    expect(patternName('denial', 'ru-RU')).toBe('Отрицание');
    expect(patternName('denial', 'de')).toBe('Denial');
    expect(patternName('new_pattern', 'ru')).toBe('new_pattern');
  });

  it('the interface and the exports name a pattern the same way', () => {
    for (const p of PATTERNS) expect(exportLabel(p)).toBe(patternLabel(p));
    setLanguageOverride('ru');
    expect(patternLabel('misrepresentation')).toBe('Искажение выводов');
    expect(exportLabel('misrepresentation')).toBe('Misrepresented findings');
  });
});
