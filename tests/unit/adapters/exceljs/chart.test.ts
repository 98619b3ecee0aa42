/**
 * The overview's chart in the .xlsx (docs/layout.md, L7): ExcelJS writes no charts, so the
 * adapter adds the chart part, its drawing and their relationships to the package. The file
 * must stay a valid package that ExcelJS (and, in tests/interop/print.test.ts, LibreOffice) reads.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planToXlsx } from '../../../../src/adapters/exceljs/writeWorkbook';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { readTrustedFixture } from '../../../helpers/fixtures';

const funding = readTrustedFixture('valid-funding');
const plan = buildLayoutPlan(buildModel(funding), { lang: 'da' });

async function packageOf(): Promise<JSZip> {
  return JSZip.loadAsync(await planToXlsx(plan, { now: new Date('2026-12-01T00:00:00Z') }));
}

test('[L7] the plan: a clustered column per committee and year, below the table, on a page of its own', () => {
  const overview = plan.sheets[0];
  expect(overview?.chart).toEqual({
    title: 'Nye midler pr. udvalg og år',
    categories: 'C4:D4',
    categoryLabels: ['2020', '2021'],
    series: [
      { name: 'Psykiatri', nameCell: 'B5', values: 'C5:D5', cached: [2.6, 14] },
      { name: 'Regional Udvikling', nameCell: 'B8', values: 'C8:D8', cached: [0, 0] },
    ],
    anchor: { fromRow: 25, fromColumn: 0, toRow: 45, toColumn: 5 },
  });
  expect(overview?.print.pageBreaks).toEqual([24]);
  expect(overview?.print.printArea).toBe('A1:E23');
  expect(plan.sheets.slice(1).every((s) => s.chart === undefined)).toBe(true);
});

test('[L7] the package holds the chart, its drawing, their relationships and content types', async () => {
  const zip = await packageOf();
  const chart = (await zip.file('xl/charts/chart1.xml')?.async('string')) ?? '';
  expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  expect(chart).toContain("<c:f>'Oversigt'!$B$5</c:f>");
  expect(chart).toContain("<c:f>'Oversigt'!$C$5:$D$5</c:f>");
  expect(chart).toContain("<c:f>'Oversigt'!$C$4:$D$4</c:f>");
  expect(chart).toContain('<a:t>Nye midler pr. udvalg og år</a:t>');
  expect(chart).toContain('<a:latin typeface="Calibri"/>');
  const drawing = (await zip.file('xl/drawings/drawing1.xml')?.async('string')) ?? '';
  expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>25</xdr:row>');
  expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')?.async('string')).toContain('Target="../charts/chart1.xml"');
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  // After the page setup, header/footer and the page break before the chart, as the schema orders them.
  expect(/<definedName name="_xlnm.Print_Area" localSheetId="0">([^<]*)</.exec((await zip.file('xl/workbook.xml')?.async('string')) ?? '')?.[1]).toBe('&apos;Oversigt&apos;!$A1:$E45');
  expect(sheet).toMatch(/<\/headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="24" [^>]*\/><\/rowBreaks><drawing r:id="rIdChart1"\/><\/worksheet>$/);
  expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')).toContain('Target="../drawings/drawing1.xml"');
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
});

test('[L7] a sheet with cell notes keeps them: the drawing goes before the notes\' legacy drawing', async () => {
  const zip = await packageOf();
  const ru = (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
  expect(ru).toContain('<legacyDrawing');
  expect(ru).not.toContain('<drawing ');
});

test('[L7] the file still reads: values, formulas and the committee sheets as written', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await (await packageOf()).generateAsync({ type: 'nodebuffer' })) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Oversigt', 'Psykiatri', 'Regional Udvikling']);
  expect(workbook.getWorksheet('Oversigt')?.getCell('C11').value).toMatchObject({ result: 2.6 });
});

test('[L7] a title with markup characters is escaped in the chart and a sheet name with a quote in the references', async () => {
  const file = { ...funding, committees: [{ id: 'psyk', name: "Børn & unge's <udvalg>" }, { id: 'ru', name: 'RU' }] };
  const other = buildLayoutPlan(buildModel(file), { lang: 'da' });
  const zip = await JSZip.loadAsync(await planToXlsx(other, { now: new Date('2026-12-01T00:00:00Z') }));
  const chart = (await zip.file('xl/charts/chart1.xml')?.async('string')) ?? '';
  expect(chart).toContain('<c:v>Børn &amp; unge&apos;s &lt;udvalg&gt;</c:v>'.replace('&apos;', "'"));
  expect(chart).toContain("<c:f>'Oversigt'!$B$5</c:f>");
});
