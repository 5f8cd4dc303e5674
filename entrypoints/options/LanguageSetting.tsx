import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, putSetting } from '@/storage/settings';

/**
 * Interface language: the browser's (automatic), English or Russian. The pages read it when
 * they open, so this page reloads itself to show the change.
 */
export function LanguageSetting() {
  const value = useLiveQuery(() => getSetting('uiLanguage'), [], 'auto');
  async function choose(lang: string) {
    await putSetting('uiLanguage', lang);
    location.reload();
  }
  return (
    <section aria-labelledby="cp-language-heading">
      <h2 id="cp-language-heading">Interface language / Язык интерфейса</h2>
      <label>
        Language{' '}
        <select value={value} onChange={(event) => void choose(event.target.value)}>
          <option value="auto">Automatic (browser)</option>
          <option value="en">English</option>
          <option value="ru">Русский</option>
        </select>
      </label>
    </section>
  );
}
