/**
 * The interface-language setting (Dexie `settings.uiLanguage`: 'auto', 'en' or 'ru'), applied
 * by each extension page before it renders. The content script's card follows the browser's
 * language: a page script may not open the extension's database.
 */
import { getSetting } from '@/storage/settings';
import { setLanguageOverride, uiLanguage } from './i18n';

export async function applyStoredLanguage(): Promise<void> {
  try {
    const lang = await getSetting('uiLanguage');
    setLanguageOverride(lang === 'auto' ? null : lang);
  } catch {
    // No database (private mode quirks): keep the browser's language.
  }
  document.documentElement.lang = uiLanguage();
}
