/**
 * Reading the add-in's tables back from the open workbook (docs/readback.md):
 * `readWorkbookTables` hands the core what it needs in two syncs, whatever the number
 * of initiatives; `repairWorkbook` reads back, checks, and rebuilds with overwrite;
 * `watchTables` tells the task pane when the user edits a table.
 */
import { checkIntegrity } from '../../core/readback/integrity';
import { lastBuild, readBack } from '../../core/readback/readBack';
import type { CurrentSheet, Finding, ReadBackInput, ReadBackResult, WorkbookName } from '../../core/readback/types';
import { hasErrors } from '../../core/problems';
import { buildWorkbook, type BuildResult, type ProgressReport } from './applyPlan';
import type { StoredState } from './state';
import { isResponseTooLarge, readBlocks, type BlockToRead } from './blockRead';
import { readStoredSettings } from './storedSettings';

export type WorkbookTables = { state: StoredState; input: ReadBackInput } | { state: undefined; input: undefined };

/**
 * The stored state and the owned sheets' cells, as read-back and the integrity check take them.
 * Sync 1 reads sheets, names and the state; sync 2 the used range of every owned sheet.
 */
export async function readWorkbookTables(context: Excel.RequestContext): Promise<WorkbookTables> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const stored = readStoredSettings(context);
  await context.sync();
  const { state: last, marker } = await stored();
  if (last === undefined) return { state: undefined, input: undefined };
  // While a build's marker stands, the tables are half-written: the stored definitions stand, as when the state said so itself.
  const state = marker === undefined ? last : { ...last, inProgress: true };
  const present = new Map(worksheets.items.map((s) => [s.id, s.name]));
  const owned = state.sheets.flatMap((sheet) => {
    const name = present.get(sheet.id);
    return name === undefined ? [] : [{ key: sheet.key, id: sheet.id, name }];
  });
  const sheets = await readUsedRanges(context, owned);
  const workbookNames: WorkbookName[] = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  return {
    state,
    input: { definitions: state.definitions, layout: state.layout, reservedSheetNames: state.reservedSheetNames, sheets, names: workbookNames },
  };
}

/**
 * The used range of every owned sheet, in one request while its response fits Excel on
 * the web's 5 MB; past that (tens of thousands of initiatives with long notes), the
 * ranges' extents first, then row windows that each fit (src/adapters/officejs/blockRead.ts).
 */
async function readUsedRanges(context: Excel.RequestContext, owned: readonly { key: string; id: string; name: string }[]): Promise<CurrentSheet[]> {
  const reads = owned.map((sheet) => {
    const used = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(false);
    used.load('values,formulas,rowIndex,columnIndex');
    return { ...sheet, used };
  });
  try {
    await context.sync();
  } catch (cause) {
    if (!isResponseTooLarge(cause)) throw cause;
    return readUsedRangesInWindows(context, owned);
  }
  return reads.map(({ key, name, used }) => ({
    key,
    name,
    values: used.isNullObject ? [] : offsetGrid(used.values, used.rowIndex, used.columnIndex),
    formulas: used.isNullObject ? [] : offsetGrid(used.formulas, used.rowIndex, used.columnIndex),
  }));
}

/** A row of values and formulas as JSON, guessed generously: long titles and notes, formulas in the year columns. */
const GUESSED_BYTES_PER_CELL = 120;

async function readUsedRangesInWindows(context: Excel.RequestContext, owned: readonly { key: string; id: string; name: string }[]): Promise<CurrentSheet[]> {
  const extents = owned.map((sheet) => {
    const used = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(false);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, used };
  });
  await context.sync();
  const present = extents.filter(({ used }) => !used.isNullObject);
  const blocks: BlockToRead[] = present.map(({ sheet, used }) => ({
    sheetId: sheet.id,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rows: used.rowCount,
    columns: used.columnCount,
    rowBytes: () => used.columnCount * GUESSED_BYTES_PER_CELL,
  }));
  const grids = await readBlocks(context, blocks);
  const dense = (grid: unknown[][]): unknown[][] => Array.from({ length: grid.length }, (_, r) => grid[r] ?? []);
  return extents.map(({ sheet, used }) => {
    const grid = used.isNullObject ? undefined : grids[present.findIndex((p) => p.sheet === sheet)];
    return { key: sheet.key, name: sheet.name, values: dense(grid?.values ?? []), formulas: dense(grid?.formulas ?? []) };
  });
}

/** Pads a used range read from (rowIndex, columnIndex) so grid[r][c] is sheet row r, column c. */
function offsetGrid(grid: unknown[][], rowIndex: number, columnIndex: number): unknown[][] {
  const pad = (row: unknown[]): unknown[] => [...new Array<unknown>(columnIndex).fill(''), ...row];
  return [...Array.from({ length: rowIndex }, () => [] as unknown[]), ...grid.map(pad)];
}

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
  const { state, input } = tables;
  // The last build's model and plan once, for the check and read-back alike.
  const built = state.inProgress ? undefined : lastBuild(input);
  const findings = built === undefined ? [] : checkIntegrity(input, built.plan);
  const result: ReadBackResult = built === undefined ? { definitions: state.definitions, diff: [], notices: [], problems: [] } : readBack(input, built);
  if (hasErrors(result.problems)) return { status: 'invalid', readBack: result, findings };
  const build = await buildWorkbook(context, { definitions: result.definitions, layout: state.layout, overwriteConflicts: true }, onProgress);
  return { status: 'repaired', readBack: result, findings, build };
}

export interface TableChange {
  worksheetId: string;
  address: string;
  changeType: string;
}

export interface WatchOptions {
  /** Quiet time before `onChange` runs, so typing a row of amounts is one notification. Default 500 ms. */
  debounceMs?: number;
  /** Where a failure of `onChange` goes; by default it is rethrown outside the event (an uncaught error). */
  onError?: (error: unknown) => void;
}

/**
 * Calls `onChange` when the user edits one of the add-in's sheets. Changes the add-in
 * makes itself (`triggerSource` "ThisLocalAddin", e.g. a build) are not the user's and are
 * ignored. Returns a function that stops watching. Two syncs: the state, then the handlers.
 */
export async function watchTables(
  context: Excel.RequestContext,
  onChange: (changes: TableChange[]) => void | Promise<void>,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 500;
  const onError = options.onError ?? ((error: unknown) => void setTimeout(() => { throw error; }, 0));
  const worksheets = context.workbook.worksheets.load('items/id');
  const stored = readStoredSettings(context);
  await context.sync();
  const { state } = await stored();
  const present = new Set(worksheets.items.map((s) => s.id));
  let pending: TableChange[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = (): void => {
    timer = undefined;
    const changes = pending;
    pending = [];
    Promise.resolve()
      .then(() => onChange(changes))
      .catch(onError);
  };
  // eslint-disable-next-line @typescript-eslint/require-await -- Office.js event handlers must return a promise.
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource === 'ThisLocalAddin') return;
    pending.push({ worksheetId: event.worksheetId, address: event.address, changeType: event.changeType });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(deliver, debounceMs);
  };
  const registrations = (state?.sheets ?? []).filter((s) => present.has(s.id)).map((s) => context.workbook.worksheets.getItem(s.id).onChanged.add(handler));
  await context.sync();
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = [];
    for (const registration of registrations) registration.remove();
    await context.sync();
  };
}
