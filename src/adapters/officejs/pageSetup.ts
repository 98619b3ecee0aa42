/**
 * The printed document and the plan's newer cell styles in the live workbook
 * (docs/layout.md, L9 and L13): A4, margins, print area, header and footer, row heights
 * for wrapped text, the font family and top alignment. Hooked into writeSheet.ts, which
 * queues the commands; nothing here syncs.
 */
import { FONT_NAME } from '../../core/layout/grid';
import type { CellStyle, PrintPlan } from '../../core/layout/plan';

/** Margins in points: room for the header and footer above and below the table (as in the .xlsx). */
const MARGINS = { left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 } as const;

/** Excel's row height for one line of 11 pt text, the height of every row not in the plan's list. */
const STANDARD_ROW_HEIGHT = 15;

export function applyPrintSetup(worksheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = worksheet.pageLayout;
  // Excel.PaperType.a4 is the string "A4"; the Excel namespace does not exist outside Excel.
  layout.paperSize = print.paperSize;
  layout.leftMargin = MARGINS.left;
  layout.rightMargin = MARGINS.right;
  layout.topMargin = MARGINS.top;
  layout.bottomMargin = MARGINS.bottom;
  layout.headerMargin = MARGINS.header;
  layout.footerMargin = MARGINS.footer;
  layout.setPrintArea(print.printArea);
  const page = layout.headersFooters.defaultForAllPages;
  page.centerHeader = `&"${FONT_NAME},Bold"${print.header.center}`;
  page.leftFooter = `&"${FONT_NAME},Regular"${print.footer.left}`;
  page.centerFooter = `&"${FONT_NAME},Regular"${print.footer.center}`;
  page.rightFooter = print.footer.right === '' ? '' : `&"${FONT_NAME},Regular"${print.footer.right}`;
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
