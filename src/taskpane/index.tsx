/**
 * The add-in's entry. Nothing touches Excel before `Office.onReady` has resolved; the
 * Office.js host is created only when Office reports Excel.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import type { AppProps } from './components/App/App.types';
import { createExcelHost } from './host/excelHost';
import { errorText } from './state/failure';

async function start(): Promise<AppProps> {
  // office.js comes from Microsoft's CDN in a script tag; if it could not load, say so instead of a blank pane.
  if (typeof Office === 'undefined') return { kind: 'notInExcel', language: navigator.language, failure: 'office.js' };
  try {
    const info = await Office.onReady();
    if (info.host !== Office.HostType.Excel) return { kind: 'notInExcel', language: navigator.language };
    return { kind: 'pane', host: createExcelHost() };
  } catch (error) {
    return { kind: 'notInExcel', language: navigator.language, failure: errorText(error) };
  }
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);
start()
  .then((props) =>
    root.render(
      <StrictMode>
        <App {...props} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    // React itself failed: plain text is all that is left to tell the user.
    container.textContent = `Budgettabeller / Budget Tables: ${errorText(error)}`;
  });
