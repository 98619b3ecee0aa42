/**
 * Read-back and the integrity check of the open workbook, in one read (two syncs), as both
 * hosts hand it to the pane. Loads with the engine chunk (../engine.ts): read-back and the
 * check are too heavy for the pane's first bundle.
 */
import { readWorkbookTables } from '../../adapters/officejs/readWorkbook';
import { checkIntegrity, lastBuild, readBack } from '../../core/readback';
import type { WorkbookReadBack } from './types';

export async function readBackWorkbook(context: Excel.RequestContext): Promise<WorkbookReadBack | undefined> {
  const tables = await readWorkbookTables(context);
  if (tables.state === undefined) return undefined;
  const { state, input } = tables;
  if (state.inProgress) {
    // As repairWorkbook does: the half-written tables are not the user's edits; the stored definitions stand.
    return { result: { definitions: state.definitions, diff: [], notices: [], problems: [] }, findings: [], layout: state.layout, interrupted: true };
  }
  // The last build's model and plan once, for read-back and the check alike.
  const built = lastBuild(input);
  return { result: readBack(input, built), findings: checkIntegrity(input, built.plan), layout: state.layout };
}
