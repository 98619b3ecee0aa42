/**
 * The core's step between reading a workbook and writing it: from the definitions and the
 * layout the user chose to the plan an adapter applies, with Excel's limits checked and the
 * state the workbook will remember. The adapters decide nothing; their callers plan here.
 */
import type { InitiativeFile } from './format/types';
import { buildLayoutPlan } from './layout/buildPlan';
import { checkPlanLimits } from './layout/limits';
import type { LayoutPlan } from './layout/plan';
import { buildModel } from './model/buildModel';
import type { BudgetModel } from './model/types';
import type { Problem } from './problems';
import { rebuildPlan } from './readback/readBack';
import { stateOfBuild } from './state/ofBuild';
import type { LayoutChoice, StoredState } from './state/types';

/** What the user asked to build. */
export interface BuildChoice {
  definitions: InitiativeFile;
  layout: LayoutChoice;
  /** The build date for the printed footer, as it should be shown (docs/layout.md, L13); the core has no clock. */
  buildDate?: string;
  /** The definitions' model, when the caller has made it already (the CLI has, to report the totals). */
  model?: BudgetModel;
}

/** What planning needs from the workbook the plan is for (read by the adapter before planning). */
export interface PlanningContext {
  /** Names of the user's own sheets: the plan takes none of them. */
  reservedSheetNames: string[];
  /** The stored state of the last complete build, when the workbook has one. */
  previous?: StoredState;
}

export interface PlannedBuild {
  plan: LayoutPlan;
  /** Excel's limits the plan would pass ([X1]–[X4]): nothing may be written while one stands. */
  limits: Problem[];
  /** What the workbook remembers once the plan is written; the sheet ids are the adapter's to fill in. */
  state: StoredState;
  /** The last build's plan, made again exactly from its stored state: what the tables were when written. */
  lastPlan?: LayoutPlan;
}

/**
 * Plans a build for a workbook.
 *
 * @example
 *   const planned = planBuild({ definitions, layout: { lang: 'da', decimals: 1 } }, { reservedSheetNames: ['Ark1'] });
 *   planned.plan.sheets[0].name // "Oversigt"
 */
export function planBuild(choice: BuildChoice, workbook: PlanningContext): PlannedBuild {
  const { reservedSheetNames, previous } = workbook;
  const plan = planLayout(choice, reservedSheetNames);
  return {
    plan,
    limits: checkPlanLimits(plan, choice.definitions),
    state: stateOfBuild({ plan, definitions: choice.definitions, layout: choice.layout, reservedSheetNames }),
    ...(previous === undefined ? {} : { lastPlan: rebuildPlan(previous) }),
  };
}

/** The layout plan alone, for a workbook whose user sheets have `reservedSheetNames`. */
export function planLayout(choice: BuildChoice, reservedSheetNames: readonly string[] = []): LayoutPlan {
  const options = { ...choice.layout, reservedSheetNames, ...(choice.buildDate === undefined ? {} : { buildDate: choice.buildDate }) };
  return buildLayoutPlan(choice.model ?? buildModel(choice.definitions), options);
}
