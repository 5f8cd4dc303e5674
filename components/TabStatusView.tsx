import { t } from '@/utils/i18n';
import type { TabStatusState } from '@/utils/use-tab-status';

/**
 * Says, in plain words, whether Counterpoint ran on the active tab. Shared by the popup and
 * the side panel so both always agree on wording.
 */
export function TabStatusView({ state }: { state: TabStatusState }) {
  switch (state.phase) {
    case 'loading':
      return <p className="cp-status">{t('loading')}</p>;
    case 'no-tab':
      return <p className="cp-status">{t('noActiveTab')}</p>;
    case 'error':
      return (
        <p className="cp-status cp-error" role="alert">
          {t('backgroundError', state.error)}
        </p>
      );
    case 'ready':
      return state.status.scanned ? (
        <div className="cp-status" data-state="scanned">
          <p>
            <strong>{t('scanned')}</strong>
          </p>
          <p className="cp-page-title">{state.status.title || t('untitledPage')}</p>
          <p className="cp-muted cp-url">{state.status.url}</p>
        </div>
      ) : (
        <div className="cp-status" data-state="not-scanned">
          <p>
            <strong>{t('notScannedTitle')}</strong> {t('notScannedText')}
          </p>
          <p className="cp-muted">{t('notScannedOnList')}</p>
        </div>
      );
  }
}
