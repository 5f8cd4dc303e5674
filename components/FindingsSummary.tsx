import type { TabFindings } from '@/utils/protocol';
import { countByPattern } from '@/utils/pattern-labels';

/**
 * What Counterpoint found on one tab, in a sentence and a count per pattern. The element
 * carries `data-state` (the tab's state) for styling and tests.
 */
export function FindingsSummary({ tab, onList }: { tab: TabFindings; onList: boolean }) {
  const n = tab.findings.length;
  return (
    <div className="cp-status" data-state={tab.state} aria-live="polite">
      {tab.state === 'scanned' ? (
        <>
          <p>
            <strong>{n === 0 ? 'No claims found' : `${n} ${n === 1 ? 'claim' : 'claims'} on this page`}</strong>
          </p>
          {n > 0 ? (
            <ul className="cp-counts" aria-label="Claims by pattern">
              {countByPattern(tab.findings).map((row) => (
                <li key={row.pattern}>
                  <span>{row.label}</span> <span className="cp-count">{row.count}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : tab.state === 'scanning' ? (
        <p>Scanning this page…</p>
      ) : tab.state === 'paused' ? (
        <p>
          <strong>Paused.</strong> Counterpoint is not marking any page.
        </p>
      ) : tab.state === 'site-off' ? (
        <p>
          <strong>Off on this site.</strong> Nothing is marked here.
        </p>
      ) : (
        <>
          <p>
            <strong>Not scanned.</strong> Counterpoint has not run on this page.
          </p>
          <p className="cp-muted">
            {onList ? 'It runs on this news site when the page loads; reload the page to scan it.' : 'This site is not on Counterpoint’s news list.'}
          </p>
        </>
      )}
    </div>
  );
}
