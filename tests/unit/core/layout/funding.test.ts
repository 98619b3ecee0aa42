/** Kinds of money, print setup and cells that say what they mean (docs/layout.md, L3, L5, L9, L12, L13). */
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { wrappedLines } from '../../../../src/core/layout/grid';
import type { SheetPlan } from '../../../../src/core/layout/plan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { cellAt, sheetOf } from './helpers';

const model = buildModel(readTrustedFixture('valid-funding'));
const plan = buildLayoutPlan(model, { lang: 'da', buildDate: '2026-12-01' });
const sheet = (key: string): SheetPlan => sheetOf(plan, key);
const at = cellAt;
const psyk = sheet('committee:psyk');
const ru = sheet('committee:ru');
const overview = sheet('overview');

describe('[L12] kinds of money', () => {
  test('the engine counts new money only in a committee total; the other kinds apart', () => {
    const [p, r] = model.committees;
    expect(p?.total).toEqual([2.6, 14]);
    expect(p?.other.reprioritised.total).toEqual([20, 0]);
    expect(r?.total).toEqual([0, 0]);
    expect(r?.other.existing.total).toEqual([344.5, 0]);
    expect(model.total).toEqual([2.6, 14]);
    expect(model.other.existing.total).toEqual([344.5, 0]);
  });

  test('a committee sheet: new money and its totals first, then a labelled block per other kind with its own subtotal', () => {
    expect(at(psyk, 'B11')).toEqual({ t: 'text', text: 'I alt, nye midler' });
    expect(at(psyk, 'D11')).toEqual({ t: 'formula', formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$G$5:INDEX($G:$G,ROW()-1),"")', value: 2.6 });
    expect(at(psyk, 'B15')).toEqual({ t: 'text', text: 'Omprioritering (budgetneutral)' });
    expect(at(psyk, 'G15')).toEqual({ t: 'text', text: 'block' });
    expect(at(psyk, 'B16')).toEqual({ t: 'text', text: 'Omprioritering' });
    const subtotal = psyk.table.rows.find((r) => r.role === 'fundingTotal');
    expect(subtotal).toEqual({ row: 18, role: 'fundingTotal', funding: 'reprioritised' });
    expect(at(psyk, 'B19')).toEqual({ t: 'text', text: 'I alt, omprioritering' });
    expect(at(psyk, 'D19')).toEqual({ t: 'formula', formula: '=SUMIFS(D$15:INDEX(D:D,ROW()-1),$G$15:INDEX($G:$G,ROW()-1),"")', value: 20 });
  });

  test('Total_<id> and GrandTotal name the totals of new money; the table covers the blocks', () => {
    expect(plan.names).toContainEqual({ name: 'Total_psyk', sheetKey: 'committee:psyk', range: '$D$11:$E$11' });
    expect(plan.names).toContainEqual({ name: 'Table_psyk', sheetKey: 'committee:psyk', range: '$A$5:$H$19' });
    expect(plan.names).toContainEqual({ name: 'GrandTotal', sheetKey: 'overview', range: '$C$11:$D$11' });
  });

  test('the overview: new money per committee, then a block of existing and one of reprioritised money', () => {
    expect(at(overview, 'B11')).toEqual({ t: 'text', text: 'I alt, nye midler' });
    expect(at(overview, 'C11')).toMatchObject({ value: 2.6 });
    expect(at(overview, 'B18')).toEqual({ t: 'text', text: 'Eksisterende budget' });
    expect(at(overview, 'C19')).toEqual({ t: 'formula', formula: "='Regional Udvikling'!D18", value: 344.5 });
    expect(at(overview, 'C20')).toEqual({ t: 'formula', formula: '=SUMIFS(C$18:INDEX(C:C,ROW()-1),$F$18:INDEX($F:$F,ROW()-1),"")', value: 344.5 });
    expect(at(overview, 'B22')).toEqual({ t: 'text', text: 'Psykiatri' });
    expect(at(overview, 'C23')).toMatchObject({ value: 20 });
  });

  test('a sheet with new money only keeps the plain "I alt"; English labels', () => {
    const english = buildLayoutPlan(model, { lang: 'en' });
    expect(english.sheets[1]?.cells[14]?.[1]).toEqual({ t: 'text', text: 'Reprioritised (budget-neutral)' });
    expect(english.sheets[2]?.cells.flat()).toContainEqual({ t: 'text', text: 'Total, existing budget' });
    const newOnly = buildLayoutPlan(buildModel({ ...readTrustedFixture('valid-funding'), initiatives: readTrustedFixture('valid-funding').initiatives.filter((i) => i.funding === undefined) }));
    expect(newOnly.sheets[1]?.cells[10]?.[1]).toEqual({ t: 'text', text: 'I alt' });
  });
});

describe('[L3] cells that say what they mean', () => {
  test('a year a frame does not state is blank, not 0; a stated 0 stays 0', () => {
    expect(at(ru, 'D8')).toEqual({ t: 'formula', formula: expect.stringContaining('SUMIFS') as string, value: 0 });
    const frameRow = ru.table.rows.find((r) => r.role === 'frame')?.row ?? -1;
    expect(ru.cells[frameRow]?.[3]).toEqual({ t: 'number', value: 337.6 });
    expect(ru.cells[frameRow]?.[4]).toEqual({ t: 'empty' });
    expect(at(ru, 'E6')).toEqual({ t: 'number', value: 0 });
  });

  test('[L5] a range shows its span in the row and is marked on the amount cell with a note, keeping the value the policy picks', () => {
    const row = ru.table.rows.find((r) => r.source === 'initiatives[4]')?.row ?? -1;
    expect(ru.cells[row]?.[3]).toEqual({ t: 'number', value: 6.9 });
    expect(ru.cells[row]?.[5]).toEqual({ t: 'text', text: 'Spænd 2020: 5,5–6,9' });
    expect(ru.cellNotes).toEqual([{ row, column: 3, text: 'Spænd 5,5–6,9; tæller med 6,9 (valgt ende af spændet)' }]);
    expect(ru.styles).toContainEqual({ range: `D${row + 1}:D${row + 1}`, style: { italic: true, fill: '#FFF2CC' } });
  });
});

describe('[L9] one font, right-aligned numbers', () => {
  test('every sheet names one font family over its whole block, first', () => {
    for (const s of plan.sheets) {
      expect(s.styles[0]).toEqual({ range: `A1:${String.fromCharCode(64 + s.columnWidths.length)}${s.cells.length}`, style: { fontName: 'Calibri' } });
      expect(s.styles.filter((st) => st.style.fontName !== undefined)).toHaveLength(1);
    }
  });

  test('year columns are right-aligned from the header down', () => {
    expect(psyk.styles).toContainEqual({ range: 'D5:D19', style: { horizontalAlignment: 'right' } });
    expect(psyk.styles).toContainEqual({ range: 'E5:E19', style: { horizontalAlignment: 'right' } });
  });
});

describe('[L13] print like a budget document', () => {
  test('A4 landscape, one page wide, header row repeated, print area over the visible columns', () => {
    expect(psyk.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printTitleRows: '$5:$5',
      printArea: 'A1:H19',
      header: { center: 'Kinds of money' },
      footer: { left: 'Beløb i mio. kr., 2019 P/L', center: 'Side &P af &N', right: 'Dannet 2026-12-01' },
      // Points: half an inch at the sides, three quarters above and below, room for the header and footer.
      margins: { left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      // The sheet fits on one page.
      pageBreaks: [],
    });
    expect(overview.print.printArea).toBe('A1:E23'); // the .xlsx adapter adds the rows of the chart it draws
  });

  test('an ampersand in the title is doubled in the header; no build date, no date in the footer', () => {
    const file = { ...readTrustedFixture('valid-funding'), title: 'Drift & anlæg' };
    const other = buildLayoutPlan(buildModel(file), { lang: 'en' });
    expect(other.sheets[0]?.print.header.center).toBe('Drift && anlæg');
    expect(other.sheets[0]?.print.footer).toEqual({ left: 'Amounts in DKK million, 2019 P/L', center: 'Page &P of &N', right: '' });
  });

  test('title and note wrap at fixed widths, with rows tall enough for the wrapped text', () => {
    expect(psyk.columnWidths.slice(0, 2)).toEqual([6, 46]);
    expect(psyk.styles).toContainEqual({ range: 'B6:B19', style: { wrapText: true } });
    expect(psyk.styles).toContainEqual({ range: 'F6:F19', style: { wrapText: true, indent: 1, horizontalAlignment: 'left' } });
    // The block heading's note (104 characters in a 45-wide column) takes three lines.
    expect(psyk.rowHeights).toContainEqual({ row: 14, height: 3 * 13.5 + 2 });
    expect(wrappedLines('kort', 45)).toBe(1);
    expect(wrappedLines('a'.repeat(120), 45)).toBe(3);
    expect(wrappedLines('én\nto', 45)).toBe(2);
  });
});
