import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '@/components/AppHeader';
import { FindingsSummary } from '@/components/FindingsSummary';
import { Switch } from '@/components/Switch';
import { getSetting, isSiteEnabled } from '@/storage/settings';
import { t } from '@/utils/i18n';
import { hostOf, newsSiteFor } from '@/utils/news-sites';
import { openSidePanel } from '@/utils/open-side-panel';
import { broadcast, sendToBackground, sendToTab } from '@/utils/protocol';
import { tabIdFromQuery, useTabFindings } from '@/utils/use-tab-findings';
import { usePopupUi } from './ui-store';

/**
 * Toolbar popup: the claims on this tab, the switches for this site and for everything, a
 * one-click scan for pages off the list, and the way into the side panel and the options.
 * Settings are read from the database directly (live, so a change made anywhere shows here);
 * changes go through the background, which also tells the open pages.
 */
export function Popup() {
  const state = useTabFindings(tabIdFromQuery(location.search));
  const { busy, error, start, done } = usePopupUi();
  const tabUrl = state.phase === 'ready' ? (state.tab.url ?? state.tabUrl) : undefined;
  const host = hostOf(tabUrl);
  const paused = useLiveQuery(() => getSetting('paused'), [], undefined);
  const trainer = useLiveQuery(() => getSetting('trainerMode'), [], undefined);
  const siteEnabled = useLiveQuery(() => (host ? isSiteEnabled(host) : true), [host], undefined);

  async function run(
    what: 'scan' | 'site' | 'pause' | 'trainer',
    action: () => Promise<{ ok: boolean; error?: string } | unknown>,
  ) {
    // Ignore repeats while a request is in flight. The switches are not disabled meanwhile:
    // a disabled button drops keyboard focus, and the next key press would go nowhere.
    if (usePopupUi.getState().busy) return;
    start(what);
    try {
      const result = await action();
      const failed = result && typeof result === 'object' && 'ok' in result && result.ok === false;
      done(failed ? String((result as { error?: string }).error) : undefined);
    } catch (e) {
      done(e instanceof Error ? e.message : String(e));
    }
  }

  if (state.phase !== 'ready') {
    return (
      <main className="cp-popup">
        <AppHeader />
        <p className="cp-status" role={state.phase === 'error' ? 'alert' : undefined}>
          {state.phase === 'loading'
            ? t('loading')
            : state.phase === 'no-tab'
              ? t('noActiveTab')
              : t('backgroundError', state.error)}
        </p>
      </main>
    );
  }

  const { tabId, tab } = state;
  const canScan = tab.state === 'not-scanned' && host != null && paused === false && siteEnabled === true;

  function onOpenPanel() {
    // Called synchronously from the click: both browsers require a user gesture.
    void openSidePanel(tabId).then(async (result) => {
      if (!result.ok) return done(t('openSidePanelFailed', result.error));
      // The claim whose card is open on the page: a panel that was already open selects it
      // (a panel opening now asks the page itself).
      const open = await sendToTab('getOpenFinding', undefined, tabId).catch(() => ({ findingId: null }));
      if (open.findingId) await broadcast('contextRequested', { tabId, findingId: open.findingId }).catch(() => {});
      window.close();
    });
  }

  return (
    <main className="cp-popup">
      <AppHeader />
      <FindingsSummary tab={tab} onList={newsSiteFor(tabUrl ?? '') != null} />
      {canScan ? (
        <button
          className="cp-primary cp-block"
          type="button"
          aria-disabled={busy === 'scan'}
          onClick={() => void run('scan', () => sendToBackground('scanTab', tabId))}
        >
          {t('scanThisPage')}
        </button>
      ) : null}
      <div className="cp-switches">
        <Switch
          id="cp-site-switch"
          label={host ? t('siteSwitch', host) : t('siteSwitchGeneric')}
          checked={siteEnabled === true}
          disabled={!host || siteEnabled === undefined}
          description={host ? undefined : t('onlyWebPages')}
          onChange={(enabled) => host && void run('site', () => sendToBackground('setSiteEnabled', { host, enabled }))}
        />
        <Switch
          id="cp-pause-switch"
          label={t('pauseEverywhere')}
          checked={paused === true}
          disabled={paused === undefined}
          onChange={(next) => void run('pause', () => sendToBackground('setPaused', next))}
        />
        <Switch
          id="cp-trainer-switch"
          label={t('trainerMode')}
          checked={trainer === true}
          disabled={trainer === undefined}
          description={t('trainerModeDescription')}
          onChange={(next) => void run('trainer', () => sendToBackground('setTrainerMode', next))}
        />
      </div>
      <div className="cp-actions">
        <button className="cp-primary" type="button" onClick={onOpenPanel}>
          {t('openSidePanel')}
        </button>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('options')}
        </a>
        <a href={browser.runtime.getURL('/gallery.html')} target="_blank" rel="noopener noreferrer">
          {t('demoGallery')}
        </a>
      </div>
      {error ? (
        <p className="cp-error" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}
