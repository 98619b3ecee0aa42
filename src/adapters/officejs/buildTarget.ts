/**
 * What a build reads from the open workbook before anything is planned (the first of its
 * syncs): the sheets and names, the stored state of the last build and the marker of an
 * interrupted one. The core plans from it (`planBuild(choice, target.planning)`), and
 * `applyPlan` (./applyPlan.ts) writes from it.
 */
import type { PlanningContext } from '../../core/planBuild';
import { BuildError, type ProgressReport } from './buildErrors';
import type { BuildMarker } from './buildMarker';
import type { OwnedSheet, StoredState } from './state';
import { readStoredSettings } from './storedSettings';

/** What `applyPlan` needs from the workbook, read before planning (one sync). */
export interface BuildTarget {
  workbook: WorkbookSnapshot;
  /** The add-in's sheets that still exist, by plan key. */
  owned: ReadonlyMap<string, OwnedSheet>;
  /** Workbook names of the last build and of an interrupted one: the add-in's to replace or delete. */
  ownedNames: ReadonlySet<string>;
  /** What the core's `planBuild` needs: the user's sheet names, the last build's state. */
  planning: PlanningContext;
}

/** Reads what planning a build needs: the workbook's sheets and names, the stored state and an interrupted build's marker. */
export async function readBuildTarget(context: Excel.RequestContext, onProgress: (report: ProgressReport) => void = () => undefined): Promise<BuildTarget> {
  onProgress({ phase: 'read', done: 0, total: 4 });
  const workbook = await readWorkbook(context).catch((cause: unknown) => {
    throw new BuildError('read', [], ['everything'], cause);
  });
  const previous = workbook.state;
  const owned = ownedSheets(previous, workbook);
  const ownedIds = new Set([...owned.values()].map((s) => s.id));
  const reservedSheetNames = workbook.sheets.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
  const ownedNames = new Set([...(previous?.names ?? []), ...(workbook.marker?.names ?? [])]);
  return { workbook, owned, ownedNames, planning: { reservedSheetNames, ...(previous === undefined ? {} : { previous }) } };
}

export interface WorkbookSnapshot {
  sheets: { id: string; name: string }[];
  sheetIds: Set<string>;
  /** Every workbook name with what it refers to, e.g. "='Hospitalsudvalget'!$A$5:$I$20". */
  names: { name: string; formula: string }[];
  /** The last complete build. */
  state: StoredState | undefined;
  /** A build that started and did not finish. */
  marker: BuildMarker | undefined;
  /** The command line's hidden state sheet is there: the build keeps it in step with the setting. */
  stateSheet: boolean;
}

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const stored = readStoredSettings(context);
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
  const { state, marker, stateSheet } = await stored();
  return {
    sheets,
    sheetIds: new Set(sheets.map((s) => s.id)),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    state,
    marker: marker ?? markerOfOlderVersion(state),
    stateSheet,
  };
}

/**
 * Earlier versions wrote the whole state marked in progress at the start of a build, with
 * the sheets it was creating; a workbook such a build left interrupted is finished the same way.
 */
function markerOfOlderVersion(state: StoredState | undefined): BuildMarker | undefined {
  if (state?.inProgress !== true) return undefined;
  return { version: 1, pending: state.pending ?? [], names: state.names };
}

/**
 * The add-in's sheets that still exist, by plan key: recorded by id in the state, or by
 * name in the marker of a build that was creating them.
 */
function ownedSheets(previous: StoredState | undefined, workbook: WorkbookSnapshot): Map<string, OwnedSheet> {
  const owned = new Map((previous?.sheets ?? []).filter((s) => workbook.sheetIds.has(s.id)).map((s) => [s.key, s]));
  for (const pending of workbook.marker?.pending ?? []) {
    const sheet = workbook.sheets.find((s) => s.name === pending.name);
    const claimed = new Set([...owned.values()].map((s) => s.id));
    if (sheet !== undefined && !owned.has(pending.key) && !claimed.has(sheet.id)) owned.set(pending.key, { key: pending.key, id: sheet.id, name: sheet.name });
  }
  return owned;
}

/** The rows a table's name covers now (0-based); the name follows rows the user inserted or deleted. */
export function currentTableRows(workbook: WorkbookSnapshot, tableName: string): { top: number; bottom: number } | undefined {
  const formula = workbook.names.find((n) => n.name === tableName)?.formula;
  const match = formula === undefined ? null : /!\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(formula);
  if (match === null) return undefined;
  return { top: Number(match[1]) - 1, bottom: Number(match[2]) - 1 };
}
