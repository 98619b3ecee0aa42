/**
 * Worksheet (ranges by address or index, used range, neighbours, visibility, tab colour,
 * calculation) and WorksheetFreezePanes.
 */
import { isEntireCols, isEntireRows, MAX_COLS, MAX_ROWS, parseAddress, type Rect } from '../a1';
import { officeError } from '../errors';
import { SheetModel, type WorkbookModel } from '../model';
import { normalizeColor } from './colors';
import { defineScalars, ensureSameContext, I, navigation, NULL_TARGET, ProxyObject, SettableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { chartsOf } from './charts';
import { horizontalPageBreaksOf } from './pageBreaks';
import { EventHandlers } from './events';
import { areasTarget, RangeAreasProxy } from './rangeAreas';
import { derivedRange, instantiate, rangeArg } from './range';
import { bool, int, num } from './arguments';
import { PageLayoutProxy } from './pageLayout';

function sheetRange(ws: WorksheetProxy, name: string, args: unknown[], compute: (s: SheetModel, x: Exec) => Rect | typeof NULL_TARGET, orNull = false): Excel.Range {
  return derivedRange(
    ws,
    name,
    args,
    (s: SheetModel, x) => {
      const r = compute(s, x);
      return r === NULL_TARGET ? NULL_TARGET : { sheet: s, rect: r };
    },
    orNull,
  ) as unknown as Excel.Range;
}

function resolveAddressOnSheet(sheet: SheetModel, address: unknown, x: Exec, location: string): Rect {
  if (address === undefined) return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
  if (typeof address !== 'string' || address.length > 8192) throw officeError('InvalidArgument', 'Invalid address.', location);
  const p = parseAddress(address);
  if (p !== null) {
    if (p.sheet !== null && x.model.findSheetByName(p.sheet) !== sheet) {
      throw officeError('InvalidArgument', `The address '${address}' is not on worksheet '${sheet.name}'.`, location);
    }
    return p.rect;
  }
  const n = x.model.findName(address);
  const target = n === undefined ? null : x.model.nameRange(n);
  if (target === null || target.sheet !== sheet) throw officeError('InvalidArgument', `Invalid address or name '${address}'.`, location);
  return target.rect;
}

function neighbour(model: WorkbookModel, s: SheetModel, dir: 1 | -1, visibleOnly: boolean | undefined): SheetModel | null {
  let i = model.sheets.indexOf(s) + dir;
  while (i >= 0 && i < model.sheets.length) {
    const candidate = model.sheets[i] as SheetModel;
    if (visibleOnly !== true || candidate.visibility === 'Visible') return candidate;
    i += dir;
  }
  return null;
}

const worksheetDef: TypeDef = {
  name: 'Worksheet',
  navs: ['freezePanes', 'pageLayout'],
  scalars: {
    id: { get: (t: SheetModel) => t.id },
    name: { get: (t: SheetModel) => t.name, set: (t: SheetModel, v, x) => x.model.renameSheet(t, v) },
    position: { get: (t: SheetModel, x: Exec) => x.model.sheets.indexOf(t), set: (t: SheetModel, v, x) => x.model.moveSheet(t, v) },
    visibility: { get: (t: SheetModel) => t.visibility, set: (t: SheetModel, v, x) => x.model.setVisibility(t, v) },
    tabColor: {
      get: (t: SheetModel) => t.tabColor,
      set: (t: SheetModel, v) => {
        t.tabColor = v === '' ? '' : normalizeColor(v, 'Worksheet.tabColor');
      },
    },
    showGridlines: { get: (t: SheetModel) => t.showGridlines, set: (t: SheetModel, v) => void (t.showGridlines = bool(v, 'Worksheet.showGridlines')) },
    showHeadings: { get: (t: SheetModel) => t.showHeadings, set: (t: SheetModel, v) => void (t.showHeadings = bool(v, 'Worksheet.showHeadings')) },
    enableCalculation: {
      get: (t: SheetModel) => t.enableCalculation,
      set: (t: SheetModel, v) => void (t.enableCalculation = bool(v, 'Worksheet.enableCalculation')),
    },
    standardHeight: { get: (t: SheetModel) => t.standardHeight },
    standardWidth: { get: (t: SheetModel) => t.standardWidth, set: (t: SheetModel, v) => void (t.standardWidth = num(v, 'Worksheet.standardWidth', 0, 255)) },
  },
};

export class WorksheetProxy extends SettableProxy<Excel.Worksheet, Excel.Interfaces.WorksheetData> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  declare tabColor: string;
  declare showGridlines: boolean;
  declare showHeadings: boolean;
  declare enableCalculation: boolean;
  declare readonly standardHeight: number;
  declare standardWidth: number;
  private changedHandlers: EventHandlers<Excel.WorksheetChangedEventArgs> | undefined;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, worksheetDef, path, resolver);
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return navigation(this, 'freezePanes', WorksheetFreezePanesProxy);
  }

  get pageLayout(): Excel.PageLayout {
    return navigation(this, 'pageLayout', PageLayoutProxy) as unknown as Excel.PageLayout;
  }

  get charts(): Excel.ChartCollection {
    return chartsOf(this);
  }

  get horizontalPageBreaks(): Excel.PageBreakCollection {
    return horizontalPageBreaksOf(this);
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this.changedHandlers ??= new EventHandlers<Excel.WorksheetChangedEventArgs>(this, (t) => t as SheetModel);
    return this.changedHandlers;
  }

  activate(): void {
    this[I].method('Activate', [], (t: SheetModel, x) => x.model.activate(t));
  }

  calculate(markAllDirty: boolean): void {
    this[I].method('Calculate', [markAllDirty], (_t: SheetModel, x) => x.model.recalculateAll());
  }

  delete(): void {
    this[I].method('Delete', [], (t: SheetModel, x) => x.model.deleteSheet(t));
  }

  getRange(address?: string): Excel.Range {
    return sheetRange(this, 'GetRange', [address], (s, x) => resolveAddressOnSheet(s, address, x, 'Worksheet.getRange'));
  }

  /** Several ranges of this sheet at once, separated by commas (ExcelApi 1.9). */
  getRanges(address?: string): Excel.RangeAreas {
    const st = this[I];
    const path: PathInfo = { type: 'Method', name: 'GetRanges', parent: st, args: [address] };
    const areas: RangeAreasProxy = new RangeAreasProxy(st.ctx, path, (x) => {
      const sheet = st.resolve(x);
      if (sheet === NULL_TARGET) return NULL_TARGET;
      if (typeof address !== 'string' || address.length > 8192) throw officeError('InvalidArgument', 'Invalid address.', 'Worksheet.getRanges');
      const rects = address.split(',').map((part) => resolveAddressOnSheet(sheet as SheetModel, part.trim(), x, 'Worksheet.getRanges'));
      return areasTarget(st.ctx, x, sheet as SheetModel, rects, areas);
    });
    return areas as unknown as Excel.RangeAreas;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return sheetRange(this, 'GetRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const loc = 'Worksheet.getRangeByIndexes';
      const r0 = int(startRow, loc);
      const c0 = int(startColumn, loc);
      const rows = int(rowCount, loc);
      const cols = int(columnCount, loc);
      const r = { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
      if (rows < 1 || cols < 1 || r0 < 0 || c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) {
        throw officeError('InvalidArgument', 'The range is outside the worksheet grid.', loc);
      }
      return r;
    });
  }

  getCell(row: number, column: number): Excel.Range {
    return sheetRange(this, 'GetCell', [row, column], () => {
      const r = int(row, 'Worksheet.getCell');
      const c = int(column, 'Worksheet.getCell');
      if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS) throw officeError('InvalidArgument', 'The cell is outside the worksheet grid.', 'Worksheet.getCell');
      return { r0: r, c0: c, r1: r, c1: c };
    });
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    // An empty sheet's used range is A1 (no error), per the Office documentation.
    return sheetRange(this, 'GetUsedRange', [valuesOnly], (s, x) => x.model.usedRect(s, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return sheetRange(this, 'GetUsedRangeOrNullObject', [valuesOnly], (s, x) => x.model.usedRect(s, valuesOnly === true) ?? NULL_TARGET, true);
  }

  getNext(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetNext', [visibleOnly], (t: SheetModel, x) => {
      const n = neighbour(x.model, t, 1, visibleOnly);
      if (n === null) throw officeError('ItemNotFound', 'There is no next worksheet.', 'Worksheet.getNext');
      return n;
    });
  }

  getNextOrNullObject(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetNextOrNullObject', [visibleOnly], (t: SheetModel, x) => neighbour(x.model, t, 1, visibleOnly) ?? NULL_TARGET, true);
  }

  getPrevious(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetPrevious', [visibleOnly], (t: SheetModel, x) => {
      const n = neighbour(x.model, t, -1, visibleOnly);
      if (n === null) throw officeError('ItemNotFound', 'There is no previous worksheet.', 'Worksheet.getPrevious');
      return n;
    });
  }

  getPreviousOrNullObject(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetPreviousOrNullObject', [visibleOnly], (t: SheetModel, x) => neighbour(x.model, t, -1, visibleOnly) ?? NULL_TARGET, true);
  }
}
defineScalars(WorksheetProxy, worksheetDef);

export function sheetFrom(parent: ProxyObject, name: string, args: unknown[], compute: (t: never, x: Exec) => SheetModel | typeof NULL_TARGET, orNull = false): Excel.Worksheet {
  const ps = parent[I];
  const ws = new WorksheetProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as never, x);
  });
  if (orNull) instantiate(ws);
  return ws as unknown as Excel.Worksheet;
}

function frozenRect(s: SheetModel): Rect | null {
  const { rows, cols } = s.freeze;
  if (rows === 0 && cols === 0) return null;
  if (cols === 0) return { r0: 0, r1: rows - 1, c0: 0, c1: MAX_COLS - 1 };
  if (rows === 0) return { r0: 0, r1: MAX_ROWS - 1, c0: 0, c1: cols - 1 };
  return { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
}

const freezeDef: TypeDef = { name: 'WorksheetFreezePanes', navs: [], scalars: {} };

export class WorksheetFreezePanesProxy extends ProxyObject {
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, freezeDef, path, resolver, false);
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    ensureSameContext(this[I].ctx, frozenRange, 'WorksheetFreezePanes.freezeAt');
    this[I].method('FreezeAt', [frozenRange], (s: SheetModel, x) => {
      if (frozenRange === null) {
        s.freeze = { rows: 0, cols: 0 };
        return;
      }
      const r = rangeArg(frozenRange, x, 'WorksheetFreezePanes.freezeAt', s);
      s.freeze = { rows: isEntireCols(r) ? 0 : r.r1 + 1, cols: isEntireRows(r) ? 0 : r.c1 + 1 };
    });
  }

  freezeRows(count?: number): void {
    this[I].method('FreezeRows', [count], (s: SheetModel) => {
      const n = count === undefined ? 1 : int(count, 'WorksheetFreezePanes.freezeRows');
      if (n < 0 || n >= MAX_ROWS) throw officeError('InvalidArgument', 'Invalid row count.', 'WorksheetFreezePanes.freezeRows');
      s.freeze = { rows: n, cols: s.freeze.cols };
    });
  }

  freezeColumns(count?: number): void {
    this[I].method('FreezeColumns', [count], (s: SheetModel) => {
      const n = count === undefined ? 1 : int(count, 'WorksheetFreezePanes.freezeColumns');
      if (n < 0 || n >= MAX_COLS) throw officeError('InvalidArgument', 'Invalid column count.', 'WorksheetFreezePanes.freezeColumns');
      s.freeze = { rows: s.freeze.rows, cols: n };
    });
  }

  unfreeze(): void {
    this[I].method('Unfreeze', [], (s: SheetModel) => {
      s.freeze = { rows: 0, cols: 0 };
    });
  }

  getLocation(): Excel.Range {
    return derivedRange(this, 'GetLocation', [], (s: SheetModel) => {
      const r = frozenRect(s);
      if (r === null) throw officeError('ItemNotFound', 'No panes are frozen.', 'WorksheetFreezePanes.getLocation');
      return { sheet: s, rect: r };
    }) as unknown as Excel.Range;
  }

  getLocationOrNullObject(): Excel.Range {
    return derivedRange(
      this,
      'GetLocationOrNullObject',
      [],
      (s: SheetModel) => {
        const r = frozenRect(s);
        return r === null ? NULL_TARGET : { sheet: s, rect: r };
      },
      true,
    ) as unknown as Excel.Range;
  }

  toJSON(): { [key: string]: string } {
    return {};
  }
}
