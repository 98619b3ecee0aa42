/**
 * A build of the tables into the open workbook: the Office.js adapter reads what planning
 * needs, the core plans, the adapter applies the plan. The add-in and the browser preview
 * both write through here (with the engine chunk, ../engine.ts).
 */
import { applyPlan, type ApplyOptions, type BuildResult, type ProgressReport } from '../../adapters/officejs/applyPlan';
import { readBuildTarget } from '../../adapters/officejs/buildTarget';
import { planBuild, type BuildChoice } from '../../core/planBuild';

/** What the pane asks to write: the definitions and layout, and whether to overwrite the user's changes. */
export type BuildRequest = BuildChoice & ApplyOptions;

export async function writeTables(context: Excel.RequestContext, request: BuildRequest, onProgress?: (report: ProgressReport) => void): Promise<BuildResult> {
  const target = await readBuildTarget(context, onProgress);
  return applyPlan(context, target, planBuild(request, target.planning), request, onProgress);
}
