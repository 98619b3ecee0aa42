/**
 * The floors `budget-tables build` and `read` are measured against (issue 14): what ExcelJS
 * itself needs to write and to read the same workbook.
 *
 * - Write: a minimal script on ExcelJS's streaming writer that writes the cells, formulas,
 *   number formats and styles, column widths, row heights, names and print setup of the plan
 *   `build` makes. Everything it writes is taken from the plan before the clock starts
 *   (values, and one shared style object per distinct style), so the timed part is the
 *   workbook's writing work and nothing else.
 * - Read: a plain `Workbook.xlsx.load` of the built file.
 */
import { PassThrough } from 'node:stream';
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { STATE_SHEET_NAME } from '../src/adapters/state/state';
import { sheetPrefix } from '../src/core/layout/a1';
import { buildLayoutPlan } from '../src/core/layout/buildPlan';
import type { LayoutPlan } from '../src/core/layout/plan';
import { buildModel } from '../src/core/model/buildModel';
import { sheetCellStyles } from '../src/adapters/exceljs/cellStyles';
import { cellValue, worksheetOptions } from '../src/adapters/exceljs/writeWorkbook';
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
}

/** The plan `build` makes for these definitions, as the CLI makes it. */
export function buildPlanLikeCli(definitions: ReturnType<typeof generateDefinitions>): LayoutPlan {
  return buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1, reservedSheetNames: [STATE_SHEET_NAME], buildDate: '1970-01-01' });
}

function prepare(plan: LayoutPlan): { sheets: FloorSheet[]; names: { range: string; name: string }[] } {
  const sheets = plan.sheets.map((sheet): FloorSheet => {
    const styleAt = sheetCellStyles(sheet);
    return {
      name: sheet.name,
      options: worksheetOptions(sheet),
      widths: sheet.columnWidths,
      heights: new Map(sheet.rowHeights.map((h) => [h.row, h.height])),
      rows: sheet.cells.map((row, r) => row.map((cell, c) => ({ value: cellValue(cell), style: styleAt(r, c) }))),
    };
  });
  const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const names = plan.names.map((n) => ({ range: `${sheetPrefix(sheetNames.get(n.sheetKey) ?? '')}${n.range}`, name: n.name }));
  return { sheets, names };
}

/** Writes the prepared workbook with the streaming writer into `out`; the milliseconds it took. */
export async function floorWrite(initiatives: number, out: string): Promise<{ wallMs: number; cpuMs: number; rows: number }> {
  const plan = buildPlanLikeCli(generateDefinitions({ initiatives }));
  const { sheets, names } = prepare(plan);
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
      const height = sheet.heights.get(r);
      if (height !== undefined) row.height = height;
      row.commit();
    });
    worksheet.commit();
  }
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
