/**
 * One worksheet's state (cells, row and column sizes, hidden lines, freeze panes, page layout)
 * and LiveRange, the rectangle a Range object holds, which follows its cells.
 */
import type { Rect } from '../a1';
import type { Fmt, Cell, LineProps } from './types';

/** A rectangle that follows its cells through insertions and deletions, like a Range object in Excel. */
export class LiveRange {
  valid = true;
  /** Its Excel.run batch ended and it was not tracked. */
  released = false;
  /** For a RangeAreas target: the areas; `rect` is then their bounding rectangle. */
  areas?: Rect[];
  constructor(
    public sheet: SheetModel,
    public rect: Rect,
  ) {}
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: LiveRange | null;
  printTitleColumns: LiveRange | null;
}

export const DEFAULT_COLUMN_WIDTH_CHARS = 8.43;
/** Column width in points for a width in characters (Calibri 11: 7px per digit + 5px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 0.5) + 5) * 0.75 * 100) / 100;
}

let sheetSeq = 0;

export class SheetModel {
  readonly id: string;
  deleted = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  showHeadings = true;
  enableCalculation = true;
  standardWidth = DEFAULT_COLUMN_WIDTH_CHARS;
  readonly standardHeight = 15;
  /** row -> col -> cell */
  rows = new Map<number, Map<number, Cell>>();
  rowProps = new Map<number, LineProps>();
  colProps = new Map<number, LineProps>();
  sheetFmt: Fmt | undefined;
  freeze = { rows: 0, cols: 0 };
  pageLayout: PageLayoutState = {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    paperSize: 'Letter',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
  };

  constructor(public name: string) {
    sheetSeq += 1;
    this.id = `{${sheetSeq.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
  }

  getCell(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.get(c);
  }

  ensureCell(r: number, c: number): Cell {
    let row = this.rows.get(r);
    if (row === undefined) {
      row = new Map();
      this.rows.set(r, row);
    }
    let cell = row.get(c);
    if (cell === undefined) {
      cell = { value: null };
      const fmt = this.baseFmt(r, c);
      if (fmt !== undefined) cell.fmt = fmt;
      row.set(c, cell);
    }
    return cell;
  }

  deleteCell(r: number, c: number): void {
    const row = this.rows.get(r);
    if (row === undefined) return;
    row.delete(c);
    if (row.size === 0) this.rows.delete(r);
  }

  /** Format a cell without its own record gets from sheet, column and row formats. */
  baseFmt(r: number, c: number): Fmt | undefined {
    const parts = [this.sheetFmt, this.colProps.get(c)?.fmt, this.rowProps.get(r)?.fmt].filter((f): f is Fmt => f !== undefined);
    if (parts.length === 0) return undefined;
    if (parts.length === 1) return parts[0];
    return Object.assign({}, ...parts) as Fmt;
  }

  effectiveFmt(r: number, c: number): Fmt | undefined {
    const cell = this.getCell(r, c);
    return cell !== undefined ? cell.fmt : this.baseFmt(r, c);
  }

  /** Iterates the cell records inside `rect` (sparse). */
  *cellsIn(rect: Rect): Generator<[number, number, Cell]> {
    const rowKeys = rect.r1 - rect.r0 + 1 < this.rows.size ? rangeKeys(rect.r0, rect.r1, this.rows) : [...this.rows.keys()];
    for (const r of rowKeys) {
      if (r < rect.r0 || r > rect.r1) continue;
      const row = this.rows.get(r);
      if (row === undefined) continue;
      for (const [c, cell] of row) if (c >= rect.c0 && c <= rect.c1) yield [r, c, cell];
    }
  }

  *allCells(): Generator<[number, number, Cell]> {
    for (const [r, row] of this.rows) for (const [c, cell] of row) yield [r, c, cell];
  }

  columnWidthPoints(c: number): number {
    const p = this.colProps.get(c);
    if (p?.hidden === true) return 0;
    return p?.size ?? charsToPoints(this.standardWidth);
  }

  rowHeightPoints(r: number): number {
    const p = this.rowProps.get(r);
    if (p?.hidden === true) return 0;
    return p?.size ?? this.standardHeight;
  }
}

function* rangeKeys(a: number, b: number, map: Map<number, unknown>): Generator<number> {
  for (let r = a; r <= b; r++) if (map.has(r)) yield r;
}
