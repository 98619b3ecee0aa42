/**
 * Inserting and deleting cells, rows and columns, with every reference shifted (formulas,
 * names, live ranges, print titles); column widths, row heights, hidden rows and columns, and
 * the used range.
 */
import { isEntireCols, isEntireRows, MAX_COLS, MAX_ROWS, rectToA1, type Rect } from '../a1';
import { officeError } from '../errors';
import { shiftFormula, shiftRect, type ShiftOp } from '../formula/adjust';
import type { Fmt, Cell, LineProps, TriggerSource, ChangeType } from './types';
import { SheetModel } from './sheet';
import { WorkbookCells } from './cellEdits';

export class WorkbookStructure extends WorkbookCells {
  // ---------------------------------------------------------------- structure

  /**
   * Inserts cells in place of `rect` shifting `Down` or `Right`. Entire rows/columns insert rows/
   * columns; anything else shifts only the band of cells below/right of the rect.
   */
  insertCells(sheet: SheetModel, rect: Rect, shift: unknown, trigger: TriggerSource): Rect {
    if (shift !== 'Down' && shift !== 'Right') {
      throw officeError('InvalidArgument', `Unknown insert direction '${String(shift)}'.`, 'Range.insert');
    }
    const { op, entire } = shiftOpFor('insert', shift === 'Down' ? 'row' : 'col', sheet, rect);
    const { axis, at, count } = op;
    const limit = axis === 'row' ? MAX_ROWS : MAX_COLS;
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = axis === 'row' ? r : c;
      const other = axis === 'row' ? c : r;
      const inBand = op.band === undefined || (other >= op.band.from && other <= op.band.to);
      if (inBand && pos >= limit - count && (cell.value !== null || cell.formula !== undefined)) {
        throw officeError('NonBlankCellOffSheet', undefined, 'Range.insert');
      }
    }
    this.moveCells(sheet, op);
    if (entire) this.inheritLineFormat(sheet, axis, at, count);
    this.afterShift(sheet, op);
    const changeType: ChangeType = entire ? (axis === 'row' ? 'RowInserted' : 'ColumnInserted') : 'CellInserted';
    this.emit({ sheet, address: rectToA1(rect), changeType, triggerSource: trigger, insertShiftDirection: shift });
    return rect;
  }

  deleteCells(sheet: SheetModel, rect: Rect, shift: unknown, trigger: TriggerSource): void {
    if (shift !== 'Up' && shift !== 'Left') {
      throw officeError('InvalidArgument', `Unknown delete direction '${String(shift)}'.`, 'Range.delete');
    }
    const { op, entire } = shiftOpFor('delete', shift === 'Up' ? 'row' : 'col', sheet, rect);
    this.moveCells(sheet, op);
    this.afterShift(sheet, op);
    const changeType: ChangeType = entire ? (op.axis === 'row' ? 'RowDeleted' : 'ColumnDeleted') : 'CellDeleted';
    this.emit({ sheet, address: rectToA1(rect), changeType, triggerSource: trigger, deleteShiftDirection: shift });
  }

  /** Moves cell records (and, for entire rows/columns, line properties) for a shift op. */
  private moveCells(sheet: SheetModel, op: ShiftOp): void {
    const moved: Array<[number, number, Cell]> = [];
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = op.axis === 'row' ? r : c;
      const other = op.axis === 'row' ? c : r;
      const inBand = op.band === undefined || (other >= op.band.from && other <= op.band.to);
      if (!inBand) {
        moved.push([r, c, cell]);
        continue;
      }
      let np = pos;
      if (op.type === 'insert') {
        if (pos >= op.at) np = pos + op.count;
      } else if (pos >= op.at && pos < op.at + op.count) {
        continue; // deleted
      } else if (pos >= op.at + op.count) {
        np = pos - op.count;
      }
      moved.push(op.axis === 'row' ? [np, c, cell] : [r, np, cell]);
    }
    sheet.rows = new Map();
    for (const [r, c, cell] of moved) {
      let row = sheet.rows.get(r);
      if (row === undefined) {
        row = new Map();
        sheet.rows.set(r, row);
      }
      row.set(c, cell);
    }
    if (op.band === undefined) {
      const lines = op.axis === 'row' ? sheet.rowProps : sheet.colProps;
      const next = new Map<number, LineProps>();
      for (const [i, p] of lines) {
        if (op.type === 'insert') next.set(i >= op.at ? i + op.count : i, p);
        else if (i < op.at) next.set(i, p);
        else if (i >= op.at + op.count) next.set(i - op.count, p);
      }
      if (op.axis === 'row') sheet.rowProps = next;
      else sheet.colProps = next;
    }
  }

  /** Excel's default "Format Same As Above/Left": inserted rows/columns take the neighbour's formats. */
  private inheritLineFormat(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    const src = at > 0 ? at - 1 : at + count;
    const lines = axis === 'row' ? sheet.rowProps : sheet.colProps;
    const srcLine = lines.get(src);
    for (let k = 0; k < count; k++) {
      const i = at + k;
      if (srcLine?.fmt !== undefined) lines.set(i, { ...(lines.get(i) ?? {}), fmt: srcLine.fmt });
    }
    const cells: Array<[number, Fmt]> = [];
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = axis === 'row' ? r : c;
      if (pos === src && cell.fmt !== undefined) cells.push([axis === 'row' ? c : r, cell.fmt]);
    }
    for (const [other, fmt] of cells) {
      for (let k = 0; k < count; k++) {
        const cell = axis === 'row' ? sheet.ensureCell(at + k, other) : sheet.ensureCell(other, at + k);
        cell.fmt = fmt;
      }
    }
  }

  /** Adjusts formulas everywhere, names, live ranges and print titles after a shift on `sheet`. */
  private afterShift(sheet: SheetModel, op: ShiftOp): void {
    for (const s of this.sheets) {
      for (const [, , cell] of s.allCells()) {
        if (cell.formula !== undefined) cell.formula = shiftFormula(cell.formula, s.name, op);
      }
    }
    for (const n of this.names) n.formula = shiftFormula(n.formula, null, op);
    for (const lr of this.liveRanges) {
      if (lr.sheet !== sheet || !lr.valid) continue;
      const next = shiftRect(lr.rect, op);
      if (next === null) lr.valid = false;
      else lr.rect = next;
    }
    this.touch();
  }

  // ---------------------------------------------------------------- rows / columns

  setColumnWidth(sheet: SheetModel, c0: number, c1: number, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
      throw officeError('InvalidArgument', 'The column width is out of range.', 'RangeFormat.columnWidth');
    }
    for (let c = c0; c <= c1; c++) sheet.colProps.set(c, { ...(sheet.colProps.get(c) ?? {}), size: points });
  }

  setRowHeight(sheet: SheetModel, r0: number, r1: number, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 409) {
      throw officeError('InvalidArgument', 'The row height is out of range.', 'RangeFormat.rowHeight');
    }
    for (let r = r0; r <= r1; r++) sheet.rowProps.set(r, { ...(sheet.rowProps.get(r) ?? {}), size: points });
  }

  setHidden(sheet: SheetModel, axis: 'row' | 'col', a: number, b: number, hidden: unknown): void {
    if (typeof hidden !== 'boolean') {
      throw officeError('InvalidArgument', 'Hidden must be a boolean.', axis === 'row' ? 'Range.rowHidden' : 'Range.columnHidden');
    }
    const lines = axis === 'row' ? sheet.rowProps : sheet.colProps;
    for (let i = a; i <= b; i++) {
      const p = { ...(lines.get(i) ?? {}) };
      if (hidden) p.hidden = true;
      else delete p.hidden;
      lines.set(i, p);
    }
    this.touch(); // SUBTOTAL(10x) results depend on hidden rows
  }

  /** Smallest rect containing values (and, unless valuesOnly, formatted cells). Null if none. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [r, c, cell] of sheet.allCells()) {
      const hasValue = cell.value !== null || cell.formula !== undefined;
      if (!hasValue && (valuesOnly || cell.fmt === undefined)) continue;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

/**
 * What inserting or deleting `rect` along `axis` does: whole rows/columns shift everything,
 * a partial rect shifts only the band of cells beside it.
 */
function shiftOpFor(type: ShiftOp['type'], axis: ShiftOp['axis'], sheet: SheetModel, rect: Rect): { op: ShiftOp; entire: boolean } {
  const at = axis === 'row' ? rect.r0 : rect.c0;
  const count = axis === 'row' ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const entire = axis === 'row' ? isEntireRows(rect) : isEntireCols(rect);
  const op: ShiftOp = { type, axis, sheetName: sheet.name, at, count };
  if (!entire) op.band = axis === 'row' ? { from: rect.c0, to: rect.c1 } : { from: rect.r0, to: rect.r1 };
  return { op, entire };
}
