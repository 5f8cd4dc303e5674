import type { ReactNode } from 'react';
import { t, tn } from '@/utils/i18n';
import { countByPattern } from '@/utils/pattern-labels';
import type { TabFindings } from '@/utils/protocol';

export interface FindingsSummaryProps {
  tab: TabFindings;
  /** Whether the page's site is on the news list (decides the not-scanned explanation). */
  onList: boolean;
  /** Name the page (title and address) inside the summary: the side panel does, the popup not. */
  showPage?: boolean;
  /** Shown under the explanation, e.g. the "Scan this page" button. */
  children?: ReactNode;
}

/**
 * What Counterpoint found on one tab, in a sentence and a count per pattern, or why it found
 * nothing. Shared by the popup and the side panel so both always agree on wording. The element
 * carries `data-state` (the tab's state) for styling and tests.
 */
export function FindingsSummary({ tab, onList, showPage, children }: FindingsSummaryProps) {
  const n = tab.findings.length;
  return (
    <div className="cp-status" data-state={tab.state} aria-live="polite">
      {showPage ? (
        <>
          <p className="cp-page-title">{tab.title || t('untitledPage')}</p>
          {tab.url ? <p className="cp-muted cp-url">{tab.url}</p> : null}
        </>
      ) : null}
      {tab.state === 'scanned' ? (
        <>
          <p>
            {showPage ? <>{t('scanned')} </> : null}
            <strong>{n === 0 ? t('noClaims') : tn('claimsOnPage', n)}</strong>
          </p>
          {n === 0 && showPage ? <p className="cp-muted">{t('noClaimsWhy')}</p> : null}
          {n > 0 ? (
            <ul className="cp-counts" aria-label={t('claimsByPattern')}>
              {countByPattern(tab.findings).map((row) => (
                <li key={row.pattern}>
                  <span>{row.label}</span> <span className="cp-count">{row.count}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : tab.state === 'scanning' ? (
        <p>{t('scanning')}</p>
      ) : tab.state === 'paused' ? (
        <p>
          <strong>{t('pausedTitle')}</strong> {t('pausedText')}
        </p>
      ) : tab.state === 'site-off' ? (
        <p>
          <strong>{t('siteOffTitle')}</strong> {t('siteOffText')}
        </p>
      ) : (
        <>
          <p>
            <strong>{t('notScannedTitle')}</strong> {t('notScannedText')}
          </p>
          <p className="cp-muted">{onList ? t('notScannedOnList') : t('notScannedOffList')}</p>
        </>
      )}
      {children}
    </div>
  );
}
