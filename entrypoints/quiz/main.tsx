import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Quiz } from './Quiz';
import '@/components/ui.css';
import '@/components/gallery/gallery.css';
// The same ::highlight() styles the content script injects: "Check" paints the answers with them.
import '@/page/highlights.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Quiz />
  </StrictMode>,
);
