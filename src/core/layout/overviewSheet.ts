/** The overview (Oversigt): a row per committee referring to its total, the grand total and its split. */
import type { Totals } from '../model/types';
import { cell, range } from './a1';
import { columnIndexes, overviewColumns } from './columns';
import { ROLE_MARKERS, type CommitteeSheetLayout, type SheetContext } from './committeeSheet';
import { difference, reference, sumCountedRowsAbove, sumOfReferences } from './formulas';
import { EMPTY, formulaCell, Grid, text } from './grid';
import type { PlanCell, PlanRow, SheetPlan } from './plan';

export interface OverviewEntry {
  layout: CommitteeSheetLayout;
  name: string;
  totals: Totals;
}

export const OVERVIEW_KEY = 'overview';
export const OVERVIEW_TABLE_NAME = 'Table_Overview';

export function buildOverviewSheet(entries: readonly OverviewEntry[], grand: Totals, sheetName: string, context: SheetContext): { sheet: SheetPlan; totalRow: number } {
  const { labels } = context;
  const columns = overviewColumns(context.years, labels);
  const index = columnIndexes(columns);
  const grid = new Grid(columns, context.amountFormat);
  const rows: PlanRow[] = [];
  const refColumn = (yearIndex: number, entry: OverviewEntry): number => entry.layout.sheet.table.yearColumns[yearIndex] ?? 0;

  grid.style(grid.addPlainRow([text(context.documentTitle)]), { bold: true, fontSize: 14 }, 0, 0);
  grid.style(grid.addPlainRow([text(labels.amountsIn(context.unitLabel, context.priceLevel))]), { italic: true }, 0, 0);
  grid.addPlainRow([]);
  const headerRow = grid.addHeaderRow(columns.map((c) => text(c.key === 'role' ? ROLE_MARKERS.header : c.header)));
  grid.style(headerRow, { bold: true, fill: '#DDEBF7', borderBottom: 'thin', wrapText: true });
  rows.push({ row: headerRow, role: 'header' });

  const addRow = (byKey: { number?: PlanCell; title: PlanCell; role: string }, amounts: (yearIndex: number) => PlanCell): number => {
    const cells = columns.map((c) => (c.key === 'number' ? (byKey.number ?? EMPTY) : c.key === 'title' ? byKey.title : c.key === 'role' ? text(byKey.role) : EMPTY));
    index.years.forEach((column, i) => (cells[column] = amounts(i)));
    return grid.addTableRow(cells);
  };

  entries.forEach((entry, n) => {
    const row = addRow({ number: text(String(n + 1)), title: text(entry.name), role: '' }, (i) =>
      formulaCell(reference(entry.name, entry.layout.totalRow, refColumn(i, entry)), entry.totals.total[i] ?? 0),
    );
    rows.push({ row, role: 'committee', source: entry.layout.sheet.key });
  });

  const totalRow = grid.rowCount;
  const capitalRow = totalRow + 2;
  const summary = (role: PlanRow['role'], label: string, formula: (column: number, yearIndex: number) => string, values: readonly number[], bold: boolean): void => {
    const row = addRow({ title: text(label), role: ROLE_MARKERS.total }, (i) => formulaCell(formula(index.years[i] ?? 0, i), values[i] ?? 0));
    grid.style(row, bold ? { bold: true, borderTop: 'thin', borderBottom: 'double' } : { italic: true }, 0, index.note);
    rows.push({ row, role });
  };
  summary('total', labels.total, (c) => sumCountedRowsAbove(c, headerRow, index.role), grand.total, true);
  summary('operating', labels.operating, (c) => difference(c, totalRow, capitalRow), grand.operating, false);
  summary('capital', labels.capital, (_c, i) => sumOfReferences(entries.map((e) => ({ sheetName: e.name, row: e.layout.capitalRow, column: refColumn(i, e) }))), grand.capital, false);
  if (grand.hasRange) {
    const spanTerms = (end: 'spanLowRow' | 'spanHighRow', c: number, i: number): string => {
      const terms = entries.flatMap((e) => {
        const endRow = e.layout[end];
        if (endRow === undefined) return [];
        const at = (row: number): string => reference(e.name, row, refColumn(i, e)).slice(1);
        return [`+(${at(endRow)}-${at(e.layout.totalRow)})`];
      });
      return `=${cell(totalRow, c)}${terms.join('')}`;
    };
    summary('spanLow', labels.spanLow, (c, i) => spanTerms('spanLowRow', c, i), grand.totalLow, false);
    summary('spanHigh', labels.spanHigh, (c, i) => spanTerms('spanHighRow', c, i), grand.totalHigh, false);
  }

  const lastRow = grid.rowCount - 1;
  const sheet: SheetPlan = {
    key: OVERVIEW_KEY,
    name: sheetName,
    kind: 'overview',
    cells: grid.cells,
    numberFormats: grid.numberFormats,
    styles: grid.styledRanges(),
    columnWidths: columns.map((c) => c.width),
    hiddenColumns: columns.flatMap((c, i) => (c.hidden ? [i] : [])),
    freeze: { rows: headerRow + 1, columns: index.title + 1 },
    print: { orientation: 'landscape', fitToPagesWide: 1, printTitleRows: `$${headerRow + 1}:$${headerRow + 1}` },
    table: {
      name: OVERVIEW_TABLE_NAME,
      range: range(headerRow, 0, lastRow, columns.length - 1),
      yearColumns: index.years,
      years: [...context.years],
      columns: { number: index.number, title: index.title, note: index.note, role: index.role },
      rows,
    },
  };
  return { sheet, totalRow };
}
