/**
 * The parts of Excel's page setup the printed budget document needs and the rest of the
 * double leaves out: PageLayout.headersFooters (a HeaderFooterGroup whose
 * defaultForAllPages holds the six header and footer sections) and PageLayout.setPrintArea.
 * Kept beside the sheet in weak maps, so the sheet model itself is unchanged; a print
 * area is a live range and moves with inserted rows, as Excel's _xlnm.Print_Area does.
 */
import { qualifiedAddress } from '../a1';
import { officeError } from '../errors';
import type { LiveRange, SheetModel } from '../model';
import { defineScalars, ensureSameContext, I, navigation, ProxyObject, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { rangeArg } from './range';

const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type Section = (typeof SECTIONS)[number];
export type HeaderFooterState = Record<Section, string>;

/** Excel refuses a header or footer section of more than 255 characters. */
const MAX_SECTION = 255;

const headersFooters = new WeakMap<SheetModel, HeaderFooterState>();
const printAreas = new WeakMap<SheetModel, LiveRange>();

function stateOf(sheet: SheetModel): HeaderFooterState {
  let state = headersFooters.get(sheet);
  if (state === undefined) {
    state = { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' };
    headersFooters.set(sheet, state);
  }
  return state;
}

const headerFooterDef: TypeDef = {
  name: 'HeaderFooter',
  navs: [],
  scalars: Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      {
        get: (t: SheetModel) => stateOf(t)[section],
        set: (t: SheetModel, v: unknown) => {
          if (typeof v !== 'string') throw officeError('InvalidArgument', 'A header or footer section is text.', `HeaderFooter.${section}`);
          if (v.length > MAX_SECTION) throw officeError('InvalidArgument', `A header or footer section holds at most ${MAX_SECTION} characters.`, `HeaderFooter.${section}`);
          stateOf(t)[section] = v;
        },
      },
    ]),
  ),
};

export class HeaderFooterProxy extends ProxyObject {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, headerFooterDef, path, resolver, false);
  }
}
defineScalars(HeaderFooterProxy, headerFooterDef);

const headerFooterGroupDef: TypeDef = { name: 'HeaderFooterGroup', navs: ['defaultForAllPages'], scalars: {} };

/** Only the default for all pages: the first-page and odd/even variants are not used here. */
export class HeaderFooterGroupProxy extends ProxyObject {
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, headerFooterGroupDef, path, resolver, false);
  }

  get defaultForAllPages(): Excel.HeaderFooter {
    return navigation(this, 'defaultForAllPages', HeaderFooterProxy) as unknown as Excel.HeaderFooter;
  }
}

/** PageLayout.headersFooters for a PageLayout proxy (whose target is its sheet). */
export function headersFootersOf(pageLayout: ProxyObject): Excel.HeaderFooterGroup {
  return navigation(pageLayout, 'headersFooters', HeaderFooterGroupProxy) as unknown as Excel.HeaderFooterGroup;
}

/** PageLayout.setPrintArea with one range (an address or a Range of the same sheet). */
export function setPrintArea(pageLayout: ProxyObject, printArea: unknown): void {
  ensureSameContext(pageLayout[I].ctx, printArea, 'PageLayout.setPrintArea');
  pageLayout[I].method('SetPrintArea', [printArea], (s: SheetModel, x) => {
    const rect = rangeArg(printArea, x, 'PageLayout.setPrintArea', s);
    const old = printAreas.get(s);
    if (old !== undefined) x.model.release(old);
    printAreas.set(s, x.model.live(s, rect));
  });
}

/** What a test inspects: the print area (null when none or deleted) and the header and footer sections. */
export function pageSetupSnapshot(sheet: SheetModel): { printArea: string | null; headersFooters: HeaderFooterState } {
  const area = printAreas.get(sheet);
  return {
    printArea: area === undefined || !area.valid ? null : qualifiedAddress(sheet.name, area.rect, true),
    headersFooters: { ...stateOf(sheet) },
  };
}
