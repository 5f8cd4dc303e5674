/**
 * The languages the engine reads, registered once: id (ISO 639-1), names, script. Everything that
 * lists languages derives from here: `Lang`/`LANGS` (rules/types.ts), the pack schema's enum, the
 * language-tag reader (engine/lang.ts), ClaimReview's `inLanguage` (its names), the CLI's
 * `--lang`, the sentence fixtures (scripts/cli/sentence-fixtures.ts).
 *
 * Adding a language: add it here; the compiler then asks for its entry. Its words are data in
 * rules/lexicons/<id>.json.
 */

/** Language ids, in the engine's order. */
export const LANGS = ['en', 'ru', 'de', 'fr', 'es'] as const;

export type Lang = (typeof LANGS)[number];

export interface LanguageInfo {
  /** English name (CLI, exports). */
  name: string;
  /** The language's own name, lower-case (ClaimReview files may write `inLanguage` that way). */
  native: string;
  script: 'latin' | 'cyrillic';
}

export const LANGUAGES: Readonly<Record<Lang, LanguageInfo>> = {
  en: { name: 'English', native: 'english', script: 'latin' },
  ru: { name: 'Russian', native: 'русский', script: 'cyrillic' },
  de: { name: 'German', native: 'deutsch', script: 'latin' },
  fr: { name: 'French', native: 'français', script: 'latin' },
  es: { name: 'Spanish', native: 'español', script: 'latin' },
};

/** Whether `code` (already lower-case, no region) is a language the engine reads. */
export function isLang(code: string): code is Lang {
  return (LANGS as readonly string[]).includes(code);
}
