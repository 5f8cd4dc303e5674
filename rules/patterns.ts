/**
 * The claim patterns' reader-facing names (definitions: ../shared/corpus/labels.json), the one
 * place they are written: the in-page card and legend, the popup and side panel, the gallery and
 * quiz, the handouts and exports, and the command line all name a pattern from here.
 *
 * Pure data, in every language the interface ships in (public/_locales), so the extension's
 * pages pick the reader's language and the exports and CLI (English) agree with them.
 */
import type { PatternId } from './types';

/** Languages the pattern names are written in; English is the fallback. */
export type PatternNameLang = 'en' | 'ru';

export const PATTERN_NAMES: Readonly<Record<PatternNameLang, Readonly<Record<PatternId, string>>>> = {
  en: {
    denial: 'Denial',
    counter_accusation: 'Counter-accusation',
    dismissal: 'Dismissal',
    misrepresentation: 'Misrepresented findings',
    deflection: 'Deflection',
    blame_shift: 'Blame shift',
  },
  ru: {
    denial: 'Отрицание',
    counter_accusation: 'Встречное обвинение',
    dismissal: 'Пренебрежение',
    misrepresentation: 'Искажение выводов',
    deflection: 'Уход от ответа',
    blame_shift: 'Перекладывание вины',
  },
};

/**
 * A pattern's name in `lang` (a language tag: "ru", "ru-RU"; English for a language without
 * names), or the raw id for a pattern this build does not know.
 */
export function patternName(pattern: string, lang = 'en'): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const names: Readonly<Record<string, string>> = base in PATTERN_NAMES ? PATTERN_NAMES[base as PatternNameLang] : PATTERN_NAMES.en;
  return names[pattern] ?? pattern;
}
