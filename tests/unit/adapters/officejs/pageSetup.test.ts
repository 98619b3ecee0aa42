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
import { readTrustedFixture } from '../../../helpers/fixtures';

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
  expect(double.inspect.sheet('Oversigt').pageLayout.printArea).toBe('Oversigt!$A$1:$E$23');
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
