/**
 * Queues the commands that write one sheet plan (or a slice of its rows): whole
 * 2D blocks for formulas, number formats as a few rectangles, one command set per
 * styled range. Nothing here syncs; the caller decides when a batch goes.
 */
import { columnLetter, range } from '../../core/layout/a1';
import type { BorderWeight, CellStyle, ConditionalFormatPlan, SheetPlan } from '../../core/layout/plan';
import { toFormulaInput } from './cellCodec';
import { replaceChart } from './chart';
import { applyFontAndAlignment, applyPrintSetup, applyRowHeights } from './pageSetup';

/**
 * Excel on the web rejects requests over 5 MB. The estimate follows what the request
 * carries (the formulas as JSON, number formats and style addresses, a few hundred bytes
 * of commands per sheet) and is held within 10 % of the double's measure by a test, so
 * batches can aim close to the limit.
 */
export const REQUEST_BUDGET_BYTES = 4_400_000;

/** Rows [from, to) of a sheet plan; `first` slices also lay out the sheet itself. */
export interface SheetSlice {
  sheet: SheetPlan;
  from: number;
  to: number;
  first: boolean;
}

export interface PreviousExtent {
  rows: number;
  columns: number;
}

/** Bytes the first and the last request carry besides rows (sheet setup; names and the state). */
export interface BatchExtras {
  first: number;
  last: number;
}

/**
 * Groups slices into requests that each stay under the budget: one request for all but
 * very large builds. The first request also prepares the sheets and the last one
 * finishes the build, so their extra bytes count against the budget too.
 */
export function planWriteBatches(sheets: readonly SheetPlan[], extras: BatchExtras = { first: 0, last: 0 }, budget = REQUEST_BUDGET_BYTES): SheetSlice[][] {
  const batches: SheetSlice[][] = [];
  let current: SheetSlice[] = [];
  let used = extras.first;
  // A slice must fit beside the preparation of the first request; the finishing commands
  // (the state can be megabytes) go alone when they do not fit beside the last rows.
  // Slices of about a quarter of the budget let the requests fill up: whole sheets of
  // 2–3 MB would go one a request.
  const slices = sheets.flatMap((sheet) => sliceSheet(sheet, Math.min(budget - extras.first, budget / 4)));
  const total = slices.reduce((n, s) => n + s.cost, 0);
  let remaining = total;
  for (const { slice, cost } of slices) {
    // Room for the finishing commands is kept in the request that will be the last.
    const closing = remaining - cost === 0 ? extras.last : 0;
    if (current.length > 0 && used + cost + closing > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(slice);
    used += cost;
    remaining -= cost;
  }
  if (current.length > 0 && used + extras.last > budget) {
    // The finishing commands do not fit beside the last rows: they go alone.
    batches.push(current);
    current = [];
  }
  batches.push(current);
  return batches;
}

/** Cuts a sheet into row slices that each fit the budget on their own. */
function sliceSheet(sheet: SheetPlan, budget: number): { slice: SheetSlice; cost: number }[] {
  const slices: { slice: SheetSlice; cost: number }[] = [];
  const perRow = styleBytesPerRow(sheet);
  const tall = tallRows(sheet);
  // Every slice may need a command set for each of the sheet's heights.
  const heightGroups = rowHeightGroupBytes(sheet, 0, sheet.cells.length);
  let from = 0;
  let cost = sheetSetupBytes(sheet) + heightGroups;
  sheet.cells.forEach((_, r) => {
    const rowCost = rowBytes(sheet, r, perRow, tall);
    if (r > from && cost + rowCost > budget) {
      slices.push({ slice: { sheet, from, to: r, first: from === 0 }, cost });
      from = r;
      cost = heightGroups;
    }
    cost += rowCost;
  });
  slices.push({ slice: { sheet, from, to: sheet.cells.length, first: from === 0 }, cost });
  return slices;
}

/**
 * One command as Office's request body carries it (action id, type, name, object path,
 * and the path record of the proxy it acts on), without its arguments. Measured on the
 * double's request bodies: 224–230 bytes a command over builds of 10 to 3,000 initiatives.
 */
export const COMMAND_BYTES = 225;

/** Page setup, header and footer (pageSetup.ts) and the overview's chart: measured at about 2,450 bytes a sheet. */
const PRINT_SETUP_BYTES = 2_450;

/** A page break's cell address as its add command carries it ("A1234" and the quotes). */
const PAGE_BREAK_ADDRESS_BYTES = 10;

/**
 * Rows taller than standard for their wrapped text are set a height at a time: one RangeAreas,
 * its format and the height per distinct height (measured 340–348 bytes, as for one range),
 * plus each row's address in the list.
 */
const ROW_HEIGHT_GROUP_BYTES = 345;

/** The rule object and the paths of a drop-down's range and its DataValidation: 367 bytes in all measured for "J7:J8" with "Ja,Nej". */
const DROP_DOWN_BYTES = 130;

/** Column widths and visibility, freeze panes, page setup, and the commands around the block (clearing its drop-downs and conditional formats too). */
function sheetSetupBytes(sheet: SheetPlan): number {
  // The page breaks: one command clears the last build's, one adds each (with its cell's address).
  const pageBreaks = COMMAND_BYTES * (1 + sheet.print.pageBreaks.length) + sheet.print.pageBreaks.length * PAGE_BREAK_ADDRESS_BYTES;
  return COMMAND_BYTES * (sheet.columnWidths.length * 2 + 10) + PRINT_SETUP_BYTES + pageBreaks;
}

function tallRows(sheet: SheetPlan): ReadonlySet<number> {
  return new Set(sheet.rowHeights.map((h) => h.row));
}

/** The command sets for the distinct heights among rows [from, to). */
function rowHeightGroupBytes(sheet: SheetPlan, from: number, to: number): number {
  const heights = new Set(sheet.rowHeights.filter(({ row }) => row >= from && row < to).map(({ height }) => height));
  return heights.size * ROW_HEIGHT_GROUP_BYTES;
}

/** A row's share of the number-format rectangles, style groups, drop-downs and conditional formats (addresses and a command per property). */
function styleBytesPerRow(sheet: SheetPlan): number {
  const rows = Math.max(1, sheet.cells.length);
  const formats = numberFormatRuns(sheet, 0, sheet.cells.length).reduce((n, run) => n + run.range.length + run.format.length + COMMAND_BYTES, 0);
  const styles = styleGroups(sheet, 0, sheet.cells.length).reduce((n, group) => n + group.addresses.length + COMMAND_BYTES * Object.keys(group.style).length, 0);
  return (formats + styles + ruleBytes(sheet)) / rows;
}

/** A drop-down is one command with its address and list; a warning format five (add, rule, font colour and bold, fill). */
function ruleBytes(sheet: SheetPlan): number {
  const dropDowns = (sheet.dataValidations ?? []).reduce((n, v) => n + COMMAND_BYTES + DROP_DOWN_BYTES + v.range.length + v.values.join(',').length, 0);
  const warnings = (sheet.conditionalFormats ?? []).reduce((n, f) => n + COMMAND_BYTES * 5 + f.range.length, 0);
  return dropDowns + warnings;
}

const encoder = new TextEncoder();

/** A row's formulas as the request's JSON carries them, in UTF-8 bytes (Danish letters take two). */
function rowBytes(sheet: SheetPlan, row: number, perRow: number, tall: ReadonlySet<number>): number {
  return encoder.encode(JSON.stringify((sheet.cells[row] ?? []).map(toFormulaInput))).length + 1 + perRow + (tall.has(row) ? `A${row + 1}:A${row + 1},`.length : 0);
}

/** The estimated bytes of a batch's rows and sheet setup, as planWriteBatches counts them. */
export function estimateBatchBytes(batch: readonly SheetSlice[]): number {
  return batch.reduce((n, slice) => {
    const perRow = styleBytesPerRow(slice.sheet);
    const tall = tallRows(slice.sheet);
    let bytes = (slice.first ? sheetSetupBytes(slice.sheet) : 0) + rowHeightGroupBytes(slice.sheet, slice.from, slice.to);
    for (let r = slice.from; r < slice.to; r++) bytes += rowBytes(slice.sheet, r, perRow, tall);
    return n + bytes;
  }, 0);
}

export function writeSlice(worksheet: Excel.Worksheet, slice: SheetSlice): void {
  const { sheet, from, to } = slice;
  const width = sheet.columnWidths.length;
  if (slice.first) layOutSheet(worksheet, sheet);
  if (to <= from) return;
  const block = worksheet.getRangeByIndexes(from, 0, to - from, width);
  block.clear('Formats');
  for (const run of numberFormatRuns(sheet, from, to)) worksheet.getRange(run.range).numberFormat = broadcast(run.format);
  block.formulas = sheet.cells.slice(from, to).map((row) => row.map(toFormulaInput));
  for (const group of styleGroups(sheet, from, to)) applyStyle(worksheet.getRanges(group.addresses).format, group.style);
  writeChoiceRules(worksheet, block, sheet, from, to);
  applyRowHeights(worksheet, from, to, rowHeightGroups(sheet, from, to));
  if (sheet.kind === 'overview' && to >= sheet.cells.length) replaceChart(worksheet, sheet.chart);
}

/**
 * The slice's Med drop-downs and overspent-pool warnings (docs/layout.md, L15). Each slice
 * first removes every drop-down and conditional format from its own rows, so a rebuild that
 * grew, shrank or moved the table leaves no stale or doubled rule: rows inserted inside an
 * area widen it, as in Excel, and would otherwise keep a drop-down where a line now stands.
 * Conditional formats are cleared explicitly although clear('Formats') may already have.
 */
function writeChoiceRules(worksheet: Excel.Worksheet, block: Excel.Range, sheet: SheetPlan, from: number, to: number): void {
  block.dataValidation.clear();
  block.conditionalFormats.clearAll();
  for (const validation of sheet.dataValidations ?? []) {
    const clipped = clipRows(validation.range, from, to);
    if (clipped === undefined) continue;
    // Office.js takes the items comma-separated whatever the user's list separator; none holds a comma.
    worksheet.getRange(clipped).dataValidation.rule = { list: { inCellDropDown: true, source: validation.values.join(',') } };
  }
  for (const format of sheet.conditionalFormats ?? []) {
    const clipped = clipRows(format.range, from, to);
    if (clipped !== undefined) addWarning(worksheet.getRange(clipped), format);
  }
}

function addWarning(range: Excel.Range, plan: ConditionalFormatPlan): void {
  const format = range.conditionalFormats.add('CellValue').cellValue;
  format.rule = { formula1: `=${plan.lessThan}`, operator: 'LessThan' };
  format.format.font.color = plan.style.fontColor;
  format.format.font.bold = plan.style.bold;
  format.format.fill.color = plan.style.fill;
}

/** Excel refuses an address string over 8,192 characters; RangeAreas lists stay below it. */
const MAX_AREAS_ADDRESS = 8_000;

/**
 * The slice's styled ranges grouped by identical style, so one command set formats all
 * rows of a kind (every subtotal row, every indented title…) through RangeAreas.
 */
export function styleGroups(sheet: SheetPlan, from: number, to: number): { style: CellStyle; addresses: string }[] {
  const groups = new Map<string, { style: CellStyle; ranges: string[] }>();
  for (const styled of sheet.styles) {
    // A run of rows can cross slices (a column's wrap, the sheet's font): each slice styles
    // its own rows, since it clears their formats first.
    const clipped = clipRows(styled.range, from, to);
    if (clipped === undefined) continue;
    const key = JSON.stringify(styled.style);
    const group = groups.get(key) ?? { style: styled.style, ranges: [] };
    group.ranges.push(clipped);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => chunkAddresses(group.ranges).map((addresses) => ({ style: group.style, addresses })));
}

/**
 * The slice's tall rows grouped by height, consecutive rows as one range: one RangeAreas
 * command set per height, not one per row.
 */
export function rowHeightGroups(sheet: SheetPlan, from: number, to: number): { height: number; addresses: string }[] {
  const rowsByHeight = new Map<number, number[]>();
  for (const { row, height } of sheet.rowHeights) {
    if (row >= from && row < to) rowsByHeight.set(height, [...(rowsByHeight.get(height) ?? []), row]);
  }
  return [...rowsByHeight].flatMap(([height, rows]) => chunkAddresses(rowRuns(rows)).map((addresses) => ({ height, addresses })));
}

/** Rows (ascending, 0-based) as "A5:A7"-style runs of consecutive rows. */
function rowRuns(rows: readonly number[]): string[] {
  const runs: string[] = [];
  let start = rows[0];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (next === row + 1 || start === undefined) return;
    runs.push(`A${start + 1}:A${row + 1}`);
    start = next;
  });
  return runs;
}

/** "B6:B18" limited to rows [from, to) (0-based), or undefined when none of its rows are there. */
function clipRows(rangeText: string, from: number, to: number): string | undefined {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(rangeText);
  if (match === null) return undefined;
  const [, left = 'A', top = '1', right = left, bottom = top] = match;
  const first = Math.max(Number(top) - 1, from);
  const last = Math.min(Number(bottom) - 1, to - 1);
  if (first > last) return undefined;
  return first === Number(top) - 1 && last === Number(bottom) - 1 ? rangeText : `${left}${first + 1}:${right}${last + 1}`;
}

function chunkAddresses(ranges: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const range of ranges) {
    if (current !== '' && current.length + range.length + 1 > MAX_AREAS_ADDRESS) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? range : `${current},${range}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/**
 * Makes the add-in's block the new height without disturbing what the user put
 * below or beside it: surplus rows are deleted and missing rows inserted inside
 * the block's columns only. The caller queues this for every sheet before any
 * formula of the build is written.
 *
 * Missing rows go in above the block's last row, not below it: that is strictly
 * inside the table's workbook name, so Excel grows the name in the same command.
 * A retry after an interruption then reads the grown name and inserts nothing twice.
 */
export function reshapeBlock(worksheet: Excel.Worksheet, sheet: SheetPlan, previous: PreviousExtent): void {
  const rows = sheet.cells.length;
  const width = sheet.columnWidths.length;
  const oldWidth = Math.max(previous.columns, width);
  if (previous.rows > rows) worksheet.getRangeByIndexes(rows, 0, previous.rows - rows, oldWidth).delete('Up');
  if (previous.rows > 0 && previous.rows < rows) {
    const insertAt = Math.max(0, previous.rows - 1);
    worksheet.getRangeByIndexes(insertAt, 0, rows - previous.rows, oldWidth).insert('Down');
  }
  if (previous.columns > width) {
    const surplus = worksheet.getRangeByIndexes(0, width, rows, previous.columns - width);
    surplus.clear('All');
    // Whether clear('All') takes drop-downs along in Excel is not documented: they go explicitly.
    surplus.dataValidation.clear();
  }
}

/** The sheet-level settings: column widths and visibility, frozen panes, print setup. */
function layOutSheet(worksheet: Excel.Worksheet, sheet: SheetPlan): void {
  sheet.columnWidths.forEach((chars, column) => {
    const columnRange = worksheet.getRange(`${columnLetter(column)}:${columnLetter(column)}`);
    columnRange.format.columnWidth = charactersToPoints(chars);
    columnRange.columnHidden = sheet.hiddenColumns.includes(column);
  });
  worksheet.freezePanes.unfreeze();
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) {
    worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, Math.max(1, sheet.freeze.rows), Math.max(1, sheet.freeze.columns)));
  }
  worksheet.pageLayout.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  worksheet.pageLayout.zoom = { horizontalFitToPages: sheet.print.fitToPagesWide, verticalFitToPages: 0 };
  if (sheet.print.printTitleRows !== undefined) worksheet.pageLayout.setPrintTitleRows(sheet.print.printTitleRows);
  applyPrintSetup(worksheet, sheet);
}

/**
 * Office.js applies a bare scalar to every cell of a range; a 1×1 array on a larger
 * range is InvalidArgument. The typings only admit arrays, hence the cast.
 */
function broadcast(value: string): string[][] {
  return value as unknown as string[][];
}

/** Excel's column width unit is characters of the default font; Office.js wants points (7 px a character plus 5 px padding, 0.75 pt a pixel). */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Rectangles of equal number format, column by column, so formats cost a few commands per sheet. */
export function numberFormatRuns(sheet: SheetPlan, from: number, to: number): { range: string; format: string }[] {
  const runs: { range: string; format: string }[] = [];
  for (let column = 0; column < sheet.columnWidths.length; column++) {
    let start = from;
    for (let row = from + 1; row <= to; row++) {
      const format = sheet.numberFormats[start]?.[column] ?? 'General';
      if (row < to && (sheet.numberFormats[row]?.[column] ?? 'General') === format) continue;
      runs.push({ range: range(start, column, row - 1, column), format });
      start = row;
    }
  }
  return mergeAdjacentColumns(runs);
}

/** Neighbouring columns with identical runs become one rectangle (e.g. all year columns of the body). */
function mergeAdjacentColumns(runs: { range: string; format: string }[]): { range: string; format: string }[] {
  const byRows = new Map<string, { range: string; format: string }>();
  const out: { range: string; format: string }[] = [];
  for (const run of runs) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(run.range);
    if (match === null) {
      out.push(run);
      continue;
    }
    const [, left, top, , bottom] = match;
    const key = `${top}:${bottom}:${run.format}`;
    const open = byRows.get(key);
    if (open !== undefined && isNextColumn(open.range, left ?? '')) {
      open.range = open.range.replace(/:([A-Z]+)(\d+)$/, `:${left ?? ''}$2`);
      continue;
    }
    const fresh = { ...run };
    byRows.set(key, fresh);
    out.push(fresh);
  }
  return out;
}

function isNextColumn(rangeText: string, column: string): boolean {
  const right = /:([A-Z]+)\d+$/.exec(rangeText)?.[1] ?? '';
  return columnIndex(right) + 1 === columnIndex(column);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment === 'left' ? 'Left' : style.horizontalAlignment === 'right' ? 'Right' : 'Center';
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.borderTop !== undefined) setBorder(format.borders.getItem('EdgeTop'), style.borderTop);
  if (style.borderBottom !== undefined) setBorder(format.borders.getItem('EdgeBottom'), style.borderBottom);
  applyFontAndAlignment(format, style);
}

function setBorder(border: Excel.RangeBorder, weight: BorderWeight): void {
  if (weight === 'double') {
    border.style = 'Double';
    return;
  }
  border.style = 'Continuous';
  border.weight = weight === 'medium' ? 'Medium' : 'Thin';
}
