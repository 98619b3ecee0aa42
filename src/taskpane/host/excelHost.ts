/**
 * The add-in's host: the open workbook through Office.js. Only created after
 * `Office.onReady` reported Excel (see ../index.tsx). The writer, read-back, repair, the stored
 * definitions and the rounds load with the engine chunk (../engine.ts), not with the pane's first bundle.
 */
import { loadEngine } from '../engineLoader';
import type { WorkbookHost } from './types';

/**
 * Never fail while the user edits a cell (ExcelApi 1.11): a live read-back starts while the
 * user may be typing the next cell. One build is one undo step where Excel can merge the
 * syncs (1.20); a read has nothing to undo.
 */
function runOptions(kind: 'read' | 'write'): Excel.RunOptions {
  const supported = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  return {
    ...(supported('1.11') ? { delayForCellEdit: true } : {}),
    ...(kind === 'write' && supported('1.20') ? { mergeUndoGroup: true } : {}),
  };
}

export function createExcelHost(): WorkbookHost {
  return {
    kind: 'excel',
    displayLanguage: Office.context.displayLanguage,
    write: async (request, onProgress) => {
      const { writeTables } = await loadEngine();
      // The host has the clock: today's date goes in the printed footer (docs/layout.md, L13).
      const dated = { ...request, buildDate: new Date().toISOString().slice(0, 10) };
      return Excel.run(runOptions('write'), (context) => writeTables(context, dated, onProgress));
    },
    // Through the engine chunk: decoding the stored state validates it (zod and the message
    // catalogue), which must stay out of the pane's first bundle (docs/benchmarks.md).
    readStoredDefinitions: async () => {
      const { readStoredDefinitions } = await loadEngine();
      return Excel.run((context) => readStoredDefinitions(context));
    },
    readBack: async () => {
      const { readBackWorkbook } = await loadEngine();
      return Excel.run(runOptions('read'), (context) => readBackWorkbook(context));
    },
    // A repair is a build: the same run options, so it too is one undo step.
    repair: async (onProgress) => {
      const { repairWorkbook } = await loadEngine();
      return Excel.run(runOptions('write'), (context) => repairWorkbook(context, onProgress));
    },
    listSnapshots: async () => {
      const { listRounds } = await loadEngine();
      return Excel.run(runOptions('read'), (context) => listRounds(context));
    },
    // One setting written in one request: Office saves it with the document, and it is no undo step.
    saveSnapshot: async (name) => {
      const { saveRound } = await loadEngine();
      return Excel.run(runOptions('read'), (context) => saveRound(context, name, new Date()));
    },
    compareSnapshot: async (name) => {
      const { compareRound } = await loadEngine();
      return Excel.run(runOptions('read'), (context) => compareRound(context, name));
    },
    watch: async (onChange) => {
      const { watchTables } = await loadEngine();
      // Event handlers belong to the context that added them, and Excel.run releases its
      // context when the batch ends: the handlers must live on a context of their own,
      // for as long as the pane watches. The returned function removes them.
      const context = new Excel.RequestContext();
      return watchTables(context, () => onChange());
    },
  };
}
