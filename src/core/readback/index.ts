/**
 * Read-back, the integrity check and the exports (docs/readback.md).
 *
 *   readBack(input)        → updated definitions, the diff, notices, validation problems
 *   checkIntegrity(input)  → findings (I1–I10)
 *   exportDanishCsv(file)  → the CSV form;  exportJson(file) → the JSON form
 */
import type { InitiativeFile } from '../format/types';

export { checkIntegrity } from './integrity';
export { lastBuild, readBack, rebuildPlan, type LastBuild } from './readBack';
export { csvExportLimits, CsvExportError, exportDanishCsv, type CsvLimit } from './csvExport';
export { describeCsvLimits, describeDiffEntry, describeFinding, describeNotice, type CsvLimitMessage } from './describe';
export type * from './types';

/** The JSON form: the file as the format specifies it, indented two spaces, with a final newline. */
export function exportJson(file: InitiativeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
