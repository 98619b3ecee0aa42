/**
 * The floors `budget-tables build` and `read` are measured against (issue 14): what ExcelJS
 * itself needs to write and to read the same workbook.
 *
 * - Write: a minimal script on ExcelJS's streaming writer that writes what `build` writes
 *   for the same definitions: the cells, formulas and cached results, number formats and
 *   styles, column widths, row heights, the Med drop-downs, the notes, the pools' conditional
 *   formats, names, print setup and page breaks, and the stored state on its very hidden sheet. Everything
 *   it writes is taken from the plan before the clock starts (values, one shared style object
 *   per distinct style, the drop-downs and notes by row, the state already encoded), so the
 *   timed part is the workbook's writing work and nothing else.
 * - Read: a plain `Workbook.xlsx.load` of the built file.
 */
import { PassThrough } from 'node:stream';
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { encodeState, STATE_SHEET_NAME } from '../src/adapters/state/state';
import { groupByRow, validationsByRow, writeStateSheet } from '../src/adapters/exceljs/streamWorkbook';
import { stateOfBuild } from '../src/core/state/ofBuild';
import { sheetPrefix } from '../src/core/layout/a1';
import { buildLayoutPlan } from '../src/core/layout/buildPlan';
import type { LayoutPlan } from '../src/core/layout/plan';
import { buildModel } from '../src/core/model/buildModel';
import { sheetCellStyles } from '../src/adapters/exceljs/cellStyles';
import { cellValue, conditionalFormatting, listValidation, rowsBeforeBreaks, worksheetOptions } from '../src/adapters/exceljs/writeWorkbook';
import { generateDefinitions } from '../tests/helpers/generateDefinitions';
import { startClock } from './benchmark';

interface FloorCell {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style> | undefined;
}

interface FloorSheet {
  name: string;
  options: Partial<ExcelJS.AddWorksheetOptions>;
  widths: number[];
  heights: Map<number, number>;
  rows: FloorCell[][];
  /** Per 0-based row: the 1-based columns with a drop-down, and with a note. */
  validations: Map<number, { column: number; validation: ExcelJS.DataValidation }[]>;
  notes: Map<number, { column: number; text: string }[]>;
  conditionalFormats: ExcelJS.ConditionalFormattingOptions[];
  /** 1-based rows with a page break below them. */
  breaksBelow: Set<number>;
}


const LAYOUT = { lang: 'da', decimals: 1 } as const;
const RESERVED = [STATE_SHEET_NAME];

/**
 * The definitions the .xlsx cases use. Above 29,000 initiatives the generator's lines would
 * pass the input limit (MAX_NODES, 50,000 initiatives and lines together), so larger files
 * have initiatives without lines: 50,000 initiatives are then 50,000 nodes and 50,000 rows.
 */
export function xlsxDefinitions(initiatives: number): ReturnType<typeof generateDefinitions> {
  return generateDefinitions({ initiatives, ...(initiatives > 29_000 ? { lines: false } : {}) });
}

/** The plan `build` makes for these definitions, as the CLI makes it. */
export function buildPlanLikeCli(definitions: ReturnType<typeof generateDefinitions>): LayoutPlan {
  return buildLayoutPlan(buildModel(definitions), { ...LAYOUT, reservedSheetNames: RESERVED, buildDate: '1970-01-01' });
}

/** Per row, the cells' items with 1-based columns, as the writer looks them up. */
function byRowOneBased<T extends { column: number }, U>(rows: Map<number, T[]>, item: (cell: T) => U): Map<number, (U & { column: number })[]> {
  return new Map([...rows].map(([row, cells]) => [row, cells.map((cell) => ({ ...item(cell), column: cell.column + 1 }))]));
}

function prepareSheet(sheet: LayoutPlan['sheets'][number]): FloorSheet {
  const styleAt = sheetCellStyles(sheet);
  return {
    name: sheet.name,
    options: worksheetOptions(sheet),
    widths: sheet.columnWidths,
    heights: new Map(sheet.rowHeights.map((h) => [h.row, h.height])),
    rows: sheet.cells.map((row, r) => row.map((cell, c) => ({ value: cellValue(cell), style: styleAt(r, c) }))),
    validations: byRowOneBased(validationsByRow(sheet), (cell) => ({ validation: listValidation(cell.values) })),
    notes: byRowOneBased(groupByRow(sheet.cellNotes), (note) => ({ text: note.text })),
    conditionalFormats: (sheet.conditionalFormats ?? []).map((f, i) => conditionalFormatting(f, i)),
    breaksBelow: rowsBeforeBreaks(sheet.print),
  };
}

async function prepare(definitions: ReturnType<typeof generateDefinitions>): Promise<{ sheets: FloorSheet[]; names: { range: string; name: string }[]; state: string }> {
  const plan = buildPlanLikeCli(definitions);
  const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const names = plan.names.map((n) => ({ range: `${sheetPrefix(sheetNames.get(n.sheetKey) ?? '')}${n.range}`, name: n.name }));
  const state = await encodeState(stateOfBuild({ plan, definitions, layout: LAYOUT, reservedSheetNames: RESERVED }));
  return { sheets: plan.sheets.map(prepareSheet), names, state };
}

/** Writes the prepared workbook with the streaming writer into `out`; the milliseconds it took. */
export async function floorWrite(initiatives: number, out: string): Promise<{ wallMs: number; cpuMs: number; rows: number }> {
  const { sheets, names, state } = await prepare(xlsxDefinitions(initiatives));
  const clock = startClock();
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheet.options);
    sheet.widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    sheet.rows.forEach((cells, r) => {
      const row = worksheet.getRow(r + 1);
      cells.forEach((cell, c) => {
        const target = row.getCell(c + 1);
        if (cell.value !== null) target.value = cell.value;
        if (cell.style !== undefined) target.style = cell.style;
      });
      for (const { column, validation } of sheet.validations.get(r) ?? []) row.getCell(column).dataValidation = validation;
      for (const { column, text } of sheet.notes.get(r) ?? []) row.getCell(column).note = text;
      const height = sheet.heights.get(r);
      if (height !== undefined) row.height = height;
      if (sheet.breaksBelow.has(r + 1)) row.addPageBreak();
      row.commit();
    });
    sheet.conditionalFormats.forEach((format) => worksheet.addConditionalFormatting(format));
    worksheet.commit();
  }
  // The state's cells as build writes them: plain text cells on one more streamed sheet.
  writeStateSheet(workbook, state);
  for (const { range, name } of names) workbook.definedNames.add(range, name);
  await workbook.commit();
  writeFileSync(out, Buffer.concat(chunks));
  return { ...clock(), rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}

/** A plain full read of a workbook file with ExcelJS; the milliseconds it took. */
export async function floorRead(file: string): Promise<{ wallMs: number; cpuMs: number }> {
  const clock = startClock();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  if (workbook.worksheets.length === 0) throw new Error('read no sheets');
  return clock();
}
