/**
 * The printed document and the cells that say what they mean, in the live workbook:
 * the Office.js writer on the Excel double (docs/layout.md, L3, L5, L9, L12, L13).
 */
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { applyFontAndAlignment } from '../../../../src/adapters/officejs/pageSetup';
import { rowHeightGroups } from '../../../../src/adapters/officejs/writeSheet';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { readTrustedFixture, REPO } from '../../../helpers/fixtures';

const funding = readTrustedFixture('valid-funding');

async function built(buildDate?: string): Promise<ExcelDouble> {
  const double = createExcelDouble();
  const result = await double.run((context) =>
    writeTables(context, { definitions: funding, layout: { lang: 'da', decimals: 1 }, ...(buildDate === undefined ? {} : { buildDate }) }),
  );
  expect(result.status).toBe('written');
  return double;
}

test('[L13] A4 landscape, one page wide, print area, header with the title, footer with unit, pages and date', async () => {
  const double = await built('2026-12-01');
  const psyk = double.inspect.sheet('Psykiatri');
  expect(psyk.pageLayout).toMatchObject({
    orientation: 'Landscape',
    paperSize: 'A4',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: 'Psykiatri!$5:$5',
    printArea: 'Psykiatri!$A$1:$H$19',
    headersFooters: {
      leftHeader: '',
      centerHeader: '&"Calibri,Bold"Kinds of money',
      rightHeader: '',
      leftFooter: '&"Calibri,Regular"Beløb i mio. kr., 2019 P/L',
      centerFooter: '&"Calibri,Regular"Side &P af &N',
      rightFooter: '&"Calibri,Regular"Dannet 2026-12-01',
    },
  });
  // The overview's print area goes down to the bottom of its chart, which prints on a page of its own.
  expect(double.inspect.sheet('Oversigt').pageLayout.printArea).toBe('Oversigt!$A$1:$E$45');
  expect(double.inspect.sheet('Oversigt').pageLayout.horizontalPageBreaks).toEqual([24]);
});

describe('[L13] the page breaks in the live workbook', () => {
  const sample = JSON.parse(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'), 'utf8')) as InitiativeFile;
  const build = (double: ExcelDouble, definitions: InitiativeFile) => double.run((context) => writeTables(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
  const breaksBySheet = (double: ExcelDouble): Record<string, number[]> =>
    Object.fromEntries(double.inspect.sheets().map((name) => [name, double.inspect.sheet(name).pageLayout.horizontalPageBreaks]));

  test("a first build sets every sheet's breaks as planned", async () => {
    const double = createExcelDouble();
    expect((await build(double, sample)).status).toBe('written');
    const plan = buildLayoutPlan(buildModel(sample), { lang: 'da', reservedSheetNames: ['Sheet1'] });
    expect(breaksBySheet(double)).toEqual({ Sheet1: [], ...Object.fromEntries(plan.sheets.map((s) => [s.name, s.print.pageBreaks])) });
    expect(breaksBySheet(double)).toMatchObject({ Oversigt: [27, 34], Hospitalsudvalget: [13], 'Regional Udvikling': [13, 28] });
  });

  test('a rebuild that shrinks the tables leaves exactly the new breaks, none stale', async () => {
    const double = createExcelDouble();
    await build(double, sample);
    const fewer: InitiativeFile = { ...sample, initiatives: sample.initiatives.filter((i, n) => i.committee !== 'hosp' || n < 3) };
    double.resetStats();
    expect((await build(double, fewer)).status).toBe('written');
    const plan = buildLayoutPlan(buildModel(fewer), { lang: 'da', reservedSheetNames: ['Sheet1'] });
    expect(breaksBySheet(double)).toEqual({ Sheet1: [], ...Object.fromEntries(plan.sheets.map((s) => [s.name, s.print.pageBreaks])) });
    // Hospitalsudvalget (three initiatives now) fits on one page; its old break at row 14 is gone.
    expect(breaksBySheet(double)).toMatchObject({ Hospitalsudvalget: [], Oversigt: [27, 34] });
    // Clearing and setting the breaks rides along with the page setup: a rebuild's three syncs, none more.
    expect(double.stats.syncs).toBe(3);
  });
});

test('[L13] without a build date the footer has none; wrapped rows are as tall as the plan says, the rest standard', async () => {
  const double = await built();
  const psyk = double.inspect.sheet('Psykiatri');
  expect(psyk.pageLayout.headersFooters.rightFooter).toBe('');
  const plan = buildLayoutPlan(buildModel(funding), { lang: 'da' }).sheets[1];
  expect(plan?.rowHeights.length).toBeGreaterThan(0);
  for (const { row, height } of plan?.rowHeights ?? []) expect(psyk.rowHeights[row + 1]).toBe(height);
  expect(psyk.rowHeights[6]).toBe(15);
});

test('[L13] tall rows are set a height at a time: one RangeAreas per height, consecutive rows as one range, clipped to the slice', () => {
  const plan = buildLayoutPlan(buildModel(funding), { lang: 'da' }).sheets[1];
  if (plan === undefined) throw new Error('no committee sheet');
  const sheet = { ...plan, rowHeights: [{ row: 4, height: 30 }, { row: 5, height: 30 }, { row: 7, height: 30 }, { row: 9, height: 45 }, { row: 12, height: 30 }] };
  expect(rowHeightGroups(sheet, 0, 20)).toEqual([
    { height: 30, addresses: 'A5:A6,A8:A8,A13:A13' },
    { height: 45, addresses: 'A10:A10' },
  ]);
  expect(rowHeightGroups(sheet, 5, 10)).toEqual([
    { height: 30, addresses: 'A6:A6,A8:A8' },
    { height: 45, addresses: 'A10:A10' },
  ]);
  expect(rowHeightGroups(sheet, 13, 20)).toEqual([]);
});

test('[L9] one font family in every cell, bold and italic included; numbers right-aligned; text wraps at the top', async () => {
  const double = await built();
  for (const name of double.inspect.sheets()) {
    if (name === 'Sheet1') continue;
    const sheet = double.inspect.sheet(name);
    const fonts = new Set(sheet.formats.flat().map((f) => f.fontName));
    expect({ name, fonts: [...fonts] }).toEqual({ name, fonts: ['Calibri'] });
  }
  const psyk = double.inspect.sheet('Psykiatri');
  expect(psyk.formats[10]?.[1]).toMatchObject({ bold: true, fontName: 'Calibri' });
  expect(psyk.formats[5]?.[3]).toMatchObject({ horizontalAlignment: 'Right', verticalAlignment: 'Top' });
  expect(psyk.formats[4]?.[3]).toMatchObject({ horizontalAlignment: 'Right' });
  expect(psyk.formats[13]?.[5]).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
});

test('[L9] the writer names the font on every style that carries it, rather than leaving it to the default', () => {
  const format = { font: {} as { name?: string }, verticalAlignment: undefined as string | undefined };
  applyFontAndAlignment(format as unknown as Excel.RangeFormat, { fontName: 'Calibri', verticalAlignment: 'top' });
  expect(format).toEqual({ font: { name: 'Calibri' }, verticalAlignment: 'Top' });
  const plan = buildLayoutPlan(buildModel(funding), { lang: 'da' });
  for (const sheet of plan.sheets) expect(sheet.styles[0]?.style).toEqual({ fontName: 'Calibri' });
});

test('[L5] a range cell is marked where its amount is and keeps the value the policy picks', async () => {
  const double = await built();
  const ru = double.inspect.sheet('Regional Udvikling');
  const row = ru.values.findIndex((r) => r[1] === 'Akutnummer');
  expect(ru.values[row]?.[3]).toBe(6.9);
  expect(ru.values[row]?.[5]).toBe('Spænd 2020: 5,5–6,9');
  expect(ru.formats[row]?.[3]).toMatchObject({ italic: true, fillColor: '#FFF2CC' });
});

test('[L12] the totals of new money and the blocks of other money compute on the double as in the engine', async () => {
  const double = await built();
  const value = (sheet: string, address: string) => double.inspect.cell(sheet, address).value;
  expect(value('Psykiatri', 'D11')).toBe(2.6);
  expect(value('Psykiatri', 'D19')).toBe(20);
  expect(value('Oversigt', 'C11')).toBe(2.6);
  expect(value('Oversigt', 'C20')).toBe(344.5);
  expect(value('Oversigt', 'C23')).toBe(20);
  expect(double.inspect.names().find((n) => n.name === 'GrandTotal')?.formula).toBe('=Oversigt!$C$11:$D$11');
});

test('[L7] the overview chart through the chart API: a series per committee over the years, below the table; a rebuild replaces it', async () => {
  const double = await built();
  const expected = {
    name: 'BudgetTables_NewMoney',
    chartType: 'ColumnClustered',
    title: 'Nye midler pr. udvalg og år',
    legend: { position: 'Bottom', visible: true },
    position: { start: 'Oversigt!A26', end: 'Oversigt!E45' },
    series: [
      { name: 'Psykiatri', values: 'Oversigt!$C$5:$D$5', xValues: 'Oversigt!$C$4:$D$4' },
      { name: 'Regional Udvikling', values: 'Oversigt!$C$8:$D$8', xValues: 'Oversigt!$C$4:$D$4' },
    ],
  };
  expect(double.inspect.sheet('Oversigt').charts).toEqual([expected]);
  expect(double.inspect.sheet('Psykiatri').charts).toEqual([]);
  const again = await double.run((context) => writeTables(context, { definitions: funding, layout: { lang: 'da', decimals: 1 }, overwriteConflicts: true }));
  expect(again.status).toBe('written');
  expect(double.inspect.sheet('Oversigt').charts).toEqual([expected]);
});
