/**
 * The interface-language setting (Dexie `settings.uiLanguage`: 'auto', 'en' or 'ru'), applied
 * by each extension page before it renders. A content script may not open the extension's
 * database: it gets the language, resolved by the background, in its scan config
 * (entrypoints/background/scan-config.ts) and applies it with `setLanguageOverride` (entrypoints/content/annotator.ts).
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
