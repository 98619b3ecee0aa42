/**
 * The command line's streaming writer (planToXlsxStream) against the previous writer
 * (planToXlsx, still the browser preview's): the same workbook, in meaning and, part by
 * part, in XML: cells, formulas and cached values, number formats, styles, names, print
 * setup, the Med drop-downs, the pools' conditional formats, the notes on range cells, row
 * heights, the chart and the very hidden state sheet. The one difference is what ExcelJS's
 * streaming writer never writes: a worksheet's optional <dimension> hint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planToXlsxStream } from '../../../../src/adapters/exceljs/streamWorkbook';
import { planToXlsx } from '../../../../src/adapters/exceljs/writeWorkbook';
import { STATE_SHEET_NAME, type StoredState } from '../../../../src/adapters/state/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import type { LayoutPlan } from '../../../../src/core/layout/plan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { readTrustedFixture } from '../../../helpers/fixtures';

const seminar = JSON.parse(readFileSync(join(__dirname, '../../../../data/budget-2020-seminar.json'), 'utf8')) as InitiativeFile;
const now = new Date('2026-12-02T00:00:00Z');

function planAndState(definitions: InitiativeFile): { plan: LayoutPlan; state: StoredState } {
  const layout = { lang: 'da' as const, decimals: 1 };
  const plan = buildLayoutPlan(buildModel(definitions), { ...layout, reservedSheetNames: [STATE_SHEET_NAME], buildDate: '2026-12-02' });
  const state: StoredState = { version: 1, definitions, layout, reservedSheetNames: [STATE_SHEET_NAME], sheets: plan.sheets.map((s) => ({ key: s.key, id: '', name: s.name })), names: plan.names.map((n) => n.name), inProgress: false };
  return { plan, state };
}

async function both(definitions: InitiativeFile): Promise<{ previous: Uint8Array; streamed: Uint8Array; plan: LayoutPlan }> {
  const { plan, state } = planAndState(definitions);
  return { previous: await planToXlsx(plan, { now, state }), streamed: await planToXlsxStream(plan, { now, state }), plan };
}

/** What a workbook says, cell by cell and sheet by sheet, as ExcelJS reads it back. */
async function meaning(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    names: workbook.definedNames.model,
    calc: workbook.calcProperties,
    sheets: workbook.worksheets.map((sheet) => {
      const cells: unknown[] = [];
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells.push({ at: `${r}:${c}`, value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill, alignment: cell.alignment, border: cell.border, note: cell.note, validation: cell.dataValidation });
        });
        if (row.height !== undefined) cells.push({ row: r, height: row.height });
      });
      return {
        name: sheet.name,
        state: sheet.state,
        views: sheet.views,
        pageSetup: sheet.pageSetup,
        headerFooter: sheet.headerFooter,
        columns: (sheet.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })),
        conditionalFormats: (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
        rowBreaks: (sheet as unknown as { rowBreaks: unknown }).rowBreaks,
        cells,
      };
    }),
  };
}

/** Every part's text, with the worksheets' <dimension> taken out and relationship ids named by what they point to. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]?.dir === true) continue;
    const text = (await zip.file(name)?.async('string')) ?? '';
    texts.set(name, text.replace(/<dimension ref="[^"]*"\/>/, '').replace(/r:id="rIdChart1"/, 'r:id="rId1"').replace(/Id="rIdChart1"/, 'Id="rId1"'));
  }
  return texts;
}

const fixtures: [string, InitiativeFile][] = [
  ['the seminar sample (notes on range cells, wrapped rows, the chart)', seminar],
  ['valid-features (frames, spans, capital, uncosted topics)', readTrustedFixture('valid-features')],
  ['valid-pools (Med drop-downs, pools and their warning)', readTrustedFixture('valid-pools')],
  ['valid-funding (kinds of money, the chart)', readTrustedFixture('valid-funding')],
];

test.each(fixtures)('the streamed workbook means what the previous writer wrote: %s', async (_name, definitions) => {
  const { previous, streamed } = await both(definitions);
  expect(await meaning(streamed)).toEqual(await meaning(previous));
});

test('the features the issue names are in the file the fixtures test', async () => {
  const { plan } = await both(seminar);
  const pools = planAndState(readTrustedFixture('valid-pools')).plan;
  expect(plan.sheets.some((s) => s.cellNotes.length > 0)).toBe(true);
  expect(plan.sheets.some((s) => s.rowHeights.length > 0)).toBe(true);
  expect(plan.sheets[0]?.chart).toBeDefined();
  expect(pools.sheets.some((s) => (s.dataValidations ?? []).length > 0)).toBe(true);
  expect(pools.sheets.some((s) => (s.conditionalFormats ?? []).length > 0)).toBe(true);
});

test.each(fixtures)('part by part, the same XML but the optional <dimension> hint: %s', async (_name, definitions) => {
  const { previous, streamed } = await both(definitions);
  const before = await parts(previous);
  const after = await parts(streamed);
  expect([...after.keys()]).toEqual([...before.keys()]);
  // Same content in other whitespace or attribute order (ExcelJS writes these parts with other code when streaming).
  const loose = new Set(['docProps/app.xml', 'docProps/core.xml', 'xl/sharedStrings.xml']);
  for (const [name, xml] of before) {
    if (loose.has(name) || name.endsWith('.rels') || name.endsWith('.vml') || /^xl\/comments\d+\.xml$/.test(name)) continue;
    expect({ name, xml: after.get(name)?.replace(/^(<\?xml[^>]*\?>)\s*/, '$1') }).toEqual({ name, xml: xml.replace(/^(<\?xml[^>]*\?>)\s*/, '$1') });
  }
  expect(after.get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  expect(after.get('xl/workbook.xml')).toMatch(new RegExp(`<sheet [^>]*name="${STATE_SHEET_NAME}" state="veryHidden"`));
});

test('[L13] both writers write every page break of the plan, and its margins in inches', async () => {
  const { previous, streamed, plan } = await both(seminar);
  // Rows that start a page (0-based): the overview's existing money and its chart, and where each committee sheet keeps its blocks whole.
  expect(plan.sheets.map((s) => s.print.pageBreaks)).toEqual([[27, 34], [13], [13, 22], [], [13, 28]]);
  for (const bytes of [previous, streamed]) {
    const zip = await JSZip.loadAsync(bytes);
    for (const [i, sheet] of plan.sheets.entries()) {
      const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
      // A <brk id="n"> breaks below 1-based row n: the page starts at 0-based row n. (ExcelJS writes
      // max="16838" where Excel writes 16383, the last column; Excel and LibreOffice read either.)
      expect([...xml.matchAll(/<brk id="(\d+)" max="\d+" man="1"\/>/g)].map((m) => Number(m[1]))).toEqual(sheet.print.pageBreaks);
      expect(xml).toContain('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    }
  }
});

test('[L3] an indented title is left-aligned in the file: an indent on a general-aligned cell does not show', async () => {
  const { streamed } = await both(readTrustedFixture('valid-features'));
  const styles = (await parts(streamed)).get('xl/styles.xml') ?? '';
  const indents = styles.match(/<alignment [^>]*indent="\d+"[^>]*\/>/g) ?? [];
  expect(indents.length).toBeGreaterThan(0);
  for (const alignment of indents) expect(alignment).toMatch(/horizontal="(left|right)"/);
});
