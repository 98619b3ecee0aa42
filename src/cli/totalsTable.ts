/** The `check` command's table: committee and grand totals per year, as plain text. */
import { workbookLabels } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/lang';
import type { BudgetModel, YearValues } from '../core/model/types';

export function renderTotalsTable(model: BudgetModel, lang: Lang): string {
  const labels = workbookLabels(lang);
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 6 });
  const header = [labels.committee, ...model.years.map(String)];
  const row = (label: string, values: YearValues): string[] => [label, ...values.map((v) => format.format(v))];
  const body = [
    ...model.committees.map((c) => row(c.name, c.total)),
    row(labels.total, model.total),
    row(labels.operating, model.operating),
    row(labels.capital, model.capital),
    ...(model.hasRange ? [row(labels.spanLow, model.totalLow), row(labels.spanHigh, model.totalHigh)] : []),
  ];
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const title = `${model.title} (${labels.amountsIn(labels.units[model.unit], model.priceLevel)})`;
  return [title, line(header), ...body.map(line)].join('\n') + '\n';
}
