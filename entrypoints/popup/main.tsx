import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AppHeader } from '@/components/AppHeader';
import { TabStatusView } from '@/components/TabStatusView';
import { openSidePanel } from '@/utils/open-side-panel';
import { useActiveTabStatus } from '@/utils/use-tab-status';
import '@/components/ui.css';

/** Toolbar popup: is this tab scanned, and the way into the side panel and the options. */
function Popup() {
  const state = useActiveTabStatus({ follow: false });
  const [openError, setOpenError] = useState<string>();

  function onOpenPanel() {
    if (state.phase !== 'ready') return;
    // Called synchronously from the click: both browsers require a user gesture.
    void openSidePanel(state.tabId).then((result) => {
      if (result.ok) window.close();
      else setOpenError(result.error);
    });
  }

  function onOpenOptions(event: React.MouseEvent) {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  }

  return (
    <main className="cp-popup">
      <AppHeader />
      <TabStatusView state={state} />
      <div className="cp-actions">
        <button className="cp-primary" type="button" onClick={onOpenPanel} disabled={state.phase !== 'ready'}>
          Open side panel
        </button>
        <a href={browser.runtime.getURL('/options.html')} onClick={onOpenOptions}>
          Options
        </a>
      </div>
      {openError ? (
        <p className="cp-error" role="alert">
          Could not open the side panel: {openError}
        </p>
      ) : null}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
