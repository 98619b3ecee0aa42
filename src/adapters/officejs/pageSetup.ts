/**
 * The printed document and the plan's newer cell styles in the live workbook
 * (docs/layout.md, L9 and L13): A4, margins, print area, header and footer, row heights
 * for wrapped text, the font family and top alignment. Hooked into writeSheet.ts, which
 * queues the commands; nothing here syncs.
 */
import { cell } from '../../core/layout/a1';
import { FONT_NAME } from '../../core/layout/grid';
import type { CellStyle, SheetPlan } from '../../core/layout/plan';
import { printAreaWithChart } from '../../core/layout/print';

/** Excel's row height for one line of 11 pt text, the height of every row not in the plan's list. */
const STANDARD_ROW_HEIGHT = 15;

export function applyPrintSetup(worksheet: Excel.Worksheet, sheet: SheetPlan): void {
  const { print } = sheet;
  const layout = worksheet.pageLayout;
  // Excel.PaperType.a4 is the string "A4"; the Excel namespace does not exist outside Excel.
  layout.paperSize = print.paperSize;
  const { margins } = print;
  layout.leftMargin = margins.left;
  layout.rightMargin = margins.right;
  layout.topMargin = margins.top;
  layout.bottomMargin = margins.bottom;
  layout.headerMargin = margins.header;
  layout.footerMargin = margins.footer;
  layout.setPrintArea(printAreaWithChart(sheet));
  const page = layout.headersFooters.defaultForAllPages;
  page.centerHeader = `&"${FONT_NAME},Bold"${print.header.center}`;
  page.leftFooter = `&"${FONT_NAME},Regular"${print.footer.left}`;
  page.centerFooter = `&"${FONT_NAME},Regular"${print.footer.center}`;
  page.rightFooter = print.footer.right === '' ? '' : `&"${FONT_NAME},Regular"${print.footer.right}`;
  applyPageBreaks(worksheet, print.pageBreaks);
}

/**
 * The plan's manual page breaks (ExcelApi 1.9), the last build's removed first: a rebuild
 * moves or drops them. The sheet is the add-in's, so any break on it is one it set.
 */
function applyPageBreaks(worksheet: Excel.Worksheet, pageBreaks: readonly number[]): void {
  const breaks = worksheet.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of pageBreaks) breaks.add(cell(row, 0));
}

/** Rows [from, to) standard height, then the plan's taller rows for wrapped text, a height at a time. */
export function applyRowHeights(worksheet: Excel.Worksheet, from: number, to: number, tallRows: readonly { height: number; addresses: string }[]): void {
  if (to <= from) return;
  worksheet.getRangeByIndexes(from, 0, to - from, 1).format.rowHeight = STANDARD_ROW_HEIGHT;
  for (const { height, addresses } of tallRows) worksheet.getRanges(addresses).format.rowHeight = height;
}

/** The style fields writeSheet.ts's applyStyle leaves to this file. */
export function applyFontAndAlignment(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = 'Top';
}
