import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguage } from '@/utils/i18n';
import { Popup } from './Popup';
import '@/components/ui.css';

document.documentElement.lang = uiLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
