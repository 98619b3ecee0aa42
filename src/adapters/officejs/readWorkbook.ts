/**
 * Reading the add-in's tables back from the open workbook (docs/readback.md):
 * `readWorkbookTables` hands the core what it needs in two syncs, whatever the number
 * of initiatives. Repairing is in ./repair.ts, watching for the user's edits in ./watch.ts.
 */
import { checkIntegrity } from '../../core/readback/integrity';
import { lastBuild, readBack } from '../../core/readback/readBack';
import type { CurrentSheet, Finding, ReadBackInput, ReadBackResult, WorkbookName } from '../../core/readback/types';
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

/** The tables read back (docs/readback.md) and, unless `check` is false, checked. */
export interface TablesReadBack {
  result: ReadBackResult;
  findings: Finding[];
  /** The last build was interrupted: `result` holds its stored definitions, not what the half-written sheets show. */
  interrupted: boolean;
}

/**
 * Read-back (and the integrity check) of what `readWorkbookTables` read, with the last build's
 * model and plan made once for both. An interrupted build's half-written tables say nothing
 * about the user's edits, so its stored definitions stand.
 */
export function readBackTables(tables: { state: StoredState; input: ReadBackInput }, check = true): TablesReadBack {
  const { state, input } = tables;
  if (state.inProgress) return { result: { definitions: state.definitions, diff: [], notices: [], problems: [] }, findings: [], interrupted: true };
  const built = lastBuild(input);
  return { result: readBack(input, built), findings: check ? checkIntegrity(input, built.plan) : [], interrupted: false };
}
