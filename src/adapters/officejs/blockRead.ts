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
  sheet: SheetPlan;
  sheetId: string;
  /** Rows to read from row 0 (the block as the last build left it, stretched by rows the user inserted). */
  rows: number;
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
  const values = cells.map((c) => (c.t === 'formula' ? c.value : toFormulaInput(c)));
  return encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(cells.map(toFormulaInput))).length + 2;
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
  const average = averageReadRowBytes(block.sheet);
  let from = 0;
  let cost = 0;
  for (let r = 0; r < block.rows; r++) {
    const rowCost = r < block.sheet.cells.length ? estimateReadRowBytes(block.sheet, r) : average;
    if (r > from && cost + rowCost > budget) {
      windows.push({ block: index, from, to: r, cost });
      from = r;
      cost = 0;
    }
    cost += rowCost;
  }
  if (block.rows > from) windows.push({ block: index, from, to: block.rows, cost });
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
    const range = context.workbook.worksheets.getItem(block.sheetId).getRangeByIndexes(window.from, 0, window.to - window.from, block.sheet.columnWidths.length);
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
    range.values.forEach((row, i) => (grid.values[window.from + i] = row));
    range.formulas.forEach((row, i) => (grid.formulas[window.from + i] = row));
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

function isResponseTooLarge(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && (cause as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}
