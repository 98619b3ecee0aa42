/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual page breaks between rows.
 * PageBreakCollection: add (a break before the top-left cell of a range or address),
 * removePageBreaks (every manual break of the sheet), getCount, getItem (by index, in row
 * order), items; PageBreak: rowIndex, columnIndex, delete, getCellAfterBreak.
 *
 * A break belongs to the row below it, as in Excel: it is kept as a live entire-row range,
 * so it moves when whole rows are inserted or deleted above it, stays where it is when cells
 * are inserted or deleted within some columns only, and goes when its row is deleted.
 * Strict where a writer could trip: a break above row 1 is InvalidArgument (there is no page
 * before the first row); an index past the end is ItemNotFound; a deleted break is
 * ItemNotFound when used. Adding a break where one is already gives that break, not a second.
 * What Excel reports as a horizontal break's columnIndex is not documented: the double says 0,
 * and getCellAfterBreak is the cell in column A of the row below the break.
 */
import { MAX_COLS } from '../a1';
import { officeError } from '../errors';
import type { LiveRange, SheetModel, WorkbookModel } from '../model';
import { addedItem, ClientResult, defineScalars, ensureSameContext, I, itemProxy, LoadableProxy, navigation, NULL_TARGET, ProxyObject, STAGE, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { derivedRange, rangeArg } from './range';

interface PageBreakState {
  sheet: SheetModel;
  /** The entire row below the break. */
  row: LiveRange;
  deleted: boolean;
}

const breaksBySheet = new WeakMap<SheetModel, PageBreakState[]>();

/** The sheet's live breaks in row order; a break whose row was deleted is gone. */
function breaksOf(sheet: SheetModel, model: WorkbookModel): PageBreakState[] {
  const all = breaksBySheet.get(sheet) ?? [];
  const live = all.filter((b) => {
    if (b.row.valid && !b.deleted) return true;
    b.deleted = true;
    model.release(b.row);
    return false;
  });
  live.sort((a, b) => a.row.rect.r0 - b.row.rect.r0);
  breaksBySheet.set(sheet, live);
  return live;
}

function removeBreak(state: PageBreakState, model: WorkbookModel): void {
  state.deleted = true;
  model.release(state.row);
  breaksOf(state.sheet, model);
}

// ---------------------------------------------------------------- PageBreakCollection

const collectionDef: TypeDef = {
  name: 'PageBreakCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (t: SheetModel, x: Exec) => breaksOf(t, x.model),
    make: (parent, item) => itemProxy(parent, PageBreakProxy, (item as PageBreakState).row.rect.r0, item),
  },
};

export class PageBreakCollectionProxy extends LoadableProxy<Excel.PageBreakCollection, Excel.Interfaces.PageBreakCollectionData> {
  declare readonly items: Excel.PageBreak[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, collectionDef, path, resolver, false);
  }

  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    ensureSameContext(this[I].ctx, pageBreakRange, 'PageBreakCollection.add');
    const added = addedItem(this, PageBreakProxy, 'Add', [pageBreakRange], 'page break', 'PageBreakCollection.add', (s: SheetModel, x: Exec) => {
      const rect = rangeArg(pageBreakRange, x, 'PageBreakCollection.add', s);
      if (rect.r0 === 0) throw officeError('InvalidArgument', 'A page break cannot be added above the first row.', 'PageBreakCollection.add');
      const breaks = breaksOf(s, x.model);
      const existing = breaks.find((b) => b.row.rect.r0 === rect.r0);
      if (existing !== undefined) return existing;
      const state: PageBreakState = { sheet: s, row: x.model.live(s, { r0: rect.r0, c0: 0, r1: rect.r0, c1: MAX_COLS - 1 }), deleted: false };
      breaksBySheet.set(s, [...breaks, state]);
      return state;
    });
    return added;
  }

  removePageBreaks(): void {
    this[I].method('RemovePageBreaks', [], (s: SheetModel, x: Exec) => {
      for (const state of breaksOf(s, x.model)) removeBreak(state, x.model);
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResult<number>();
    this[I].method('GetCount', [], (s: SheetModel, x: Exec) => result[STAGE](x, breaksOf(s, x.model).length));
    return result;
  }

  getItem(index: number): Excel.PageBreak {
    const st = this[I];
    return new PageBreakProxy(st.ctx, { type: 'Method', name: 'GetItem', parent: st, args: [index] }, (x) => {
      const t = st.resolve(x);
      if (t === NULL_TARGET) return NULL_TARGET;
      const found = Number.isInteger(index) ? breaksOf(t as SheetModel, x.model)[index] : undefined;
      if (found === undefined) throw officeError('ItemNotFound', `No page break at index ${String(index)}.`, 'PageBreakCollection.getItem');
      return found;
    });
  }
}
defineScalars(PageBreakCollectionProxy, collectionDef);

/** Worksheet.horizontalPageBreaks for a Worksheet proxy (whose target is its sheet). */
export function horizontalPageBreaksOf(worksheet: ProxyObject): Excel.PageBreakCollection {
  return navigation(worksheet, 'horizontalPageBreaks', PageBreakCollectionProxy);
}

// ---------------------------------------------------------------- PageBreak

function live(t: PageBreakState, location: string): PageBreakState {
  if (t.deleted || !t.row.valid) throw officeError('ItemNotFound', 'The page break was deleted.', location);
  return t;
}

const pageBreakDef: TypeDef = {
  name: 'PageBreak',
  navs: [],
  scalars: {
    rowIndex: { get: (t: PageBreakState) => live(t, 'PageBreak.rowIndex').row.rect.r0 },
    // A horizontal break spans the sheet's width: the double reports column A (see the file's note).
    columnIndex: {
      get: (t: PageBreakState) => {
        live(t, 'PageBreak.columnIndex');
        return 0;
      },
    },
  },
};

export class PageBreakProxy extends LoadableProxy<Excel.PageBreak, Excel.Interfaces.PageBreakData> {
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, pageBreakDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (t: PageBreakState, x: Exec) => removeBreak(live(t, 'PageBreak.delete'), x.model));
  }

  getCellAfterBreak(): Excel.Range {
    return derivedRange(this, 'GetCellAfterBreak', [], (t: PageBreakState) => {
      const row = live(t, 'PageBreak.getCellAfterBreak').row.rect.r0;
      return { sheet: t.sheet, rect: { r0: row, c0: 0, r1: row, c1: 0 } };
    }) as unknown as Excel.Range;
  }
}
defineScalars(PageBreakProxy, pageBreakDef);

/** What a test inspects: each manual break's rowIndex (the 0-based row below it), in row order. */
export function pageBreaksSnapshot(sheet: SheetModel, model: WorkbookModel): number[] {
  return breaksOf(sheet, model).map((b) => b.row.rect.r0);
}
