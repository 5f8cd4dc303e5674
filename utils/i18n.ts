/**
 * Interface strings and dates in the reader's language.
 *
 * Strings live in `public/_locales/<lang>/messages.json` (the browser picks the language; `en`
 * is the manifest's default_locale) and are read with `browser.i18n.getMessage`. The English
 * file is imported here too, for two reasons: its keys type `t()` (a missing key fails `tsc`),
 * and it is the fallback where the browser API is absent or has no answer (unit tests run on
 * WXT's fake browser, which has no i18n).
 *
 * The reader may choose the language in the options page (`uiLanguage` setting): extension pages
 * read it from the database (ui-language.ts), the content script from its scan config; both call
 * `setLanguageOverride`, after which `t()` answers from that language's file.
 *
 * The i18n API has no plurals, so counted phrases have one key per CLDR plural category
 * (`claimsOnPage_one`, `_few`, `_many`, `_other`), chosen with `Intl.PluralRules` (`tn()`).
 */
import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';
import ru from '@/public/_locales/ru/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

const FALLBACK: Record<string, Message> = en;

/** Languages the interface ships in; the user may pick one over the browser's (options page). */
export const UI_LANGUAGES = { en: en as Record<string, Message>, ru: ru as Record<string, Message> };
export type UiLanguage = keyof typeof UI_LANGUAGES;
/** Own keys only: `'constructor' in UI_LANGUAGES` is true. */
export const isUiLanguage = (lang: unknown): lang is UiLanguage =>
  typeof lang === 'string' && Object.prototype.hasOwnProperty.call(UI_LANGUAGES, lang);
let override: UiLanguage | null = null;

/** Use `lang` instead of the browser's language on this page ('auto' or null: the browser's). */
export function setLanguageOverride(lang: string | null): void {
  override = isUiLanguage(lang) ? lang : null;
}

/** "ru-RU" → "ru". */
function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language the interface speaks for a setting ('auto', 'en', 'ru') and the browser's
 * language ("ru-RU"): the chosen one, else the browser's when we ship it, else English (the
 * manifest's default_locale, which is what the browser itself falls back to).
 */
export function resolveUiLanguage(setting: string, browserLanguage: string): UiLanguage {
  if (isUiLanguage(setting)) return setting;
  const base = baseLanguage(browserLanguage);
  return isUiLanguage(base) ? base : 'en';
}

/** The browser's interface language ("en-US", "ru"…), "en" where unknown. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The text from `table` (English by default) with placeholders filled, as the browser would do it. */
export function fallbackMessage(
  key: string,
  substitutions: readonly string[] = [],
  table: Record<string, Message> = FALLBACK,
): string {
  const entry = table[key] ?? FALLBACK[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** A UI string; `substitutions` fill `$1`, `$2`… in the order of the placeholders. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = substitutions == null ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  if (override) return fallbackMessage(key, subs, UI_LANGUAGES[override]);
  try {
    const text = browser.i18n.getMessage(key, subs);
    if (text) return text;
  } catch {
    // No i18n API here (unit tests): use the English file.
  }
  return fallbackMessage(key, subs);
}

/** The interface language: the one chosen for this page, else the browser's ("en", "ru"…). */
export function uiLanguage(): string {
  return override ?? browserUiLanguage();
}

/**
 * The locale dates are written in: the browser's own ("en-GB", "ru-RU") when it speaks the
 * interface language, otherwise the interface language, so a Russian interface in an English
 * browser writes "6 марта 2024 г.".
 */
export function dateLocale(): string {
  const lang = uiLanguage();
  const own = typeof navigator === 'undefined' ? '' : navigator.language;
  return own && baseLanguage(own) === baseLanguage(lang) ? own : lang;
}

/**
 * A counted phrase: `tn('claimsOnPage', 3)` → "3 claims on this page". The count fills `$1`;
 * `more` fills `$2`, `$3`… (`tn('claimOfCount', 3, undefined, ['1'])` → "1 of 3 claims").
 */
export function tn(base: PluralKey, count: number, lang = uiLanguage(), more: readonly string[] = []): string {
  const category = pluralCategory(lang, count);
  const key =
    `${base}_${category}` in FALLBACK ? (`${base}_${category}` as MessageKey) : (`${base}_other` as MessageKey);
  return t(key, [formatCount(lang, count), ...more]);
}

/**
 * CLDR plural categories of whole numbers in the languages we ship, without `Intl`: building
 * the first `Intl.PluralRules` in a page's content script loads locale data, ~7–16 ms on the
 * page's main thread (issue #14). Other languages and fractions ask `Intl` (tests check the two agree).
 */
export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  const base = baseLanguage(lang);
  if (Number.isInteger(n) && n >= 0) {
    if (base === 'en') return n === 1 ? 'one' : 'other';
    if (base === 'ru') {
      const d = n % 10;
      const dd = n % 100;
      if (d === 1 && dd !== 11) return 'one';
      if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'few';
      return 'many';
    }
  }
  return new Intl.PluralRules(lang).select(n);
}

/** A count as the language writes it; below 1000 no grouping is needed, so no `Intl` either. */
export function formatCount(lang: string, n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : new Intl.NumberFormat(lang).format(n);
}
