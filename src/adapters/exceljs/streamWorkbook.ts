/**
 * The command line's file writer: the same workbook as planToXlsx (./writeWorkbook.ts), written
 * through ExcelJS's streaming writer (docs/benchmarks.md). Rows are committed as they are
 * written, so a sheet never holds more than one row of ExcelJS cells; a cell's style is one
 * shared object per distinct style (./cellStyles.ts), registered once; the chart's parts go
 * into the package as it is zipped, so nothing is inflated and zipped again afterwards.
 *
 * Node only (the streaming writer zips with archiver); the browser preview keeps planToXlsx.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { rangeBounds, sheetPrefix } from '../../core/layout/a1';
import type { LayoutPlan, SheetPlan } from '../../core/layout/plan';
import { encodeState, splitStateIntoChunks, STATE_SHEET_NAME } from '../state/state';
import { sheetCellStyles } from './cellStyles';
import { chartParts, REL_DRAWING, withContentTypes, type ChartParts } from './chart';
import { assertStateSheetFree, cellValue, conditionalFormatting, listValidation, rowsBeforeBreaks, worksheetOptions, writeColumns, type XlsxOptions } from './writeWorkbook';

/**
 * The streaming writer's parts this module reaches past the typings for: the zip it appends
 * parts to, and a worksheet's relationships and raw XML output (for the chart's <drawing>).
 */
interface ZipInternals {
  zip: { append(source: unknown, options: { name: string }): unknown };
}
interface WorksheetInternals {
  _sheetRelsWriter: { addRelationship(relationship: { Type: string; Target: string }): string };
  _write(text: string): void;
  _writeRowBreaks(): void;
}

const TEXT_STYLE: Partial<ExcelJS.Style> = { numFmt: '@' };

/** Writes the plan as .xlsx bytes, with the state when one is given: the same workbook planToXlsx writes. */
export async function planToXlsxStream(plan: LayoutPlan, options: XlsxOptions): Promise<Uint8Array> {
  const encodedState = options.state === undefined ? undefined : await encodeState(options.state);
  if (encodedState !== undefined) assertStateSheetFree(plan);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Budget Tables';
  workbook.created = options.now;
  workbook.modified = options.now;
  // What planToWorkbook's core properties say (ExcelJS's default when no one is named).
  workbook.lastModifiedBy = 'Unknown';
  const charts: ChartParts[] = [];
  rewriteWorkbookParts(workbook, charts);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, charts);
  const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName === undefined) throw new Error(`Plan names ${name.name} on unknown sheet ${name.sheetKey}`);
    workbook.definedNames.add(`${sheetPrefix(sheetName)}${name.range}`, name.name);
  }
  if (encodedState !== undefined) writeStateSheet(workbook, encodedState);
  await workbook.commit();
  await ended;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Two workbook-level parts the streaming writer writes its own way: the workbook's calcPr
 * (asked to recalculate on load, as planToWorkbook's calcProperties do) and the content
 * types, which must name the charts' parts. Both are small strings, changed as they are zipped.
 */
function rewriteWorkbookParts(workbook: ExcelJS.stream.xlsx.WorkbookWriter, charts: readonly ChartParts[]): void {
  const zip = (workbook as unknown as ZipInternals).zip;
  const append = zip.append.bind(zip);
  zip.append = (source, options) => {
    if (typeof source !== 'string') return append(source, options);
    if (options.name === '/xl/workbook.xml') return append(withFullCalcOnLoad(source), options);
    if (options.name === '[Content_Types].xml') return append(withContentTypes(source, charts.flatMap((c) => c.contentTypes)), options);
    return append(source, options);
  };
}

function withFullCalcOnLoad(xml: string): string {
  const calcPr = /<calcPr\b([^>]*?)\/>/.exec(xml);
  if (calcPr === null) throw new Error('The workbook part has no calcPr to ask for recalculation on load');
  return xml.replace(calcPr[0], `<calcPr${calcPr[1] ?? ''} fullCalcOnLoad="1"/>`);
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, charts: ChartParts[]): void {
  const sheet = workbook.addWorksheet(plan.name, worksheetOptions(plan));
  writeColumns(sheet, plan);
  if (plan.chart !== undefined) addChart(workbook, sheet, plan, charts);
  const styleAt = sheetCellStyles(plan);
  const validations = validationsByRow(plan);
  const notes = groupByRow(plan.cellNotes);
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  const breaksBelow = rowsBeforeBreaks(plan.print);
  // Every row something is written to: the cells, and styles, notes, heights or page breaks below them if any.
  const lastRow = [...plan.styles.map((s) => rangeBounds(s.range).toRow), ...notes.keys(), ...heights.keys(), ...[...breaksBelow].map((row) => row - 1)].reduce((a, b) => Math.max(a, b + 1), plan.cells.length);
  const width = plan.cells.reduce((a, row) => Math.max(a, row.length), plan.columnWidths.length);
  for (let r = 0; r < lastRow; r++) {
    const row = sheet.getRow(r + 1);
    const cells = plan.cells[r];
    let styledOnly = false;
    for (let c = 0; c < width; c++) {
      const planCell = cells?.[c];
      const value = planCell === undefined ? null : cellValue(planCell);
      const style = styleAt(r, c);
      if (value === null && style === undefined) continue;
      const cell = row.getCell(c + 1);
      if (value !== null) cell.value = value;
      if (style !== undefined) cell.style = style;
      styledOnly ||= value === null;
    }
    // The streaming writer skips a row without values; an empty styled row (the gap above a
    // table) keeps its cells' styles, as planToWorkbook writes them, so typing there looks the same.
    if (styledOnly && !row.hasValues) Object.defineProperty(row, 'hasValues', { value: true });
    for (const { column, values } of validations.get(r) ?? []) row.getCell(column + 1).dataValidation = listValidation(values);
    for (const { column, text } of notes.get(r) ?? []) row.getCell(column + 1).note = text;
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    if (breaksBelow.has(r + 1)) row.addPageBreak();
    row.commit();
  }
  plan.conditionalFormats?.forEach((format, i) => sheet.addConditionalFormatting(conditionalFormatting(format, i)));
  sheet.commit();
}

export function groupByRow<T extends { row: number }>(items: readonly T[]): Map<number, T[]> {
  const byRow = new Map<number, T[]>();
  for (const item of items) {
    const row = byRow.get(item.row);
    if (row === undefined) byRow.set(item.row, [item]);
    else row.push(item);
  }
  return byRow;
}

/** The Med drop-downs by 0-based row: each validation range is one column of cells. */
export function validationsByRow(plan: SheetPlan): Map<number, { row: number; column: number; values: string[] }[]> {
  const cells: { row: number; column: number; values: string[] }[] = [];
  for (const validation of plan.dataValidations ?? []) {
    const { fromRow, toRow, fromColumn } = rangeBounds(validation.range);
    for (let row = fromRow; row <= toRow; row++) cells.push({ row, column: fromColumn, values: validation.values });
  }
  return groupByRow(cells);
}

/**
 * The sheet's chart: its parts go into the zip now; the worksheet gets a relationship to the
 * drawing and, after its row breaks (where the schema wants <drawing>, before the notes'
 * <legacyDrawing>), the element that places it.
 */
function addChart(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, plan: SheetPlan, charts: ChartParts[]): void {
  if (plan.chart === undefined) return;
  const n = charts.length + 1;
  const parts = chartParts(plan.chart, plan.name, `xl/drawings/drawing${n}.xml`, `xl/charts/chart${n}.xml`);
  charts.push(parts);
  const zip = (workbook as unknown as ZipInternals).zip;
  for (const part of parts.parts) zip.append(part.xml, { name: part.path });
  const internals = sheet as unknown as WorksheetInternals;
  const relId = internals._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: parts.drawingTarget });
  const writeRowBreaks = internals._writeRowBreaks.bind(internals);
  internals._writeRowBreaks = () => {
    writeRowBreaks();
    internals._write(`<drawing r:id="${relId}"/>`);
  };
}

/** The state as text cells A1, A2, … of a very hidden sheet (see planToWorkbook). */
export function writeStateSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, encoded: string): void {
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  splitStateIntoChunks(encoded).forEach((chunk, i) => {
    const row = sheet.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = chunk;
    cell.style = TEXT_STYLE;
    row.commit();
  });
  sheet.commit();
}
