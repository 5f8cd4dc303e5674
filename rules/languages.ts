/**
 * The languages the engine reads, registered once in rules/languages.json (id, names, script,
 * detection markers, lead word, elisions). Everything that lists languages derives from here:
 * `Lang`/`LANGS` (rules/types.ts), the pack schema's enum, the language-tag reader and detection
 * (engine/lang.ts, block-lang.ts), ClaimReview's `inLanguage`, the CLI's `--lang` and the sentence
 * fixtures (scripts/cli/sentence-fixtures.ts).
 *
 * Adding a language: add its entry to languages.json and its words to rules/lexicons/<id>.json;
 * the compiler and tests/engine/lexicon-classes.test.ts then ask for anything missing.
 */
import data from './languages.json';

export const LANGUAGES = data.languages;

export type Lang = keyof typeof LANGUAGES;

/** Language ids, in the engine's order. */
export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

export type LanguageInfo = (typeof LANGUAGES)[Lang];

/** Whether `code` (already lower-case, no region) is a language the engine reads. */
export function isLang(code: string): code is Lang {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code);
}
