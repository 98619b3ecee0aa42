/**
 * The overview (Oversigt): new money per committee with its split into operating and
 * capital, the grand total of new money and its split, then existing and reprioritised
 * money in blocks of their own (docs/layout.md, L7 and L12).
 *
 * Every total sums a contiguous range of the overview's own rows (SUMIFS over the role
 * column), never a list of references: Excel refuses a function with more than 255 arguments.
 */
import { sum } from '../model/decimal';
import { OTHER_FUNDINGS, type FundedTotals, type OtherFunding, type PoolModel, type YearValues } from '../model/types';
import { cell, range, sheetPrefix } from './a1';
import { columnIndexes, overviewColumns } from './columns';
import { ROLE_MARKERS, type CommitteeSheetLayout, type SheetContext } from './committeeSheet';
import { reference, sumCountedRowsAbove, sumOfRowRange } from './formulas';
import { EMPTY, formulaCell, Grid, indented, numberCell, text } from './grid';
import { withPageBreaks, type KeepTogether } from './pagination';
import type { CellStyle, ChartPlan, ConditionalFormatPlan, PlanCell, PlanRow, SheetPlan } from './plan';
import { printPlan } from './print';

export interface OverviewEntry {
  layout: CommitteeSheetLayout;
  name: string;
  totals: ChosenTotals;
}

/** New money with what of it is chosen (Heraf valgt). */
export type ChosenTotals = FundedTotals & { chosen: YearValues };

export const OVERVIEW_KEY = 'overview';
export const OVERVIEW_TABLE_NAME = 'Table_Overview';

const BLOCK_FILL = '#F2F2F2';
const TOTAL_STYLE: CellStyle = { bold: true, borderTop: 'thin', borderBottom: 'double' };

export interface OverviewLayout {
  sheet: SheetPlan;
  /** The row of the grand total of new money (GrandTotal). */
  totalRow: number;
  /** The committee rows of new money, first and last: the chart's data. */
  committeeRows: number[];
  /** The row of the chosen new money of all committees (ChosenTotal). */
  chosenRow: number;
  /** Per pool, the row of what is left of it (PoolLeft_<id>). */
  poolLeftRows: { poolId: string; row: number }[];
}

export function buildOverviewSheet(
  entries: readonly OverviewEntry[],
  grand: ChosenTotals,
  pools: readonly PoolModel[],
  sheetName: string,
  context: SheetContext,
  options: { allYears: boolean },
): OverviewLayout {
  const { labels } = context;
  const columns = overviewColumns(context.years, labels, options.allYears);
  const index = columnIndexes(columns);
  const lastVisible = index.allYears ?? index.years[index.years.length - 1] ?? index.title;
  const grid = new Grid(columns, context.amountFormat);
  const rows: PlanRow[] = [];
  const refColumn = (yearIndex: number, entry: OverviewEntry): number => entry.layout.sheet.table.yearColumns[yearIndex] ?? 0;

  grid.style(grid.addPlainRow([text(context.documentTitle)]), { bold: true, fontSize: 14 }, 0, 0);
  grid.style(grid.addPlainRow([text(labels.amountsIn(context.unitLabel, context.priceLevel))]), { italic: true }, 0, 0);
  grid.addPlainRow([]);
  const headerRow = grid.addHeaderRow(columns.map((c) => text(c.key === 'role' ? ROLE_MARKERS.header : c.header)));
  grid.style(headerRow, { bold: true, fill: '#DDEBF7', borderBottom: 'thin', wrapText: true });
  for (const column of [...index.years, ...(index.allYears === undefined ? [] : [index.allYears])]) grid.style(headerRow, { horizontalAlignment: 'right' }, column, column);
  rows.push({ row: headerRow, role: 'header' });
  /** What prints on one page when it can (docs/layout.md, L13). */
  const blocks: KeepTogether[] = [];

  /** A row of the table; the all-years cell (unless null) sums the row's own year cells. */
  const addRow = (byKey: { number?: PlanCell; title: PlanCell; role: string }, amounts: (yearIndex: number, column: number) => PlanCell, allYearsValue: number | null): number => {
    const cells = columns.map((c) => (c.key === 'number' ? (byKey.number ?? EMPTY) : c.key === 'title' ? byKey.title : c.key === 'role' ? text(byKey.role) : EMPTY));
    index.years.forEach((column, i) => (cells[column] = amounts(i, column)));
    const row = grid.rowCount;
    if (index.allYears !== undefined && index.years.length > 0 && allYearsValue !== null) {
      const first = index.years[0] ?? 0;
      const last = index.years[index.years.length - 1] ?? first;
      cells[index.allYears] = formulaCell(sumOfRowRange(row, first, last), allYearsValue);
    }
    return grid.addTableRow(cells);
  };
  const referenceRow = (entry: OverviewEntry, title: PlanCell, role: string, sourceRow: number, values: readonly number[], number?: PlanCell): number =>
    addRow({ ...(number === undefined ? {} : { number }), title, role }, (i) => formulaCell(reference(entry.name, sourceRow, refColumn(i, entry)), values[i] ?? 0), sum(values));
  const summary = (role: PlanRow['role'], label: string, formula: (column: number, yearIndex: number) => string, values: readonly number[], style: CellStyle, funding?: OtherFunding): number => {
    const row = addRow({ title: text(label), role: ROLE_MARKERS.total }, (i, column) => formulaCell(formula(column, i), values[i] ?? 0), sum(values));
    grid.style(row, style, 0, lastVisible);
    rows.push({ row, role, ...(funding === undefined ? {} : { funding }) });
    return row;
  };

  // New money: per committee its total, then what of it is operating and capital.
  const committeeRows: number[] = [];
  entries.forEach((entry, n) => {
    const row = referenceRow(entry, text(entry.name), '', entry.layout.totalRow, entry.totals.total, text(String(n + 1)));
    grid.style(row, { bold: true }, index.number, index.title);
    rows.push({ row, role: 'committee', source: entry.layout.sheet.key });
    committeeRows.push(row);
    const operating = referenceRow(entry, text(labels.operating), ROLE_MARKERS.operating, entry.layout.operatingRow, entry.totals.operating);
    rows.push({ row: operating, role: 'committeeOperating', source: entry.layout.sheet.key });
    const capital = referenceRow(entry, text(labels.capital), ROLE_MARKERS.capital, entry.layout.capitalRow, entry.totals.capital);
    rows.push({ row: capital, role: 'committeeCapital', source: entry.layout.sheet.key });
    grid.style(operating, indented(1, { italic: true }), index.title, index.title);
    grid.style(capital, indented(1, { italic: true }), index.title, index.title);
    // The committee's row with its split: never parted, whatever the page.
    blocks.push({ first: row, last: capital, heading: true, closing: 2 });
  });

  const hasOtherMoney = OTHER_FUNDINGS.some((f) => grand.other[f].total.some((v) => v !== 0) || entries.some((e) => e.layout.fundingTotalRows[f] !== undefined));
  const totalRow = summary('total', hasOtherMoney ? labels.totalNew : labels.total, (c) => sumCountedRowsAbove(c, headerRow, index.role), grand.total, TOTAL_STYLE);
  // The split sums the committees' own split rows, marked "op" and "cap" in the role column.
  const byMarker = (marker: string) => (c: number) => sumCountedRowsAbove(c, headerRow, index.role, [], marker);
  summary('operating', labels.operating, byMarker(ROLE_MARKERS.operating), grand.operating, { italic: true });
  summary('capital', labels.capital, byMarker(ROLE_MARKERS.capital), grand.capital, { italic: true });
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
    summary('spanLow', labels.spanLow, (c, i) => spanTerms('spanLowRow', c, i), grand.totalLow, { italic: true });
    summary('spanHigh', labels.spanHigh, (c, i) => spanTerms('spanHighRow', c, i), grand.totalHigh, { italic: true });
  }
  // I alt, nye midler with its heraf and span rows: together, and never alone at the head of a page.
  blocks.push({ first: totalRow, last: grid.rowCount - 1, closing: grid.rowCount - totalRow });

  // Heraf valgt: a block below the totals of new money, a row per committee and their total,
  // so the rows above (and GrandTotal) stay where they were before the seminar's choices.
  const chosenHeading = addRow({ title: text(labels.chosenTotal), role: ROLE_MARKERS.block }, () => EMPTY, null);
  grid.style(chosenHeading, { bold: true, fill: BLOCK_FILL, borderTop: 'thin' }, 0, lastVisible);
  rows.push({ row: chosenHeading, role: 'chosenBlock' });
  for (const entry of entries) {
    const row = referenceRow(entry, text(entry.name), '', entry.layout.chosenRow, entry.totals.chosen);
    rows.push({ row, role: 'committeeChosen', source: entry.layout.sheet.key });
  }
  const chosenRow = summary('chosen', labels.chosenTotalAll, (c) => sumCountedRowsAbove(c, chosenHeading, index.role), grand.chosen, TOTAL_STYLE);
  blocks.push({ first: chosenHeading, last: chosenRow, heading: true, closing: 1 });

  // Pools: the pool, what the chosen initiatives take of it on every committee sheet, and what is left.
  const poolLeftRows: { poolId: string; row: number }[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  if (pools.length > 0) {
    const heading = addRow({ title: text(labels.pools), role: ROLE_MARKERS.block }, () => EMPTY, null);
    grid.style(heading, { bold: true, fill: BLOCK_FILL, borderTop: 'thin' }, 0, lastVisible);
    rows.push({ row: heading, role: 'poolBlock' });
    for (const pool of pools) {
      const poolRow = addRow({ title: text(pool.name), role: ROLE_MARKERS.pool }, (i) => numberCell(pool.amounts[i]), sum(pool.amounts));
      grid.style(poolRow, { bold: true }, index.number, index.title);
      rows.push({ row: poolRow, role: 'pool', source: `pool:${pool.id}` });
      const chosen = addRow({ title: text(labels.poolChosen), role: ROLE_MARKERS.poolChosen }, (i) => formulaCell(chosenFromPool(entries, pool.id, i, context), pool.chosen[i] ?? 0), sum(pool.chosen));
      rows.push({ row: chosen, role: 'poolChosen', source: `pool:${pool.id}` });
      const left = addRow({ title: text(labels.poolLeft), role: ROLE_MARKERS.poolLeft }, (_i, c) => formulaCell(`=${cell(poolRow, c)}-${cell(chosen, c)}`, pool.left[_i] ?? 0), sum(pool.left));
      rows.push({ row: left, role: 'poolLeft', source: `pool:${pool.id}` });
      grid.style(chosen, indented(1, { italic: true }), index.title, index.title);
      grid.style(left, indented(1, { bold: true }), index.title, index.title);
      grid.style(left, { borderBottom: 'thin' }, 0, lastVisible);
      poolLeftRows.push({ poolId: pool.id, row: left });
      blocks.push({ first: poolRow, last: left, heading: true, closing: 1 });
      const firstYear = index.years[0];
      const lastAmount = index.allYears ?? index.years[index.years.length - 1];
      if (firstYear !== undefined && lastAmount !== undefined) {
        conditionalFormats.push({ range: range(left, firstYear, left, lastAmount), lessThan: 0, style: OVERSPENT_STYLE });
      }
    }
    blocks.push({ first: heading, last: grid.rowCount - 1, heading: true });
  }

  // Existing and reprioritised money: a block each, below every total of new money.
  for (const funding of OTHER_FUNDINGS) {
    const funded = entries.flatMap((entry) => {
      const sourceRow = entry.layout.fundingTotalRows[funding];
      return sourceRow === undefined ? [] : [{ entry, sourceRow, totals: entry.totals.other[funding] }];
    });
    if (funded.length === 0) continue;
    const block = labels.fundingBlocks[funding];
    const heading = addRow({ title: text(block.heading), role: ROLE_MARKERS.block }, () => EMPTY, null);
    grid.style(heading, { bold: true, fill: BLOCK_FILL, borderTop: 'thin' }, 0, lastVisible);
    rows.push({ row: heading, role: 'fundingBlock', funding });
    for (const { entry, sourceRow, totals } of funded) {
      const row = referenceRow(entry, text(entry.name), '', sourceRow, totals.total);
      rows.push({ row, role: 'committeeFunding', source: entry.layout.sheet.key, funding });
    }
    const total = summary('fundingTotal', block.total, (c) => sumCountedRowsAbove(c, heading, index.role), grand.other[funding].total, TOTAL_STYLE, funding);
    blocks.push({ first: heading, last: total, heading: true, closing: 1 });
  }

  const lastRow = grid.rowCount - 1;
  const chart = newMoneyChart(
    labels.chartTitle,
    entries.map((e) => ({ name: e.name, values: e.totals.total })),
    context.years,
    committeeRows,
    { headerRow, yearColumns: index.years, titleColumn: index.title, lastRow, lastColumn: lastVisible },
  );
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
    print: printPlan(context, headerRow, lastRow, lastVisible),
    rowHeights: grid.rowHeights(),
    cellNotes: [],
    table: {
      name: OVERVIEW_TABLE_NAME,
      range: range(headerRow, 0, lastRow, columns.length - 1),
      yearColumns: index.years,
      years: [...context.years],
      columns: { number: index.number, title: index.title, role: index.role },
      ...(index.allYears === undefined ? {} : { allYearsColumn: index.allYears }),
      rows,
    },
    ...(chart === undefined ? {} : { chart }),
    ...(conditionalFormats.length === 0 ? {} : { conditionalFormats }),
  };
  // The chart on a page of its own, the break one row above it: LibreOffice otherwise draws
  // the chart frame's top edge on the page before.
  const chartBreak = chart === undefined ? [] : [chart.anchor.fromRow - 1];
  const paginated = withPageBreaks(sheet, { headerRow, lastRow, lastPrintedColumn: lastVisible, blocks }, chartBreak);
  return { sheet: paginated, totalRow, committeeRows, chosenRow, poolLeftRows };
}

/** The warning on a pool's remainder below zero: red on light red, bold, visible in print too. */
const OVERSPENT_STYLE = { fontColor: '#9C0006', fill: '#FFC7CE', bold: true };

/**
 * What the chosen initiatives take of a pool in one year: on every committee sheet, the
 * counted rows of new money (header to the row above I alt) whose Med is not "Nej" and whose
 * Pulje is the pool. Every sheet is included, so a pool typed on any row by hand counts.
 */
function chosenFromPool(entries: readonly OverviewEntry[], poolId: string, yearIndex: number, context: SheetContext): string {
  const terms = entries.flatMap((entry) => {
    const { table } = entry.layout.sheet;
    const { chosen, pool, role } = table.columns;
    const amount = table.yearColumns[yearIndex];
    if (chosen === undefined || pool === undefined || amount === undefined) return [];
    const top = table.rows.find((r) => r.role === 'header')?.row ?? 0;
    const bottom = entry.layout.totalRow - 1;
    const column = (c: number, absoluteColumn: boolean): string =>
      `${sheetPrefix(entry.name)}${cell(top, c, { absoluteRow: true, absoluteColumn })}:${cell(bottom, c, { absoluteRow: true, absoluteColumn })}`;
    return [`SUMIFS(${column(amount, false)},${column(role, true)},"",${column(chosen, true)},"<>${context.labels.no}",${column(pool, true)},"${poolId}")`];
  });
  return terms.length === 0 ? '=0' : `=${terms.join('+')}`;
}

/** Rows the chart takes below the table, and the blank rows between them. */
const CHART_ROWS = 20;
const CHART_GAP = 2;

/**
 * The picture of the overview (docs/layout.md, L7): new money per committee and year as
 * clustered columns, a series per committee row, so edits flow into it. None without years
 * or committees.
 */
function newMoneyChart(
  title: string,
  committees: readonly { name: string; values: readonly number[] }[],
  years: readonly number[],
  committeeRows: readonly number[],
  at: { headerRow: number; yearColumns: readonly number[]; titleColumn: number; lastRow: number; lastColumn: number },
): ChartPlan | undefined {
  const first = at.yearColumns[0];
  const last = at.yearColumns[at.yearColumns.length - 1];
  if (first === undefined || last === undefined || committeeRows.length === 0) return undefined;
  const top = at.lastRow + 1 + CHART_GAP;
  return {
    title,
    categories: range(at.headerRow, first, at.headerRow, last),
    categoryLabels: years.map(String),
    series: committeeRows.map((row, i) => ({
      name: committees[i]?.name ?? '',
      nameCell: cell(row, at.titleColumn),
      values: range(row, first, row, last),
      cached: [...(committees[i]?.values ?? [])],
    })),
    anchor: { fromRow: top, fromColumn: 0, toRow: top + CHART_ROWS, toColumn: at.lastColumn + 1 },
  };
}
