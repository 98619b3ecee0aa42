/**
 * Excel.Range and its format objects (RangeFormat, RangeFont, RangeFill, RangeBorderCollection,
 * RangeBorder). Targets are LiveRange objects that follow their cells through insertions.
 */
import { boundingRect, cellCount, intersect, isEntireCols, isEntireRows, MAX_COLS, MAX_ROWS, parseAddress, qualifiedAddress, type Rect } from '../a1';
import { officeError } from '../errors';
import { UNSUPPORTED, XlError, type Scalar } from '../input';
import { LiveRange, type BorderFmt, type Fmt, type FmtPatch, type SheetModel, type WorkbookModel } from '../model';
import { formatValue } from '../numfmt';
import { bool, int } from './arguments';
import { normalizeColor } from './colors';
import { clearConditionalFormats, conditionalFormatsOf } from './conditionalFormats';
import { clearValidations, DataValidationProxy } from './dataValidation';
import {
  defineScalars,
  ensureSameContext,
  I,
  LoadableProxy,
  navigation,
  NULL_TARGET,
  ProxyObject,
  SettableProxy,
  type ContextCore,
  type Exec,
  type PathInfo,
  type Target,
  type TypeDef,
} from './core';
import { WorksheetProxy } from './worksheet';

const READ_LIMIT_CELLS = 5_000_000;

export function liveOf(ctx: ContextCore, x: Exec, sheet: SheetModel, r: Rect, owner: ProxyObject | null): LiveRange {
  const lr = x.model.live(sheet, r);
  ctx.trackLive(lr, owner === null ? null : owner[I]);
  return lr;
}

/** Creates a Range proxy whose target is computed at first use from `parent`'s target. */
export function derivedRange(
  parent: ProxyObject,
  name: string,
  args: unknown[],
  compute: (parentTarget: never, x: Exec) => { sheet: SheetModel; rect: Rect } | typeof NULL_TARGET,
  orNull = false,
): RangeProxy {
  const ps = parent[I];
  const path: PathInfo = { type: 'Method', name, parent: ps, args };
  const r: RangeProxy = new RangeProxy(ps.ctx, path, (x) => {
    const t = ps.resolve(x);
    if (t === NULL_TARGET) return NULL_TARGET;
    const res = compute(t as never, x);
    if (res === NULL_TARGET) return NULL_TARGET;
    return liveOf(ps.ctx, x, res.sheet, res.rect, r);
  });
  if (orNull) instantiate(r);
  return r;
}

/** `*OrNullObject` results are resolved at the next sync even if unused, so isNullObject is readable. */
export function instantiate(p: ProxyObject): void {
  const st = p[I];
  st.ctx.enqueue({ type: 'Instantiate', state: st, name: 'instantiate', args: [], run: (x) => void st.resolve(x) });
}

function checkRect(r: Rect, location: string): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS || r.r0 > r.r1 || r.c0 > r.c1) {
    throw officeError('InvalidArgument', 'The range is outside the worksheet grid.', location);
  }
  return r;
}

/** getRowsAbove/Below, getColumnsBefore/After: `count` (default 1) rows or columns beside the range. */
function rangeBeside(range: ProxyObject, method: string, count: number | undefined, beside: (r: Rect, n: number) => Rect): Excel.Range {
  const location = `Range.${method.charAt(0).toLowerCase()}${method.slice(1)}`;
  return derivedRange(range, method, [count], (t: LiveRange) => {
    const n = count === undefined ? 1 : int(count, location);
    return { sheet: t.sheet, rect: checkRect(beside(t.rect, n), location) };
  }) as unknown as Excel.Range;
}

function grid<T>(lr: LiveRange, location: string, fn: (r: number, c: number) => T): T[][] {
  const r = lr.rect;
  if (cellCount(r) > READ_LIMIT_CELLS) {
    throw officeError('RangeExceedsLimit', `Reading more than ${READ_LIMIT_CELLS} cells at once is not supported.`, location);
  }
  const out: T[][] = [];
  for (let i = r.r0; i <= r.r1; i++) {
    const row: T[] = [];
    for (let j = r.c0; j <= r.c1; j++) row.push(fn(i, j));
    out.push(row);
  }
  return out;
}

/** What `values` returns for a stored/calculated scalar. */
export function apiValue(v: Scalar): string | number | boolean {
  if (v === null) return '';
  if (v instanceof XlError) {
    if (v.code === UNSUPPORTED) throw officeError('DoubleUnsupported', v.detail ?? 'Formula cannot be evaluated by the double.');
    return v.code;
  }
  return v;
}

export function valueType(v: Scalar): Excel.RangeValueType {
  if (v === null) return 'Empty' as Excel.RangeValueType;
  if (v instanceof XlError) {
    apiValue(v);
    return 'Error' as Excel.RangeValueType;
  }
  if (typeof v === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof v === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

export function cellText(model: WorkbookModel, sheet: SheetModel, r: number, c: number): string {
  const v = model.valueAt(sheet, r, c);
  if (v instanceof XlError) return String(apiValue(v));
  return formatValue(v, sheet.effectiveFmt(r, c)?.numberFormat ?? 'General');
}

export function cellFormula(model: WorkbookModel, sheet: SheetModel, r: number, c: number): string | number | boolean {
  const cell = sheet.getCell(r, c);
  if (cell === undefined) return '';
  if (cell.formula !== undefined) return cell.formula;
  return apiValue(cell.value);
}

/** Value if every item agrees, else null (Office's answer for non-uniform ranges). */
function uniform<T>(items: Iterable<T>): T | null {
  let first = true;
  let value: T | null = null;
  for (const v of items) {
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) return null;
  }
  return value;
}

/** Uniform value along rows/columns a..b using per-line overrides, without walking a million lines. */
function uniformLine(map: Map<number, unknown>, a: number, b: number, get: (i: number) => number | boolean): number | boolean | null {
  const span = b - a + 1;
  if (span <= 20000) {
    const vals: Array<number | boolean> = [];
    for (let i = a; i <= b; i++) vals.push(get(i));
    return uniform(vals);
  }
  const vals: Array<number | boolean> = [];
  let seen = 0;
  for (const k of map.keys()) {
    if (k >= a && k <= b) {
      vals.push(get(k));
      seen++;
    }
  }
  if (seen < span) {
    // Some line in the span has no override: probe one to get the default.
    for (let i = a; i <= b; i++) {
      if (!map.has(i)) {
        vals.push(get(i));
        break;
      }
    }
  }
  return uniform(vals);
}

function fmtUniform<K extends keyof Fmt>(x: Exec, lr: LiveRange, key: K, dflt: NonNullable<Fmt[K]>): Fmt[K] | null {
  return uniform(x.model.fmtsIn(lr.sheet, lr.rect).map((f) => f?.[key] ?? dflt));
}

function sheetProxyOf(range: RangeProxy): WorksheetProxy {
  const st = range[I];
  return st.nav('worksheet', () => {
    const path: PathInfo = { type: 'Property', name: 'Worksheet', parent: st, args: [] };
    return new WorksheetProxy(st.ctx, path, (x) => {
      const t = st.resolve(x);
      return t === NULL_TARGET ? NULL_TARGET : (t as LiveRange).sheet;
    });
  });
}

/** Resolves a `Range | string` argument (same sheet) at sync time. */
export function rangeArg(arg: unknown, x: Exec, location: string, sheet: SheetModel): Rect {
  if (arg instanceof RangeProxy) {
    const t = arg[I].resolve(x);
    if (t === NULL_TARGET) throw officeError('InvalidArgument', 'The range is a null object.', location);
    const lr = t as LiveRange;
    if (lr.sheet !== sheet) throw officeError('InvalidArgument', 'The ranges must be on the same worksheet.', location);
    return lr.rect;
  }
  if (typeof arg === 'string') {
    const p = parseAddress(arg);
    if (p === null) throw officeError('InvalidArgument', `Invalid address '${arg}'.`, location);
    if (p.sheet !== null && x.model.findSheetByName(p.sheet) !== sheet) {
      throw officeError('InvalidArgument', 'The ranges must be on the same worksheet.', location);
    }
    return p.rect;
  }
  throw officeError('InvalidArgument', 'Expected a Range or an address string.', location);
}

// ====================================================================== Range

const rangeDef: TypeDef = {
  name: 'Range',
  navs: ['format', 'worksheet'],
  scalars: {
    address: { get: (t: LiveRange) => qualifiedAddress(t.sheet.name, t.rect) },
    addressLocal: { get: (t: LiveRange) => qualifiedAddress(t.sheet.name, t.rect) },
    cellCount: { get: (t: LiveRange) => cellCount(t.rect) },
    rowCount: { get: (t: LiveRange) => t.rect.r1 - t.rect.r0 + 1 },
    columnCount: { get: (t: LiveRange) => t.rect.c1 - t.rect.c0 + 1 },
    rowIndex: { get: (t: LiveRange) => t.rect.r0 },
    columnIndex: { get: (t: LiveRange) => t.rect.c0 },
    isEntireRow: { get: (t: LiveRange) => isEntireRows(t.rect) },
    isEntireColumn: { get: (t: LiveRange) => isEntireCols(t.rect) },
    values: {
      get: (t: LiveRange, x: Exec) => grid(t, 'Range.values', (r, c) => apiValue(x.model.valueAt(t.sheet, r, c))),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.writeInput(t.sheet, t.rect, v, 'Range.values', 'ThisLocalAddin'),
    },
    formulas: {
      get: (t: LiveRange, x: Exec) => grid(t, 'Range.formulas', (r, c) => cellFormula(x.model, t.sheet, r, c)),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.writeInput(t.sheet, t.rect, v, 'Range.formulas', 'ThisLocalAddin'),
    },
    formulasLocal: {
      get: (t: LiveRange, x: Exec) => grid(t, 'Range.formulasLocal', (r, c) => cellFormula(x.model, t.sheet, r, c)),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.writeInput(t.sheet, t.rect, v, 'Range.formulasLocal', 'ThisLocalAddin'),
    },
    numberFormat: {
      get: (t: LiveRange) => grid(t, 'Range.numberFormat', (r, c) => t.sheet.effectiveFmt(r, c)?.numberFormat ?? 'General'),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.writeNumberFormat(t.sheet, t.rect, v, 'Range.numberFormat'),
    },
    numberFormatLocal: {
      get: (t: LiveRange) => grid(t, 'Range.numberFormatLocal', (r, c) => t.sheet.effectiveFmt(r, c)?.numberFormat ?? 'General'),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.writeNumberFormat(t.sheet, t.rect, v, 'Range.numberFormatLocal'),
    },
    text: { get: (t: LiveRange, x: Exec) => grid(t, 'Range.text', (r, c) => cellText(x.model, t.sheet, r, c)) },
    valueTypes: { get: (t: LiveRange, x: Exec) => grid(t, 'Range.valueTypes', (r, c) => valueType(x.model.valueAt(t.sheet, r, c))) },
    rowHidden: {
      get: (t: LiveRange) => uniformLine(t.sheet.rowProps, t.rect.r0, t.rect.r1, (i) => t.sheet.rowProps.get(i)?.hidden === true),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.setHidden(t.sheet, 'row', t.rect.r0, t.rect.r1, v),
    },
    columnHidden: {
      get: (t: LiveRange) => uniformLine(t.sheet.colProps, t.rect.c0, t.rect.c1, (i) => t.sheet.colProps.get(i)?.hidden === true),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.setHidden(t.sheet, 'col', t.rect.c0, t.rect.c1, v),
    },
    hidden: {
      get: (t: LiveRange) => {
        const rows = uniformLine(t.sheet.rowProps, t.rect.r0, t.rect.r1, (i) => t.sheet.rowProps.get(i)?.hidden === true);
        const cols = uniformLine(t.sheet.colProps, t.rect.c0, t.rect.c1, (i) => t.sheet.colProps.get(i)?.hidden === true);
        if (rows === true || cols === true) return true;
        if (rows === false && cols === false) return false;
        return null;
      },
    },
    height: {
      get: (t: LiveRange) => {
        let h = 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) h += t.sheet.rowHeightPoints(r);
        return h;
      },
    },
    width: {
      get: (t: LiveRange) => {
        let w = 0;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) w += t.sheet.columnWidthPoints(c);
        return w;
      },
    },
    top: {
      get: (t: LiveRange) => {
        let h = 0;
        for (let r = 0; r < t.rect.r0; r++) h += t.sheet.rowHeightPoints(r);
        return h;
      },
    },
    left: {
      get: (t: LiveRange) => {
        let w = 0;
        for (let c = 0; c < t.rect.c0; c++) w += t.sheet.columnWidthPoints(c);
        return w;
      },
    },
  },
};

type RangeRef = Excel.Range | string;

export class RangeProxy extends SettableProxy<Excel.Range, Excel.Interfaces.RangeData> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly isEntireRow: boolean;
  declare readonly isEntireColumn: boolean;
  declare values: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office's own type
  declare formulas: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  declare formulasLocal: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  declare numberFormat: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  declare numberFormatLocal: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];
  declare rowHidden: boolean;
  declare columnHidden: boolean;
  declare readonly hidden: boolean;
  declare readonly height: number;
  declare readonly width: number;
  declare readonly top: number;
  declare readonly left: number;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, rangeDef, path, resolver);
  }

  get format(): Excel.RangeFormat {
    return navigation(this, 'format', RangeFormatProxy, 'Format') as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return sheetProxyOf(this) as unknown as Excel.Worksheet;
  }

  get dataValidation(): Excel.DataValidation {
    return navigation(this, 'dataValidation', DataValidationProxy, 'DataValidation') as unknown as Excel.DataValidation;
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return conditionalFormatsOf(this);
  }

  track(): Excel.Range {
    this[I].tracked = true;
    return this as unknown as Excel.Range;
  }

  untrack(): Excel.Range {
    this[I].tracked = false;
    return this as unknown as Excel.Range;
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    this[I].method('Clear', [applyTo], (t: LiveRange, x) => {
      x.model.clear(t.sheet, t.rect, applyTo, 'ThisLocalAddin');
      // As Excel's Clear and ClearFormats: conditional formats are formats; validation goes with All.
      if (applyTo === undefined || applyTo === 'All' || applyTo === 'Formats') clearConditionalFormats(t.sheet, t.rect, x.model);
      if (applyTo === undefined || applyTo === 'All') clearValidations(t.sheet, t.rect, x.model);
    });
  }

  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this[I].method('Delete', [shift], (t: LiveRange, x) => x.model.deleteCells(t.sheet, t.rect, shift, 'ThisLocalAddin'));
  }

  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): Excel.Range {
    const st = this[I];
    const result = new RangeProxy(st.ctx, { type: 'Method', name: 'Insert', parent: st, args: [shift] }, () => {
      throw officeError('InvalidOperation', 'The insert that creates this range did not run.', 'Range.insert');
    });
    st.method('Insert', [shift], (t: LiveRange, x) => {
      const rect = { ...t.rect };
      x.model.insertCells(t.sheet, rect, shift, 'ThisLocalAddin');
      result[I].preset(liveOf(st.ctx, x, t.sheet, rect, result));
    });
    return result as unknown as Excel.Range;
  }

  select(): void {
    this[I].method('Select', [], () => undefined);
  }

  calculate(): void {
    this[I].method('Calculate', [], (_t: LiveRange, x) => x.model.recalculateAll());
  }

  getCell(row: number, column: number): Excel.Range {
    return derivedRange(this, 'GetCell', [row, column], (t: LiveRange) => {
      const r = t.rect.r0 + int(row, 'Range.getCell');
      const c = t.rect.c0 + int(column, 'Range.getCell');
      return { sheet: t.sheet, rect: checkRect({ r0: r, c0: c, r1: r, c1: c }, 'Range.getCell') };
    }) as unknown as Excel.Range;
  }

  getRow(row: number): Excel.Range {
    return derivedRange(this, 'GetRow', [row], (t: LiveRange) => {
      const r = t.rect.r0 + int(row, 'Range.getRow');
      if (r > t.rect.r1 || r < t.rect.r0) throw officeError('InvalidArgument', 'The row is outside the range.', 'Range.getRow');
      return { sheet: t.sheet, rect: { ...t.rect, r0: r, r1: r } };
    }) as unknown as Excel.Range;
  }

  getColumn(column: number): Excel.Range {
    return derivedRange(this, 'GetColumn', [column], (t: LiveRange) => {
      const c = t.rect.c0 + int(column, 'Range.getColumn');
      if (c > t.rect.c1 || c < t.rect.c0) throw officeError('InvalidArgument', 'The column is outside the range.', 'Range.getColumn');
      return { sheet: t.sheet, rect: { ...t.rect, c0: c, c1: c } };
    }) as unknown as Excel.Range;
  }

  getLastRow(): Excel.Range {
    return derivedRange(this, 'GetLastRow', [], (t: LiveRange) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 } })) as unknown as Excel.Range;
  }

  getLastColumn(): Excel.Range {
    return derivedRange(this, 'GetLastColumn', [], (t: LiveRange) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c1 } })) as unknown as Excel.Range;
  }

  getLastCell(): Excel.Range {
    return derivedRange(this, 'GetLastCell', [], (t: LiveRange) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r1, c0: t.rect.c1, r1: t.rect.r1, c1: t.rect.c1 },
    })) as unknown as Excel.Range;
  }

  getEntireRow(): Excel.Range {
    return derivedRange(this, 'GetEntireRow', [], (t: LiveRange) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: MAX_COLS - 1 },
    })) as unknown as Excel.Range;
  }

  getEntireColumn(): Excel.Range {
    return derivedRange(this, 'GetEntireColumn', [], (t: LiveRange) => ({
      sheet: t.sheet,
      rect: { r0: 0, r1: MAX_ROWS - 1, c0: t.rect.c0, c1: t.rect.c1 },
    })) as unknown as Excel.Range;
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return derivedRange(this, 'GetOffsetRange', [rowOffset, columnOffset], (t: LiveRange) => {
      const dr = int(rowOffset, 'Range.getOffsetRange');
      const dc = int(columnOffset, 'Range.getOffsetRange');
      const r = t.rect;
      return { sheet: t.sheet, rect: checkRect({ r0: r.r0 + dr, r1: r.r1 + dr, c0: r.c0 + dc, c1: r.c1 + dc }, 'Range.getOffsetRange') };
    }) as unknown as Excel.Range;
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return derivedRange(this, 'GetResizedRange', [deltaRows, deltaColumns], (t: LiveRange) => {
      const r = t.rect;
      const rect = { ...r, r1: r.r1 + int(deltaRows, 'Range.getResizedRange'), c1: r.c1 + int(deltaColumns, 'Range.getResizedRange') };
      return { sheet: t.sheet, rect: checkRect(rect, 'Range.getResizedRange') };
    }) as unknown as Excel.Range;
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return derivedRange(this, 'GetAbsoluteResizedRange', [numRows, numColumns], (t: LiveRange) => {
      const r = t.rect;
      const rows = int(numRows, 'Range.getAbsoluteResizedRange');
      const cols = int(numColumns, 'Range.getAbsoluteResizedRange');
      return { sheet: t.sheet, rect: checkRect({ r0: r.r0, c0: r.c0, r1: r.r0 + rows - 1, c1: r.c0 + cols - 1 }, 'Range.getAbsoluteResizedRange') };
    }) as unknown as Excel.Range;
  }

  getRowsAbove(count?: number): Excel.Range {
    return rangeBeside(this, 'GetRowsAbove', count, (r, n) => ({ ...r, r0: r.r0 - n, r1: r.r0 - 1 }));
  }

  getRowsBelow(count?: number): Excel.Range {
    return rangeBeside(this, 'GetRowsBelow', count, (r, n) => ({ ...r, r0: r.r1 + 1, r1: r.r1 + n }));
  }

  getColumnsBefore(count?: number): Excel.Range {
    return rangeBeside(this, 'GetColumnsBefore', count, (r, n) => ({ ...r, c0: r.c0 - n, c1: r.c0 - 1 }));
  }

  getColumnsAfter(count?: number): Excel.Range {
    return rangeBeside(this, 'GetColumnsAfter', count, (r, n) => ({ ...r, c0: r.c1 + 1, c1: r.c1 + n }));
  }

  getBoundingRect(anotherRange: RangeRef): Excel.Range {
    ensureSameContext(this[I].ctx, anotherRange, 'Range.getBoundingRect');
    return derivedRange(this, 'GetBoundingRect', [anotherRange], (t: LiveRange, x) => ({
      sheet: t.sheet,
      rect: boundingRect(t.rect, rangeArg(anotherRange, x, 'Range.getBoundingRect', t.sheet)),
    })) as unknown as Excel.Range;
  }

  getIntersection(anotherRange: RangeRef): Excel.Range {
    ensureSameContext(this[I].ctx, anotherRange, 'Range.getIntersection');
    return derivedRange(this, 'GetIntersection', [anotherRange], (t: LiveRange, x) => {
      const r = intersect(t.rect, rangeArg(anotherRange, x, 'Range.getIntersection', t.sheet));
      if (r === null) throw officeError('ItemNotFound', 'The ranges do not intersect.', 'Range.getIntersection');
      return { sheet: t.sheet, rect: r };
    }) as unknown as Excel.Range;
  }

  getIntersectionOrNullObject(anotherRange: RangeRef): Excel.Range {
    ensureSameContext(this[I].ctx, anotherRange, 'Range.getIntersectionOrNullObject');
    return derivedRange(
      this,
      'GetIntersectionOrNullObject',
      [anotherRange],
      (t: LiveRange, x) => {
        const r = intersect(t.rect, rangeArg(anotherRange, x, 'Range.getIntersectionOrNullObject', t.sheet));
        return r === null ? NULL_TARGET : { sheet: t.sheet, rect: r };
      },
      true,
    ) as unknown as Excel.Range;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return derivedRange(this, 'GetUsedRange', [valuesOnly], (t: LiveRange, x) => {
      const used = x.model.usedRect(t.sheet, valuesOnly === true);
      const r = used === null ? null : intersect(used, t.rect);
      if (r === null) throw officeError('ItemNotFound', 'There are no used cells in the range.', 'Range.getUsedRange');
      return { sheet: t.sheet, rect: r };
    }) as unknown as Excel.Range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return derivedRange(
      this,
      'GetUsedRangeOrNullObject',
      [valuesOnly],
      (t: LiveRange, x) => {
        const used = x.model.usedRect(t.sheet, valuesOnly === true);
        const r = used === null ? null : intersect(used, t.rect);
        return r === null ? NULL_TARGET : { sheet: t.sheet, rect: r };
      },
      true,
    ) as unknown as Excel.Range;
  }
}
defineScalars(RangeProxy, rangeDef);

// ====================================================================== RangeFormat

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function oneOf(v: unknown, allowed: string[], location: string): string {
  if (typeof v !== 'string' || !allowed.includes(v)) throw officeError('InvalidArgument', `'${String(v)}' is not one of ${allowed.join(', ')}.`, location);
  return v;
}

function patch(x: Exec, t: LiveRange, p: FmtPatch): void {
  for (const rect of t.areas ?? [t.rect]) x.model.patchFormat(t.sheet, rect, p);
}

/** Approximate auto-fit width in points: Calibri 11 digit width 7px, plus 5px padding. */
function autofitWidth(x: Exec, sheet: SheetModel, rows: [number, number], col: number): number | null {
  let maxPx = 0;
  for (const [r, c] of sheet.cellsIn({ r0: rows[0], r1: rows[1], c0: col, c1: col })) {
    const text = cellText(x.model, sheet, r, c);
    if (text === '') continue;
    const f = sheet.effectiveFmt(r, c);
    const scale = (f?.fontSize ?? 11) / 11 * (f?.bold === true ? 1.1 : 1);
    maxPx = Math.max(maxPx, Math.ceil(text.length * 7 * scale) + 5 + (f?.indent ?? 0) * 9);
  }
  return maxPx === 0 ? null : Math.round(maxPx * 0.75 * 100) / 100;
}

const formatDef: TypeDef = {
  name: 'RangeFormat',
  navs: ['font', 'fill', 'borders'],
  scalars: {
    columnWidth: {
      get: (t: LiveRange) => uniformLine(t.sheet.colProps, t.rect.c0, t.rect.c1, (i) => t.sheet.columnWidthPoints(i)),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.setColumnWidth(t.sheet, t.rect.c0, t.rect.c1, v),
    },
    rowHeight: {
      get: (t: LiveRange) => uniformLine(t.sheet.rowProps, t.rect.r0, t.rect.r1, (i) => t.sheet.rowHeightPoints(i)),
      set: (t: LiveRange, v: unknown, x: Exec) => x.model.setRowHeight(t.sheet, t.rect.r0, t.rect.r1, v),
    },
    horizontalAlignment: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'hAlign', 'General'),
      set: (t: LiveRange, v: unknown, x: Exec) => patch(x, t, { hAlign: oneOf(v, H_ALIGN, 'RangeFormat.horizontalAlignment') }),
    },
    verticalAlignment: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'vAlign', 'Bottom'),
      set: (t: LiveRange, v: unknown, x: Exec) => patch(x, t, { vAlign: oneOf(v, V_ALIGN, 'RangeFormat.verticalAlignment') }),
    },
    wrapText: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'wrap', false),
      set: (t: LiveRange, v: unknown, x: Exec) => patch(x, t, { wrap: bool(v, 'RangeFormat.wrapText') }),
    },
    indentLevel: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'indent', 0),
      set: (t: LiveRange, v: unknown, x: Exec) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 250) {
          throw officeError('InvalidArgument', 'The indent level must be an integer from 0 to 250.', 'RangeFormat.indentLevel');
        }
        patch(x, t, { indent: v });
      },
    },
    useStandardWidth: {
      get: (t: LiveRange) => uniformLine(t.sheet.colProps, t.rect.c0, t.rect.c1, (i) => t.sheet.colProps.get(i)?.size === undefined),
    },
    useStandardHeight: {
      get: (t: LiveRange) => uniformLine(t.sheet.rowProps, t.rect.r0, t.rect.r1, (i) => t.sheet.rowProps.get(i)?.size === undefined),
    },
  },
};

export class RangeFormatProxy extends SettableProxy<Excel.RangeFormat, Excel.Interfaces.RangeFormatData> {
  declare columnWidth: number;
  declare rowHeight: number;
  declare horizontalAlignment: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
  declare verticalAlignment: Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
  declare wrapText: boolean;
  declare indentLevel: number;
  declare readonly useStandardWidth: boolean;
  declare readonly useStandardHeight: boolean;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, formatDef, path, resolver, false);
  }

  get font(): Excel.RangeFont {
    return navigation(this, 'font', RangeFontProxy, 'Font') as unknown as Excel.RangeFont;
  }

  get fill(): Excel.RangeFill {
    return navigation(this, 'fill', RangeFillProxy, 'Fill') as unknown as Excel.RangeFill;
  }

  get borders(): Excel.RangeBorderCollection {
    return navigation(this, 'borders', RangeBorderCollectionProxy, 'Borders') as unknown as Excel.RangeBorderCollection;
  }

  autofitColumns(): void {
    this[I].method('AutofitColumns', [], (t: LiveRange, x) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const w = autofitWidth(x, t.sheet, [t.rect.r0, t.rect.r1], c);
        if (w !== null) x.model.setColumnWidth(t.sheet, c, c, w);
      }
    });
  }

  autofitRows(): void {
    this[I].method('AutofitRows', [], (t: LiveRange) => {
      // Without a text layout engine, rows fit to the standard height (one line of Calibri 11).
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const p = t.sheet.rowProps.get(r);
        if (p !== undefined) delete p.size;
      }
    });
  }

  adjustIndent(amount: number): void {
    this[I].method('AdjustIndent', [amount], (t: LiveRange, x) => {
      const current = fmtUniform(x, t, 'indent', 0) ?? 0;
      const next = Math.max(0, Math.min(250, current + int(amount, 'RangeFormat.adjustIndent')));
      patch(x, t, { indent: next });
    });
  }
}
defineScalars(RangeFormatProxy, formatDef);

// ====================================================================== RangeFont

const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000' };

const fontDef: TypeDef = {
  name: 'RangeFont',
  navs: [],
  scalars: {
    bold: { get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'bold', false), set: (t: LiveRange, v, x) => patch(x, t, { bold: bool(v, 'RangeFont.bold') }) },
    italic: { get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'italic', false), set: (t: LiveRange, v, x) => patch(x, t, { italic: bool(v, 'RangeFont.italic') }) },
    strikethrough: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'strikethrough', false),
      set: (t: LiveRange, v, x) => patch(x, t, { strikethrough: bool(v, 'RangeFont.strikethrough') }),
    },
    underline: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'underline', 'None'),
      set: (t: LiveRange, v, x) => patch(x, t, { underline: oneOf(v, UNDERLINE, 'RangeFont.underline') }),
    },
    color: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'fontColor', DEFAULT_FONT.color),
      set: (t: LiveRange, v, x) => patch(x, t, { fontColor: normalizeColor(v, 'RangeFont.color') }),
    },
    size: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'fontSize', DEFAULT_FONT.size),
      set: (t: LiveRange, v, x) => {
        if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw officeError('InvalidArgument', 'The font size must be from 1 to 409.', 'RangeFont.size');
        patch(x, t, { fontSize: v });
      },
    },
    name: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'fontName', DEFAULT_FONT.name),
      set: (t: LiveRange, v, x) => {
        if (typeof v !== 'string' || v === '') throw officeError('InvalidArgument', 'The font name must be a non-empty string.', 'RangeFont.name');
        patch(x, t, { fontName: v });
      },
    },
  },
};

export class RangeFontProxy extends SettableProxy<Excel.RangeFont, Excel.Interfaces.RangeFontData> {
  declare bold: boolean;
  declare italic: boolean;
  declare strikethrough: boolean;
  declare underline: Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant';
  declare color: string;
  declare size: number;
  declare name: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, fontDef, path, resolver, false);
  }
}
defineScalars(RangeFontProxy, fontDef);

// ====================================================================== RangeFill

const fillDef: TypeDef = {
  name: 'RangeFill',
  navs: [],
  scalars: {
    // Excel reports "#FFFFFF" for "no fill"; `pattern` tells the two apart.
    color: {
      get: (t: LiveRange, x: Exec) => fmtUniform(x, t, 'fillColor', '#FFFFFF'),
      set: (t: LiveRange, v, x) => patch(x, t, { fillColor: normalizeColor(v, 'RangeFill.color') }),
    },
    pattern: {
      get: (t: LiveRange, x: Exec) => uniform(x.model.fmtsIn(t.sheet, t.rect).map((f) => (f?.fillColor === undefined ? 'None' : 'Solid'))),
    },
  },
};

export class RangeFillProxy extends SettableProxy<Excel.RangeFill, Excel.Interfaces.RangeFillData> {
  declare color: string;
  declare readonly pattern: Excel.FillPattern;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, fillDef, path, resolver, false);
  }

  clear(): void {
    this[I].method('Clear', [], (t: LiveRange, x) => patch(x, t, { fillColor: undefined }));
  }
}
defineScalars(RangeFillProxy, fillDef);

// ====================================================================== Borders

export const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

interface BorderTarget {
  range: LiveRange;
  side: string;
}

/** The per-cell border fields that make up one side of a range. */
function borderCells(x: Exec, bt: BorderTarget): Array<BorderFmt | undefined> {
  const { r0, c0, r1, c1 } = bt.range.rect;
  const sheet = bt.range.sheet;
  const pick = (rect: Rect, key: keyof Fmt): Array<BorderFmt | undefined> =>
    rect.r0 > rect.r1 || rect.c0 > rect.c1 ? [] : x.model.fmtsIn(sheet, rect).map((f) => f?.[key] as BorderFmt | undefined);
  switch (bt.side) {
    case 'EdgeTop':
      return pick({ r0, c0, r1: r0, c1 }, 'bTop');
    case 'EdgeBottom':
      return pick({ r0: r1, c0, r1, c1 }, 'bBottom');
    case 'EdgeLeft':
      return pick({ r0, c0, r1, c1: c0 }, 'bLeft');
    case 'EdgeRight':
      return pick({ r0, c0: c1, r1, c1 }, 'bRight');
    case 'InsideHorizontal':
      return pick({ r0: r0 + 1, c0, r1, c1 }, 'bTop');
    case 'InsideVertical':
      return pick({ r0, c0: c0 + 1, r1, c1 }, 'bLeft');
    case 'DiagonalDown':
      return pick(bt.range.rect, 'bDiagDown');
    default:
      return pick(bt.range.rect, 'bDiagUp');
  }
}

function borderProp(x: Exec, bt: BorderTarget, key: keyof BorderFmt, dflt: string): string | null {
  return uniform(borderCells(x, bt).map((b) => b?.[key] ?? dflt));
}

function setBorder(x: Exec, bt: BorderTarget, change: BorderFmt): void {
  // A RangeAreas border applies to each area's own edge, as in Excel.
  for (const rect of bt.range.areas ?? [bt.range.rect]) x.model.patchBorder(bt.range.sheet, rect, bt.side, change);
}

const borderDef: TypeDef = {
  name: 'RangeBorder',
  navs: [],
  scalars: {
    sideIndex: { get: (t: BorderTarget) => t.side },
    style: {
      get: (t: BorderTarget, x: Exec) => borderProp(x, t, 'style', 'None'),
      set: (t: BorderTarget, v, x) => setBorder(x, t, { style: oneOf(v, BORDER_STYLES, 'RangeBorder.style') }),
    },
    weight: {
      get: (t: BorderTarget, x: Exec) => borderProp(x, t, 'weight', 'Thin'),
      set: (t: BorderTarget, v, x) => setBorder(x, t, { weight: oneOf(v, BORDER_WEIGHTS, 'RangeBorder.weight') }),
    },
    color: {
      get: (t: BorderTarget, x: Exec) => borderProp(x, t, 'color', '#000000'),
      set: (t: BorderTarget, v, x) => setBorder(x, t, { color: normalizeColor(v, 'RangeBorder.color') }),
    },
  },
};

export class RangeBorderProxy extends SettableProxy<Excel.RangeBorder, Excel.Interfaces.RangeBorderData> {
  declare readonly sideIndex: Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';
  declare style: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';
  declare weight: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick';
  declare color: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, borderDef, path, resolver, false);
  }
}
defineScalars(RangeBorderProxy, borderDef);

function borderProxy(parent: ProxyObject, side: string, name: string, arg: unknown): RangeBorderProxy {
  const st = parent[I];
  return new RangeBorderProxy(st.ctx, { type: 'Method', name, parent: st, args: [arg] }, (x) => {
    const t = st.resolve(x);
    if (t === NULL_TARGET) return NULL_TARGET;
    if (!(BORDER_INDEXES as readonly string[]).includes(side)) {
      throw officeError('InvalidArgument', `Unknown border index '${side}'.`, 'RangeBorderCollection.getItem');
    }
    return { range: t as LiveRange, side } satisfies BorderTarget;
  });
}

const bordersDef: TypeDef = {
  name: 'RangeBorderCollection',
  navs: [],
  scalars: {
    count: { get: () => BORDER_INDEXES.length },
  },
  collection: {
    items: (t: LiveRange) => BORDER_INDEXES.map((side) => ({ range: t, side })),
    make: (parent, item) => {
      const bt = item as BorderTarget;
      const p = borderProxy(parent, bt.side, 'GetItem', bt.side);
      p[I].preset(bt);
      return p;
    },
  },
};

export class RangeBorderCollectionProxy extends LoadableProxy<Excel.RangeBorderCollection, Excel.Interfaces.RangeBorderCollectionData> {
  declare readonly count: number;
  declare readonly items: Excel.RangeBorder[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, bordersDef, path, resolver, false);
  }

  getItem(index: Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp'): Excel.RangeBorder {
    return borderProxy(this, String(index), 'GetItem', index) as unknown as Excel.RangeBorder;
  }

  getItemAt(index: number): Excel.RangeBorder {
    const side = BORDER_INDEXES[index];
    if (side === undefined) {
      const st = this[I];
      return new RangeBorderProxy(st.ctx, { type: 'Method', name: 'GetItemAt', parent: st, args: [index] }, () => {
        throw officeError('InvalidArgument', `Border index ${index} is out of range.`, 'RangeBorderCollection.getItemAt');
      }) as unknown as Excel.RangeBorder;
    }
    return borderProxy(this, side, 'GetItemAt', index) as unknown as Excel.RangeBorder;
  }
}
defineScalars(RangeBorderCollectionProxy, bordersDef);
