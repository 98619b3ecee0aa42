/**
 * The browser preview's grid, from the Excel double after a real build: the hidden role
 * column left out, the double's display text, formulas told apart from text that starts
 * with "=", and long text running on into empty cells as Excel shows it.
 */
import { writeTables } from '../../../src/taskpane/host/writeTables';
import type { InitiativeFile } from '../../../src/core/format/types';
import { createExcelDouble } from '@budget-tables/excel-double';
import { columnLetters, localNumberText, spillRow, toGrid, type GridCell } from '../../../src/preview/previewWorkbook';
import { readStoredDefinitions } from '../../../src/taskpane/host/storedDefinitions';
import { sampleFile } from './helpers';

const cell = (text: string, align: GridCell['align'] = 'left'): GridCell => ({ text, bold: false, italic: false, indent: 0, align, numeric: align === 'right' });

test('column letters as Excel names them', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('left-aligned text runs on into empty cells; numbers and centred text keep their cell', () => {
  const row = [cell('A long title'), cell(''), cell(''), cell('5.0', 'right'), cell(''), cell('x', 'center'), cell('')];
  expect(spillRow(row, [0, 1, 2, 3, 4, 5, 6]).map((s) => [s.column, s.span])).toEqual([[0, 3], [3, 1], [4, 1], [5, 1], [6, 1]]);
  // A hidden column in between is skipped, not counted.
  expect(spillRow(row, [0, 2, 3]).map((s) => [s.column, s.span])).toEqual([[0, 2], [3, 1]]);
  expect(spillRow([], [0, 1]).map((s) => [s.column, s.span, s.cell])).toEqual([[0, 1, undefined], [1, 1, undefined]]);
});

test('numbers in the grid follow the pane: Danish separators as Danish Excel shows the same format', () => {
  expect(localNumberText('1,365.8', 'da')).toBe('1.365,8');
  expect(localNumberText('-12,000,000.25', 'da')).toBe('-12.000.000,25');
  expect(localNumberText('1,365.8', 'en')).toBe('1,365.8');
  expect(localNumberText('0', 'da')).toBe('0');
});

test('a written workbook as the grid shows it', async () => {
  const definitions: InitiativeFile = {
    formatVersion: 1,
    title: 'Budget',
    unit: 'mio. kr.',
    years: [2021],
    committees: [{ id: 'a', name: 'Udvalg A' }],
    initiatives: [
      { id: 'f', committee: 'a', title: '=1+1', amounts: 2.5 },
      { id: 'g', committee: 'a', title: 'Scanner', kind: 'capital', amounts: 1 },
    ],
  };
  const double = createExcelDouble();
  const result = await double.run((context) => writeTables(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
  expect(result.status).toBe('written');

  const grid = toGrid(double.inspect.sheet('Udvalg A'));
  const snapshot = double.inspect.sheet('Udvalg A');
  const hidden = snapshot.hiddenColumns;
  expect(hidden.length).toBe(1);
  expect(grid.columns.map(columnLetters)).not.toContain(hidden[0]);
  expect(grid.widths.every((w) => w > 0)).toBe(true);

  const texts = grid.rows.map((row) => row.map((c) => c.text));
  const titleRow = texts.findIndex((row) => row.includes('=1+1'));
  const totalRow = texts.findIndex((row) => row.includes('I alt'));
  expect(titleRow).toBeGreaterThan(0);
  const yearColumn = texts.findIndex((row) => row.includes('2021')) >= 0 ? (texts.find((row) => row.includes('2021')) ?? []).indexOf('2021') : -1;
  expect(texts[totalRow]?.[yearColumn]).toBe('3.5');
  const total = grid.rows[totalRow]?.[yearColumn];
  expect(total?.formula).toMatch(/^=SUMIFS\(/);
  expect([total?.bold, total?.align, total?.numeric]).toEqual([true, 'right', true]);
  expect(grid.rows[titleRow]?.find((c) => c.text === '=1+1')?.numeric).toBe(false);
  // The title "=1+1" is text: no formula behind it, shown as typed.
  const title = grid.rows[titleRow]?.find((c) => c.text === '=1+1');
  expect(title?.formula).toBeUndefined();

  // What the pane reads back as "the definitions stored in this workbook".
  expect(await double.run((context) => readStoredDefinitions(context))).toEqual(definitions);
  expect(await createExcelDouble().run((context) => readStoredDefinitions(context))).toBeUndefined();
});

test('the sample builds and every sheet reads into a grid with its totals', async () => {
  const double = createExcelDouble();
  await double.run((context) => writeTables(context, { definitions: sampleFile(), layout: { lang: 'en', decimals: 1 } }));
  const sheets = double.inspect.sheets().map((name) => toGrid(double.inspect.sheet(name)));
  expect(sheets.map((s) => s.name)).toEqual(['Sheet1', 'Overview', 'Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling']);
  expect(sheets[0]?.rows).toEqual([]);
  for (const sheet of sheets.slice(1)) expect(sheet.rows.some((row) => row.some((c) => (c.text === 'Total' || c.text === 'Total, new money') && c.bold))).toBe(true);
});
