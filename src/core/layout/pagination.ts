/**
 * The printed pages (docs/layout.md, L13): where a budget office would break the pages of a
 * sheet, so an initiative prints with its lines and its subtotal, a heading with its first
 * item and a total never alone at the top of a page. The sheet builders declare the blocks
 * (they know what each row is); this file only measures the rows and places the breaks.
 *
 * The measure is an estimate of Excel's own pagination, made conservative so that neither
 * Excel nor LibreOffice breaks a page on its own before the break set here (which would
 * leave a near-empty page): the page is filled to FILL of its height only, and the page's
 * scale is the largest either program may print the sheet at.
 */
import { rangeBounds } from './a1';
import type { PrintMargins, PrintPlan, SheetPlan } from './plan';

/** Rows that print on one page when they fit on one (a page never ends inside them unless it must). */
export interface KeepTogether {
  /** 0-based first and last row of the block. */
  first: number;
  last: number;
  /** The first row is a heading (an initiative's title, a frame, a section): it never ends a page. */
  heading?: boolean;
  /**
   * The last `closing` rows are totals (a subtotal, *Ikke udmøntet*, the sheet's *I alt* and
   * its heraf rows): they print together and never start a page, so the row above goes with them.
   */
  closing?: number;
}

/** Margins in points, the one source for both adapters: room for the page header and footer. */
export const PRINT_MARGINS: PrintMargins = Object.freeze({ left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 });

/** A4 in points (210 × 297 mm): the long and the short side. */
const A4 = { long: 841.89, short: 595.28 } as const;

/**
 * The share of a page's height the estimate fills. Excel rounds its fit-to-width scale to a
 * whole percent and measures text at the printer's resolution; a tenth to spare absorbs both.
 */
export const FILL = 0.9;

/**
 * Excel's height of a row of 11 pt Calibri, which every row not in the plan's list keeps
 * (LibreOffice reads it from the file's default row height: the same 15 pt).
 */
export const DEFAULT_ROW_HEIGHT = 15;

/** Excel's autofit height per point of font size (15 pt for 11 pt Calibri, 18.75 for 14 pt). */
const ROW_HEIGHT_PER_FONT_POINT = 18.75 / 14;

/**
 * Points per character of column width. Excel counts a width in the maximum digit width of
 * Calibri 11, 7 pixels (5.25 pt); the .xlsx stores that width. LibreOffice counts in its own
 * face's digit (DejaVu Sans where Calibri is missing, about 7 pt) and the Office.js writer
 * adds Excel's 5 pixels of padding per column: both make the sheet wider, so it prints
 * smaller and a page holds more rows. The narrowest measure is Excel's, which makes the
 * estimate the largest scale, the fewest rows a page: the safe side.
 */
const POINTS_PER_CHARACTER = 5.25;

export interface PaginationInput {
  /** The repeated header row (printed on every page; the rows above it on the first only). */
  headerRow: number;
  /** The last row of the table; nothing below it is paginated here. */
  lastRow: number;
  /** The last column the print area holds. */
  lastPrintedColumn: number;
  blocks: readonly KeepTogether[];
}

type MeasuredSheet = Pick<SheetPlan, 'rowHeights' | 'styles' | 'columnWidths' | 'hiddenColumns'> & { print: Pick<PrintPlan, 'margins' | 'orientation'> };

/**
 * The 0-based rows that start a new printed page, ascending: none when the table fits on one
 * page. Greedy: each page takes the rows that fit, then ends at the allowed break that splits
 * the fewest blocks (a block taller than a page does not count: it must split anyway), the
 * latest of those; a page with no allowed break at all ends where the rows stop fitting.
 */
export function pageBreaks(sheet: MeasuredSheet, input: PaginationInput): number[] {
  const { headerRow, lastRow } = input;
  const height = rowHeightsOf(sheet, lastRow);
  const page = pageHeight(sheet, input.lastPrintedColumn);
  const header = height[headerRow] ?? DEFAULT_ROW_HEIGHT;
  const titleBlock = height.slice(0, headerRow + 1).reduce((a, b) => a + b, 0);
  const nextPage = page - header;
  const cost = breakCosts(input, height, nextPage);
  const breaks: number[] = [];
  let start = headerRow + 1;
  let room = page - titleBlock;
  while (start <= lastRow) {
    let end = start;
    for (let used = 0; end <= lastRow && used + (height[end] ?? 0) <= room; end++) used += height[end] ?? 0;
    if (end > lastRow) break;
    // A row taller than a page goes alone: fitting to the width shrinks nothing in height.
    const next = end === start ? start + 1 : bestBreak(cost, start + 1, end);
    if (next > lastRow) break;
    breaks.push(next);
    start = next;
    room = nextPage;
  }
  return breaks;
}

/** The height a page holds, in the sheet's own points, filled to FILL at the largest scale the sheet may print at. */
function pageHeight(sheet: MeasuredSheet, lastPrintedColumn: number): number {
  const { margins, orientation } = sheet.print;
  const paper = orientation === 'landscape' ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
  const printedWidth = sheet.columnWidths
    .slice(0, lastPrintedColumn + 1)
    .reduce((sum, width, column) => sum + (sheet.hiddenColumns.includes(column) ? 0 : width * POINTS_PER_CHARACTER), 0);
  const pageWidth = paper.width - margins.left - margins.right;
  // Fit to one page wide only ever shrinks.
  const scale = printedWidth > pageWidth ? pageWidth / printedWidth : 1;
  return ((paper.height - margins.top - margins.bottom) / scale) * FILL;
}

/** Every row's height up to `lastRow`: the plan's for wrapped text, a larger font's autofit height, else the default. */
function rowHeightsOf(sheet: Pick<SheetPlan, 'rowHeights' | 'styles'>, lastRow: number): number[] {
  const heights = new Array<number>(lastRow + 1).fill(DEFAULT_ROW_HEIGHT);
  for (const styled of sheet.styles) {
    const size = styled.style.fontSize;
    if (size === undefined) continue;
    const { fromRow, toRow } = rangeBounds(styled.range);
    for (let row = fromRow; row <= Math.min(toRow, lastRow); row++) heights[row] = Math.max(heights[row] ?? 0, size * ROW_HEIGHT_PER_FONT_POINT);
  }
  for (const { row, height } of sheet.rowHeights) if (row <= lastRow) heights[row] = height;
  return heights;
}

/**
 * What a page break before each row costs: the number of blocks it splits that would fit on
 * a page whole, or Infinity where it would leave a heading at the foot of a page or a total
 * at the head of one. Built with a difference array, so a sheet of 50,000 initiatives costs
 * one pass over its blocks and rows.
 */
function breakCosts(input: PaginationInput, height: readonly number[], pageRoom: number): number[] {
  const { lastRow } = input;
  const prefix = [0];
  height.forEach((h, i) => prefix.push((prefix[i] ?? 0) + h));
  const blockHeight = (b: KeepTogether): number => (prefix[b.last + 1] ?? 0) - (prefix[b.first] ?? 0);
  const delta = new Array<number>(lastRow + 2).fill(0);
  const forbidden = new Array<boolean>(lastRow + 2).fill(false);
  for (const block of input.blocks) {
    if (blockHeight(block) <= pageRoom) {
      delta[block.first + 1] = (delta[block.first + 1] ?? 0) + 1;
      delta[block.last + 1] = (delta[block.last + 1] ?? 0) - 1;
    }
    if (block.heading === true) forbidden[block.first + 1] = true;
    for (let row = Math.max(block.first, block.last - (block.closing ?? 0) + 1); row <= block.last; row++) forbidden[row] = true;
  }
  const cost: number[] = [];
  let level = 0;
  for (let row = 0; row <= lastRow + 1; row++) {
    level += delta[row] ?? 0;
    cost.push(forbidden[row] === true ? Infinity : level);
  }
  return cost;
}

/** The row in [from, to] to start the next page at: the lowest cost, the latest of those; `to` when none is allowed. */
function bestBreak(cost: readonly number[], from: number, to: number): number {
  let best = to;
  let bestCost = Infinity;
  for (let row = to; row >= from; row--) {
    const c = cost[row] ?? Infinity;
    if (c < bestCost) {
      best = row;
      bestCost = c;
    }
  }
  return best;
}

/** The sheet with its page breaks: the table's, then any the caller adds below it (the overview's chart). */
export function withPageBreaks(sheet: SheetPlan, input: PaginationInput, below: readonly number[] = []): SheetPlan {
  return { ...sheet, print: { ...sheet.print, pageBreaks: [...pageBreaks(sheet, input), ...below] } };
}
