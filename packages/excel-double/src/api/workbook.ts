/**
 * Workbook-level proxies: Workbook, WorksheetCollection, Worksheet, WorksheetFreezePanes,
 * PageLayout, NamedItemCollection, NamedItem, SettingCollection, Setting, Application and the
 * custom XML part collections.
 */
import { isEntireCols, isEntireRows, MAX_COLS, MAX_ROWS, parseAddress, qualifiedAddress, type Rect } from '../a1';
import { evaluateFormula } from '../calc';
import { officeError } from '../errors';
import { qualifyFormula } from '../formula/adjust';
import { referencedSheets } from '../formula/tokens';
import { normalizeFormula, XlError } from '../input';
import { LiveRange, SheetModel, type NameModel, type WorkbookModel, type XmlPartModel } from '../model';
import { normalizeColor } from './colors';
import {
  ClientResult,
  defineScalars,
  ensureSameContext,
  I,
  itemProxy,
  LoadableProxy,
  navigation,
  NULL_TARGET,
  ProxyObject,
  SettableProxy,
  STAGE,
  type ContextCore,
  type Exec,
  type PathInfo,
  type Target,
  type TypeDef,
} from './core';
import { chartsOf } from './charts';
import { EventHandlers } from './events';
import { headersFootersOf, setPrintArea } from './pageSetup';
import { areasTarget, RangeAreasProxy } from './rangeAreas';
import { apiValue, derivedRange, instantiate, RangeProxy, rangeArg } from './range';

function bool(v: unknown, location: string): boolean {
  if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.', location);
  return v;
}

function num(v: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw officeError('InvalidArgument', `Expected a number from ${min} to ${max}.`, location);
  }
  return v;
}

function int(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw officeError('InvalidArgument', 'Expected an integer.', location);
  return v;
}

function result<T>(owner: ProxyObject, name: string, args: unknown[], compute: (target: never, x: Exec) => T): OfficeExtension.ClientResult<T> {
  const r = new ClientResult<T>();
  owner[I].method(name, args, (t: never, x) => r[STAGE](x, compute(t, x)));
  return r;
}

// ====================================================================== Worksheet

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

function sheetFrom(parent: ProxyObject, name: string, args: unknown[], compute: (t: never, x: Exec) => SheetModel | typeof NULL_TARGET, orNull = false): Excel.Worksheet {
  const ps = parent[I];
  const ws = new WorksheetProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as never, x);
  });
  if (orNull) instantiate(ws);
  return ws as unknown as Excel.Worksheet;
}

// ====================================================================== FreezePanes

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

// ====================================================================== PageLayout

const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro'];

function margin(name: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin') {
  return {
    get: (t: SheetModel) => t.pageLayout[name],
    set: (t: SheetModel, v: unknown) => {
      t.pageLayout[name] = num(v, `PageLayout.${name}`, 0, 1000);
    },
  };
}

function pageFlag(name: 'centerHorizontally' | 'centerVertically' | 'printGridlines' | 'printHeadings' | 'blackAndWhite' | 'draftMode') {
  return {
    get: (t: SheetModel) => t.pageLayout[name],
    set: (t: SheetModel, v: unknown) => {
      t.pageLayout[name] = bool(v, `PageLayout.${name}`);
    },
  };
}

const pageLayoutDef: TypeDef = {
  name: 'PageLayout',
  navs: [],
  scalars: {
    orientation: {
      get: (t: SheetModel) => t.pageLayout.orientation,
      set: (t: SheetModel, v) => {
        if (v !== 'Portrait' && v !== 'Landscape') throw officeError('InvalidArgument', 'Orientation must be Portrait or Landscape.', 'PageLayout.orientation');
        t.pageLayout.orientation = v;
      },
    },
    zoom: {
      get: (t: SheetModel) => ({ ...t.pageLayout.zoom }),
      set: (t: SheetModel, v) => {
        const loc = 'PageLayout.zoom';
        if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'Zoom must be a PageLayoutZoomOptions object.', loc);
        const z = v as Excel.PageLayoutZoomOptions;
        if (z.scale !== undefined && z.scale !== null) {
          t.pageLayout.zoom = { scale: num(z.scale, loc, 10, 400) };
          return;
        }
        const h = z.horizontalFitToPages;
        const w = z.verticalFitToPages;
        if ((h === undefined || h === null) && (w === undefined || w === null)) throw officeError('InvalidArgument', 'Zoom needs scale or fit-to-pages values.', loc);
        const next: Excel.PageLayoutZoomOptions = {};
        if (h !== undefined && h !== null) next.horizontalFitToPages = int(h, loc);
        if (w !== undefined && w !== null) next.verticalFitToPages = int(w, loc);
        t.pageLayout.zoom = next;
      },
    },
    paperSize: {
      get: (t: SheetModel) => t.pageLayout.paperSize,
      set: (t: SheetModel, v) => {
        if (typeof v !== 'string' || !PAPER.includes(v)) throw officeError('InvalidArgument', `Unsupported paper size '${String(v)}'.`, 'PageLayout.paperSize');
        t.pageLayout.paperSize = v;
      },
    },
    centerHorizontally: pageFlag('centerHorizontally'),
    centerVertically: pageFlag('centerVertically'),
    printGridlines: pageFlag('printGridlines'),
    printHeadings: pageFlag('printHeadings'),
    blackAndWhite: pageFlag('blackAndWhite'),
    draftMode: pageFlag('draftMode'),
    leftMargin: margin('leftMargin'),
    rightMargin: margin('rightMargin'),
    topMargin: margin('topMargin'),
    bottomMargin: margin('bottomMargin'),
    headerMargin: margin('headerMargin'),
    footerMargin: margin('footerMargin'),
  },
};

export class PageLayoutProxy extends SettableProxy<Excel.PageLayout, Excel.Interfaces.PageLayoutData> {
  declare orientation: Excel.PageOrientation | 'Portrait' | 'Landscape';
  declare zoom: Excel.PageLayoutZoomOptions;
  declare paperSize: Excel.PaperType;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, pageLayoutDef, path, resolver, false);
  }

  get headersFooters(): Excel.HeaderFooterGroup {
    return headersFootersOf(this);
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    setPrintArea(this, printArea);
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    ensureSameContext(this[I].ctx, printTitleRows, 'PageLayout.setPrintTitleRows');
    this[I].method('SetPrintTitleRows', [printTitleRows], (s: SheetModel, x) => {
      const r = rangeArg(printTitleRows, x, 'PageLayout.setPrintTitleRows', s);
      if (!isEntireRows(r)) throw officeError('InvalidArgument', 'Print title rows must span entire rows.', 'PageLayout.setPrintTitleRows');
      if (s.pageLayout.printTitleRows !== null) x.model.release(s.pageLayout.printTitleRows);
      s.pageLayout.printTitleRows = x.model.live(s, r);
    });
  }

  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    ensureSameContext(this[I].ctx, printTitleColumns, 'PageLayout.setPrintTitleColumns');
    this[I].method('SetPrintTitleColumns', [printTitleColumns], (s: SheetModel, x) => {
      const r = rangeArg(printTitleColumns, x, 'PageLayout.setPrintTitleColumns', s);
      if (!isEntireCols(r)) throw officeError('InvalidArgument', 'Print title columns must span entire columns.', 'PageLayout.setPrintTitleColumns');
      if (s.pageLayout.printTitleColumns !== null) x.model.release(s.pageLayout.printTitleColumns);
      s.pageLayout.printTitleColumns = x.model.live(s, r);
    });
  }

  getPrintTitleRows(): Excel.Range {
    return printTitles(this, 'printTitleRows', 'GetPrintTitleRows', false);
  }

  getPrintTitleRowsOrNullObject(): Excel.Range {
    return printTitles(this, 'printTitleRows', 'GetPrintTitleRowsOrNullObject', true);
  }

  getPrintTitleColumns(): Excel.Range {
    return printTitles(this, 'printTitleColumns', 'GetPrintTitleColumns', false);
  }

  getPrintTitleColumnsOrNullObject(): Excel.Range {
    return printTitles(this, 'printTitleColumns', 'GetPrintTitleColumnsOrNullObject', true);
  }
}
defineScalars(PageLayoutProxy, pageLayoutDef);

function printTitles(p: PageLayoutProxy, key: 'printTitleRows' | 'printTitleColumns', name: string, orNull: boolean): Excel.Range {
  return derivedRange(
    p,
    name,
    [],
    (s: SheetModel) => {
      const lr = s.pageLayout[key];
      if (lr === null || !lr.valid) {
        if (orNull) return NULL_TARGET;
        throw officeError('ItemNotFound', 'No print titles are set.', `PageLayout.${name}`);
      }
      return { sheet: s, rect: lr.rect };
    },
    orNull,
  ) as unknown as Excel.Range;
}

// ====================================================================== WorksheetCollection

const worksheetsDef: TypeDef = {
  name: 'WorksheetCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (t: WorkbookModel) => [...t.sheets],
    make: (parent, item) => itemProxy(parent, WorksheetProxy, (item as SheetModel).id, item),
  },
};

export class WorksheetCollectionProxy extends LoadableProxy<Excel.WorksheetCollection, Excel.Interfaces.WorksheetCollectionData> {
  declare readonly items: Excel.Worksheet[];
  private changedHandlers: EventHandlers<Excel.WorksheetChangedEventArgs> | undefined;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, worksheetsDef, path, resolver, false);
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this.changedHandlers ??= new EventHandlers<Excel.WorksheetChangedEventArgs>(this, () => null);
    return this.changedHandlers;
  }

  add(name?: string): Excel.Worksheet {
    const st = this[I];
    const ws = new WorksheetProxy(st.ctx, { type: 'Method', name: 'Add', parent: st, args: [name] }, () => {
      throw officeError('ItemNotFound', 'The worksheet was not added.', 'WorksheetCollection.add');
    });
    st.method('Add', [name], (m: WorkbookModel) => {
      ws[I].preset(m.addSheet(name));
    });
    return ws as unknown as Excel.Worksheet;
  }

  getItem(key: string): Excel.Worksheet {
    return sheetFrom(this, 'GetItem', [key], (m: WorkbookModel) => {
      const s = typeof key === 'string' ? m.findSheet(key) : undefined;
      if (s === undefined) throw officeError('ItemNotFound', `The worksheet '${String(key)}' does not exist.`, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return sheetFrom(this, 'GetItemOrNullObject', [key], (m: WorkbookModel) => (typeof key === 'string' ? m.findSheet(key) : undefined) ?? NULL_TARGET, true);
  }

  getActiveWorksheet(): Excel.Worksheet {
    return sheetFrom(this, 'GetActiveWorksheet', [], (m: WorkbookModel) => m.activeSheet);
  }

  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetFirst', [visibleOnly], (m: WorkbookModel) => {
      const s = visibleOnly === true ? m.visibleSheets()[0] : m.sheets[0];
      if (s === undefined) throw officeError('ItemNotFound', undefined, 'WorksheetCollection.getFirst');
      return s;
    });
  }

  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetLast', [visibleOnly], (m: WorkbookModel) => {
      const list = visibleOnly === true ? m.visibleSheets() : m.sheets;
      const s = list[list.length - 1];
      if (s === undefined) throw officeError('ItemNotFound', undefined, 'WorksheetCollection.getLast');
      return s;
    });
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [visibleOnly], (m: WorkbookModel) => (visibleOnly === true ? m.visibleSheets().length : m.sheets.length));
  }
}
defineScalars(WorksheetCollectionProxy, worksheetsDef);

// ====================================================================== Names

function nameFormula(x: Exec, reference: unknown, location: string): string {
  if (reference instanceof RangeProxy) {
    const t = reference[I].resolve(x);
    if (t === NULL_TARGET) throw officeError('InvalidArgument', 'The range is a null object.', location);
    const lr = t as LiveRange;
    return '=' + qualifiedAddress(lr.sheet.name, lr.rect, true);
  }
  if (typeof reference !== 'string' || reference.trim() === '') throw officeError('InvalidArgument', 'The reference must be a Range or a formula.', location);
  const text = reference.startsWith('=') ? reference : `=${reference}`;
  const normalized = normalizeFormula(text);
  if (normalized === null) throw officeError('InvalidArgument', `Invalid reference '${reference}'.`, location);
  // Excel takes a sheet it does not have for an external workbook and refuses the name.
  const missing = referencedSheets(normalized).find((sheet) => x.model.findSheetByName(sheet) === undefined);
  if (missing !== undefined) throw officeError('InvalidArgument', `The name refers to a sheet that does not exist: '${missing}'.`, location);
  // Workbook names always carry sheet-qualified references; Excel qualifies with the active sheet.
  return qualifyFormula(normalized, x.model.activeSheet.name);
}

function nameType(x: Exec, n: NameModel): string {
  if (x.model.nameRange(n) !== null) return 'Range';
  const v = evaluateFormula(x.model, n.formula);
  if (v instanceof XlError) return 'Error';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Double';
  return 'String';
}

function nameValue(x: Exec, n: NameModel): unknown {
  if (x.model.nameRange(n) !== null) return n.formula.slice(1);
  return apiValue(evaluateFormula(x.model, n.formula));
}

const namedItemDef: TypeDef = {
  name: 'NamedItem',
  navs: [],
  scalars: {
    name: { get: (t: NameModel) => t.name },
    formula: {
      get: (t: NameModel) => t.formula,
      set: (t: NameModel, v, x) => x.model.setNameFormula(t, nameFormula(x, v, 'NamedItem.formula')),
    },
    comment: {
      get: (t: NameModel) => t.comment,
      set: (t: NameModel, v) => {
        if (typeof v !== 'string') throw officeError('InvalidArgument', 'The comment must be a string.', 'NamedItem.comment');
        t.comment = v;
      },
    },
    visible: { get: (t: NameModel) => t.visible, set: (t: NameModel, v) => void (t.visible = bool(v, 'NamedItem.visible')) },
    scope: { get: () => 'Workbook' },
    type: { get: (t: NameModel, x: Exec) => nameType(x, t) },
    value: { get: (t: NameModel, x: Exec) => nameValue(x, t) },
  },
};

export class NamedItemProxy extends SettableProxy<Excel.NamedItem, Excel.Interfaces.NamedItemData> {
  declare readonly name: string;
  declare formula: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office's own type
  declare comment: string;
  declare visible: boolean;
  declare readonly scope: Excel.NamedItemScope | 'Worksheet' | 'Workbook';
  declare readonly type: Excel.NamedItemType | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Range' | 'Error' | 'Array';
  declare readonly value: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, namedItemDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (t: NameModel, x) => x.model.deleteName(t));
  }

  getRange(): Excel.Range {
    return derivedRange(this, 'GetRange', [], (t: NameModel, x) => {
      const r = x.model.nameRange(t);
      if (r === null) throw officeError('InvalidArgument', `The name '${t.name}' does not refer to a range.`, 'NamedItem.getRange');
      return r;
    }) as unknown as Excel.Range;
  }

  getRangeOrNullObject(): Excel.Range {
    return derivedRange(this, 'GetRangeOrNullObject', [], (t: NameModel, x) => x.model.nameRange(t) ?? NULL_TARGET, true) as unknown as Excel.Range;
  }
}
defineScalars(NamedItemProxy, namedItemDef);

function nameFrom(parent: ProxyObject, name: string, args: unknown[], compute: (m: WorkbookModel) => NameModel | typeof NULL_TARGET, orNull = false): Excel.NamedItem {
  const ps = parent[I];
  const p = new NamedItemProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as WorkbookModel);
  });
  if (orNull) instantiate(p);
  return p as unknown as Excel.NamedItem;
}

/** Queues NamedItemCollection.add/addFormulaLocal; the returned proxy is the new name. */
function addNamed(names: ProxyObject, method: string, name: string, reference: unknown, comment?: string): Excel.NamedItem {
  ensureSameContext(names[I].ctx, reference, `NamedItemCollection.${method}`);
  const st = names[I];
  const p = new NamedItemProxy(st.ctx, { type: 'Method', name: method, parent: st, args: [name, reference, comment] }, () => {
    throw officeError('ItemNotFound', 'The name was not added.', 'NamedItemCollection.add');
  });
  st.method(method, [name, reference, comment], (m: WorkbookModel, x) => {
    p[I].preset(m.addName(name, nameFormula(x, reference, 'NamedItemCollection.add'), comment));
  });
  return p as unknown as Excel.NamedItem;
}

const namesDef: TypeDef = {
  name: 'NamedItemCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (m: WorkbookModel) => [...m.names],
    make: (parent, item) => itemProxy(parent, NamedItemProxy, (item as NameModel).name, item),
  },
};

export class NamedItemCollectionProxy extends LoadableProxy<Excel.NamedItemCollection, Excel.Interfaces.NamedItemCollectionData> {
  declare readonly items: Excel.NamedItem[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, namesDef, path, resolver, false);
  }

  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return addNamed(this, 'Add', name, reference, comment);
  }

  addFormulaLocal(name: string, formula: string, comment?: string): Excel.NamedItem {
    return addNamed(this, 'AddFormulaLocal', name, formula, comment);
  }

  getItem(name: string): Excel.NamedItem {
    return nameFrom(this, 'GetItem', [name], (m) => {
      const n = typeof name === 'string' ? m.findName(name) : undefined;
      if (n === undefined) throw officeError('ItemNotFound', `The name '${String(name)}' does not exist.`, 'NamedItemCollection.getItem');
      return n;
    });
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return nameFrom(this, 'GetItemOrNullObject', [name], (m) => (typeof name === 'string' ? m.findName(name) : undefined) ?? NULL_TARGET, true);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.names.length);
  }
}
defineScalars(NamedItemCollectionProxy, namesDef);

// ====================================================================== Settings

function existingKey(x: Exec, key: string, location: string): string {
  if (!x.model.settings.has(key)) throw officeError('ItemNotFound', `The setting '${key}' does not exist.`, location);
  return key;
}

const settingDef: TypeDef = {
  name: 'Setting',
  navs: [],
  scalars: {
    key: { get: (t: string, x: Exec) => existingKey(x, t, 'Setting.key') },
    value: {
      get: (t: string, x: Exec) => JSON.parse(x.model.settings.get(existingKey(x, t, 'Setting.value')) as string) as unknown,
      set: (t: string, v, x) => x.model.setSetting(existingKey(x, t, 'Setting.value'), v, 'Setting.value'),
    },
  },
};

export class SettingProxy extends SettableProxy<Excel.Setting, Excel.Interfaces.SettingData> {
  declare readonly key: string;
  declare value: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office's own type

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, settingDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (t: string, x) => {
      x.model.settings.delete(existingKey(x, t, 'Setting.delete'));
    });
  }
}
defineScalars(SettingProxy, settingDef);

function settingFrom(settings: ProxyObject, name: string, key: string, orNull: boolean): Excel.Setting {
  const ps = settings[I];
  const p = new SettingProxy(ps.ctx, { type: 'Method', name, parent: ps, args: [key] }, (x) => {
    const t = ps.resolve(x);
    if (t === NULL_TARGET) return NULL_TARGET;
    if (x.model.settings.has(key)) return key;
    if (orNull) return NULL_TARGET;
    throw officeError('ItemNotFound', `The setting '${key}' does not exist.`, 'SettingCollection.getItem');
  });
  if (orNull) instantiate(p);
  return p;
}

const settingsDef: TypeDef = {
  name: 'SettingCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (m: WorkbookModel) => [...m.settings.keys()],
    make: (parent, item) => itemProxy(parent, SettingProxy, item, item),
  },
};

export class SettingCollectionProxy extends LoadableProxy<Excel.SettingCollection, Excel.Interfaces.SettingCollectionData> {
  declare readonly items: Excel.Setting[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, settingsDef, path, resolver, false);
  }

  add(key: string, value: unknown): Excel.Setting {
    const st = this[I];
    const p = new SettingProxy(st.ctx, { type: 'Method', name: 'Add', parent: st, args: [key, value] }, () => {
      throw officeError('ItemNotFound', 'The setting was not added.', 'SettingCollection.add');
    });
    st.method('Add', [key, value], (m: WorkbookModel) => {
      m.setSetting(key, value, 'SettingCollection.add');
      p[I].preset(key);
    });
    return p;
  }

  getItem(key: string): Excel.Setting {
    return settingFrom(this, 'GetItem', key, false);
  }

  getItemOrNullObject(key: string): Excel.Setting {
    return settingFrom(this, 'GetItemOrNullObject', key, true);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.settings.size);
  }
}
defineScalars(SettingCollectionProxy, settingsDef);

// ====================================================================== Application

const applicationDef: TypeDef = {
  name: 'Application',
  navs: [],
  scalars: {
    calculationMode: { get: (m: WorkbookModel) => m.calculationMode, set: (m: WorkbookModel, v) => m.setCalculationMode(v) },
    calculationState: { get: () => 'Done' },
    decimalSeparator: { get: () => '.' },
    thousandsSeparator: { get: () => ',' },
    useSystemSeparators: { get: () => true },
  },
};

export class ApplicationProxy extends SettableProxy<Excel.Application, Excel.Interfaces.ApplicationData> {
  declare calculationMode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  declare readonly calculationState: Excel.CalculationState | 'Done' | 'Calculating' | 'Pending';
  declare readonly decimalSeparator: string;
  declare readonly thousandsSeparator: string;
  declare readonly useSystemSeparators: boolean;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, applicationDef, path, resolver, false);
  }

  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this[I].method('Calculate', [calculationType], (m: WorkbookModel) => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) {
        throw officeError('InvalidArgument', `Unknown calculation type '${String(calculationType)}'.`, 'Application.calculate');
      }
      m.recalculateAll();
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    const st = this[I];
    st.method('SuspendApiCalculationUntilNextSync', [], () => st.ctx.hub.countSuspend('api'));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    const st = this[I];
    st.method('SuspendScreenUpdatingUntilNextSync', [], () => st.ctx.hub.countSuspend('screen'));
  }
}
defineScalars(ApplicationProxy, applicationDef);

// ====================================================================== Custom XML parts

const xmlPartDef: TypeDef = {
  name: 'CustomXmlPart',
  navs: [],
  scalars: {
    id: { get: (p: XmlPartModel) => p.id },
    namespaceUri: { get: (p: XmlPartModel) => p.namespaceUri },
  },
};

export class CustomXmlPartProxy extends LoadableProxy<Excel.CustomXmlPart, Excel.Interfaces.CustomXmlPartData> {
  declare readonly id: string;
  declare readonly namespaceUri: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, xmlPartDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (p: XmlPartModel, x) => x.model.deleteXmlPart(p));
  }

  getXml(): OfficeExtension.ClientResult<string> {
    return result(this, 'GetXml', [], (p: XmlPartModel) => p.xml);
  }

  setXml(xml: string): void {
    this[I].method('SetXml', [xml], (p: XmlPartModel, x) => x.model.setXml(p, xml));
  }
}
defineScalars(CustomXmlPartProxy, xmlPartDef);

function partProxy(parent: ProxyObject, name: string, args: unknown[], compute: (t: never, x: Exec) => XmlPartModel | typeof NULL_TARGET, orNull = false): Excel.CustomXmlPart {
  const ps = parent[I];
  const p = new CustomXmlPartProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as never, x);
  });
  if (orNull) instantiate(p);
  return p;
}

function makePartItem(parent: ProxyObject, item: Target): ProxyObject {
  return itemProxy(parent, CustomXmlPartProxy, (item as XmlPartModel).id, item);
}

const xmlPartsDef: TypeDef = {
  name: 'CustomXmlPartCollection',
  navs: [],
  scalars: {},
  collection: { items: (m: WorkbookModel) => [...m.xmlParts], make: makePartItem },
};

interface ScopedXml {
  model: WorkbookModel;
  ns: string;
}

const scopedXmlDef: TypeDef = {
  name: 'CustomXmlPartScopedCollection',
  navs: [],
  scalars: {},
  collection: { items: (s: ScopedXml) => s.model.xmlParts.filter((p) => p.namespaceUri === s.ns), make: makePartItem },
};

export class CustomXmlPartScopedCollectionProxy extends LoadableProxy<Excel.CustomXmlPartScopedCollection, Excel.Interfaces.CustomXmlPartScopedCollectionData> {
  declare readonly items: Excel.CustomXmlPart[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, scopedXmlDef, path, resolver, false);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (s: ScopedXml) => s.model.xmlParts.filter((p) => p.namespaceUri === s.ns).length);
  }

  getItem(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItem', [id], (s: ScopedXml) => {
      const p = s.model.xmlParts.find((q) => q.id === id && q.namespaceUri === s.ns);
      if (p === undefined) throw officeError('ItemNotFound', `No custom XML part '${id}' in this namespace.`, 'CustomXmlPartScopedCollection.getItem');
      return p;
    });
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItemOrNullObject', [id], (s: ScopedXml) => s.model.xmlParts.find((q) => q.id === id && q.namespaceUri === s.ns) ?? NULL_TARGET, true);
  }

  getOnlyItem(): Excel.CustomXmlPart {
    return partProxy(this, 'GetOnlyItem', [], (s: ScopedXml) => {
      const list = s.model.xmlParts.filter((p) => p.namespaceUri === s.ns);
      if (list.length !== 1) throw officeError('InvalidOperation', `Expected exactly one custom XML part, found ${list.length}.`, 'CustomXmlPartScopedCollection.getOnlyItem');
      return list[0] as XmlPartModel;
    });
  }

  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return partProxy(
      this,
      'GetOnlyItemOrNullObject',
      [],
      (s: ScopedXml) => {
        const list = s.model.xmlParts.filter((p) => p.namespaceUri === s.ns);
        return list.length === 1 ? (list[0] as XmlPartModel) : NULL_TARGET;
      },
      true,
    );
  }
}
defineScalars(CustomXmlPartScopedCollectionProxy, scopedXmlDef);

export class CustomXmlPartCollectionProxy extends LoadableProxy<Excel.CustomXmlPartCollection, Excel.Interfaces.CustomXmlPartCollectionData> {
  declare readonly items: Excel.CustomXmlPart[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, xmlPartsDef, path, resolver, false);
  }

  add(xml: string): Excel.CustomXmlPart {
    const st = this[I];
    const p = new CustomXmlPartProxy(st.ctx, { type: 'Method', name: 'Add', parent: st, args: [xml] }, () => {
      throw officeError('ItemNotFound', 'The custom XML part was not added.', 'CustomXmlPartCollection.add');
    });
    st.method('Add', [xml], (m: WorkbookModel) => p[I].preset(m.addXmlPart(xml)));
    return p;
  }

  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    const st = this[I];
    return new CustomXmlPartScopedCollectionProxy(st.ctx, { type: 'Method', name: 'GetByNamespace', parent: st, args: [namespaceUri] }, (x) => {
      const t = st.resolve(x);
      if (t === NULL_TARGET) return NULL_TARGET;
      if (typeof namespaceUri !== 'string') throw officeError('InvalidArgument', 'The namespace must be a string.', 'CustomXmlPartCollection.getByNamespace');
      return { model: t as WorkbookModel, ns: namespaceUri } satisfies ScopedXml;
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.xmlParts.length);
  }

  getItem(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItem', [id], (m: WorkbookModel) => {
      const p = m.xmlParts.find((q) => q.id === id);
      if (p === undefined) throw officeError('ItemNotFound', `No custom XML part '${id}'.`, 'CustomXmlPartCollection.getItem');
      return p;
    });
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItemOrNullObject', [id], (m: WorkbookModel) => m.xmlParts.find((q) => q.id === id) ?? NULL_TARGET, true);
  }
}
defineScalars(CustomXmlPartCollectionProxy, xmlPartsDef);

// ====================================================================== Workbook

const workbookDef: TypeDef = {
  name: 'Workbook',
  navs: ['worksheets', 'names', 'settings', 'application', 'customXmlParts'],
  scalars: {
    name: { get: () => 'Book1.xlsx' },
    readOnly: { get: () => false },
  },
};

export class WorkbookProxy extends SettableProxy<Excel.Workbook, Excel.Interfaces.WorkbookData> {
  declare readonly name: string;
  declare readonly readOnly: boolean;

  constructor(ctx: ContextCore) {
    super(ctx, workbookDef, { type: 'GlobalObject', name: 'Workbook', parent: null, args: [] }, (x) => x.model);
  }

  get worksheets(): Excel.WorksheetCollection {
    return navigation(this, 'worksheets', WorksheetCollectionProxy) as unknown as Excel.WorksheetCollection;
  }

  get names(): Excel.NamedItemCollection {
    return navigation(this, 'names', NamedItemCollectionProxy);
  }

  get settings(): Excel.SettingCollection {
    return navigation(this, 'settings', SettingCollectionProxy) as unknown as Excel.SettingCollection;
  }

  get application(): Excel.Application {
    return navigation(this, 'application', ApplicationProxy) as unknown as Excel.Application;
  }

  get customXmlParts(): Excel.CustomXmlPartCollection {
    return navigation(this, 'customXmlParts', CustomXmlPartCollectionProxy);
  }

  /** The double has no UI selection: the selection is always A1 of the active sheet. */
  getSelectedRange(): Excel.Range {
    return derivedRange(this, 'GetSelectedRange', [], (m: WorkbookModel) => ({ sheet: m.activeSheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } })) as unknown as Excel.Range;
  }

  getActiveCell(): Excel.Range {
    return derivedRange(this, 'GetActiveCell', [], (m: WorkbookModel) => ({ sheet: m.activeSheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } })) as unknown as Excel.Range;
  }
}
defineScalars(WorkbookProxy, workbookDef);

export { SheetModel };
