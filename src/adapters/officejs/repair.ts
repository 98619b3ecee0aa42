/**
 * Repairing the add-in's tables in the open workbook (docs/readback.md): read the user's
 * edits back, check the tables, and build the read-back definitions over them.
 */
import { planBuild } from '../../core/planBuild';
import { hasErrors } from '../../core/problems';
import type { Finding, ReadBackResult } from '../../core/readback/types';
import { applyPlan, type BuildResult, type ProgressReport } from './applyPlan';
import { readBuildTarget } from './buildTarget';
import { readBackTables, readWorkbookTables } from './readWorkbook';

export type RepairResult =
  /** The workbook has no Budget Tables state: nothing to read back or repair. */
  | { status: 'noState' }
  /** Read-back gave definitions with errors (e.g. a 17-digit number); nothing was written. */
  | { status: 'invalid'; readBack: ReadBackResult; findings: Finding[] }
  | { status: 'repaired'; readBack: ReadBackResult; findings: Finding[]; build: BuildResult };

/**
 * Repair (docs/readback.md): read the user's edits back into the definitions, then build
 * them over the tables. Formulas and names come back; every amount the user typed stays,
 * since it is in the definitions now. A build that was interrupted is simply finished
 * from its stored definitions: its half-written tables say nothing about the user's edits.
 */
export async function repairWorkbook(context: Excel.RequestContext, onProgress?: (report: ProgressReport) => void): Promise<RepairResult> {
  const tables = await readWorkbookTables(context);
  if (tables.state === undefined) return { status: 'noState' };
  const { result, findings } = readBackTables(tables);
  if (hasErrors(result.problems)) return { status: 'invalid', readBack: result, findings };
  const target = await readBuildTarget(context, onProgress);
  const planned = planBuild({ definitions: result.definitions, layout: tables.state.layout }, target.planning);
  const build = await applyPlan(context, target, planned, { overwriteConflicts: true }, onProgress);
  return { status: 'repaired', readBack: result, findings, build };
}
