import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppHeader } from '@/components/AppHeader';
import { TabStatusView } from '@/components/TabStatusView';
import { useActiveTabStatus } from '@/utils/use-tab-status';
import '@/components/ui.css';

/**
 * Side panel (Chrome) / sidebar (Firefox). It stays open while the reader moves between tabs,
 * so it follows the active tab. Findings and their assessments will be listed here (issue #4).
 */
function SidePanel() {
  const state = useActiveTabStatus({ follow: true });
  return (
    <main>
      <AppHeader subtitle="Official assessments beside the claims you read." />
      <h2>This tab</h2>
      <TabStatusView state={state} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
