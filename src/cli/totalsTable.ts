/** The committee and grand totals per year, as a compact plain-text table at the workbook's decimals. */
import { workbookLabels } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/lang';
import { OTHER_FUNDINGS } from '../core/model/types';
import type { TotalsReport } from './report';

export function renderTotalsTable(totals: TotalsReport, lang: Lang, bold: (text: string) => string = (text) => text): string {
  const labels = workbookLabels(lang);
  const unit = labels.units[totals.unit as keyof typeof labels.units] ?? totals.unit;
  // Existing and reprioritised money are totalled apart, never in the total of new money (L12).
  const other = OTHER_FUNDINGS.flatMap((f): [string, number[]][] => {
    const values = totals[f];
    return values === undefined ? [] : [[labels.fundingBlocks[f].total, values]];
  });
  const rows: [string, number[]][] = [
    ...totals.committees.map((c): [string, number[]] => [c.name, c.total]),
    [other.length > 0 ? labels.totalNew : labels.total, totals.total],
    [labels.operating, totals.operating],
    [labels.capital, totals.capital],
    ...(totals.totalLow === undefined ? [] : [[labels.spanLow, totals.totalLow] as [string, number[]]]),
    ...(totals.totalHigh === undefined ? [] : [[labels.spanHigh, totals.totalHigh] as [string, number[]]]),
    ...other,
  ];
  // Excel's number formats round half away from zero, as Intl's default "halfExpand" does.
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: totals.decimals, maximumFractionDigits: totals.decimals });
  const header = [labels.committee, ...totals.years.map(String)];
  const body = rows.map(([label, values]) => [label, ...values.map((v) => format.format(v))]);
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const grandTotalRow = totals.committees.length;
  const title = `${totals.title} (${labels.amountsIn(unit, totals.priceLevel)})`;
  return [bold(title), line(header), ...body.map((cells, i) => (i === grandTotalRow ? bold(line(cells)) : line(cells)))].join('\n') + '\n';
}
