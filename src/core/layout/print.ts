/**
 * How a sheet prints (docs/layout.md, L13): A4 landscape, one page wide, the table's
 * header row on every page, the document title in the page header, and in the footer
 * the unit and price level, "Side X af Y" and the build date the caller supplies.
 *
 * Header and footer texts are in Excel's header/footer code form, which both the .xlsx
 * file and Office.js take: `&P` is the page number, `&N` the number of pages, and a
 * literal `&` is written `&&`.
 */
import type { WorkbookLabels } from '../i18n/labels';
import { range } from './a1';
import { PRINT_MARGINS } from './pagination';
import type { PrintPlan, SheetPlan } from './plan';

export interface PrintContext {
  labels: WorkbookLabels;
  documentTitle: string;
  unitLabel: string;
  priceLevel: string | undefined;
  /** The build date as the caller wants it shown, e.g. "2026-12-01"; left out when absent. */
  buildDate: string | undefined;
}

/** Excel's header and footer sections hold at most 255 characters each. */
const MAX_SECTION = 255;

export function printPlan(context: PrintContext, headerRow: number, lastRow: number, lastPrintedColumn: number): PrintPlan {
  const { labels } = context;
  const { page, of, built } = labels.pageFooter;
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToPagesWide: 1,
    printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    // The print area stops at the last visible column: a long text never widens the page.
    printArea: range(0, 0, lastRow, lastPrintedColumn),
    header: { center: section(context.documentTitle) },
    footer: {
      left: section(labels.amountsIn(context.unitLabel, context.priceLevel)),
      center: `${page} &P ${of} &N`,
      right: context.buildDate === undefined ? '' : section(`${built} ${context.buildDate}`),
    },
    margins: { ...PRINT_MARGINS },
    // The sheet builders set the breaks once the sheet is measured (./pagination.ts).
    pageBreaks: [],
  };
}

/**
 * The plan's print area, taken down to the bottom of the chart both writers draw below the
 * table, so the chart prints (on the page of its own its page break gives it).
 */
export function printAreaWithChart(plan: Pick<SheetPlan, 'print' | 'chart'>): string {
  const chart = plan.chart;
  if (chart === undefined) return plan.print.printArea;
  const [from = 'A1', to = from] = plan.print.printArea.split(':');
  const bottom = Math.max(Number(/\d+$/.exec(to)?.[0] ?? '1'), chart.anchor.toRow);
  return `${from}:${to.replace(/\d+$/, String(bottom))}`;
}

/** Literal text for a header or footer section: `&` doubled, cut to fit. */
export function section(text: string): string {
  const escaped = text.replace(/&/g, '&&');
  if (escaped.length <= MAX_SECTION) return escaped;
  // Never cut between the two characters of an escaped "&&".
  const cut = escaped.slice(0, MAX_SECTION - 1);
  return `${cut.endsWith('&') && !cut.endsWith('&&') ? cut.slice(0, -1) : cut}…`;
}
