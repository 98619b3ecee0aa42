/**
 * PageLayout: orientation, zoom, paper size, horizontal centring, gridlines, margins and
 * print title rows (header/footer and print area live in pageSetup.ts).
 */
import { isEntireRows } from '../a1';
import { officeError } from '../errors';
import { SheetModel } from '../model';
import { defineScalars, ensureSameContext, I, NULL_TARGET, SettableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { headersFootersOf, setPrintArea } from './pageSetup';
import { derivedRange, rangeArg } from './range';
import { bool, int, num } from './arguments';

const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro'];

function margin(name: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin') {
  return {
    get: (t: SheetModel) => t.pageLayout[name],
    set: (t: SheetModel, v: unknown) => {
      t.pageLayout[name] = num(v, `PageLayout.${name}`, 0, 1000);
    },
  };
}

function pageFlag(name: 'centerHorizontally' | 'printGridlines') {
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
    printGridlines: pageFlag('printGridlines'),
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
  declare printGridlines: boolean;
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

  getPrintTitleRows(): Excel.Range {
    return printTitles(this, 'printTitleRows', 'GetPrintTitleRows', false);
  }

  getPrintTitleRowsOrNullObject(): Excel.Range {
    return printTitles(this, 'printTitleRows', 'GetPrintTitleRowsOrNullObject', true);
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
