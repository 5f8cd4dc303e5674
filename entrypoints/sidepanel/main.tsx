import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredLanguage } from '@/utils/ui-language';
import { tabIdFromQuery } from '@/utils/use-tab-findings';
import { SidePanel } from './SidePanel';
import '@/components/ui.css';
import './sidepanel.css';

// The page speaks the interface language the user chose (screen readers pick their voice from it).
await applyStoredLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel fixedTabId={tabIdFromQuery(location.search)} />
  </StrictMode>,
);
