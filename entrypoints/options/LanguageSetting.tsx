import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSetting } from '@/storage/settings';
import { sendToBackground } from '@/utils/protocol';

/**
 * Interface language: the browser's (automatic), English or Russian. The choice goes through the
 * background, which stores it and tells open tabs (their in-page card gets it with the scan
 * config). Extension pages read it when they open, so this page reloads itself to show it.
 */
export function LanguageSetting() {
  const value = useLiveQuery(() => getSetting('uiLanguage'), [], 'auto');
  const [error, setError] = useState<string | null>(null);
  async function choose(lang: string) {
    try {
      const reply = await sendToBackground('setUiLanguage', lang);
      if (reply.ok) location.reload();
      else setError(reply.error);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
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
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
