/**
 * The printed pages (docs/layout.md, L13): the page breaks the core sets, measured on sheets
 * of known rows. A4 landscape with the plan's margins leaves 595.28 − 108 = 487.28 pt of
 * height; filled to 90 %, 438.55 pt. A sheet narrower than the page prints at 100 %: the
 * title block (four rows) and the header take 75 pt of the first page, leaving 24 rows of
 * 15 pt; every later page repeats the header and holds 28.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { FILL, pageBreaks, PRINT_MARGINS, type KeepTogether } from '../../../../src/core/layout/pagination';
import type { PlanRow, RowRole, SheetPlan } from '../../../../src/core/layout/plan';
import { loadDefinitions } from '../../../../src/core/load';
import { buildModel } from '../../../../src/core/model/buildModel';
import { REPO } from '../../../helpers/fixtures';
import { generateDefinitions } from '../../../helpers/generateDefinitions';

const HEADER = 4;

/** A sheet of default-height rows, `widths` characters wide (100 by default: 525 pt, narrower than the page). */
function sheetOf(options: { widths?: number[]; hidden?: number[]; heights?: { row: number; height: number }[] } = {}) {
  return {
    rowHeights: options.heights ?? [],
    styles: [],
    columnWidths: options.widths ?? [10, 40, 10, 10, 10, 20],
    hiddenColumns: options.hidden ?? [],
    print: { margins: PRINT_MARGINS, orientation: 'landscape' as const },
  };
}

const breaks = (lastRow: number, blocks: KeepTogether[] = [], sheet = sheetOf()): number[] =>
  pageBreaks(sheet, { headerRow: HEADER, lastRow, lastPrintedColumn: sheet.columnWidths.length - 1, blocks });

describe('[L13] page breaks', () => {
  test('a sheet that fits on one page gets no break', () => {
    // Rows 5–28: 24 rows of 15 pt under the title block.
    expect(breaks(28)).toEqual([]);
    expect(breaks(HEADER)).toEqual([]);
  });

  test('the estimate fills a page to 90 %: 27 rows that would just fit on paper still break after 24', () => {
    expect(FILL).toBe(0.9);
    // 75 + 27 × 15 = 480 pt ≤ 487.28 pt: Excel would print them on one page, just.
    expect(breaks(31)).toEqual([29]);
    // Later pages hold 28 rows (15 + 28 × 15 = 435 ≤ 438.55).
    expect(breaks(29 + 28 + 5)).toEqual([29, 57]);
  });

  test('a block that would straddle the page moves whole to the next page', () => {
    // Rows 5–20 are single initiatives; the lines of rows 21–30 would cross the foot of page 1 (row 28).
    expect(breaks(40, [{ first: 21, last: 30, heading: true, closing: 1 }])).toEqual([21]);
    // Without the block the page is simply filled.
    expect(breaks(40)).toEqual([29]);
  });

  test('a block taller than a page splits between its inner blocks', () => {
    // A frame (row 5) with allocations of six rows each (6–11, 12–17, …, 60–65) and its remainder (66).
    const inner = Array.from({ length: 10 }, (_, i) => ({ first: 6 + 6 * i, last: 11 + 6 * i, heading: true, closing: 1 }));
    const result = breaks(66, [{ first: 5, last: 66, heading: true, closing: 1 }, ...inner]);
    // Page 1 holds rows 5–28: the allocation 24–29 goes to page 2, which holds up to row 51: 48–53 goes on.
    expect(result).toEqual([24, 48]);
  });

  test('a block taller than a page never leaves its total alone at the top of a page', () => {
    // Lines 6–56 fill pages 1 and 2 exactly (5–28, 29–56); the subtotal at 57 takes the last line with it.
    expect(breaks(57, [{ first: 5, last: 57, heading: true, closing: 1 }])).toEqual([29, 56]);
  });

  test('a heading never ends a page, even in a block taller than a page', () => {
    // A section heading at row 28, the last row page 1 holds, opens a block of 40 rows.
    expect(breaks(80, [{ first: 28, last: 67, heading: true, closing: 1 }])).toEqual([28, 56]);
  });

  test('the closing totals stay together, with the initiative above them', () => {
    // I alt, heraf drift, heraf anlæg and heraf valgt at rows 26–29, after initiatives 5–25.
    expect(breaks(29, [{ first: 26, last: 29, closing: 4 }])).toEqual([25]);
  });

  test('a sheet wider than the page prints smaller, so a page holds more rows; hidden columns do not count', () => {
    // 200 characters at Excel's 5.25 pt are 1,050 pt: scale 769.89 / 1,050, a page 598.1 pt of the sheet's rows.
    const wide = sheetOf({ widths: [50, 50, 50, 50, 30], hidden: [4] });
    // First page: 598.1 − 75 = 523.1 pt, 34 rows (5–38).
    expect(breaks(60, [], wide)).toEqual([39]);
  });

  test('tall rows of wrapped text count at their height', () => {
    // Rows 5–12 of 56 pt (four lines) take 448 pt: page 1 holds six of them (336 of 363.55 pt).
    const tall = sheetOf({ heights: Array.from({ length: 8 }, (_, i) => ({ row: 5 + i, height: 56 })) });
    expect(breaks(12, [], tall)).toEqual([11]);
  });
});

const roleAt = (sheet: SheetPlan, row: number): RowRole | undefined => sheet.table.rows.find((r: PlanRow) => r.row === row)?.role;
const HEADINGS: RowRole[] = ['node', 'frame', 'fundingBlock', 'chosenBlock', 'poolBlock', 'pool', 'committee'];
const TOTALS: RowRole[] = ['subtotal', 'unallocated', 'total', 'operating', 'capital', 'spanLow', 'spanHigh', 'chosen', 'fundingTotal', 'committeeOperating', 'committeeCapital', 'poolLeft'];

/** Each break of the table as the roles of the rows either side of it. */
function breaksBetween(sheet: SheetPlan): { before: RowRole | undefined; after: RowRole | undefined }[] {
  const lastTableRow = sheet.table.rows[sheet.table.rows.length - 1]?.row ?? 0;
  return sheet.print.pageBreaks.filter((row) => row <= lastTableRow).map((row) => ({ before: roleAt(sheet, row - 1), after: roleAt(sheet, row) }));
}

describe('[L13] the seminar sample keeps its blocks together', () => {
  const loaded = loadDefinitions({ fileName: 'budget-2020-seminar.json', bytes: new Uint8Array(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'))) });
  if (loaded.model === undefined) throw new Error('the sample does not load');
  const plan = buildLayoutPlan(loaded.model, { lang: 'da' });

  test('the overview breaks before its existing budget and before the chart', () => {
    const overview = plan.sheets[0];
    const chart = overview?.chart;
    if (overview === undefined || chart === undefined) throw new Error('no overview chart');
    expect(overview.print.pageBreaks).toEqual([27, chart.anchor.fromRow - 1]);
    expect(roleAt(overview, 27)).toBe('fundingBlock');
  });

  test.each(plan.sheets.map((s) => [s.name, s] as const))('%s: no page ends on a heading or starts with a total', (_name, sheet) => {
    for (const { before, after } of breaksBetween(sheet)) {
      expect(HEADINGS).not.toContain(before);
      expect(TOTALS).not.toContain(after);
    }
  });

  test('every committee sheet that breaks has its closing totals on a page with an initiative', () => {
    const committees = plan.sheets.filter((s) => s.kind === 'committee');
    expect(committees.map((s) => s.print.pageBreaks.length)).toEqual([1, 2, 0, 2]);
    for (const sheet of committees) {
      const total = sheet.table.rows.find((r) => r.role === 'total')?.row ?? -1;
      const pageStart = Math.max(0, ...sheet.print.pageBreaks.filter((row) => row <= total));
      const above = sheet.table.rows.filter((r) => r.row >= pageStart && r.row < total && (r.role === 'leaf' || r.role === 'node' || r.role === 'frame'));
      expect(above.length).toBeGreaterThan(0);
    }
  });
});

describe('[L13] a large generated file: many pages, every break between blocks', () => {
  // 40 committees make an overview of several pages; 600 initiatives with realistic text (lines,
  // frames, ranges) make committee sheets of several pages each.
  const plan = buildLayoutPlan(buildModel(generateDefinitions({ initiatives: 600, committees: 40, text: 'realistic' })), { lang: 'da' });

  test('every sheet longer than a page breaks, in ascending rows inside its table', () => {
    const overview = plan.sheets[0];
    expect(overview?.print.pageBreaks.length).toBeGreaterThanOrEqual(4);
    expect(plan.sheets.filter((s) => s.print.pageBreaks.length > 0).length).toBeGreaterThan(20);
    for (const sheet of plan.sheets) {
      const breaks = sheet.print.pageBreaks;
      expect(breaks).toEqual([...new Set(breaks)].sort((a, b) => a - b));
      expect(breaks.every((row) => row > (sheet.table.rows[0]?.row ?? 0))).toBe(true);
    }
  });

  test('no page ends on a heading or starts with a total, a heraf row or the rest of a pool', () => {
    const offending = plan.sheets.flatMap((sheet) => breaksBetween(sheet).filter(({ before, after }) => (before !== undefined && HEADINGS.includes(before)) || (after !== undefined && TOTALS.includes(after))).map((b) => ({ sheet: sheet.name, ...b })));
    expect(offending).toEqual([]);
  });
});
