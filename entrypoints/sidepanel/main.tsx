import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguage } from '@/utils/i18n';
import { tabIdFromQuery } from '@/utils/use-tab-findings';
import { SidePanel } from './SidePanel';
import '@/components/ui.css';
import './sidepanel.css';

// The page speaks the interface language (screen readers pick their voice from it).
document.documentElement.lang = uiLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel fixedTabId={tabIdFromQuery(location.search)} />
  </StrictMode>,
);
