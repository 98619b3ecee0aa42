import { buildModel } from '../../../../src/core/model/buildModel';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import type { SheetPlan } from '../../../../src/core/layout/plan';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { cellAt, sheetOf } from './helpers';

const model = buildModel(readTrustedFixture('valid-features'));
const plan = buildLayoutPlan(model, { lang: 'da' });
const sheet = (key: string): SheetPlan => sheetOf(plan, key);
const at = cellAt;
const hosp = sheet('committee:hosp');

describe('[L1] sheets and names', () => {
  test('the overview first, then one sheet per committee, with valid unique names', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Oversigt', 'Hospitalsudvalget', 'Regional Udvikling', 'Udvalg- uden emner - test-']);
  });
  test('workbook names address the totals and the tables', () => {
    expect(plan.names).toContainEqual({ name: 'Total_hosp', sheetKey: 'committee:hosp', range: '$D$16:$G$16' });
    expect(plan.names).toContainEqual({ name: 'GrandTotal', sheetKey: 'overview', range: '$C$14:$F$14' });
    expect(plan.names).toContainEqual({ name: 'Table_hosp', sheetKey: 'committee:hosp', range: '$A$5:$J$21' });
    expect(plan.names.map((n) => n.name)).toEqual([
      'GrandTotal', 'Table_Overview', 'Total_hosp', 'Table_hosp', 'Total_ru', 'Table_ru', 'Total_tom', 'Table_tom',
      'ChosenTotal', 'Chosen_hosp', 'Chosen_ru', 'Chosen_tom',
    ]);
  });
});

describe('[L2] title block and header', () => {
  test('committee, document title, unit and price level, then the header row', () => {
    expect(at(hosp, 'A1')).toEqual({ t: 'text', text: 'Hospitalsudvalget' });
    expect(at(hosp, 'A2')).toEqual({ t: 'text', text: 'Budget 2020 – testudvalg' });
    expect(at(hosp, 'A3')).toEqual({ t: 'text', text: 'Beløb i mio. kr., 2019 P/L' });
    expect(hosp.cells[4]?.map((c) => (c.t === 'text' ? c.text : ''))).toEqual(['Nr.', 'Emne', 'Type', '2020', '2021', '2022', '2023', 'Bemærkning', 'head', 'Med']);
    expect(hosp.numberFormats[4]?.[3]).toBe('@');
  });
});

describe('[L3] a row per initiative and line, subtotals for nodes with lines', () => {
  test('lines are indented under their initiative and subtotalled below it', () => {
    expect(at(hosp, 'B6')).toEqual({ t: 'text', text: 'Personlig medicin' });
    expect(at(hosp, 'I6')).toEqual({ t: 'text', text: 'node' });
    expect(at(hosp, 'B7')).toEqual({ t: 'text', text: 'Påbegynde PM-oprustning' });
    expect(at(hosp, 'D7')).toEqual({ t: 'number', value: 5 });
    // Left-aligned too: an indent on a general-aligned cell shows in neither Excel nor LibreOffice.
    expect(hosp.styles).toContainEqual({ range: 'B7:B10', style: { indent: 1, horizontalAlignment: 'left' } });
    expect(at(hosp, 'B10')).toEqual({ t: 'text', text: 'I alt, Personlig medicin' });
    // The group's heading and subtotal say no kind: its lines may be of either.
    expect(at(hosp, 'C6')).toEqual({ t: 'empty' });
    expect(at(hosp, 'C10')).toEqual({ t: 'empty' });
    expect(at(hosp, 'G10')).toEqual({ t: 'formula', formula: '=SUMIFS(G$6:INDEX(G:G,ROW()-1),$I$6:INDEX($I:$I,ROW()-1),"")', value: 102 });
  });
  test('a year not stated is a blank cell; an uncosted topic is a row of blanks', () => {
    expect(at(hosp, 'E11')).toEqual({ t: 'empty' });
    expect(hosp.cells[13]?.slice(3, 7)).toEqual([{ t: 'empty' }, { t: 'empty' }, { t: 'empty' }, { t: 'empty' }]);
  });
  test('a range shows the policy value and its span in the note', () => {
    expect(at(hosp, 'D11')).toEqual({ t: 'number', value: 6.9 });
    expect(at(hosp, 'H11')).toEqual({ t: 'text', text: 'Spænd 2020: 5,5–6,9' });
  });
  test('a note that ends a sentence is followed by one full stop, never two', () => {
    const file = readTrustedFixture('valid-features');
    const akut = file.initiatives[1];
    if (akut === undefined) throw new Error('fixture changed');
    file.initiatives[1] = { ...akut, note: 'Skøn fra regionen.' };
    const converted = file.initiatives[2];
    if (converted === undefined) throw new Error('fixture changed');
    file.initiatives[2] = { ...converted, note: 'Hvad koster det?' };
    const edited = sheetOf(buildLayoutPlan(buildModel(file), { lang: 'da' }), 'committee:hosp');
    expect(at(edited, 'H11')).toEqual({ t: 'text', text: 'Skøn fra regionen. Spænd 2020: 5,5–6,9' });
    expect(at(edited, 'H12')).toEqual({ t: 'text', text: 'Hvad koster det? (kr. → mio. kr.)' });
    expect(at(hosp, 'H11')).toEqual({ t: 'text', text: 'Spænd 2020: 5,5–6,9' });
  });
  test('amounts stated in kr. are converted and the conversion noted', () => {
    expect(at(hosp, 'D12')).toEqual({ t: 'number', value: 0.45 });
    expect(at(hosp, 'H12')).toEqual({ t: 'text', text: '(kr. → mio. kr.)' });
  });
  test('[L8] a title that looks like a formula is text', () => {
    expect(at(hosp, 'B13')).toEqual({ t: 'text', text: '=HYPERLINK("http://x","y")' });
    expect(hosp.numberFormats[12]?.[1]).toBe('@');
  });
});

describe('[L4] the totals block is live and insertion-proof', () => {
  test('I alt sums the counted rows from the header down to the row above it', () => {
    expect(at(hosp, 'D16')).toEqual({ t: 'formula', formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")', value: 29.25 });
    expect(at(hosp, 'B16')).toEqual({ t: 'text', text: 'I alt' });
  });
  test('Heraf drift sums the rows not of kind Anlæg (blank included), Heraf anlæg those that are; neither refers to the other', () => {
    expect(at(hosp, 'D17')).toEqual({
      t: 'formula',
      formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"",$C$5:INDEX($C:$C,ROW()-1),"<>Anlæg")',
      value: 24.25,
    });
    expect(at(hosp, 'D18')).toEqual({
      t: 'formula',
      formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"",$C$5:INDEX($C:$C,ROW()-1),"Anlæg")',
      value: 5,
    });
  });
  test('[L5] with ranges, the low and high totals follow the range cells', () => {
    expect(at(hosp, 'B19')).toEqual({ t: 'text', text: 'I alt, laveste skøn' });
    expect(at(hosp, 'D19')).toEqual({ t: 'formula', formula: '=D16+(5.5-D11)', value: 27.85 });
    expect(at(hosp, 'D20')).toEqual({ t: 'formula', formula: '=D16', value: 29.25 });
  });
});

describe('[L6] frames', () => {
  const ru = sheet('committee:ru');
  test('the frame row holds the frame as an input; the remainder row subtracts what is allocated', () => {
    expect(at(ru, 'B6')).toEqual({ t: 'text', text: 'Udviklingsaktiviteter' });
    expect(at(ru, 'D6')).toEqual({ t: 'number', value: 65.5 });
    expect(at(ru, 'I6')).toEqual({ t: 'text', text: 'frame' });
    expect(at(ru, 'D10')).toEqual({ t: 'number', value: 29 });
    expect(at(ru, 'B13')).toEqual({ t: 'text', text: 'Ikke udmøntet' });
    expect(at(ru, 'D13')).toEqual({ t: 'formula', formula: '=D$10-SUMIFS(D$10:INDEX(D:D,ROW()-1),$I$10:INDEX($I:$I,ROW()-1),"")', value: 17 });
    expect(at(ru, 'D14')).toEqual({ t: 'formula', formula: '=D$6-SUMIFS(D$6:INDEX(D:D,ROW()-1),$I$6:INDEX($I:$I,ROW()-1),"")', value: 0 });
  });
  test('an over-allocated remainder is negative (red by the number format)', () => {
    const rest = ru.table.rows.filter((r) => r.role === 'unallocated').at(-1);
    const cell = ru.cells[rest?.row ?? -1]?.[3];
    expect(cell).toMatchObject({ t: 'formula', value: -0.5 });
    expect(ru.numberFormats[rest?.row ?? -1]?.[3]).toBe('#,##0.0;[Red]-#,##0.0');
  });
});

describe('[L7] the overview', () => {
  const overview = sheet('overview');
  test('per committee its new money, then of which operating and capital, referring to its sheet', () => {
    expect(at(overview, 'B5')).toEqual({ t: 'text', text: 'Hospitalsudvalget' });
    expect(at(overview, 'C5')).toEqual({ t: 'formula', formula: "='Hospitalsudvalget'!D16", value: 29.25 });
    expect(at(overview, 'B6')).toEqual({ t: 'text', text: 'Heraf drift' });
    expect(at(overview, 'C6')).toEqual({ t: 'formula', formula: "='Hospitalsudvalget'!D17", value: 24.25 });
    expect(at(overview, 'C7')).toEqual({ t: 'formula', formula: "='Hospitalsudvalget'!D18", value: 5 });
    expect(at(overview, 'C11')).toEqual({ t: 'formula', formula: "='Udvalg- uden emner - test-'!D6", value: 0 });
  });
  test('the grand total and its split sum contiguous ranges of the overview\'s own rows, never a list of arguments', () => {
    expect(at(overview, 'C14')).toEqual({ t: 'formula', formula: '=SUMIFS(C$4:INDEX(C:C,ROW()-1),$H$4:INDEX($H:$H,ROW()-1),"")', value: 433.35 });
    expect(at(overview, 'C15')).toEqual({ t: 'formula', formula: '=SUMIFS(C$4:INDEX(C:C,ROW()-1),$H$4:INDEX($H:$H,ROW()-1),"op")', value: 333.85 });
    expect(at(overview, 'C16')).toEqual({ t: 'formula', formula: '=SUMIFS(C$4:INDEX(C:C,ROW()-1),$H$4:INDEX($H:$H,ROW()-1),"cap")', value: 99.5 });
    expect(at(overview, 'C17')).toEqual({ t: 'formula', formula: "=C14+('Hospitalsudvalget'!D19-'Hospitalsudvalget'!D16)", value: 431.95 });
    const formulas = overview.cells.flat().flatMap((c) => (c.t === 'formula' ? [c.formula] : []));
    expect(formulas.filter((f) => f.startsWith('=SUM(') && f.includes(','))).toEqual([]);
  });
  test('a column with the total over all years, right-aligned under a right-aligned header; none when turned off', () => {
    expect(at(overview, 'G4')).toEqual({ t: 'text', text: 'I alt 2020–2023' });
    expect(at(overview, 'G14')).toEqual({ t: 'formula', formula: '=SUM(C14:F14)', value: 643.9 });
    expect(overview.styles).toContainEqual({ range: 'G4:G23', style: { horizontalAlignment: 'right' } });
    expect(overview.table.allYearsColumn).toBe(6);
    const without = buildLayoutPlan(model, { allYearsColumn: false }).sheets[0];
    expect(without?.cells[3]?.map((c) => (c.t === 'text' ? c.text : ''))).toEqual(['Nr.', 'Udvalg', '2020', '2021', '2022', '2023', 'head']);
  });
  test('no empty column: the overview has no note column', () => {
    expect(overview.cells[3]?.some((c) => c.t === 'text' && c.text === 'Bemærkning')).toBe(false);
    expect(overview.table.columns.note).toBeUndefined();
  });
});

describe('[L9] formatting', () => {
  test('one decimal with thousands separator and red negatives by default; configurable', () => {
    expect(hosp.numberFormats[6]?.[3]).toBe('#,##0.0;[Red]-#,##0.0');
    const twoDecimals = buildLayoutPlan(model, { decimals: 2 });
    expect(twoDecimals.sheets[1]?.numberFormats[6]?.[3]).toBe('#,##0.00;[Red]-#,##0.00');
    expect(buildLayoutPlan(model, { decimals: 0 }).sheets[1]?.numberFormats[6]?.[3]).toBe('#,##0;[Red]-#,##0');
  });
  test('frozen header, widths, hidden role column, landscape one page wide', () => {
    expect(hosp.freeze).toEqual({ rows: 5, columns: 2 });
    expect(hosp.columnWidths).toEqual([6, 46, 9, 11, 11, 11, 11, 43, 8, 6]);
    expect(hosp.hiddenColumns).toEqual([8]);
    expect(hosp.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToPagesWide: 1, printTitleRows: '$5:$5', printArea: 'A1:J21' });
    expect(hosp.styles).toContainEqual({ range: 'A16:J16', style: { bold: true, borderTop: 'thin', borderBottom: 'double' } });
  });
});

describe('[L10] labels in English on request', () => {
  test('English labels and sheet name', () => {
    const english = buildLayoutPlan(model, { lang: 'en' });
    expect(english.sheets[0]?.name).toBe('Overview');
    const sheetEn = english.sheets[1];
    expect(sheetEn?.cells[15]?.[1]).toEqual({ t: 'text', text: 'Total' });
    expect(sheetEn?.cells[16]?.[1]).toEqual({ t: 'text', text: 'Of which operating' });
    expect(sheetEn?.cells[17]?.[3]).toMatchObject({ formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"",$C$5:INDEX($C:$C,ROW()-1),"Capital")' });
  });
});

describe('[L11] committee selection and reserved sheet names', () => {
  test('only the chosen committees are written, and the overview totals only them', () => {
    const only = buildLayoutPlan(model, { committees: ['ru'] });
    expect(only.sheets.map((s) => s.key)).toEqual(['overview', 'committee:ru']);
    expect(only.sheets[0]?.cells[4]?.[2]).toMatchObject({ value: 404.1 });
  });
  test('a sheet name the user already uses is never taken', () => {
    const avoiding = buildLayoutPlan(model, { reservedSheetNames: ['oversigt', 'Hospitalsudvalget'] });
    expect(avoiding.sheets.map((s) => s.name).slice(0, 2)).toEqual(['Oversigt (2)', 'Hospitalsudvalget (2)']);
  });
});

describe('[L8] invariant: every text cell is Text-formatted', () => {
  test.each([
    ['da', model],
  ] as const)('in every sheet of the plan (%s)', (lang) => {
    for (const p of [buildLayoutPlan(model, { lang }), buildLayoutPlan(model, { lang: 'en', decimals: 0 })]) {
      for (const s of p.sheets) {
        s.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.t === 'text') expect(`${s.name}!${r},${c}:${s.numberFormats[r]?.[c]}`).toBe(`${s.name}!${r},${c}:@`);
          }),
        );
      }
    }
  });
});
