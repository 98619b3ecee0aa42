/**
 * The file adapter: applies a layout plan to an ExcelJS workbook. It decides nothing;
 * every value, formula, format and name comes from the plan.
 */
import ExcelJS from 'exceljs';
import { columnLetter, rangeBounds, sheetPrefix } from '../../core/layout/a1';
import { GENERAL_FORMAT } from '../../core/layout/columns';
import { FONT_NAME } from '../../core/layout/grid';
import { printAreaWithChart } from '../../core/layout/print';
import type { CellStyle, ConditionalFormatPlan, LayoutPlan, PlanCell, PrintMargins, PrintPlan, SheetPlan } from '../../core/layout/plan';
import { applyStyle, argb } from './cellStyles';
import { addCharts } from './chart';
import { encodeState, splitStateIntoChunks, STATE_SHEET_NAME, type StoredState } from '../state/state';

export interface WriteOptions {
  /** Stamped as the file's created/modified time; the caller supplies it so output is reproducible. */
  now: Date;
  /**
   * The encoded state (src/adapters/state) to keep in the very hidden sheet STATE_SHEET_NAME,
   * so the file can be read back (`budget-tables read`) after any program edited it.
   */
  encodedState?: string;
}

export interface XlsxOptions extends Omit<WriteOptions, 'encodedState'> {
  /** The definitions and layout the plan was built from; encoded into the file when given. */
  state?: StoredState;
}

export function planToWorkbook(plan: LayoutPlan, options: WriteOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Budget Tables';
  workbook.created = options.now;
  workbook.modified = options.now;
  // Cached results are the engine's; still ask Excel to recalculate so nothing stale survives.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName === undefined) throw new Error(`Plan names ${name.name} on unknown sheet ${name.sheetKey}`);
    workbook.definedNames.add(`${sheetPrefix(sheetName)}${name.range}`, name.name);
  }
  if (options.encodedState !== undefined) writeStateSheet(workbook, plan, options.encodedState);
  return workbook;
}

/** Writes the plan as .xlsx bytes, with the state when one is given. */
export async function planToXlsx(plan: LayoutPlan, options: XlsxOptions): Promise<Uint8Array> {
  const encodedState = options.state === undefined ? undefined : await encodeState(options.state);
  const buffer = await planToWorkbook(plan, { now: options.now, ...(encodedState === undefined ? {} : { encodedState }) }).xlsx.writeBuffer();
  // ExcelJS writes no charts: they are added to the package it wrote.
  return addCharts(new Uint8Array(buffer), plan);
}

/**
 * The state as text cells A1, A2, … of a very hidden sheet: a cell holds at most
 * 32,767 characters, and a worksheet is the one place every spreadsheet program
 * keeps when it saves the file again (LibreOffice drops unknown package parts).
 */
function writeStateSheet(workbook: ExcelJS.Workbook, plan: LayoutPlan, encoded: string): void {
  assertStateSheetFree(plan);
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  splitStateIntoChunks(encoded).forEach((chunk, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = chunk;
    cell.numFmt = '@';
  });
}

export function assertStateSheetFree(plan: LayoutPlan): void {
  if (plan.sheets.some((s) => s.name.toLowerCase() === STATE_SHEET_NAME.toLowerCase())) {
    throw new Error(`The plan uses the sheet name ${STATE_SHEET_NAME}, which holds the stored state; build the plan with it among reservedSheetNames.`);
  }
}

/** SpreadsheetML's paper size codes (ECMA-376 §18.3.1.63): 9 is A4. */
const PAPER_SIZES = { A4: 9 } as const;

/** The plan's margins are points; the .xlsx counts in inches. */
function marginsInInches(margins: PrintMargins): ExcelJS.Margins {
  // Rounded, so 21.6 pt is written 0.3 and not 0.30000000000000004.
  const inches = (points: number): number => Math.round((points / 72) * 10_000) / 10_000;
  return { left: inches(margins.left), right: inches(margins.right), top: inches(margins.top), bottom: inches(margins.bottom), header: inches(margins.header), footer: inches(margins.footer) };
}

/**
 * ExcelJS breaks below the 1-based row it is given, which is the 0-based row before the new
 * page's first: the rows to call addPageBreak on, as a set of 1-based rows.
 */
export function rowsBeforeBreaks(print: PrintPlan): Set<number> {
  return new Set(print.pageBreaks.filter((row) => row > 0));
}

/** The sheet's frozen panes, page setup and header/footer, for either writer. */
export function worksheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const { print } = plan;
  return {
    views: [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }],
    pageSetup: {
      paperSize: PAPER_SIZES[print.paperSize],
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToPagesWide,
      fitToHeight: 0,
      printArea: printAreaWithChart(plan),
      margins: marginsInInches(print.margins),
      ...(print.printTitleRows === undefined ? {} : { printTitlesRow: print.printTitleRows.replace(/\$/g, '') }),
    },
    headerFooter: {
      oddHeader: `&C&"${FONT_NAME},Bold"${print.header.center}`,
      oddFooter: `&L&"${FONT_NAME},Regular"${print.footer.left}&C&"${FONT_NAME},Regular"${print.footer.center}${print.footer.right === '' ? '' : `&R&"${FONT_NAME},Regular"${print.footer.right}`}`,
    },
  };
}

/** Column widths, and the hidden role column. */
export function writeColumns(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    if (plan.hiddenColumns.includes(i)) column.hidden = true;
  });
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const { print } = plan;
  const sheet = workbook.addWorksheet(plan.name, worksheetOptions(plan));
  writeColumns(sheet, plan);
  plan.cells.forEach((row, r) =>
    row.forEach((planCell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      const value = cellValue(planCell);
      if (value !== null) target.value = value;
      const format = plan.numberFormats[r]?.[c];
      if (format !== undefined && format !== GENERAL_FORMAT) target.numFmt = format;
    }),
  );
  for (const styled of plan.styles) applyRangeStyle(sheet, styled.range, styled.style);
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;
  writeChoices(sheet, plan);
  for (const { row, column, text } of plan.cellNotes) sheet.getCell(row + 1, column + 1).note = text;
  for (const row of rowsBeforeBreaks(print)) sheet.getRow(row).addPageBreak();
}

/** ExcelJS writes a string as a string cell, never a formula, so titles like "=1+1" stay text. */
export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.t) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'formula':
    case 'textFormula':
      return { formula: cell.formula.replace(/^=/, ''), result: cell.value, date1904: false };
  }
}

/**
 * The Med drop-downs (a list validation on each cell; ExcelJS writes one per cell) and the
 * overspent pool's warning (a cellIs rule, which Excel and LibreOffice both evaluate live).
 */
function writeChoices(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const validation of plan.dataValidations ?? []) {
    forEachCell(validation.range, (address) => {
      sheet.getCell(address).dataValidation = listValidation(validation.values);
    });
  }
  plan.conditionalFormats?.forEach((format, i) => sheet.addConditionalFormatting(conditionalFormatting(format, i)));
}

/** A drop-down list: the list is a literal in the file, quoted; its items never hold a comma or a quote (Ja, Nej, Yes, No). */
export function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: true };
}

/** The overspent pool's warning: a cellIs rule, which Excel and LibreOffice both evaluate live. */
export function conditionalFormatting(format: ConditionalFormatPlan, index: number): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: format.range,
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [String(format.lessThan)],
        priority: index + 1,
        style: { font: { color: { argb: argb(format.style.fontColor) }, bold: format.style.bold }, fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.style.fill) } } },
      },
    ],
  };
}

/** Every address in an A1 range of one column, e.g. "J7:J9" gives J7, J8, J9. */
function forEachCell(range: string, visit: (address: string) => void): void {
  const { fromRow, toRow, fromColumn } = rangeBounds(range);
  for (let row = fromRow; row <= toRow; row++) visit(`${columnLetter(fromColumn)}${row + 1}`);
}

function applyRangeStyle(sheet: ExcelJS.Worksheet, range: string, style: CellStyle): void {
  const bounds = rangeBounds(range);
  for (let row = bounds.fromRow + 1; row <= bounds.toRow + 1; row++) {
    for (let column = bounds.fromColumn + 1; column <= bounds.toColumn + 1; column++) {
      const cell = sheet.getCell(row, column);
      const next = applyStyle({ font: cell.font ?? {}, alignment: cell.alignment ?? {}, border: cell.border ?? {}, ...(cell.fill === undefined ? {} : { fill: cell.fill }) }, style);
      cell.font = next.font;
      if (next.fill !== undefined) cell.fill = next.fill;
      cell.alignment = next.alignment;
      cell.border = next.border;
    }
  }
}
