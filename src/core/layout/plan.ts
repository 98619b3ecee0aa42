/**
 * The layout plan: plain data describing the workbook the engine wants.
 * Adapters (ExcelJS for files, Office.js for the live workbook) apply a plan
 * and decide nothing; see docs/layout.md for the rules behind it.
 *
 * Coordinates are 0-based (row 0 is Excel row 1, column 0 is column A);
 * addresses in strings are A1 style without a sheet, e.g. "E7:H7".
 */
import type { Funding } from '../format/types';
import type { Lang } from '../i18n/lang';

export type PlanCell =
  | { t: 'empty' }
  /** Always text in the workbook, even when it starts with "=", "+", "-" or "@". */
  | { t: 'text'; text: string }
  | { t: 'number'; value: number }
  /**
   * A live formula in Excel's invariant (English, comma-separated) form with its
   * leading "=", and the value the engine computed for it, so that files open
   * with correct figures in viewers that do not recalculate.
   */
  | { t: 'formula'; formula: string; value: number }
  /** A formula whose value is text: a line's Med and Pulje cells repeat their initiative's. */
  | { t: 'textFormula'; formula: string; value: string };

export type BorderWeight = 'thin' | 'medium' | 'double';

/** Formatting applied to a rectangular range; absent fields are left as they are. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font colour as #RRGGBB. */
  fontColor?: string;
  /** Fill colour as #RRGGBB. */
  fill?: string;
  /** Indent level (Excel's indent, about three characters each). */
  indent?: number;
  horizontalAlignment?: 'left' | 'center' | 'right';
  verticalAlignment?: 'top';
  wrapText?: boolean;
  borderTop?: BorderWeight;
  borderBottom?: BorderWeight;
  fontSize?: number;
  /** The font family; the plan names it on every cell, so no style falls back to another face. */
  fontName?: string;
}

export interface StyledRange {
  range: string;
  style: CellStyle;
}

/** What a table row is; recorded so read-back and the integrity check know the layout. */
export type RowRole =
  | 'header'
  /** A node with lines: title only; its subtotal row follows its last descendant. */
  | 'node'
  /** A node with a frame: the row holds the frame amounts (inputs, excluded from sums). */
  | 'frame'
  /** A line or initiative with amounts (or an uncosted topic): inputs. */
  | 'leaf'
  /** The "not yet allocated" remainder of a frame. */
  | 'unallocated'
  | 'subtotal'
  | 'total'
  | 'operating'
  | 'capital'
  | 'spanLow'
  | 'spanHigh'
  /** A committee's row on the overview: its new money. */
  | 'committee'
  /** The overview's "heraf drift" and "heraf anlæg" rows under a committee's row. */
  | 'committeeOperating'
  | 'committeeCapital'
  /** The heading of a block of existing or reprioritised money (never in the new-money totals). */
  | 'fundingBlock'
  /** The block's own subtotal. */
  | 'fundingTotal'
  /** A committee's row in an overview block of existing or reprioritised money. */
  | 'committeeFunding'
  /** Heraf valgt: the chosen new money (a committee sheet's, or the overview's grand). */
  | 'chosen'
  /** The overview's block of chosen new money: its heading, and a committee's row in it. */
  | 'chosenBlock'
  | 'committeeChosen'
  /** The overview's block of pools: its heading, and per pool its amounts, the chosen and what is left. */
  | 'poolBlock'
  | 'pool'
  | 'poolChosen'
  | 'poolLeft';

export interface PlanRow {
  /** 0-based sheet row. */
  row: number;
  role: RowRole;
  /** The JSON path of the definition node the row shows, e.g. "initiatives[3].lines[0]". */
  source?: string;
  /** Nesting depth of the node (initiatives are 0). */
  depth?: number;
  /** The kind of money of a block's rows (roles fundingBlock, fundingTotal, committeeFunding). */
  funding?: Exclude<Funding, 'new'>;
}

/** A budget table: a named block with a known column layout. */
export interface TablePlan {
  /** Workbook name covering the whole table, e.g. "Table_hosp". */
  name: string;
  /** A1 range of the whole table (header row to last total row), e.g. "A5:I40". */
  range: string;
  /** 0-based columns of the year amounts, in year order. */
  yearColumns: number[];
  years: number[];
  /** 0-based columns of the number, title, kind, note and hidden role cells (the overview has no kind or note). */
  columns: { number: number; title: number; kind?: number; note?: number; chosen?: number; pool?: number; role: number };
  /** 0-based column of the total over all years, when the table has one (the overview). */
  allYearsColumn?: number;
  rows: PlanRow[];
}

export interface SheetPlan {
  /** Stable identity across builds: "overview" or "committee:<id>" ("changes" for the change sheet of docs/rounds.md). */
  key: string;
  /** The Excel sheet name (valid, unique ignoring case). */
  name: string;
  /** `changes`: the change sheet between two rounds, written by `budget-tables diff`, never read back. */
  kind: 'overview' | 'committee' | 'changes';
  committeeId?: string;
  /** Dense grid from A1: cells[row][column]. */
  cells: PlanCell[][];
  /** Number formats in Excel's invariant form, same shape as `cells`. */
  numberFormats: string[][];
  styles: StyledRange[];
  /** Column widths in characters (Excel's unit), one per column of `cells`. */
  columnWidths: number[];
  /** 0-based columns to hide (the role column). */
  hiddenColumns: number[];
  freeze: { rows: number; columns: number };
  print: PrintPlan;
  /** Heights in points of rows whose wrapped text needs more than one line (sparse, by 0-based row). */
  rowHeights: { row: number; height: number }[];
  /** Notes on cells (a range's low–high on its amount cell), by 0-based row and column. */
  cellNotes: { row: number; column: number; text: string }[];
  table: TablePlan;
  /** Drop-down lists (data validation): the committee sheets' Med cells. */
  dataValidations?: DataValidationPlan[];
  /** Formats that show only under a condition: a pool's remainder below zero. */
  conditionalFormats?: ConditionalFormatPlan[];
  /** A chart on the sheet (the overview's new money per committee and year). */
  chart?: ChartPlan;
}

/** A cell may hold only one of `values` (a drop-down list), e.g. "Ja" or "Nej". */
export interface DataValidationPlan {
  /** A1 range without a sheet. */
  range: string;
  values: string[];
}

/** A style applied while a cell's value is below a threshold (the overspent pool's warning). */
export interface ConditionalFormatPlan {
  range: string;
  lessThan: number;
  style: { fontColor: string; fill: string; bold: boolean };
}

/**
 * A clustered column chart: one series per committee over the year columns, all on the
 * sheet's own cells, so the chart follows edits. Ranges are A1 without a sheet name.
 */
export interface ChartPlan {
  title: string;
  /** The year headings, e.g. "C4:F4", and their text. */
  categories: string;
  categoryLabels: string[];
  /** Per committee: its name's cell, its row of amounts, and the values the engine computed for them. */
  series: { name: string; nameCell: string; values: string; cached: number[] }[];
  /** Where the chart sits: 0-based top-left cell and bottom-right cell (exclusive). */
  anchor: { fromRow: number; fromColumn: number; toRow: number; toColumn: number };
}

/** Print setup (docs/layout.md, L13). Header and footer texts use Excel's codes (&P, &N, && for &). */
export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  fitToPagesWide: number;
  /** The rows repeated at the top of every page, e.g. "$5:$5". */
  printTitleRows?: string;
  /** A1 range of what prints: the title block and table, visible columns only. */
  printArea: string;
  header: { center: string };
  footer: { left: string; center: string; right: string };
  /** Page margins in points (Office.js's unit; the .xlsx takes inches). */
  margins: PrintMargins;
  /**
   * 0-based rows that each start a new printed page, ascending (docs/layout.md, L13): where
   * blocks are kept together, and above the overview's chart, which prints on a page of its own.
   */
  pageBreaks: number[];
}

export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface NamePlan {
  /** A valid workbook-scoped defined name. */
  name: string;
  /** The key of the sheet the name refers to. */
  sheetKey: string;
  /** Absolute A1 range on that sheet, e.g. "$D$21:$G$21". */
  range: string;
}

export interface LayoutPlan {
  lang: Lang;
  /** The overview first, then one sheet per committee in file order. */
  sheets: SheetPlan[];
  names: NamePlan[];
}
