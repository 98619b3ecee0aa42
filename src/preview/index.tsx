/**
 * The browser preview's entry (preview.html): no Office, no office.js. The pane's language
 * is Danish unless the address asks for another (`preview.html?lang=en`), standing in for
 * Office's display language.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { errorText } from '../taskpane/state/failure';
import { PreviewApp } from './components/PreviewApp/PreviewApp';
import { createPreviewWorkbook, type PreviewWorkbook } from './previewWorkbook';

declare global {
  interface Window {
    /** The preview's workbook, for the browser console and the end-to-end tests (e.g. a user's edit). */
    budgetTablesPreview?: PreviewWorkbook;
  }
}

const displayLanguage = new URLSearchParams(window.location.search).get('lang') ?? 'da-DK';
const workbook = createPreviewWorkbook(displayLanguage);
window.budgetTablesPreview = workbook;

const container = document.getElementById('root');
if (container === null) throw new Error('preview.html has no #root element');
try {
  createRoot(container).render(
    <StrictMode>
      <PreviewApp workbook={workbook} />
    </StrictMode>,
  );
} catch (error) {
  // React itself failed: plain text is all that is left to tell the user.
  container.textContent = `Budgettabeller / Budget Tables: ${errorText(error)}`;
}
