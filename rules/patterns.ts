/**
 * The claim patterns (definitions: ../shared/corpus/labels.json), registered once: id, reader-
 * facing names, highlight colour and underline style. Everything that lists patterns derives
 * from here: the engine's `PatternId`/`PATTERNS` (rules/types.ts), the pack schema's enum, the
 * CLI and exports, the benchmarks' synthetic packs, and the three stylesheets that paint a
 * pattern (their pattern blocks are generated from `PATTERN_STYLES` by `npm run css:patterns`,
 * and a unit test fails when one is out of date).
 *
 * Adding a pattern: add its id to `PATTERNS`; the compiler then asks for its names and style.
 * Pure data, in every language the interface ships in (public/_locales), so the extension's
 * pages pick the reader's language and the exports and CLI (English) agree with them.
 */

/** Pattern ids, in the fixed order of legends, counts and lists. */
export const PATTERNS = [
  'denial',
  'counter_accusation',
  'dismissal',
  'misrepresentation',
  'deflection',
  'blame_shift',
] as const;

export type PatternId = (typeof PATTERNS)[number];

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
 * How a pattern is painted. Palette: Okabe–Ito (safe for the common colour-vision deficiencies).
 * Colour is never the only signal: each pattern has its own underline style, and the card names it.
 */
export interface PatternStyle {
  /** The card's accent (its top border) and the legend's marker. */
  accent: string;
  /** The highlight's background. */
  fill: string;
  /** The underline's colour (darker than `accent` where the accent is too light on white). */
  line: string;
  underline: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  /** Underline thickness; null: the browser's (double and wavy lines). */
  thickness: string | null;
}

export const PATTERN_STYLES: Readonly<Record<PatternId, PatternStyle>> = {
  denial: {
    accent: '#d55e00',
    fill: 'rgb(213 94 0 / 0.12)',
    line: 'rgb(213 94 0)',
    underline: 'solid',
    thickness: '2px',
  },
  counter_accusation: {
    accent: '#0072b2',
    fill: 'rgb(0 114 178 / 0.12)',
    line: 'rgb(0 114 178)',
    underline: 'double',
    thickness: null,
  },
  dismissal: {
    accent: '#e69f00',
    fill: 'rgb(230 159 0 / 0.14)',
    line: 'rgb(160 100 0)',
    underline: 'dashed',
    thickness: '2px',
  },
  misrepresentation: {
    accent: '#cc79a7',
    fill: 'rgb(204 121 167 / 0.14)',
    line: 'rgb(160 70 120)',
    underline: 'dotted',
    thickness: '2px',
  },
  deflection: {
    accent: '#009e73',
    fill: 'rgb(0 158 115 / 0.12)',
    line: 'rgb(0 120 90)',
    underline: 'wavy',
    thickness: null,
  },
  blame_shift: {
    accent: '#56b4e9',
    fill: 'rgb(86 180 233 / 0.14)',
    line: 'rgb(0 100 160)',
    underline: 'solid',
    thickness: '1px',
  },
};

/**
 * A pattern's name in `lang` (a language tag: "ru", "ru-RU"; English for a language without
 * names), or the raw id for a pattern this build does not know.
 */
export function patternName(pattern: string, lang = 'en'): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const names: Readonly<Record<string, string>> =
    base in PATTERN_NAMES ? PATTERN_NAMES[base as PatternNameLang] : PATTERN_NAMES.en;
  return names[pattern] ?? pattern;
}
