import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredLanguage } from '@/utils/ui-language';
import { browser } from 'wxt/browser';
import { AppHeader } from '@/components/AppHeader';
import '@/components/ui.css';
import './options.css';
import { AllSitesSwitch } from './AllSitesSwitch';
import { LanguageSetting } from './LanguageSetting';
import { Packs } from './Packs';
import { SitesOff } from './SitesOff';

/** Options page: what the extension does, where it runs, the sites switched off, and rule packs. */
function Options() {
  const { version } = browser.runtime.getManifest();
  return (
    <main className="cp-options">
      <AppHeader subtitle={`Version ${version}`} />
      <section>
        <h2>What Counterpoint does</h2>
        <p>
          When a news article quotes someone denying interference in an election, Counterpoint highlights the statement
          and shows the official assessments (intelligence assessments, indictments, parliamentary inquiries) that
          contradict it, with their dates and sources.
        </p>
        <p>It marks statements; it does not hide, rewrite or rate articles.</p>
      </section>
      <LanguageSetting />
      <AllSitesSwitch />
      <SitesOff />
      <Packs />
      <section>
        <h2>Privacy</h2>
        <p>
          Page text never leaves your device. Counterpoint reads the article in your browser, matches it against the
          rule packs installed here, and sends nothing to any server. It has no account, no analytics and no remote
          code. The only downloads it makes are the pack subscriptions you add, from the addresses you gave.
        </p>
      </section>
    </main>
  );
}

// The page speaks the interface language the user chose (screen readers pick their voice from it).
await applyStoredLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
