/**
 * The add-in's host: the open workbook through Office.js. Only created after
 * `Office.onReady` reported Excel (see ../index.tsx). The writer loads with the engine
 * chunk (../engine.ts), not with the pane's first bundle.
 */
import { loadEngine } from '../engineLoader';
import { readStoredDefinitions } from './storedDefinitions';
import type { WorkbookHost } from './types';

/** One build is one undo step where Excel can merge the syncs (ExcelApi 1.20); never fail while the user edits a cell (1.11). */
function runOptions(): Excel.RunOptions {
  const supported = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  return {
    ...(supported('1.11') ? { delayForCellEdit: true } : {}),
    ...(supported('1.20') ? { mergeUndoGroup: true } : {}),
  };
}

export function createExcelHost(): WorkbookHost {
  return {
    kind: 'excel',
    displayLanguage: Office.context.displayLanguage,
    write: async (request, onProgress) => {
      const { buildWorkbook } = await loadEngine();
      return Excel.run(runOptions(), (context) => buildWorkbook(context, request, onProgress));
    },
    readStoredDefinitions: () => Excel.run((context) => readStoredDefinitions(context)),
  };
}
