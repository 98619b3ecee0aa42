/**
 * Applies a layout plan to the live workbook through the Excel JavaScript API. The adapter
 * decides nothing: its caller reads what planning needs (`readBuildTarget` in
 * ./buildTarget.ts), plans in the core (`planBuild` in src/core/planBuild.ts) and hands the plan to `applyPlan` (see
 * docs/architecture.md). Both take any `Excel.RequestContext` (real Office.js, or the
 * in-memory double in tests).
 *
 * Sync budget per build (docs/benchmarks.md has the counts by size):
 *   1. read sheets, names, the stored state and the marker of an interrupted build
 *      (`readBuildTarget`: the plan avoids the user's sheet names, and a rebuild compares
 *      with the last build's plan); plus one, the hidden sheet's cells, in a workbook the
 *      command line built that has no setting yet (./storedSettings.ts)
 *   2. read the current tables, in requests whose responses stay under 5 MB
 *      (only for a rebuild that does not overwrite)
 *   3. the write: the marker, sheet names, new sheets and every block's new height first,
 *      then the rows; names, removed sheets and the state last (split only where a
 *      request would pass 5 MB)
 *   4. the state alone, only when a single write request created sheets: it records
 *      their ids, which Excel gives only once that request has run
 */
import { sheetPrefix } from '../../core/layout/a1';
import type { LayoutPlan, SheetPlan } from '../../core/layout/plan';
import type { PlannedBuild } from '../../core/planBuild';
import { hasErrors } from '../../core/problems';
import { findConflicts, type Conflict, type CurrentTable } from '../../core/readback/conflicts';
import { planBlock, readBlocks, type BlockToRead } from './blockRead';
import { BuildError, NameClashError, PlanLimitError, type BuildPhase, type ProgressReport } from './buildErrors';
import { BUILD_MARKER_KEY, encodeMarker, type BuildMarker } from './buildMarker';
import { currentTableRows, type BuildTarget, type WorkbookSnapshot } from './buildTarget';
import { queueHiddenText } from './hiddenSheet';
import { encodeState, STATE_KEY, STATE_SHEET_NAME, WARN_BYTES, type OwnedSheet, type StoredState } from './state';
import { COMMAND_BYTES, estimateBatchBytes, planWriteBatches, reshapeBlock, writeSlice, type PreviousExtent } from './writeSheet';

// The pane and the tests know a build's failures and progress from here, where a build is run.
export { BuildError, NameClashError, PlanLimitError, type BuildPhase, type ProgressReport } from './buildErrors';

export interface ApplyOptions {
  /** Overwrite cells the user changed since the last build (default: report them and write nothing). */
  overwriteConflicts?: boolean;
}

export interface BuildResult {
  status: 'written' | 'conflicts';
  conflicts: Conflict[];
  sheets: string[];
  names: string[];
  /** The overview's grand total per year, from the engine. */
  grandTotal: number[];
  /** Sizes and other things worth telling the user, in English for logs; the pane words its own. */
  stateBytes: number;
  stateNearLimit: boolean;
  /** The writer's own estimate of each write request's size in bytes, as it planned them (for the benchmark and its test). */
  writeRequestBytes?: number[];
}

/**
 * Applies a plan the core made for `target` (`planBuild(choice, target.planning)`): refuses it
 * while a limit problem stands or a user's name is in the way, compares with the last build
 * unless told to overwrite, then writes.
 */
export async function applyPlan(context: Excel.RequestContext, target: BuildTarget, planned: PlannedBuild, options: ApplyOptions = {}, onProgress: (report: ProgressReport) => void = () => undefined): Promise<BuildResult> {
  const progress = (phase: BuildPhase, done: number, total: number): void => onProgress({ phase, done, total });
  const { plan, lastPlan } = planned;
  const { workbook, owned, ownedNames } = target;
  const previous = target.planning.previous;
  if (hasErrors(planned.limits)) throw new PlanLimitError(planned.limits, plan.lang);
  assertNamesFree(plan, workbook.names.map((n) => n.name), ownedNames);
  const inputs: BuildInputs = { plan, owned, ownedNames, previous, state: planned.state, workbook, previousExtent: (key) => previousExtent(key, plan, lastPlan, workbook) };

  progress('compare', 1, 4);
  if (previous !== undefined && workbook.marker === undefined && options.overwriteConflicts !== true) {
    const conflicts = await compareWithLastBuild(context, lastPlan, owned, workbook).catch((cause: unknown) => {
      throw new BuildError('compare', [], ['everything'], cause);
    });
    if (conflicts.length > 0) return result('conflicts', plan, conflicts, 0, []);
  }

  const written: string[] = [];
  const notWritten = (): string[] => plan.sheets.map((s) => s.name).filter((n) => !written.includes(n));
  // The state's size is known before the ids of new sheets are: they add about 40 bytes a sheet.
  // It travels twice when the command line's state sheet is kept in step too.
  const stateSize = (await encodeState(finalState(inputs, new Map()))).length * (workbook.stateSheet ? 2 : 1);
  const extras = { first: preparationBytes(inputs), last: finishingBytes(inputs, stateSize) };
  const batches = planWriteBatches(plan.sheets, extras);
  // A single write request that creates sheets leaves the state to a request of its own (see below).
  const stateAlone = batches.length === 1 && plan.sheets.some((s) => !owned.has(s.key));
  const estimates = batches.map((batch, i) => estimateBatchBytes(batch) + (i === 0 ? extras.first : 0) + (i === batches.length - 1 ? extras.last - (stateAlone ? stateSize : 0) : 0));
  const idByKey = new Map([...owned.entries()].filter(([key]) => plan.sheets.some((s) => s.key === key)).map(([key, s]) => [key, s.id]));
  let stateBytes: number | undefined;
  for (const [i, batch] of batches.entries()) {
    progress('write', 2 + i / batches.length, 4);
    try {
      context.application.suspendApiCalculationUntilNextSync();
      const created = i === 0 ? queuePreparation(context, inputs) : new Map<string, Excel.Worksheet>();
      for (const slice of batch) writeSlice(created.get(slice.sheet.key) ?? context.workbook.worksheets.getItem(idByKey.get(slice.sheet.key) ?? ''), slice);
      if (i === batches.length - 1) {
        queueNamesAndRemovals(context, inputs);
        // The state records sheet ids; a sheet created in this very request has none yet.
        if (created.size === 0) stateBytes = await queueFinalState(context, inputs, idByKey);
      }
      await context.sync();
      for (const [key, proxy] of created) idByKey.set(key, proxy.id);
      for (const slice of batch) if (slice.to >= slice.sheet.cells.length) written.push(slice.sheet.name);
    } catch (cause) {
      throw new BuildError('write', written, notWritten(), cause);
    }
  }

  if (stateBytes === undefined) {
    progress('finish', 3, 4);
    try {
      stateBytes = await queueFinalState(context, inputs, idByKey);
      await context.sync();
    } catch (cause) {
      throw new BuildError('finish', written, ['stored definitions'], cause);
    }
  }
  progress('finish', 4, 4);
  return result('written', plan, [], stateBytes, estimates);
}

function result(status: BuildResult['status'], plan: LayoutPlan, conflicts: Conflict[], stateBytes: number, writeRequestBytes: number[]): BuildResult {
  const overview = plan.sheets[0];
  const totalRow = overview?.table.rows.find((r) => r.role === 'total')?.row ?? -1;
  const grandTotal = (overview?.table.yearColumns ?? []).map((c) => {
    const cell = overview?.cells[totalRow]?.[c];
    return cell?.t === 'formula' ? cell.value : 0;
  });
  return {
    status,
    conflicts,
    sheets: plan.sheets.map((s) => s.name),
    names: plan.names.map((n) => n.name),
    grandTotal,
    stateBytes,
    stateNearLimit: stateBytes > WARN_BYTES,
    writeRequestBytes,
  };
}

/**
 * How far the add-in's block reached before this build: what the table's workbook name
 * covers now (it follows rows the user inserted, and grows with the rows a build inserts),
 * else the last plan's height. Table names are stable per sheet key, so a sheet an
 * interrupted build created is found by the name it got too.
 */
function previousExtent(key: string, plan: LayoutPlan, lastPlan: LayoutPlan | undefined, workbook: WorkbookSnapshot): PreviousExtent {
  const last = lastPlan?.sheets.find((s) => s.key === key);
  const planned = plan.sheets.find((s) => s.key === key);
  const rows = currentTableRows(workbook, (last ?? planned)?.table.name ?? '');
  if (rows !== undefined) return { rows: rows.bottom + 1, columns: (last ?? planned)?.columnWidths.length ?? 0 };
  return last === undefined ? { rows: 0, columns: 0 } : { rows: last.cells.length, columns: last.columnWidths.length };
}

/** Names are the add-in's interface (Total_<id>, GrandTotal): a user's own name of the same spelling is never replaced. */
function assertNamesFree(plan: LayoutPlan, existing: readonly string[], owned: ReadonlySet<string>): void {
  const taken = new Map(existing.filter((n) => !owned.has(n)).map((n) => [n.toLowerCase(), n]));
  const clashes = plan.names.filter((n) => taken.has(n.name.toLowerCase())).map((n) => n.name);
  if (clashes.length > 0) throw new NameClashError(clashes);
}

async function compareWithLastBuild(context: Excel.RequestContext, lastPlan: LayoutPlan | undefined, owned: ReadonlyMap<string, OwnedSheet>, workbook: WorkbookSnapshot): Promise<Conflict[]> {
  const nameById = new Map(workbook.sheets.map((s) => [s.id, s.name]));
  const blocks: (BlockToRead & { sheet: SheetPlan; sheetName: string; currentRows?: { top: number; bottom: number } })[] = (lastPlan?.sheets ?? []).flatMap((sheet) => {
    const ownedSheet = owned.get(sheet.key);
    const sheetName = ownedSheet === undefined ? undefined : nameById.get(ownedSheet.id);
    if (ownedSheet === undefined || sheetName === undefined) return [];
    const currentRows = currentTableRows(workbook, sheet.table.name);
    const rows = Math.max(sheet.cells.length, (currentRows?.bottom ?? -1) + 1);
    return [{ ...planBlock(sheet, ownedSheet.id, rows), sheet, sheetName, ...(currentRows === undefined ? {} : { currentRows }) }];
  });
  const grids = await readBlocks(context, blocks);
  const renamedSheets = new Map(blocks.filter((b) => b.sheetName !== b.sheet.name).map((b) => [b.sheetName, b.sheet.name]));
  const tables: CurrentTable[] = blocks.map((block, i) => ({
    written: block.sheet,
    sheetName: block.sheetName,
    renamedSheets,
    values: grids[i]?.values ?? [],
    formulas: grids[i]?.formulas ?? [],
    ...(block.currentRows === undefined ? {} : { currentRows: block.currentRows }),
  }));
  return findConflicts(tables);
}

/** What one build works from, passed between its phases. */
interface BuildInputs {
  plan: LayoutPlan;
  owned: ReadonlyMap<string, OwnedSheet>;
  /** Workbook names of the last build and of an interrupted one: the add-in's to replace or delete. */
  ownedNames: ReadonlySet<string>;
  previous: StoredState | undefined;
  /** The state to store, as the core planned it; the ids of the sheets are filled in here. */
  state: StoredState;
  workbook: WorkbookSnapshot;
  /** How far a sheet's block reached before this build (nothing for a sheet this build creates). */
  previousExtent: (key: string) => PreviousExtent;
}

/**
 * The first request's opening commands: the marker, sheet names, new sheets, and every
 * block at its new height. Returns the sheets it adds (their ids load with the request).
 */
function queuePreparation(context: Excel.RequestContext, inputs: BuildInputs): Map<string, Excel.Worksheet> {
  const { plan, owned } = inputs;
  const worksheets = context.workbook.worksheets;
  const temporaryName = temporaryNames(inputs.workbook.sheets.map((s) => s.name));
  const currentName = new Map(inputs.workbook.sheets.map((s) => [s.id, s.name]));
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  // Sheets of committees that left the definitions step aside now and are deleted at the end.
  const stale = [...owned.values()].filter((s) => !plannedKeys.has(s.key)).map((s) => ({ ...s, temporary: temporaryName() }));
  // Recorded first, in the same request: commands apply in order, so a sheet this build
  // creates or sets aside can never exist without the record that lets a retry claim it.
  const recordedInState = new Set((inputs.previous?.sheets ?? []).filter((s) => owned.get(s.key)?.id === s.id).map((s) => s.key));
  const marker: BuildMarker = {
    version: 1,
    pending: [
      ...plan.sheets.filter((s) => !recordedInState.has(s.key)).map((s) => ({ key: s.key, name: s.name })),
      ...stale.filter((s) => !recordedInState.has(s.key)).map((s) => ({ key: s.key, name: s.temporary })),
    ],
    names: [...new Set([...plan.names.map((n) => n.name), ...inputs.ownedNames])],
  };
  context.workbook.settings.add(BUILD_MARKER_KEY, encodeMarker(marker));
  for (const sheet of stale) worksheets.getItem(sheet.id).name = sheet.temporary;
  // Owned sheets that change name first take temporary names, so swapping two names never collides.
  const moving = plan.sheets.flatMap((sheet) => {
    const id = owned.get(sheet.key)?.id;
    return id === undefined || currentName.get(id) === sheet.name ? [] : [{ id, name: sheet.name }];
  });
  for (const sheet of moving) worksheets.getItem(sheet.id).name = temporaryName();
  for (const sheet of moving) worksheets.getItem(sheet.id).name = sheet.name;
  const created = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    const id = owned.get(sheet.key)?.id;
    if (id === undefined) created.set(sheet.key, worksheets.add(sheet.name));
    // Every block takes its new height here, before any formula is written: Excel shifts the
    // references of formulas already in the workbook when rows are inserted above them, so an
    // overview formula written first would end up pointing inside a table that grows later.
    else reshapeBlock(worksheets.getItem(id), sheet, inputs.previousExtent(sheet.key));
  }
  for (const proxy of created.values()) proxy.load('id');
  return created;
}

/** Names no sheet has: "~bt~1", "~bt~2"… skipping any the workbook already uses. */
function temporaryNames(existing: readonly string[]): () => string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let counter = 0;
  return () => {
    let name: string;
    do name = `~bt~${++counter}`;
    while (taken.has(name));
    return name;
  };
}

/**
 * The last request's closing commands: names updated in place (a table's name never
 * disappears, so its extent stays readable after any interruption), new names added,
 * names and sheets that left the definitions deleted.
 */
function queueNamesAndRemovals(context: Excel.RequestContext, inputs: BuildInputs): void {
  const { plan, workbook } = inputs;
  const names = context.workbook.names;
  const existing = new Map(workbook.names.map((n) => [n.name.toLowerCase(), n.name]));
  const sheetNameByKey = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const planned = new Set(plan.names.map((n) => n.name.toLowerCase()));
  for (const name of plan.names) {
    const formula = `=${sheetPrefix(sheetNameByKey.get(name.sheetKey) ?? '')}${name.range}`;
    const current = existing.get(name.name.toLowerCase());
    if (current === undefined) names.add(name.name, formula);
    else names.getItem(current).formula = formula;
  }
  for (const name of inputs.ownedNames) {
    const current = existing.get(name.toLowerCase());
    if (current !== undefined && !planned.has(name.toLowerCase())) names.getItem(current).delete();
  }
  // Deleting a sheet clears Excel's undo stack; it happens only when a committee left the definitions.
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  for (const sheet of inputs.owned.values()) if (!plannedKeys.has(sheet.key)) context.workbook.worksheets.getItem(sheet.id).delete();
}

/**
 * The stored state of the finished build, written once, with the marker's removal. A workbook
 * the command line built keeps the same text in its hidden sheet, so `budget-tables read` on
 * the saved file reads this build, not the command line's; it goes first, so that should
 * Excel refuse it, the marker still stands and a retry finishes the build.
 */
async function queueFinalState(context: Excel.RequestContext, inputs: BuildInputs, idByKey: ReadonlyMap<string, string>): Promise<number> {
  const encoded = await encodeState(finalState(inputs, idByKey));
  if (inputs.workbook.stateSheet) queueHiddenText(context, STATE_SHEET_NAME, encoded);
  context.workbook.settings.add(STATE_KEY, encoded);
  // The marker went in with the build's first request, so it is there to delete.
  context.workbook.settings.getItem(BUILD_MARKER_KEY).delete();
  return encoded.length;
}

function finalState(inputs: BuildInputs, idByKey: ReadonlyMap<string, string>): StoredState {
  return { ...inputs.state, sheets: inputs.state.sheets.map((s) => ({ ...s, id: idByKey.get(s.key) ?? '' })) };
}

/** Bytes the first request carries besides the rows: the marker, renames, new sheets and reshaping (a few commands a sheet). */
function preparationBytes(inputs: BuildInputs): number {
  const marker = inputs.plan.sheets.reduce((n, s) => n + s.name.length + s.key.length + 20, 0) + inputs.plan.names.reduce((n, name) => n + name.name.length + 3, 0);
  return marker + COMMAND_BYTES * (4 + inputs.plan.sheets.length * 4);
}

/** Bytes the last request carries besides the rows: a command and a formula per name, removals, and the state. */
function finishingBytes(inputs: BuildInputs, stateBytes: number): number {
  return COMMAND_BYTES * (4 + inputs.plan.names.length + inputs.ownedNames.size + inputs.owned.size) + inputs.plan.names.length * 60 + stateBytes + inputs.plan.sheets.length * 40;
}

export type { Conflict };
