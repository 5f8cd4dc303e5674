import type { TabStatusState } from '@/utils/use-tab-status';

/**
 * Says, in plain words, whether Counterpoint ran on the active tab. Shared by the popup and
 * the side panel so both always agree on wording.
 */
export function TabStatusView({ state }: { state: TabStatusState }) {
  switch (state.phase) {
    case 'loading':
      return <p className="cp-status">Loading…</p>;
    case 'no-tab':
      return <p className="cp-status">No active tab in this window.</p>;
    case 'error':
      return (
        <p className="cp-status cp-error" role="alert">
          Could not reach Counterpoint’s background: {state.error}
        </p>
      );
    case 'ready':
      return state.status.scanned ? (
        <div className="cp-status" data-state="scanned">
          <p>
            <strong>Scanned.</strong> Counterpoint ran on this page.
          </p>
          <p className="cp-page-title">{state.status.title || '(untitled page)'}</p>
          <p className="cp-muted cp-url">{state.status.url}</p>
        </div>
      ) : (
        <div className="cp-status" data-state="not-scanned">
          <p>
            <strong>Not scanned.</strong> Counterpoint has not run on this page.
          </p>
          <p className="cp-muted">It runs on supported news sites when the page loads.</p>
        </div>
      );
  }
}
