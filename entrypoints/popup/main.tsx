import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredLanguage } from '@/utils/ui-language';
import { Popup } from './Popup';
import '@/components/ui.css';

// The page speaks the interface language the user chose (screen readers pick their voice from it).
await applyStoredLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
