/**
 * Writing to cells: values and formulas parsed like typed input, number formats, format and
 * border patches, and clearing contents or formats; every write raises its change record.
 */
import { isEntireCols, isEntireRows, MAX_COLS, MAX_ROWS, rectToA1, type Rect } from '../a1';
import { officeError } from '../errors';
import { canonicalSheetNames } from '../formula/adjust';
import { parseInput, type ParsedInput } from '../input';
import { type BorderFmt, type Fmt, type FmtPatch, type LineProps, type TriggerSource, type ChangeRecord, FMT_KEYS, BORDER_KEYS } from './types';
import { SheetModel } from './sheet';
import { WorkbookSheets } from './workbookSheets';

export class WorkbookCells extends WorkbookSheets {
  // ---------------------------------------------------------------- writing cells

  protected emit(rec: ChangeRecord): void {
    this.changeSink?.(rec);
  }

  /**
   * Writes `values` or `formulas` input. `data` is a 2D array matching the rect or a scalar to
   * broadcast. Validates everything first so a failing write changes nothing.
   */
  writeInput(sheet: SheetModel, rect: Rect, data: unknown, location: string, trigger: TriggerSource): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const at = (i: number, j: number): unknown => {
      if (!Array.isArray(data)) return data;
      return (data[i] as unknown[])[j];
    };
    if (Array.isArray(data)) {
      if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw officeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
          location,
        );
      }
    }
    const parsed: ParsedInput[][] = [];
    for (let i = 0; i < rows; i++) {
      const line: ParsedInput[] = [];
      for (let j = 0; j < cols; j++) {
        const fmt = sheet.effectiveFmt(rect.r0 + i, rect.c0 + j);
        const p = parseInput(at(i, j), fmt?.numberFormat);
        if (p.kind === 'invalid') throw officeError('InvalidArgument', p.reason, location);
        line.push(p);
      }
      parsed.push(line);
    }
    const single = rows === 1 && cols === 1;
    const details = single && this.changeSink !== null && this.wantsDetails(sheet);
    const before = details ? this.valueAt(sheet, rect.r0, rect.c0) : null;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) this.applyParsed(sheet, rect.r0 + i, rect.c0 + j, (parsed[i] as ParsedInput[])[j] as ParsedInput);
    }
    this.touch();
    const rec: ChangeRecord = { sheet, address: rectToA1(rect), changeType: 'RangeEdited', triggerSource: trigger };
    if (details) rec.detail = { before, after: this.valueAt(sheet, rect.r0, rect.c0) };
    this.emit(rec);
  }

  private applyParsed(sheet: SheetModel, r: number, c: number, p: ParsedInput): void {
    if (p.kind === 'skip' || p.kind === 'invalid') return;
    if (p.kind === 'clear') {
      const cell = sheet.getCell(r, c);
      if (cell === undefined) return;
      delete cell.formula;
      delete cell.quotePrefix;
      delete cell.pendingCalc;
      cell.value = null;
      if (cell.fmt === undefined) sheet.deleteCell(r, c);
      return;
    }
    const cell = sheet.ensureCell(r, c);
    if (p.kind === 'formula') {
      cell.formula = canonicalSheetNames(p.formula, (n) => this.findSheetByName(n)?.name ?? null);
      delete cell.quotePrefix;
      if (this.calculationMode === 'Manual') cell.pendingCalc = true;
      return;
    }
    delete cell.formula;
    delete cell.pendingCalc;
    cell.value = p.value;
    if (p.quotePrefix) cell.quotePrefix = true;
    else delete cell.quotePrefix;
    if (p.formatHint !== undefined && (cell.fmt?.numberFormat ?? 'General') === 'General') {
      cell.fmt = { ...(cell.fmt ?? {}), numberFormat: p.formatHint };
    }
  }

  /** Number formats: 2D array of strings (null = unchanged) or a scalar. */
  writeNumberFormat(sheet: SheetModel, rect: Rect, data: unknown, location: string): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    if (!Array.isArray(data)) {
      if (data === null || data === undefined) return;
      if (typeof data !== 'string') throw officeError('InvalidArgument', 'A number format must be a string.', location);
      this.patchFormat(sheet, rect, { numberFormat: data });
      return;
    }
    if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw officeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
        location,
      );
    }
    for (const row of data as unknown[][]) {
      for (const v of row) {
        if (v !== null && v !== undefined && typeof v !== 'string') {
          throw officeError('InvalidArgument', 'A number format must be a string.', location);
        }
      }
    }
    (data as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'string') {
          const cell = sheet.ensureCell(rect.r0 + i, rect.c0 + j);
          cell.fmt = { ...(cell.fmt ?? {}), numberFormat: v };
        }
      }),
    );
  }

  // ---------------------------------------------------------------- formats

  /**
   * Applies a format patch to a rectangle. Entire rows/columns/sheet get line-level formats so a
   * formatted column does not materialise a million cells; existing cell records are patched too.
   */
  patchFormat(sheet: SheetModel, rect: Rect, patch: FmtPatch): void {
    const apply = (f: Fmt | undefined): Fmt | undefined => {
      const next: Fmt = { ...(f ?? {}) };
      for (const [k, v] of Object.entries(patch) as Array<[keyof Fmt, unknown]>) {
        if (v === undefined) delete next[k];
        else if (BORDER_KEYS.has(k)) {
          // Border sides merge field by field; a weight or colour on a side without a line
          // makes the line continuous, as in Excel.
          const change = v as BorderFmt;
          const merged: BorderFmt = { ...((next[k] as BorderFmt | undefined) ?? {}), ...change };
          if (change.style === undefined && (merged.style === undefined || merged.style === 'None')) merged.style = 'Continuous';
          (next as Record<string, unknown>)[k] = merged;
        } else (next as Record<string, unknown>)[k] = v;
      }
      return Object.keys(next).length === 0 ? undefined : next;
    };
    const setLine = (map: Map<number, LineProps>, i: number): void => {
      const p = map.get(i) ?? {};
      const f = apply(p.fmt);
      if (f === undefined) delete p.fmt;
      else p.fmt = f;
      map.set(i, p);
    };
    const entireRows = isEntireRows(rect);
    const entireCols = isEntireCols(rect);
    if (entireRows && entireCols) {
      sheet.sheetFmt = apply(sheet.sheetFmt);
      for (const i of [...sheet.colProps.keys()]) setLine(sheet.colProps, i);
      for (const i of [...sheet.rowProps.keys()]) setLine(sheet.rowProps, i);
    } else if (entireCols) {
      for (let c = rect.c0; c <= rect.c1; c++) setLine(sheet.colProps, c);
      // Rows with their own format would otherwise win over the newer column format.
      for (const [r, p] of sheet.rowProps) {
        if (p.fmt === undefined) continue;
        for (let c = rect.c0; c <= rect.c1; c++) sheet.ensureCell(r, c);
      }
    } else if (entireRows) {
      for (let r = rect.r0; r <= rect.r1; r++) setLine(sheet.rowProps, r);
      for (const [c, p] of sheet.colProps) {
        if (p.fmt === undefined) continue;
        for (let r = rect.r0; r <= rect.r1; r++) sheet.ensureCell(r, c);
      }
    } else {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.ensureCell(r, c);
    }
    for (const [r, c, cell] of [...sheet.cellsIn(rect)]) {
      const f = apply(cell.fmt);
      if (f === undefined) delete cell.fmt;
      else cell.fmt = f;
      if (f === undefined && cell.value === null && cell.formula === undefined) sheet.deleteCell(r, c);
    }
  }

  /** The distinct effective formats present in `rect` (cheap for whole rows/columns). */
  fmtsIn(sheet: SheetModel, rect: Rect): Array<Fmt | undefined> {
    const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    const out: Array<Fmt | undefined> = [];
    if (area <= 200_000) {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) out.push(sheet.effectiveFmt(r, c));
      return out;
    }
    out.push(sheet.sheetFmt);
    for (const [c, p] of sheet.colProps) if (c >= rect.c0 && c <= rect.c1) out.push(sheet.baseFmt(-1, c) ?? p.fmt);
    for (const [r, p] of sheet.rowProps) if (r >= rect.r0 && r <= rect.r1) out.push(sheet.baseFmt(r, -1) ?? p.fmt);
    for (const [, , cell] of sheet.cellsIn(rect)) out.push(cell.fmt);
    return out;
  }

  /** Border edge `side` applied to a rect: the shared edge is written on both neighbouring cells. */
  patchBorder(sheet: SheetModel, rect: Rect, side: string, b: BorderFmt | undefined): void {
    const region = (r0: number, c0: number, r1: number, c1: number, key: keyof Fmt): void => {
      if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS || r0 > r1 || c0 > c1) return;
      const patch: FmtPatch = {};
      (patch as Record<string, unknown>)[key] = b;
      this.patchFormat(sheet, { r0, c0, r1, c1 }, patch);
    };
    const { r0, c0, r1, c1 } = rect;
    switch (side) {
      case 'EdgeTop':
        region(r0, c0, r0, c1, 'bTop');
        region(r0 - 1, c0, r0 - 1, c1, 'bBottom');
        break;
      case 'EdgeBottom':
        region(r1, c0, r1, c1, 'bBottom');
        region(r1 + 1, c0, r1 + 1, c1, 'bTop');
        break;
      case 'EdgeLeft':
        region(r0, c0, r1, c0, 'bLeft');
        region(r0, c0 - 1, r1, c0 - 1, 'bRight');
        break;
      case 'EdgeRight':
        region(r0, c1, r1, c1, 'bRight');
        region(r0, c1 + 1, r1, c1 + 1, 'bLeft');
        break;
      case 'InsideHorizontal':
        region(r0 + 1, c0, r1, c1, 'bTop');
        region(r0, c0, r1 - 1, c1, 'bBottom');
        break;
      case 'InsideVertical':
        region(r0, c0 + 1, r1, c1, 'bLeft');
        region(r0, c0, r1, c1 - 1, 'bRight');
        break;
      case 'DiagonalDown':
        region(r0, c0, r1, c1, 'bDiagDown');
        break;
      case 'DiagonalUp':
        region(r0, c0, r1, c1, 'bDiagUp');
        break;
      default:
        throw officeError('InvalidArgument', `Unknown border index '${side}'.`, 'RangeBorderCollection.getItem');
    }
  }

  // ---------------------------------------------------------------- clearing

  clear(sheet: SheetModel, rect: Rect, applyTo: unknown, trigger: TriggerSource): void {
    const mode = applyTo ?? 'All';
    if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(mode as string)) {
      throw officeError('InvalidArgument', `Unknown clear type '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'.`, 'Range.clear');
    }
    const contents = mode === 'All' || mode === 'Contents' || mode === 'ResetContents';
    const formats = mode === 'All' || mode === 'Formats';
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    const details = contents && single && this.changeSink !== null && this.wantsDetails(sheet);
    const before = details ? this.valueAt(sheet, rect.r0, rect.c0) : null;
    if (formats) {
      const all: FmtPatch = {};
      for (const k of FMT_KEYS) (all as Record<string, undefined>)[k] = undefined;
      this.patchFormat(sheet, rect, all);
    }
    if (contents) {
      for (const [r, c, cell] of [...sheet.cellsIn(rect)]) {
        delete cell.formula;
        delete cell.quotePrefix;
        delete cell.pendingCalc;
        cell.value = null;
        if (cell.fmt === undefined) sheet.deleteCell(r, c);
      }
      this.touch();
      const rec: ChangeRecord = { sheet, address: rectToA1(rect), changeType: 'RangeEdited', triggerSource: trigger };
      if (details) rec.detail = { before, after: null };
      this.emit(rec);
    }
  }
}
