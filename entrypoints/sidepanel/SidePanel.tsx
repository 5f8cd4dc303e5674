import { useLiveQuery } from 'dexie-react-hooks';
import { AppHeader } from '@/components/AppHeader';
import { FindingsSummary } from '@/components/FindingsSummary';
import type { Finding } from '@/rules/types';
import { listPacks } from '@/storage/packs';
import { getSetting, isSiteEnabled } from '@/storage/settings';
import { t } from '@/utils/i18n';
import { hostOf, newsSiteFor } from '@/utils/news-sites';
import { sendToBackground, sendToTab } from '@/utils/protocol';
import { titleLookup } from '@/utils/trainer';
import { ClaimList } from './ClaimList';
import { ExportButtons } from './ExportButtons';
import { TrainerLegend } from './TrainerLegend';
import { usePanelUi } from './ui-store';
import { useContextRequest } from './use-context-request';
import { useFollowedTab } from './use-followed-tab';

/**
 * Side panel (Chrome) / sidebar (Firefox), and its pop-out `sidepanel.html?tabId=N`: the claims
 * on one tab with the record that answers each. Follows the active tab unless given a tab.
 */
export function SidePanel({ fixedTabId }: { fixedTabId?: number }) {
  const state = useFollowedTab(fixedTabId);
  const error = usePanelUi((s) => s.error);
  const setError = usePanelUi((s) => s.setError);
  const tabUrl = state.phase === 'ready' ? (state.tab.url ?? state.tabUrl) : undefined;
  const host = hostOf(tabUrl);
  const paused = useLiveQuery(() => getSetting('paused'), [], undefined);
  const siteEnabled = useLiveQuery(() => (host ? isSiteEnabled(host) : true), [host], undefined);
  const trainerOn = useLiveQuery(() => getSetting('trainerMode'), [], false);
  // Trainer mode names packs and rules by title; the packs table has them (live, like the setting).
  const titles = useLiveQuery(
    async () => (trainerOn ? titleLookup((await listPacks()).map((row) => row.pack)) : null),
    [trainerOn],
    null,
  );
  useContextRequest(
    state.phase === 'ready' ? state.tabId : null,
    state.phase === 'ready' && state.tab.state === 'scanned' ? state.tab.findings.map((f) => f.id) : [],
  );

  if (state.phase !== 'ready') {
    return (
      <main className="cp-panel">
        <AppHeader subtitle={t('appSubtitle')} />
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
  const findings = tab.state === 'scanned' ? tab.findings : [];

  async function report(action: Promise<{ ok: true } | { ok: false; error: string }>, wrap: (e: string) => string) {
    setError(null);
    try {
      const result = await action;
      if (!result.ok) setError(wrap(result.error));
    } catch (e) {
      setError(wrap(e instanceof Error ? e.message : String(e)));
    }
  }
  const onShow = (finding: Finding) =>
    void report(sendToTab('showFinding', { id: finding.id }, tabId), (e) => t('showFailed', e));

  return (
    <main className="cp-panel">
      <AppHeader subtitle={t('appSubtitle')} />
      {trainerOn ? <TrainerLegend /> : null}
      <section aria-labelledby="cp-tab-heading">
        <h2 id="cp-tab-heading">{t('thisTab')}</h2>
        <FindingsSummary tab={{ ...tab, url: tabUrl }} onList={newsSiteFor(tabUrl ?? '') != null} showPage>
          {canScan ? (
            <button
              className="cp-primary cp-block"
              type="button"
              onClick={() => void report(sendToBackground('scanTab', tabId), (e) => e)}
            >
              {t('scanThisPage')}
            </button>
          ) : null}
        </FindingsSummary>
      </section>
      {error ? (
        <p className="cp-error" role="alert">
          {error}
        </p>
      ) : null}
      <ClaimList findings={findings} onShow={onShow} trainer={trainerOn ? (titles ?? titleLookup([])) : null} />
      <ExportButtons tabId={tabId} findings={findings} onError={setError} />
    </main>
  );
}
