/**
 * A workbook built by `budget-tables build`, opened in the Excel double as Excel would open the
 * file: every sheet with its visibility, its cells (number formats first, then what the file
 * holds: a formula, a number, a text) and the workbook names, read from the .xlsx with ExcelJS.
 * So the add-in's tests run on the command line's own output, hidden state sheet included.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { EXIT, main } from '../../src/cli/main';
import { capture } from './cli';

/** Runs `budget-tables build <input> --out <tmp>/built.xlsx` (plus `args`); the file's path. */
export async function cliBuild(input: string, args: string[] = []): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'bt-bridge-')), 'built.xlsx');
  const run = capture();
  const code = await main(['build', input, '--out', out, ...args], run.io);
  if (code !== EXIT.ok) throw new Error(`budget-tables build failed (${code}): ${run.stderr()}`);
  return out;
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** The file at `path` in a new Excel double. */
export async function openInDouble(path: string): Promise<ExcelDouble> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const double = createExcelDouble({ sheets: workbook.worksheets.map((w) => w.name) });
  await double.run(async (context) => {
    for (const sheet of workbook.worksheets) {
      const target = context.workbook.worksheets.getItem(sheet.name);
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          const range = target.getCell(rowNumber - 1, columnNumber - 1);
          const format = cell.numFmt ?? 'General';
          range.numberFormat = [[format]];
          range.formulas = [[typed(cell, format)]];
        });
      });
    }
    for (const name of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
      context.workbook.names.add(name.name, `=${name.ranges.join(',')}`);
    }
    // Hidden last: a workbook keeps one visible sheet, and the double, like Excel, holds to it.
    for (const sheet of workbook.worksheets) context.workbook.worksheets.getItem(sheet.name).visibility = VISIBILITY[sheet.state];
    await context.sync();
  });
  return double;
}

/** What a person would type to get the cell the file holds: text stays text (a quote prefix unless the cell is Text). */
function typed(cell: ExcelJS.Cell, format: string): string | number | boolean {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) return `=${cell.formula}`;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : richText(value);
  return format === '@' ? text : `'${text}`;
}

/** The text of a rich-text cell; nothing else a build writes is left to type. */
function richText(value: ExcelJS.CellValue): string {
  if (value === null || typeof value !== 'object' || !('richText' in value)) throw new Error(`A cell the helper cannot type: ${JSON.stringify(value)}`);
  return value.richText.map((run) => run.text).join('');
}

/**
 * What Excel would save after the add-in worked on the file: the file at `path` with every
 * sheet's cells replaced by the double's (formulas with their results, text, numbers), written
 * to `out`. Everything else in the file (names, formats, the chart) stays as the command line
 * wrote it, which is all `budget-tables read` needs when the tables keep their shape.
 */
export async function saveFromDouble(double: ExcelDouble, path: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const snapshot = double.inspect.sheet(sheet.name);
    const rows = Math.max(sheet.rowCount, snapshot.formulas.length);
    for (let r = 0; r < rows; r++) {
      const columns = Math.max(sheet.getRow(r + 1).cellCount, snapshot.formulas[r]?.length ?? 0);
      for (let c = 0; c < columns; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = saved(snapshot.formulas[r]?.[c] ?? '', snapshot.values[r]?.[c] ?? '', snapshot.numberFormats[r]?.[c] ?? 'General');
      }
    }
  }
  await workbook.xlsx.writeFile(out);
}

/** A cell as the file keeps it: a formula with its result, unless the cell is Text (then "=…" is text). */
function saved(formula: string | number | boolean, value: string | number | boolean, format: string): ExcelJS.CellValue {
  if (formula === '') return null;
  if (typeof formula !== 'string' || !formula.startsWith('=') || format === '@') return formula;
  const result = typeof value === 'string' && value.startsWith('#') ? { error: value as ExcelJS.CellErrorValue['error'] } : value;
  return { formula: formula.slice(1), result };
}
