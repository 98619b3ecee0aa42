/**
 * Reads the add-in's blocks back for the conflict check, in as many requests as
 * Excel's response limit needs. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded); a 10,000-initiative workbook with realistic
 * titles and notes answers 6–15 MB when read in one go. Each request reads row
 * windows of the blocks whose estimated response stays under RESPONSE_BUDGET_BYTES;
 * a window that is refused anyway (the user typed long text into it) is halved.
 */
import type { SheetPlan } from '../../core/layout/plan';
import { toFormulaInput } from './cellCodec';

/** Under Excel's 5 MB with room for the estimate's error and for text the user added. */
export const RESPONSE_BUDGET_BYTES = 4_000_000;

export interface BlockToRead {
  sheetId: string;
  /** The first row and column to read (0-based); the grid is indexed from row 0, column 0 of the sheet all the same. */
  rowIndex: number;
  columnIndex: number;
  rows: number;
  columns: number;
  /** The estimated response bytes of one row (sheet row index). */
  rowBytes: (row: number) => number;
}

/** A block of the last plan, as the conflict check reads it: its rows (stretched by rows the user inserted) and its columns. */
export function planBlock(sheet: SheetPlan, sheetId: string, rows: number): BlockToRead {
  const average = averageReadRowBytes(sheet);
  return { sheetId, rowIndex: 0, columnIndex: 0, rows, columns: sheet.columnWidths.length, rowBytes: (r) => (r < sheet.cells.length ? estimateReadRowBytes(sheet, r) : average) };
}

/** A block's cells as read, indexed by sheet row and column. */
export interface BlockGrid {
  values: unknown[][];
  formulas: unknown[][];
}

interface Window {
  block: number;
  from: number;
  to: number;
  cost: number;
}

const encoder = new TextEncoder();

/** What Range.values plus Range.formulas of one written row weigh in a response, as JSON. */
export function estimateReadRowBytes(sheet: SheetPlan, row: number): number {
  const cells = sheet.cells[row];
  if (cells === undefined) return averageReadRowBytes(sheet);
  const values = cells.map((c) => (c.t === 'formula' || c.t === 'textFormula' ? c.value : toFormulaInput(c)));
  return encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(cells.map(toFormulaInput))).length + 2;
}

export function isResponseTooLarge(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && (cause as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

function averageReadRowBytes(sheet: SheetPlan): number {
  const rows = Math.max(1, sheet.cells.length);
  let total = 0;
  for (let r = 0; r < sheet.cells.length; r++) total += estimateReadRowBytes(sheet, r);
  return Math.ceil(total / rows) || sheet.columnWidths.length * 6;
}

/** Row windows of every block, grouped into requests that each stay under the budget. */
export function planBlockReads(blocks: readonly BlockToRead[], budget = RESPONSE_BUDGET_BYTES): Window[][] {
  const windows = blocks.flatMap((block, index) => cutBlock(block, index, budget));
  const requests: Window[][] = [];
  let current: Window[] = [];
  let used = 0;
  for (const window of windows) {
    if (current.length > 0 && used + window.cost > budget) {
      requests.push(current);
      current = [];
      used = 0;
    }
    current.push(window);
    used += window.cost;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function cutBlock(block: BlockToRead, index: number, budget: number): Window[] {
  const windows: Window[] = [];
  const end = block.rowIndex + block.rows;
  let from = block.rowIndex;
  let cost = 0;
  for (let r = block.rowIndex; r < end; r++) {
    const rowCost = block.rowBytes(r);
    if (r > from && cost + rowCost > budget) {
      windows.push({ block: index, from, to: r, cost });
      from = r;
      cost = 0;
    }
    cost += rowCost;
  }
  if (end > from) windows.push({ block: index, from, to: end, cost });
  return windows;
}

export async function readBlocks(context: Excel.RequestContext, blocks: readonly BlockToRead[], budget = RESPONSE_BUDGET_BYTES): Promise<BlockGrid[]> {
  const grids: BlockGrid[] = blocks.map(() => ({ values: [], formulas: [] }));
  for (const request of planBlockReads(blocks, budget)) await readWindows(context, blocks, request, grids);
  return grids;
}

async function readWindows(context: Excel.RequestContext, blocks: readonly BlockToRead[], windows: readonly Window[], grids: BlockGrid[]): Promise<void> {
  const reads = windows.map((window) => {
    const block = blocks[window.block] as BlockToRead;
    const range = context.workbook.worksheets.getItem(block.sheetId).getRangeByIndexes(window.from, block.columnIndex, window.to - window.from, block.columns);
    range.load('values,formulas');
    return { window, range };
  });
  try {
    await context.sync();
  } catch (cause) {
    if (!isResponseTooLarge(cause)) throw cause;
    const smaller = splitWindows(windows);
    if (smaller === undefined) throw cause;
    for (const part of smaller) await readWindows(context, blocks, part, grids);
    return;
  }
  for (const { window, range } of reads) {
    const grid = grids[window.block] as BlockGrid;
    const pad = new Array<unknown>((blocks[window.block] as BlockToRead).columnIndex).fill('');
    range.values.forEach((row: unknown[], i) => (grid.values[window.from + i] = pad.length === 0 ? row : [...pad, ...row]));
    range.formulas.forEach((row: unknown[], i) => (grid.formulas[window.from + i] = pad.length === 0 ? row : [...pad, ...row]));
  }
}

/** Several windows go one per request; a single window is halved; a single row cannot be split. */
function splitWindows(windows: readonly Window[]): Window[][] | undefined {
  if (windows.length > 1) return windows.map((w) => [w]);
  const [only] = windows;
  if (only === undefined || only.to - only.from < 2) return undefined;
  const middle = only.from + Math.floor((only.to - only.from) / 2);
  return [[{ ...only, to: middle, cost: only.cost / 2 }], [{ ...only, from: middle, cost: only.cost / 2 }]];
}
