/**
 * rules/present in the interface language: the extension's pages and the in-page card present
 * assessments and dates through rules/present (the exports and the gallery use it in English);
 * this module only picks the language and the reader's date locale, at each call, so a page that
 * switches language presents in the new one.
 */
import { formatDate, type PresentLang } from '@/rules/present/index';
import { dateLocale, uiLanguage } from './i18n';

/** The interface language as rules/present knows it. */
export function presentLang(): PresentLang {
  return uiLanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** An ISO date at its precision ("6 March 2024", "March 2024", "2024"), in the reader's locale. */
export function formatUiDate(iso: string | null | undefined): string {
  return formatDate(iso, presentLang(), dateLocale());
}
