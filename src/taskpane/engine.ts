/**
 * Everything heavy the pane uses, in one chunk that loads right after the first render:
 * parsing and validation (zod, PapaParse), the engine (big.js), the problem messages, the
 * Office.js writer, and read-back with the integrity check and the exports. The pane draws
 * without it; see ./engineLoader.ts. The browser preview uses the same chunk for its writes.
 */
export { repairWorkbook } from '../adapters/officejs/repair';
export { watchTables } from '../adapters/officejs/watch';
export { titleFromFileName } from '../core/format/csv';
export { planLayout } from '../core/planBuild';
export { exportDanishCsv, exportJson } from '../core/readback';
export { readBackWorkbook } from './host/readBackWorkbook';
export { readStoredDefinitions } from './host/storedDefinitions';
export { writeTables } from './host/writeTables';
export { compareRound, listRounds, saveRound } from './host/rounds';
export { problemLines } from './i18n/problems';
export { analyse } from './state/analysis';
export { previewOf } from './state/preview';
export { workbookView } from './state/workbookView';
export { roundsView } from './state/roundsView';
