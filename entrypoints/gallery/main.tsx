import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Gallery } from './Gallery';
import '@/components/ui.css';
import '@/components/gallery/gallery.css';
// The same ::highlight() styles the content script injects into news pages.
import '@/page/highlights.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
);
