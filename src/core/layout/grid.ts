/** A mutable sheet under construction: cells, number formats and styles, row by row. */
import { fitInCell } from '../format/text';
import { range } from './a1';
import { GENERAL_FORMAT, TEXT_FORMAT, type ColumnSpec } from './columns';
import type { CellStyle, PlanCell, StyledRange } from './plan';

export const EMPTY: PlanCell = { t: 'empty' };

/**
 * The one font family of every cell (docs/layout.md, L9): named on the whole block, so a
 * bold or italic style never falls back to another face (LibreOffice chose a serif).
 */
export const FONT_NAME = 'Calibri';
/** Row height per line of wrapped 11 pt text, and the row's padding, in points (Excel's single line is 15). */
const LINE_HEIGHT = 13.5;
const ROW_PADDING = 2;

/** A text cell; generated text (a note with its spans, the unit line) is cut to what a cell holds (T2). */
export function text(value: string | undefined): PlanCell {
  return value === undefined || value === '' ? EMPTY : { t: 'text', text: fitInCell(value) };
}

export function numberCell(value: number | null | undefined): PlanCell {
  return value === null || value === undefined ? EMPTY : { t: 'number', value };
}

export function formulaCell(formula: string, value: number): PlanCell {
  return { t: 'formula', formula, value };
}

const INDENTS = new Map<number, CellStyle>();

/**
 * `style` indented by `depth`, and left-aligned: an indent shows only on left-, right- or
 * distributed-aligned cells (ECMA-376 18.8.1); on a cell of Excel's default (general)
 * alignment Excel and LibreOffice ignore it. A bare indent is made once per depth (every
 * line of every initiative asks for one).
 */
export function indented(depth: number, style?: CellStyle): CellStyle {
  if (style !== undefined) return Object.freeze({ ...style, indent: depth, horizontalAlignment: 'left' });
  let bare = INDENTS.get(depth);
  if (bare === undefined) {
    bare = Object.freeze({ indent: depth, horizontalAlignment: 'left' });
    INDENTS.set(depth, bare);
  }
  return bare;
}

const NOTE_STYLE: CellStyle = indented(1, { wrapText: true });
const WRAP_STYLE: CellStyle = Object.freeze({ wrapText: true });
const AMOUNT_STYLE: CellStyle = Object.freeze({ horizontalAlignment: 'right' });
const TOP_STYLE: CellStyle = Object.freeze({ verticalAlignment: 'top' });

export class Grid {
  readonly cells: PlanCell[][] = [];
  readonly numberFormats: string[][] = [];
  private readonly rowStyles: { row: number; left: number; right: number; style: CellStyle }[] = [];
  private readonly tableRows = new Set<number>();
  /** The formats of a table row and of a header row: shared by every such row until one cell's format is set. */
  private readonly tableFormats: string[];
  private readonly headerFormats: string[];

  constructor(
    private readonly columns: readonly ColumnSpec[],
    amountFormat: string,
  ) {
    if (columns.length >= MAX_COLUMNS) throw new RangeError(`a sheet of the plan has at most ${MAX_COLUMNS - 1} columns`);
    this.tableFormats = columns.map((c) => (c.content === 'amount' ? amountFormat : TEXT_FORMAT));
    this.headerFormats = columns.map(() => TEXT_FORMAT);
  }

  get width(): number {
    return this.columns.length;
  }

  get rowCount(): number {
    return this.cells.length;
  }

  /**
   * Appends a row of table cells (formats from the column table) and returns its index.
   * Amounts are right-aligned; title and note wrap within their width, top-aligned with the row.
   */
  addTableRow(cells: PlanCell[]): number {
    this.cells.push(this.pad(cells));
    this.numberFormats.push(this.tableFormats);
    const row = this.cells.length - 1;
    this.tableRows.add(row);
    this.columns.forEach((c, i) => {
      // The note keeps a little distance from the amounts to its left.
      if (c.wrap === true) this.style(row, c.key === 'note' ? NOTE_STYLE : WRAP_STYLE, i, i);
      if (c.content === 'amount') this.style(row, AMOUNT_STYLE, i, i);
    });
    this.style(row, TOP_STYLE);
    return row;
  }

  /**
   * Heights for rows whose wrapped text needs more than one line, estimated from the text and
   * the column width (an average character is narrower than the digit Excel's width counts).
   */
  rowHeights(): { row: number; height: number }[] {
    const wrapped = this.columns.flatMap((c, i) => (c.wrap === true ? [{ index: i, width: c.width }] : []));
    return this.cells.flatMap((cells, row) => {
      if (!this.tableRows.has(row)) return [];
      const lines = Math.max(1, ...wrapped.map((c) => {
        const cell = cells[c.index];
        return cell?.t === 'text' ? wrappedLines(cell.text, c.width) : 1;
      }));
      return lines > 1 ? [{ row, height: lines * LINE_HEIGHT + ROW_PADDING }] : [];
    });
  }

  /** The header row is text throughout: a year heading must never become the number 2020. */
  addHeaderRow(cells: PlanCell[]): number {
    this.cells.push(this.pad(cells));
    this.numberFormats.push(this.headerFormats);
    return this.cells.length - 1;
  }

  /** Appends a row outside the table (title block); text cells are text-formatted. */
  addPlainRow(cells: PlanCell[]): number {
    const padded = this.pad(cells);
    this.cells.push(padded);
    this.numberFormats.push(padded.map((c) => (c.t === 'text' ? TEXT_FORMAT : GENERAL_FORMAT)));
    return this.cells.length - 1;
  }

  /** One cell's number format, e.g. General for a formula in a text column (Excel keeps a formula typed into "@" as text). */
  format(row: number, column: number, format: string): void {
    const shared = this.numberFormats[row];
    if (shared === undefined || column >= shared.length) return;
    const formats = shared === this.tableFormats || shared === this.headerFormats ? [...shared] : shared;
    formats[column] = format;
    this.numberFormats[row] = formats;
  }

  style(row: number, style: CellStyle, left = 0, right = this.width - 1): void {
    this.rowStyles.push({ row, left, right, style });
  }

  /** Styles as ranges, merging runs of consecutive rows styled alike so adapters issue fewer commands. */
  styledRanges(): StyledRange[] {
    type Run = { top: number; bottom: number; left: number; right: number; style: CellStyle };
    const runs: Run[] = [];
    const openRuns = new Map<number, Run>();
    const styleIds = new StyleIds();
    for (const entry of inRowOrder(this.rowStyles)) {
      // A number for (columns, style): this runs for every styled cell range of every row.
      const key = (entry.left * MAX_COLUMNS + entry.right) * MAX_COLUMNS * MAX_COLUMNS + styleIds.of(entry.style);
      const open = openRuns.get(key);
      if (open !== undefined && open.bottom === entry.row - 1) {
        open.bottom = entry.row;
        continue;
      }
      const run = { top: entry.row, bottom: entry.row, left: entry.left, right: entry.right, style: entry.style };
      runs.push(run);
      openRuns.set(key, run);
    }
    const font: StyledRange = { range: range(0, 0, Math.max(0, this.cells.length - 1), this.width - 1), style: { fontName: FONT_NAME } };
    return [font, ...runs.map((r) => ({ range: range(r.top, r.left, r.bottom, r.right), style: r.style }))];
  }

  private pad(cells: PlanCell[]): PlanCell[] {
    return Array.from({ length: this.width }, (_, i) => cells[i] ?? EMPTY);
  }
}

/** Entries by row; the sheets add them row by row, so the copy and sort are rarely needed. */
function inRowOrder<T extends { row: number }>(entries: readonly T[]): readonly T[] {
  const sorted = entries.every((entry, i) => i === 0 || (entries[i - 1] as T).row <= entry.row);
  return sorted ? entries : [...entries].sort((a, b) => a.row - b.row);
}

/** More columns than any sheet of the plan has (the committee sheets have about ten). */
const MAX_COLUMNS = 256;

/** A small number per distinct style: the same object is looked up once, styles that read alike share a number. */
class StyleIds {
  private readonly byObject = new Map<CellStyle, number>();
  private readonly byKey = new Map<string, number>();

  of(style: CellStyle): number {
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = styleKey(style);
    const id = this.byKey.get(key) ?? this.byKey.size;
    this.byKey.set(key, id);
    this.byObject.set(style, id);
    return id;
  }
}

/** The style's fields in a fixed order, as one string: styles that read alike share a key. */
function styleKey(style: CellStyle): string {
  return [
    style.bold,
    style.italic,
    style.fontColor,
    style.fill,
    style.indent,
    style.horizontalAlignment,
    style.verticalAlignment,
    style.wrapText,
    style.borderTop,
    style.borderBottom,
    style.fontSize,
    style.fontName,
  ].join('|');
}

/**
 * Lines a text takes when wrapped at word boundaries in a column `width` characters wide.
 * A column's width counts the digit "0"; an average letter is narrower, so a line holds
 * about 1.1 widths of text in DejaVu Sans (LibreOffice's stand-in for Calibri, the widest
 * face it may use) and more in Calibri: the estimate errs on the tall side.
 */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / capacity);
        used = length % capacity || Math.min(length, capacity);
      } else if (used + 1 + length <= capacity) used += 1 + length;
      else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / capacity);
        used = length % capacity || Math.min(length, capacity);
      }
    }
  }
  return lines;
}
