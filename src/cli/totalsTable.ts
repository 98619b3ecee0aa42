/** The `check` command's table: committee and grand totals per year, as plain text. */
import { workbookLabels } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/lang';
import { OTHER_FUNDINGS, type BudgetModel, type YearValues } from '../core/model/types';

export function renderTotalsTable(model: BudgetModel, lang: Lang): string {
  const labels = workbookLabels(lang);
  // Existing and reprioritised money are totalled apart, never in the total of new money (L12).
  const other = OTHER_FUNDINGS.filter((f) => model.committees.some((c) => c.initiatives.some((i) => i.funding === f)));
  const rows: [string, YearValues][] = [
    ...model.committees.map((c): [string, YearValues] => [c.name, c.total]),
    [other.length > 0 ? labels.totalNew : labels.total, model.total],
    [labels.operating, model.operating],
    [labels.capital, model.capital],
    ...(model.hasRange ? [[labels.spanLow, model.totalLow] as [string, YearValues], [labels.spanHigh, model.totalHigh] as [string, YearValues]] : []),
    ...other.map((f): [string, YearValues] => [labels.fundingBlocks[f].total, model.other[f].total]),
  ];
  // One decimal count for the whole table, enough for the most precise figure, so columns line up.
  const decimals = Math.max(1, ...rows.flatMap(([, values]) => values.map(decimalsOf)));
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const header = [labels.committee, ...model.years.map(String)];
  const body = rows.map(([label, values]) => [label, ...values.map((v) => format.format(v))]);
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const title = `${model.title} (${labels.amountsIn(labels.units[model.unit], model.priceLevel)})`;
  return [title, line(header), ...body.map(line)].join('\n') + '\n';
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 6;
  return Math.min(6, text.split('.')[1]?.length ?? 0);
}
