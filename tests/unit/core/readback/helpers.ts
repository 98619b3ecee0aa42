/**
 * Read-back tests edit a real build: the add-in's writer fills the Excel double, the
 * "user" edits it as a person would (rows inserted, cells typed), and the Office.js
 * reader hands the core what it reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { readWorkbookTables } from '../../../../src/adapters/officejs/readWorkbook';
import type { InitiativeFile } from '../../../../src/core/format/types';
import type { Lang } from '../../../../src/core/i18n/lang';
import type { ReadBackInput } from '../../../../src/core/readback/types';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture, REPO } from '../../../helpers/fixtures';

export const features = readTrustedFixture('valid-features');
export const sample = JSON.parse(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'), 'utf8')) as InitiativeFile;

export async function built(definitions: InitiativeFile, lang: Lang = 'da'): Promise<ExcelDouble> {
  const double = createExcelDouble();
  const result = await double.run((context) => writeTables(context, { definitions, layout: { lang, decimals: 1 } }));
  if (result.status !== 'written') throw new Error(`the build was not written: ${result.status}`);
  return double;
}

export async function readInput(double: ExcelDouble): Promise<ReadBackInput> {
  const tables = await double.run((context) => readWorkbookTables(context));
  if (tables.input === undefined) throw new Error('the workbook has no Budget Tables state');
  return tables.input;
}

/** A copy of the definitions to edit in a test without touching the shared fixture. */
export function copy(definitions: InitiativeFile): InitiativeFile {
  return JSON.parse(JSON.stringify(definitions)) as InitiativeFile;
}

/** Inserts a row before `row` (1-based) and types the given cells into it. */
export function insertRow(double: ExcelDouble, sheet: string, row: number, cells: Record<string, string | number>): void {
  double.user.insertRows(sheet, row, 1);
  for (const [column, value] of Object.entries(cells)) double.user.type(sheet, `${column}${row}`, value);
}
