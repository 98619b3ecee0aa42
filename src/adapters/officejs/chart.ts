/**
 * The overview's chart in the live workbook (docs/layout.md, L7), through Office.js's chart
 * API (ExcelApi 1.7 for series data): new money per committee and year as clustered columns,
 * one series per committee row, over the year headings. Queued with the overview's last
 * slice; nothing here syncs.
 */
import { cell } from '../../core/layout/a1';
import type { ChartPlan } from '../../core/layout/plan';

/** The add-in's chart on the overview; a chart of the user's own has another name and is left alone. */
export const CHART_NAME = 'BudgetTables_NewMoney';

/**
 * Replaces the last build's chart with the plan's (or just removes it when the plan has
 * none). Deleting through getItemOrNullObject needs no extra sync: on the first build the
 * null object's delete does nothing.
 */
export function replaceChart(worksheet: Excel.Worksheet, chart: ChartPlan | undefined): void {
  worksheet.charts.getItemOrNullObject(CHART_NAME).delete();
  const [first, ...rest] = chart?.series ?? [];
  if (chart === undefined || first === undefined) return;
  const drawn = worksheet.charts.add('ColumnClustered', worksheet.getRange(first.values), 'Rows');
  drawn.name = CHART_NAME;
  drawn.title.text = chart.title;
  drawn.legend.position = 'Bottom';
  const { fromRow, fromColumn, toRow, toColumn } = chart.anchor;
  drawn.setPosition(cell(fromRow, fromColumn), cell(toRow - 1, toColumn - 1));
  const categories = worksheet.getRange(chart.categories);
  const firstSeries = drawn.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const s of rest) {
    const series = drawn.series.add(s.name);
    series.setValues(worksheet.getRange(s.values));
    series.setXAxisValues(categories);
  }
}
