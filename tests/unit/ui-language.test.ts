import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { putSetting } from '@/storage/settings';
import { setLanguageOverride, t, uiLanguage } from '@/utils/i18n';
import { applyStoredLanguage } from '@/utils/ui-language';

describe('interface language setting', () => {
  afterEach(async () => {
    setLanguageOverride(null);
    await db.settings.clear();
  });

  it('a chosen language wins over the browser’s, with placeholders filled', () => {
    setLanguageOverride('ru');
    expect(t('options')).toBe('Настройки');
    expect(t('showFailed', 'x')).toContain('x');
    expect(uiLanguage()).toBe('ru');
    setLanguageOverride('auto');
    expect(t('options')).toBe('Options');
  });

  it('pages apply the stored setting and mark the document language', async () => {
    await putSetting('uiLanguage', 'ru');
    await applyStoredLanguage();
    expect(t('demoGallery')).toBe('Примеры и тест');
    expect(document.documentElement.lang).toBe('ru');
    await putSetting('uiLanguage', 'auto');
    await applyStoredLanguage();
    expect(t('demoGallery')).toBe('Demo gallery and quiz');
  });
});
