/**
 * Read-back and the integrity check of the open workbook, in one read (two syncs), as both
 * hosts hand it to the pane. Loads with the engine chunk (../engine.ts): read-back and the
 * check are too heavy for the pane's first bundle.
 */
import { readBackTables, readWorkbookTables } from '../../adapters/officejs/readWorkbook';
import type { WorkbookReadBack } from './types';

/** `check: false` when only the definitions are wanted (saving or comparing a round): the integrity check is skipped. */
export async function readBackWorkbook(context: Excel.RequestContext, { check = true }: { check?: boolean } = {}): Promise<WorkbookReadBack | undefined> {
  const tables = await readWorkbookTables(context);
  if (tables.state === undefined) return undefined;
  const { result, findings, interrupted } = readBackTables(tables, check);
  return { result, findings, layout: tables.state.layout, ...(interrupted ? { interrupted: true as const } : {}) };
}
